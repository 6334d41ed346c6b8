"""The sign-in window when the server makes this network wait after too many failed sign-ins."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings, Qt

from akonet_desktop.client.api_client import AkonetClient
from akonet_desktop.client.credentials import CredentialStore
from akonet_desktop.gui.common.i18n import Translations
from akonet_desktop.gui.common.messages import too_many_failures_message
from akonet_desktop.gui.context import AppContext
from akonet_desktop.gui.signin.login_window import LoginWindow
from tests.gui.conftest import run, wait_until
from tests.support.api import STRONG_PASSWORD
from tests.support.live import register_owner

EMAIL = "marta@frio-norte.es"


@pytest.fixture
def server(start_live_server):
    server = start_live_server(failed_sign_ins_per_client_per_minute=2)  # one back every 30 s
    register_owner(server.url, server.maildir, EMAIL)
    return server


@pytest.fixture
def window(qtbot, tmp_path, server, memory_keyring, loop):
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    ctx = AppContext(
        settings=settings,
        translations=Translations(settings),
        credentials=CredentialStore(memory_keyring),
        client=AkonetClient(server.url),
        maildir=server.maildir,
    )
    w = LoginWindow(ctx)
    qtbot.addWidget(w)
    w.show()
    w.start()
    w.set_ready()
    wait_until(loop, lambda: w.remember_available is not None)
    yield w
    run(loop, ctx.client.aclose())


def _sign_in(qtbot, loop, window, email, password) -> None:
    window.ui.emailEdit.clear()
    window.ui.passwordEdit.clear()
    qtbot.keyClicks(window.ui.emailEdit, email)
    qtbot.keyClicks(window.ui.passwordEdit, password)
    qtbot.keyClick(window.ui.passwordEdit, Qt.Key.Key_Return)
    wait_until(loop, lambda: not window.form.busy and window.form.message_code is not None)


def test_too_many_failed_sign_ins_show_the_wait(qtbot, loop, window, screenshot):
    for n in range(2):
        _sign_in(qtbot, loop, window, f"nobody{n}@frio-norte.es", "Wrong-Pass-99")
        assert "attempts left" in window.ui.messageLabel.text()

    _sign_in(qtbot, loop, window, EMAIL, STRONG_PASSWORD)

    text = window.ui.messageLabel.text()
    assert window.ui.messageLabel.isVisible()
    assert "Too many failed sign-ins from this network" in text
    wait = int(text.split("Try again in ")[1].split(" ")[0])
    assert 1 <= wait <= 30 and "second" in text
    assert not window.form.locked and not window.ui.lockedPanel.isVisible()  # the account is not blocked
    screenshot(window, "login_too_many_failures")


def test_long_waits_are_given_in_minutes(qapp):
    # "second(s)" until the English plural forms are in resources/translations/akonet_en.ts
    assert "in 90 second" in too_many_failures_message(90)
    assert "in 1 second" in too_many_failures_message(1)
    assert "in 2 minute" in too_many_failures_message(91)
    assert "in 60 second" in too_many_failures_message(None)
