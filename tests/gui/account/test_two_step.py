"""Two-step verification through the app, against a real embedded server: set up in its dialog
(the test reads the key the dialog shows and computes the codes, as a phone would), signing in with
a code or a recovery code, turning it off, and the owner's rule for administrators."""

from __future__ import annotations

import os
import stat
import sys

import pytest
from PySide6.QtCore import QPoint, QSettings, Qt
from PySide6.QtGui import QGuiApplication

from akonet_desktop.api.account import MfaRequired
from akonet_desktop.api.models import SignedIn
from akonet_desktop.client.api_client import AkonetClient
from akonet_desktop.client.credentials import CredentialStore
from akonet_desktop.gui.account.totp_disable_dialog import TotpDisableDialog
from akonet_desktop.gui.account.totp_setup_dialog import SetupStep, TotpSetupDialog
from akonet_desktop.gui.common.i18n import Translations
from akonet_desktop.gui.common.secret_clipboard import secret_clipboard
from akonet_desktop.gui.context import AppContext
from akonet_desktop.gui.pages import ACCOUNT, COMPANY, DEVICES
from akonet_desktop.gui.signin.login_window import LoginWindow
from tests.gui.account.support import EMAIL, app_code, open_window, show_account, signed_in
from tests.gui.company.test_company_pages import ADMIN, company  # noqa: F401 - the fixture
from tests.gui.conftest import run, wait_until, wait_until_quiet
from tests.gui.test_main_window_pages import click_nav, nav_labels
from tests.support.api import STRONG_PASSWORD
from tests.support.live import register_owner, wait_for_mail


@pytest.fixture
def clients(loop):
    opened = []
    yield opened
    for client in opened:
        run(loop, client.aclose())


