"""Every kind of emailed link opens its window: the controller's table covers the registry."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings

from akonet_desktop.api.links import (
    INVITATION_LINK,
    LINK_KINDS,
    PASSWORD_FORGOT_LINK,
    PASSWORD_RESET_LINK,
    REGISTRATION_LINK,
)
from akonet_desktop.client.credentials import CredentialStore
from akonet_desktop.client.embedded import EmbeddedServer
from akonet_desktop.gui.common.i18n import Translations
from akonet_desktop.gui.context import AppContext
from akonet_desktop.gui.controller import AppController

TOKEN = "Zx9_-abcdefghijklmnopqrstuvwxyz01"


def test_every_link_kind_has_a_handler():
    assert set(AppController.LINK_HANDLERS) == set(LINK_KINDS)


@pytest.fixture
def controller(qtbot, tmp_path, memory_keyring, monkeypatch):
    """Not started: no server, and the windows a link opens are recorded instead."""
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    ctx = AppContext(
        settings=settings, translations=Translations(settings), credentials=CredentialStore(memory_keyring)
    )
    app = AppController(ctx, server_url=None, embedded=EmbeddedServer(tmp_path / "data"))
    app.opened = []
    monkeypatch.setattr(app, "open_registration", lambda token=None: app.opened.append(("registration", token)))
    monkeypatch.setattr(app, "open_recovery", lambda email="", token=None: app.opened.append(("recovery", token)))
    monkeypatch.setattr(app, "open_invitation", lambda token=None: app.opened.append(("invitation", token)))
    yield app
    app.login.close()


@pytest.mark.parametrize(
    ("kind", "opened"),
    [
        (REGISTRATION_LINK, ("registration", TOKEN)),
        (PASSWORD_RESET_LINK, ("recovery", TOKEN)),
        (PASSWORD_FORGOT_LINK, ("recovery", None)),
        (INVITATION_LINK, ("invitation", TOKEN)),
    ],
    ids=lambda value: getattr(value, "name", ""),
)
def test_each_kind_opens_its_window(controller, kind, opened):
    controller.handle_link(kind.app_link(TOKEN if kind.parameter else None))
    assert controller.opened == [opened]
