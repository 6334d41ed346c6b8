"""The numbers the texts quote come from the server the app connects to (GET /settings): a
deployment blocking accounts after 5 wrong passwords, with reset links valid 45 minutes, says so."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings, Qt

from akonet_desktop.api import defaults
from akonet_desktop.client.credentials import CredentialStore
from akonet_desktop.client.embedded import EmbeddedServer
from akonet_desktop.client.flows.recovery import RecoveryStep
from akonet_desktop.gui.common.i18n import Translations
from akonet_desktop.gui.context import AppContext
from akonet_desktop.gui.controller import AppController
from akonet_desktop.gui.signin.recovery_dialog import RecoveryDialog
from tests.gui.conftest import run, wait_until
from tests.support.live import register_owner, wait_for_mail

EMAIL = "marta@frio-norte.es"


def make_ctx(tmp_path, memory_keyring) -> AppContext:
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    return AppContext(
        settings=settings, translations=Translations(settings), credentials=CredentialStore(memory_keyring)
    )


@pytest.fixture
def deployment(start_live_server):
    """An organisation's server whose settings differ from the defaults."""
    server = start_live_server(lockout_threshold=5, reset_link_minutes=45)
    register_owner(server.url, server.maildir, EMAIL)
    return server


@pytest.fixture
def connected(qtbot, tmp_path, memory_keyring, loop, deployment):
    """The app started against that server, as `akonet-desktop --server URL` does."""
    app = AppController(
        make_ctx(tmp_path, memory_keyring), server_url=deployment.url, embedded=EmbeddedServer(tmp_path / "unused")
    )
    app.start()
    wait_until(loop, lambda: app.connected.is_set())
    yield app
    run(loop, app.shutdown())  # closes its dialogs, children of the sign-in window
    app.login.close()
    app.login.deleteLater()  # here, on the GUI thread


def test_before_the_server_answers_the_texts_quote_the_defaults(tmp_path, memory_keyring):
    ctx = make_ctx(tmp_path, memory_keyring)
    assert (ctx.lockout_threshold, ctx.reset_link_minutes) == (defaults.LOCKOUT_THRESHOLD, defaults.RESET_LINK_MINUTES)


def test_the_lockout_message_says_the_servers_threshold(qtbot, loop, connected):
    login = connected.login
    assert connected.ctx.lockout_threshold == 5
    qtbot.keyClicks(login.ui.emailEdit, EMAIL)
    for left in (4, 3, 2, 1, 0):
        login.ui.passwordEdit.clear()
        qtbot.keyClicks(login.ui.passwordEdit, "Wrong-Guess-77")
        qtbot.keyClick(login.ui.passwordEdit, Qt.Key.Key_Return)
        wait_until(loop, lambda left=left: not login.form.busy and login.form.attempts_left == left)
    assert login.form.locked and login.ui.lockedPanel.isVisible()
    text = login.ui.lockedLabel.text()
    assert "blocked after 5 failed attempts" in text and "6" not in text


def test_the_recovery_dialog_says_how_long_the_servers_links_work(qtbot, loop, connected, deployment):
    connected.open_recovery(email=EMAIL)
    dialog = next(d for d in connected.dialogs if isinstance(d, RecoveryDialog))
    qtbot.mouseClick(dialog.ui.sendButton, Qt.MouseButton.LeftButton)
    wait_until(loop, lambda: dialog.flow.step == RecoveryStep.CHECK_INBOX and not dialog.flow.busy)
    assert "It is valid for 45 minutes." in dialog.ui.inboxIntro.text()
    mail = wait_for_mail(deployment.maildir, EMAIL, count=2)[-1]
    assert "45" in mail.get_body(("plain",)).get_content()  # what the mail itself says

    dialog.ui.otherAddressButton.click()  # without an address: the words for a pasted link
    dialog.ui.emailEdit.clear()
    dialog.continue_with_link("not a link")
    assert dialog.ui.inboxIntro.text() == (
        "Paste the link or the code from the email we sent you. It is valid for 45 minutes."
    )


def test_a_server_that_cannot_tell_its_settings_still_lets_people_sign_in(
    qtbot, loop, tmp_path, memory_keyring, deployment, monkeypatch
):
    from akonet_desktop.client.api_client import AkonetClient
    from akonet_desktop.client.errors import ServerFailure

    async def failing(self):
        raise ServerFailure("a proxy's error page", 502)

    monkeypatch.setattr(AkonetClient, "public_settings", failing)
    app = AppController(
        make_ctx(tmp_path, memory_keyring), server_url=deployment.url, embedded=EmbeddedServer(tmp_path / "unused")
    )
    app.start()
    try:
        wait_until(loop, lambda: app.connected.is_set())
        assert app.ctx.server_settings is None
        assert app.ctx.lockout_threshold == defaults.LOCKOUT_THRESHOLD
    finally:
        run(loop, app.shutdown())
        app.login.close()
        app.login.deleteLater()