def _enrol_through_the_dialog(qtbot, loop, page, screenshot=None) -> tuple[TotpSetupDialog, str]:
    """The set-up dialog from the page's button to its recovery codes: (dialog, secret)."""
    if page.dialog is None:
        qtbot.mouseClick(page.ui.totpButton, Qt.MouseButton.LeftButton)
    dialog = page.dialog
    assert isinstance(dialog, TotpSetupDialog) and dialog.step == SetupStep.PASSWORD
    ui = dialog.ui
    qtbot.keyClicks(ui.passwordEdit, STRONG_PASSWORD)
    qtbot.mouseClick(ui.continueButton, Qt.MouseButton.LeftButton)
    wait_until_quiet(loop, lambda: dialog.step == SetupStep.SCAN and not dialog.busy)
    shown_key = ui.keyValue.text()
    groups = shown_key.split(" ")
    assert all(len(group) == 4 for group in groups[:-1]) and 1 <= len(groups[-1]) <= 4  # groups of four
    secret = shown_key.replace(" ", "")
    image = ui.qrView.image
    assert image is not None and image.width() == image.height() >= 21 + 8  # a QR code with its quiet zone
    assert ui.passwordEdit.text() == ""  # not kept once used
    qtbot.mouseClick(ui.copyKeyButton, Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == secret and ui.copyKeyButton.text() == "Copied"
    secret_clipboard().clear()  # as its minute running out does
    assert QGuiApplication.clipboard().text() == "" and ui.copyKeyButton.text() == "Copy key"
    qtbot.mouseClick(ui.copyKeyButton, Qt.MouseButton.LeftButton)
    if screenshot is not None:
        screenshot(dialog, "account_totp_scan")
    qtbot.keyClicks(ui.codeEdit, app_code(secret))
    qtbot.mouseClick(ui.confirmButton, Qt.MouseButton.LeftButton)
    wait_until_quiet(loop, lambda: dialog.step == SetupStep.CODES and not dialog.busy)
    return dialog, secret


def test_totp_enrolment_through_the_dialog(qtbot, loop, live_server, clients, tmp_path, screenshot):
    register_owner(live_server.url, live_server.maildir, EMAIL)
    client = signed_in(loop, live_server.url)
    clients.append(client)
    window = open_window(qtbot, loop, client)
    page = show_account(qtbot, loop, window)
    assert page.ui.totpStatusLabel.text().startswith("Off")
    qtbot.mouseClick(page.ui.totpButton, Qt.MouseButton.LeftButton)
    dialog: TotpSetupDialog = page.dialog
    ui = dialog.ui

    # A wrong password first: under its field, counted like a sign-in.
    qtbot.keyClicks(ui.passwordEdit, "Not-My-Password-1")
    qtbot.mouseClick(ui.continueButton, Qt.MouseButton.LeftButton)
    wait_until_quiet(loop, lambda: dialog.field_error("password") and not dialog.busy)
    assert dialog.field_error("password") == "The password is not correct. 5 attempts left."
    ui.passwordEdit.clear()
    qtbot.keyClicks(ui.passwordEdit, STRONG_PASSWORD)
    qtbot.mouseClick(ui.continueButton, Qt.MouseButton.LeftButton)
    wait_until_quiet(loop, lambda: dialog.step == SetupStep.SCAN and not dialog.busy)
    secret = ui.keyValue.text().replace(" ", "")

    # A wrong code: its own line, with the attempts left (the right password just now started the
    # count again, as a sign-in does).
    wrong = f"{(int(app_code(secret)) + 1) % 1_000_000:06d}"
    qtbot.keyClicks(ui.codeEdit, wrong)
    qtbot.mouseClick(ui.confirmButton, Qt.MouseButton.LeftButton)
    wait_until_quiet(loop, lambda: dialog.field_error("code") and not dialog.busy)
    assert dialog.field_error("code") == "The code is not correct. 5 attempts left."
    assert dialog.step == SetupStep.SCAN
    ui.codeEdit.clear()
    screenshot(dialog, "account_totp_scan")
    qtbot.keyClicks(ui.codeEdit, app_code(secret)[:3] + " " + app_code(secret)[3:])  # as people type it
    qtbot.mouseClick(ui.confirmButton, Qt.MouseButton.LeftButton)
    wait_until_quiet(loop, lambda: dialog.step == SetupStep.CODES and not dialog.busy)

    # The recovery codes, once: copied, and saved whole, for its owner only.
    codes = ui.codesText.toPlainText().split("\n")
    assert len(codes) == 10 and len(set(codes)) == 10 and all(len(code) == 9 and code[4] == "-" for code in codes)
    assert ui.keyValue.text() == "" and ui.qrView.image is None  # the secret is not kept on screen
    screenshot(dialog, "account_totp_codes")
    qtbot.mouseClick(ui.copyCodesButton, Qt.MouseButton.LeftButton)
    copied = QGuiApplication.clipboard().text()
    assert all(code in copied for code in codes) and EMAIL in copied
    file_dialog = dialog.open_save_dialog()
    target = tmp_path / "codes.txt"
    file_dialog.selectFile(str(target))
    file_dialog.accept()
    wait_until(loop, lambda: target.exists())
    assert target.read_text(encoding="utf-8") == copied
    if sys.platform != "win32":
        assert stat.S_IMODE(os.stat(target).st_mode) == 0o600
    assert ui.codesSavedLabel.text() == f"Saved in {target}"
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".codes")] == []  # no temporary left
    qtbot.mouseClick(ui.doneButton, Qt.MouseButton.LeftButton)
    wait_until_quiet(loop, lambda: page.dialog is None)
    assert page.ui.totpStatusLabel.text().startswith("On") and window.me.user.totp_enabled
    assert page.ui.totpButton.text() == "Turn off…"
    assert run(loop, client.me()).user.totp_enabled
    subjects = [m["Subject"] for m in wait_for_mail(live_server.maildir, EMAIL, count=2)]
    assert "Two-step verification is on for your AKONet account" in subjects

    # Turning it off asks for the password and a code.
    qtbot.mouseClick(page.ui.totpButton, Qt.MouseButton.LeftButton)
    off: TotpDisableDialog = page.dialog
    assert isinstance(off, TotpDisableDialog)
    qtbot.keyClicks(off.ui.passwordEdit, STRONG_PASSWORD)
    qtbot.keyClicks(off.ui.codeEdit, "000000" if app_code(secret, 1) != "000000" else "111111")
    qtbot.mouseClick(off.ui.turnOffButton, Qt.MouseButton.LeftButton)
    wait_until_quiet(loop, lambda: off.field_error("code") and not off.busy)
    assert off.field_error("code").startswith("The code is not correct.")
    off.ui.codeEdit.setText(app_code(secret, 1))  # the next period's: the enrolment's code works once
    qtbot.mouseClick(off.ui.turnOffButton, Qt.MouseButton.LeftButton)
    wait_until_quiet(loop, lambda: page.dialog is None and not page.busy)
    assert page.ui.totpStatusLabel.text().startswith("Off") and not window.me.user.totp_enabled
    assert not run(loop, client.me()).user.totp_enabled


