"""The whole app on its embedded server: connecting…, ready, sign in, main window, sign out."""

from __future__ import annotations

import asyncio

import pytest
from PySide6.QtCore import QSettings, Qt

from akonet_desktop.client.credentials import CredentialStore
from akonet_desktop.client.embedded import EmbeddedServer
from akonet_desktop.gui.app import parse_args
from akonet_desktop.gui.common.i18n import Translations
from akonet_desktop.gui.context import AppContext
from akonet_desktop.gui.controller import AppController
from tests.gui.conftest import run
from tests.gui.conftest import wait_until as _wait_until
from tests.support.api import STRONG_PASSWORD
from tests.support.live import register_owner

EMAIL = "owner@glaciar.pt"


def wait_until(loop, predicate, timeout: float = 15.0) -> None:
    """Until `predicate` holds and no request is in flight: qasync processes Qt events once more
    after run_until_complete stops, and a request stepped then has no running loop."""

    def quiet() -> bool:
        current = asyncio.current_task(loop)
        return all(task.done() or task is current for task in asyncio.all_tasks(loop))

    _wait_until(loop, lambda: predicate() and quiet(), timeout)


@pytest.fixture
def controller(tmp_path, loop, memory_keyring):
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    ctx = AppContext(
        settings=settings, translations=Translations(settings), credentials=CredentialStore(memory_keyring)
    )
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
    # the Devices view asks the server at once: wait until it has its answer
    wait_until(
        loop,
        lambda: (
            controller.main is not None
            and controller.main.isVisible()
            and controller.main.devices.ui.emptyTitle.isVisible()
            and not controller.main.devices.model.busy
        ),
    )

    main = controller.main
    screenshot(main, "devices_empty")
    assert main.devices.ui.activateButton.isVisible()
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
    from akonet_desktop.gui.signin.recovery_dialog import RecoveryDialog

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


def test_lockout_mail_in_the_mailbox_leads_back_in(qtbot, controller, loop):
    """Six wrong passwords, the lockout mail read in the local Mailbox, its link, a new password."""
    from akonet_desktop.gui.signin.recovery_dialog import RecoveryDialog
    from tests.support.live import wait_for_mail

    controller.start()
    wait_until(loop, lambda: controller.connected.is_set(), timeout=60)
    register_owner(controller.ctx.client.base_url, controller.ctx.maildir, EMAIL)
    login = controller.login
    assert login.ui.mailboxButton.isVisible()
    qtbot.keyClicks(login.ui.emailEdit, EMAIL)
    for _ in range(6):
        login.ui.passwordEdit.clear()
        qtbot.keyClicks(login.ui.passwordEdit, "Wrong-Guess-77")
        qtbot.keyClick(login.ui.passwordEdit, Qt.Key.Key_Return)
        wait_until(loop, lambda: not login.form.busy and login.form.message_code is not None)
    assert login.form.locked and login.ui.lockedPanel.isVisible()
    wait_for_mail(controller.ctx.maildir, EMAIL, count=2)

    qtbot.mouseClick(login.ui.mailboxButton, Qt.MouseButton.LeftButton)
    mailbox = controller.dialogs[-1]
    wait_until(loop, lambda: mailbox.model.rowCount() == 2)
    mailbox.select_row(0)  # newest first: the lockout mail
    html = mailbox.ui.browser.toHtml()
    reset_link = html[html.index("akonet://password/reset?token=") :].split('"')[0]
    from PySide6.QtCore import QUrl

    mailbox.ui.browser.anchorClicked.emit(QUrl(reset_link))
    dialog = next(d for d in controller.dialogs if isinstance(d, RecoveryDialog))
    new_password = "Frost-Guard-2032!"
    qtbot.keyClicks(dialog.ui.passwordEdit, new_password)
    qtbot.keyClicks(dialog.ui.confirmationEdit, new_password)
    qtbot.mouseClick(dialog.ui.changeButton, Qt.MouseButton.LeftButton)
    wait_until(loop, lambda: controller.main is not None and controller.main.isVisible(), timeout=30)
    assert controller.main.me.user.email == EMAIL


