"""The sign-in window against a real server: attempts left, lockout, Remember me."""

from __future__ import annotations

import pytest
from keyring.backends import fail
from PySide6.QtCore import QSettings, Qt

from akonet_desktop.client.api_client import AkonetClient
from akonet_desktop.client.credentials import CredentialStore
from akonet_desktop.gui.common.i18n import Translations
from akonet_desktop.gui.context import AppContext
from akonet_desktop.gui.signin.login_window import LoginWindow
from tests.gui.conftest import run, wait_until
from tests.support.api import STRONG_PASSWORD
from tests.support.live import register_owner, wait_for_mail

EMAIL = "marta@frio-norte.es"


@pytest.fixture
def ctx(tmp_path, live_server, memory_keyring, loop):
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    context = AppContext(
        settings=settings,
        translations=Translations(settings),
        credentials=CredentialStore(memory_keyring),
        client=AkonetClient(live_server.url),
        maildir=live_server.maildir,
    )
    yield context
    run(loop, context.client.aclose())


@pytest.fixture
def window(qtbot, ctx, loop, live_server):
    register_owner(live_server.url, live_server.maildir, EMAIL)
    w = LoginWindow(ctx)
    qtbot.addWidget(w)
    w.show()
    w.start()
    w.set_ready()
    wait_until(loop, lambda: w.remember_available is not None)
    return w


def _type_and_submit(qtbot, window, email, password):
    window.ui.emailEdit.clear()
    window.ui.passwordEdit.clear()
    qtbot.keyClicks(window.ui.emailEdit, email)
    qtbot.keyClicks(window.ui.passwordEdit, password)
    qtbot.keyClick(window.ui.passwordEdit, Qt.Key.Key_Return)


def test_six_wrong_passwords_block_the_account(qtbot, window, loop, live_server, screenshot):
    signed = []
    window.signed_in.connect(signed.append)
    screenshot(window, "login")
    for left in (5, 4, 3, 2, 1, 0):
        _type_and_submit(qtbot, window, EMAIL, "Wrong-Pass-99")
        wait_until(loop, lambda: not window.form.busy and window.form.message_code is not None)
        if left == 5:
            screenshot(window, "login_attempts_left")
        if left:
            assert window.form.attempts_left == left
            assert str(left) in window.ui.messageLabel.text()
    assert window.form.locked or window.form.attempts_left == 0
    _type_and_submit(qtbot, window, EMAIL, STRONG_PASSWORD)
    wait_until(loop, lambda: window.form.locked)
    assert window.ui.lockedPanel.isVisible()
    assert "6" in window.ui.lockedLabel.text() and "email" in window.ui.lockedLabel.text()
    assert window.ui.recoverButton.isVisible()
    screenshot(window, "login_locked")
    assert signed == []
    lock_mails = [
        m
        for m in wait_for_mail(live_server.maildir, EMAIL, count=2)
        if "password/reset" in m.get_body(("plain",)).get_content()
    ]
    assert len(lock_mails) == 1

    requested = []
    window.recovery_requested.connect(requested.append)
    qtbot.mouseClick(window.ui.recoverButton, Qt.MouseButton.LeftButton)
    assert requested == [EMAIL]


def test_remember_me_keeps_only_a_session_key_in_the_keyring(qtbot, window, loop, ctx, memory_keyring, tmp_path):
    assert window.ui.rememberCheck.isEnabled()
    window.ui.rememberCheck.setFocus()
    qtbot.keyClick(window.ui.rememberCheck, Qt.Key.Key_Space)
    assert window.ui.rememberCheck.isChecked()
    signed = []
    window.signed_in.connect(signed.append)
    _type_and_submit(qtbot, window, EMAIL, STRONG_PASSWORD)
    wait_until(loop, lambda: signed)

    stored = ctx.credentials.load(ctx.client.base_url, EMAIL)
    assert stored == signed[0].session.refresh_token
    assert STRONG_PASSWORD not in memory_keyring.secrets.values()
    ctx.settings.sync()
    for path in tmp_path.rglob("*"):
        if path.is_file():
            content = path.read_bytes()
            assert stored.encode() not in content, path
            assert STRONG_PASSWORD.encode() not in content, path


def test_without_a_keyring_remember_me_is_disabled_and_says_why(qtbot, ctx, loop, live_server):
    ctx.credentials = CredentialStore(fail.Keyring())
    w = LoginWindow(ctx)
    qtbot.addWidget(w)
    w.start()
    w.set_ready()
    wait_until(loop, lambda: w.remember_available is not None)
    assert not w.ui.rememberCheck.isEnabled()
    assert not w.ui.rememberCheck.isChecked()
    assert "keyring" in w.ui.rememberCheck.toolTip()


@pytest.mark.parametrize(
    "email,password,expected",
    [
        ("", "Whatever-1", "required"),
        ("not-an-email", "Whatever-1", "valid email"),
    ],
)
def test_bad_input_is_explained_and_sign_in_stays_disabled(qtbot, window, email, password, expected):
    qtbot.keyClicks(window.ui.emailEdit, email or "x")
    if not email:
        window.ui.emailEdit.clear()
    qtbot.keyClicks(window.ui.passwordEdit, password)
    assert not window.ui.signInButton.isEnabled()
    assert expected in window.ui.messageLabel.text()


def test_unreachable_server_is_said_and_nothing_freezes(qtbot, ctx, loop):
    w = LoginWindow(ctx)
    qtbot.addWidget(w)
    w.show()
    w.set_unreachable("The server cannot be reached.")
    assert w.ui.connectionLabel.text() == "The server cannot be reached."
    assert not w.ui.signInButton.isEnabled()
    assert w.ui.connectionLabel.isVisible()