def _turn_on_by_api(loop, client: AkonetClient) -> tuple[str, list[str]]:
    setup = run(loop, client.start_totp(STRONG_PASSWORD))
    codes = run(loop, client.confirm_totp(app_code(setup.secret)))
    return setup.secret, codes.recovery_codes


@pytest.fixture
def login(qtbot, loop, tmp_path, live_server, memory_keyring):
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    ctx = AppContext(
        settings=settings,
        translations=Translations(settings),
        credentials=CredentialStore(memory_keyring),
        client=AkonetClient(live_server.url),
        maildir=live_server.maildir,
    )
    window = LoginWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    window.start()
    window.set_ready()
    wait_until(loop, lambda: window.remember_available is not None)
    yield window
    run(loop, ctx.client.aclose())


def _password_step(qtbot, loop, window: LoginWindow, password: str = STRONG_PASSWORD) -> None:
    window.ui.emailEdit.setText(EMAIL)
    window.ui.passwordEdit.setText(password)
    qtbot.mouseClick(window.ui.signInButton, Qt.MouseButton.LeftButton)
    wait_until_quiet(loop, lambda: not window.form.busy and (window.mfa is not None or window.form.message_code))


def test_sign_in_with_the_code(qtbot, loop, live_server, clients, login, memory_keyring, screenshot):
    register_owner(live_server.url, live_server.maildir, EMAIL)
    owner = signed_in(loop, live_server.url)
    clients.append(owner)
    secret, recovery_codes = _turn_on_by_api(loop, owner)
    window = login
    signed = []
    window.signed_in.connect(signed.append)
    window.ui.rememberCheck.setChecked(True)

    # The right password: no session yet, the code step instead.
    _password_step(qtbot, loop, window)
    ui = window.ui
    assert isinstance(window.mfa, MfaRequired) and signed == []
    assert ui.codePanel.isVisible() and not ui.passwordEdit.isVisible() and not ui.signInButton.isVisible()
    assert not ui.verifyButton.isEnabled()
    qtbot.keyClicks(ui.codeEdit, "12345")
    assert not ui.verifyButton.isEnabled()  # five digits are not a code
    ui.codeEdit.clear()
    wrong = f"{(int(app_code(secret, 1)) + 1) % 1_000_000:06d}"
    qtbot.keyClicks(ui.codeEdit, wrong)
    qtbot.keyClick(ui.codeEdit, Qt.Key.Key_Return)
    wait_until_quiet(loop, lambda: ui.codeError.isVisible() and not window.form.busy)
    assert ui.codeError.text() == "The code is not correct. 5 attempts left."
    assert ui.codePanel.isVisible() and signed == []
    ui.codeEdit.clear()
    qtbot.keyClicks(ui.codeEdit, app_code(secret, 1))  # the enrolment used this period's code
    screenshot(window, "login_code")
    qtbot.mouseClick(ui.verifyButton, Qt.MouseButton.LeftButton)
    wait_until_quiet(loop, lambda: signed and not window.form.busy)
    assert isinstance(signed[0], SignedIn) and signed[0].user.email == EMAIL
    assert window.mfa is None and not ui.codePanel.isVisible()

    # Remember me kept the session's refresh token: the next start signs in silently with it.
    token = window.ctx.credentials.load(live_server.url, EMAIL)
    assert token and token == window.ctx.client.refresh_token
    later = AkonetClient(live_server.url)
    clients.append(later)
    assert run(loop, later.resume(token)).user.email == EMAIL

    # A recovery code in place of the code, once.
    window.ui.rememberCheck.setChecked(False)
    _password_step(qtbot, loop, window)
    qtbot.keyClicks(ui.codeEdit, recovery_codes[0].upper())  # as typed from paper
    qtbot.mouseClick(ui.verifyButton, Qt.MouseButton.LeftButton)
    wait_until_quiet(loop, lambda: len(signed) == 2 and not window.form.busy)
    assert window.ctx.credentials.load(live_server.url, EMAIL) is None  # not remembered this time
    _password_step(qtbot, loop, window)
    qtbot.keyClicks(ui.codeEdit, recovery_codes[0])
    qtbot.mouseClick(ui.verifyButton, Qt.MouseButton.LeftButton)
    wait_until_quiet(loop, lambda: ui.codeError.isVisible() and not window.form.busy)
    assert ui.codeError.text().startswith("The code is not correct.") and len(signed) == 2


