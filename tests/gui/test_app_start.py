"""The whole app on its embedded server: connecting…, ready, sign in, main window, sign out."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings, Qt

from akonet_desktop.client.credentials import CredentialStore
from akonet_desktop.client.embedded import EmbeddedServer
from akonet_desktop.gui.app import parse_args
from akonet_desktop.gui.context import AppContext
from akonet_desktop.gui.controller import AppController
from akonet_desktop.gui.i18n import Translations
from tests.gui.conftest import run, wait_until
from tests.support.api import STRONG_PASSWORD
from tests.support.live import register_owner

EMAIL = "owner@glaciar.pt"


@pytest.fixture
def controller(tmp_path, loop, memory_keyring):
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    ctx = AppContext(settings=settings, translations=Translations(settings),
                     credentials=CredentialStore(memory_keyring))
    app = AppController(ctx, server_url=None, embedded=EmbeddedServer(tmp_path / "data"))
    yield app
    run(loop, app.shutdown())
    for window in (app.login, app.main):
        if window is not None:
            window.close()


def test_embedded_start_sign_in_and_sign_out(qtbot, controller, loop, tmp_path, screenshot):
    controller.start()
    assert controller.login.isVisible()  # shown before the server answers
    wait_until(loop, lambda: controller.connected.is_set(), timeout=60)
    assert controller.login.ui.connectionLabel.text() == ""
    register_owner(controller.ctx.client.base_url, controller.ctx.maildir, EMAIL)

    login = controller.login
    qtbot.keyClicks(login.ui.emailEdit, EMAIL)
    qtbot.keyClicks(login.ui.passwordEdit, STRONG_PASSWORD)
    wait_until(loop, lambda: login.ui.rememberCheck.isEnabled())
    login.ui.rememberCheck.setFocus()
    qtbot.keyClick(login.ui.rememberCheck, Qt.Key.Key_Space)
    qtbot.mouseClick(login.ui.signInButton, Qt.MouseButton.LeftButton)
    wait_until(loop, lambda: controller.main is not None and controller.main.isVisible())

    main = controller.main
    screenshot(main, "devices_empty")
    assert main.ui.emptyTitle.isVisible()
    assert main.ui.activateButton.isVisible()
    assert "Marta Ruiz" in main.ui.userLabel.text()
    assert main.ui.mailboxAction.isVisible()  # embedded mode has a local mailbox
    base_url = controller.ctx.client.base_url
    assert controller.ctx.credentials.load(base_url, EMAIL)

    qtbot.mouseClick(main.ui.signOutButton, Qt.MouseButton.LeftButton)
    wait_until(loop, lambda: controller.main is None and controller.login.isVisible())
    assert controller.ctx.credentials.load(base_url, EMAIL) is None
    assert controller.ctx.client.access_token is None


def test_remembered_session_signs_in_silently(qtbot, controller, loop):
    controller.start()
    wait_until(loop, lambda: controller.connected.is_set(), timeout=60)
    register_owner(controller.ctx.client.base_url, controller.ctx.maildir, EMAIL)
    signed = run(loop, controller.ctx.client.login(EMAIL, STRONG_PASSWORD))
    controller.ctx.settings.setValue("auth/email", EMAIL)
    controller.ctx.settings.setValue("auth/remember", True)
    controller.ctx.credentials.save(controller.ctx.client.base_url, EMAIL, signed.session.refresh_token)

    assert run(loop, controller._silent_sign_in())
    assert controller.main is not None and controller.main.isVisible()


def test_help_explains_embedded_and_server_modes(capsys):
    with pytest.raises(SystemExit):
        parse_args(["--help"])
    out = capsys.readouterr().out
    assert "--server" in out and "built-in server" in out and "akonet://" in out


def test_a_link_is_taken_from_the_command_line():
    args = parse_args(["akonet://registration/continue?token=abc"])
    assert args.link == "akonet://registration/continue?token=abc" and args.server is None


def test_links_open_the_right_dialog_once(qtbot, controller, loop):
    from akonet_desktop.gui.recovery_dialog import RecoveryDialog

    controller.start()
    wait_until(loop, lambda: controller.connected.is_set(), timeout=60)
    token = "A" * 32
    controller.handle_link(f"akonet://password/reset?token={token}")
    controller.handle_link(f"akonet://password/reset?token={'B' * 32}")
    dialogs = [d for d in controller.dialogs if isinstance(d, RecoveryDialog)]
    assert len(dialogs) == 1 and dialogs[0].isVisible()
    for dialog in dialogs:
        dialog.reject()


def test_a_foreign_link_is_refused_with_a_message(qtbot, controller, loop):
    controller.start()
    wait_until(loop, lambda: controller.connected.is_set(), timeout=60)
    controller.handle_link("https://evil.example/registration/continue?token=x")
    assert controller.dialogs == []
    assert "cannot be opened" in controller.login.ui.messageLabel.text()