def test_retry_after_the_server_could_not_be_reached(qtbot, tmp_path, loop, memory_keyring):
    from tests.support.processes import free_port

    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    ctx = AppContext(
        settings=settings, translations=Translations(settings), credentials=CredentialStore(memory_keyring)
    )
    app = AppController(ctx, server_url=f"http://127.0.0.1:{free_port()}", embedded=EmbeddedServer(tmp_path / "data"))
    import akonet_desktop.gui.controller as controller_module

    controller_module.HEALTH_ATTEMPTS, saved = 2, controller_module.HEALTH_ATTEMPTS
    try:
        app.start()
        wait_until(loop, lambda: app.login.ui.retryButton.isVisible(), timeout=30)
        assert "cannot be reached" in app.login.ui.connectionLabel.text()
        assert not app.login.ui.signInButton.isEnabled()
        app.server_url = None  # the person chose the built-in server meanwhile
        qtbot.mouseClick(app.login.ui.retryButton, Qt.MouseButton.LeftButton)
        wait_until(loop, lambda: app.connected.is_set(), timeout=60)
        assert not app.login.ui.retryButton.isVisible()
    finally:
        controller_module.HEALTH_ATTEMPTS = saved
        run(loop, app.shutdown())
        app.login.close()


def test_new_registration_offline_through_the_mailbox_to_the_devices_view(qtbot, controller, loop):
    """The guide end to end on the embedded server: step 1, the link from the local Mailbox,
    steps 2 and 3, then the empty Devices view."""
    from PySide6.QtCore import QUrl

    from akonet_desktop.client.flows import Step
    from akonet_desktop.gui.registration.wizard import RegistrationWizard
    from tests.support.live import wait_for_mail

    email = "fundadora@frigorificos-sur.es"
    controller.start()
    wait_until(loop, lambda: controller.connected.is_set(), timeout=60)
    qtbot.mouseClick(controller.login.ui.registerButton, Qt.MouseButton.LeftButton)
    wizard = next(d for d in controller.dialogs if isinstance(d, RegistrationWizard))
    ui = wizard.ui
    qtbot.keyClicks(ui.emailEdit, email)
    qtbot.keyClicks(ui.emailConfirmationEdit, email)
    qtbot.mouseClick(ui.primaryButton, Qt.MouseButton.LeftButton)
    wait_until(loop, lambda: wizard.flow.step == Step.CHECK_INBOX and not wizard.flow.busy)
    wait_for_mail(controller.ctx.maildir, email)

    qtbot.mouseClick(controller.login.ui.mailboxButton, Qt.MouseButton.LeftButton)
    mailbox = controller.open_mailbox()
    wait_until(loop, lambda: mailbox.model.rowCount() == 1)
    mailbox.select_row(0)
    html = mailbox.ui.browser.toHtml()
    link = html[html.index("akonet://registration/continue?token=") :].split('"')[0]
    mailbox.ui.browser.anchorClicked.emit(QUrl(link))  # continues in the open wizard
    wait_until(loop, lambda: wizard.flow.step == Step.COMPANY and wizard.reference is not None and not wizard.flow.busy)

    qtbot.keyClicks(ui.companyNameEdit, "Frigorificos del Sur SL")  # QTest types ASCII only
    ui.countryCombo.setCurrentIndex(ui.countryCombo.findData("ES"))
    ui.idTypeCombo.setCurrentIndex(ui.idTypeCombo.findData("es_cif"))
    qtbot.keyClicks(ui.idNumberEdit, "B64717838")
    qtbot.keyClicks(ui.phoneEdit, "+34 954 123 456")
    qtbot.mouseClick(ui.primaryButton, Qt.MouseButton.LeftButton)
    wait_until(loop, lambda: wizard.flow.step == Step.ACCOUNT and not wizard.flow.busy)
    qtbot.keyClicks(ui.firstNameEdit, "Lucia")
    qtbot.keyClicks(ui.lastNameEdit, "Moreno")
    qtbot.keyClicks(ui.passwordEdit, STRONG_PASSWORD)
    qtbot.keyClicks(ui.passwordConfirmationEdit, STRONG_PASSWORD)
    qtbot.mouseClick(ui.primaryButton, Qt.MouseButton.LeftButton)

    wait_until(loop, lambda: controller.main is not None and controller.main.isVisible(), timeout=30)
    assert controller.main.me.user.role == "owner"
    assert controller.main.me.company.name == "Frigorificos del Sur SL"
    assert not controller.login.isVisible()


def test_self_test_flag_checks_the_installation_and_exits_0(tmp_path):
    import os
    import subprocess
    import sys

    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-m", "akonet_desktop", "--self-test", "--data-dir", str(tmp_path)],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "self-test: registration complete: ok" in result.stdout
    assert (tmp_path / "akonet.sqlite3").exists() or any(tmp_path.iterdir())