def test_an_expired_code_step_goes_back_to_the_password(qtbot, loop, live_server, clients, login):
    register_owner(live_server.url, live_server.maildir, EMAIL)
    owner = signed_in(loop, live_server.url)
    clients.append(owner)
    secret, _codes = _turn_on_by_api(loop, owner)
    window = login
    _password_step(qtbot, loop, window)
    # The server answers an expired token as an unknown one (mfa_token_invalid).
    window.mfa = window.mfa.model_copy(update={"mfa_token": "expired-" + window.mfa.mfa_token[8:]})
    window.ui.codeEdit.setText(app_code(secret, 1))
    qtbot.mouseClick(window.ui.verifyButton, Qt.MouseButton.LeftButton)
    wait_until_quiet(loop, lambda: window.mfa is None and not window.form.busy)
    ui = window.ui
    assert ui.passwordEdit.isVisible() and ui.passwordEdit.text() == "" and not ui.codePanel.isVisible()
    assert ui.messageLabel.text() == (
        "The time to enter the code has run out. Enter your password again, then a new code from your app."
    )
    assert ui.emailEdit.text() == EMAIL


def test_the_owner_requires_it_and_an_administrator_sets_it_up_first(
    qtbot,
    loop,
    live_server,
    clients,
    company,  # noqa: F811 - the fixture
    screenshot,
):
    owner = signed_in(loop, live_server.url)
    clients.append(owner)
    owner_window = open_window(qtbot, loop, owner)
    click_nav(qtbot, owner_window, "Company")
    profile = owner_window.pages[COMPANY]
    wait_until_quiet(loop, lambda: profile.loaded and not profile.busy)
    check = profile.ui.requireTotpCheck
    # Not before the owner's own two-step verification is on: disabled, and the tooltip says why.
    assert check.isVisible() and not check.isEnabled() and not check.isChecked()
    assert "yourself first" in check.toolTip()

    account = show_account(qtbot, loop, owner_window)
    dialog, _secret = _enrol_through_the_dialog(qtbot, loop, account)
    qtbot.mouseClick(dialog.ui.doneButton, Qt.MouseButton.LeftButton)
    wait_until_quiet(loop, lambda: account.dialog is None)
    click_nav(qtbot, owner_window, "Company")
    assert check.isEnabled() and check.toolTip() == ""  # the page followed
    qtbot.mouseClick(check, Qt.MouseButton.LeftButton, pos=QPoint(8, check.height() // 2))  # on the box
    wait_until_quiet(loop, lambda: profile.company.require_totp_for_admins and not profile.busy)
    assert check.isChecked() and run(loop, owner.get_company()).require_totp_for_admins
    screenshot(profile, "company_require_totp")

    # An administrator without it: signed in, but only to set it up.
    admin = AkonetClient(live_server.url)
    clients.append(admin)
    answer = run(loop, admin.login(ADMIN, STRONG_PASSWORD))
    assert isinstance(answer, SignedIn) and answer.totp_setup_required
    window = open_window(qtbot, loop, admin)
    assert nav_labels(window) == ["My account"] and window.devices is None
    page = window.pages[ACCOUNT]
    wait_until_quiet(loop, lambda: page.loaded and isinstance(page.dialog, TotpSetupDialog))  # opened at once
    assert page.ui.setupRequiredLabel.isVisible()
    assert page.dialog.ui.passwordIntro.text().startswith("Your company requires two-step verification")
    screenshot(window, "account_setup_required")
    dialog, _secret = _enrol_through_the_dialog(qtbot, loop, page)
    assert nav_labels(window) == ["My account"]  # not before the codes are put away
    qtbot.mouseClick(dialog.ui.doneButton, Qt.MouseButton.LeftButton)
    wait_until_quiet(loop, lambda: len(nav_labels(window)) > 1)
    assert nav_labels(window) == ["Devices", "Users", "Company", "Activity", "My account"]
    assert window.ui.pages.currentWidget() is window.pages[DEVICES] is window.devices
    wait_until_quiet(loop, lambda: window.devices.model.started and not window.devices.model.busy)
    run(loop, admin.list_devices())  # the server answers the rest now


def test_a_recovery_ends_at_the_code_step_of_the_sign_in_window(qtbot, loop, live_server, clients, login):
    """The new password is right, but the account has two-step verification: the recovery dialog
    hands the sign-in over to the sign-in window's code step, with the address."""
    from akonet_desktop.gui.signin.recovery_dialog import RecoveryDialog
    from tests.support.live import token_in

    register_owner(live_server.url, live_server.maildir, EMAIL)
    owner = signed_in(loop, live_server.url)
    clients.append(owner)
    secret, _codes = _turn_on_by_api(loop, owner)
    run(loop, owner.request_recovery(EMAIL))
    reset = next(
        m for m in wait_for_mail(live_server.maildir, EMAIL, count=3) if m["Subject"] == "Reset your AKONet password"
    )
    window = login
    dialog = RecoveryDialog(window.ctx, window, email=EMAIL, token=token_in(reset))
    qtbot.addWidget(dialog)
    dialog.code_required.connect(window.continue_with_code)  # as the app's controller does
    signed = []
    dialog.signed_in.connect(signed.append)
    window.signed_in.connect(signed.append)
    dialog.show()
    new_password = "Glacier-Pump-73"
    dialog.ui.passwordEdit.setText(new_password)
    dialog.ui.confirmationEdit.setText(new_password)
    qtbot.mouseClick(dialog.ui.changeButton, Qt.MouseButton.LeftButton)
    wait_until_quiet(loop, lambda: window.mfa is not None)
    assert not dialog.isVisible() and signed == []
    assert window.ui.codePanel.isVisible() and window.ui.emailEdit.text() == EMAIL
    qtbot.keyClicks(window.ui.codeEdit, app_code(secret, 1))
    qtbot.mouseClick(window.ui.verifyButton, Qt.MouseButton.LeftButton)
    wait_until_quiet(loop, lambda: signed and not window.form.busy)
    assert isinstance(signed[0], SignedIn) and signed[0].user.email == EMAIL
