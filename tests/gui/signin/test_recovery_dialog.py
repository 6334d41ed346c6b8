"""Password recovery against a real server: keys, clicks, real mail read back from the Maildir."""

from __future__ import annotations

import asyncio
import socket
import tempfile
from datetime import timedelta
from pathlib import Path

import httpx
import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QSettings, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget
from sqlalchemy import update

from akonet_desktop.client.api_client import AkonetClient
from akonet_desktop.client.credentials import CredentialStore
from akonet_desktop.client.errors import ApiFailure, ServerUnreachable
from akonet_desktop.client.flows.recovery import RecoveryStep
from akonet_desktop.gui.common.i18n import Translations
from akonet_desktop.gui.common.messages import failure_message, field_message, link_message
from akonet_desktop.gui.context import AppContext
from akonet_desktop.gui.signin.recovery_dialog import RecoveryDialog
from akonet_desktop.server.models import PasswordReset
from tests.gui.conftest import run, screenshots_dir, wait_until
from tests.support.api import STRONG_PASSWORD, TOKEN_IN_LINK
from tests.support.live import register_owner, wait_for_mail
from tests.support.processes import free_port

EMAIL = "marta@frio-norte.es"
NEW_PASSWORD = "Glacier-Pump-73"
# docs/screenshots under `make screenshots`, a temporary folder otherwise
SCREENSHOTS = screenshots_dir(Path(tempfile.gettempdir()) / "akonet-test-screenshots")


def make_ctx(tmp_path: Path, keyring, url: str, maildir: Path | None = None) -> AppContext:
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    return AppContext(
        settings=settings,
        translations=Translations(settings),
        credentials=CredentialStore(keyring),
        client=AkonetClient(url),
        maildir=maildir,
    )


@pytest.fixture
def ctx(tmp_path, live_server, memory_keyring, loop):
    register_owner(live_server.url, live_server.maildir, EMAIL)
    context = make_ctx(tmp_path, memory_keyring, live_server.url, live_server.maildir)
    yield context
    run(loop, context.client.aclose())


@pytest.fixture
def offline_ctx(tmp_path, memory_keyring, loop):
    """A client whose server is not there: nothing listens on the port."""
    context = make_ctx(tmp_path, memory_keyring, f"http://127.0.0.1:{free_port()}")
    yield context
    run(loop, context.client.aclose())


@pytest.fixture
def open_dialog(qtbot):
    # As in the app, the sign-in window stays open behind the dialog: closing the dialog must not
    # close the last window (which would quit the event loop).
    sign_in_window = QWidget()
    qtbot.addWidget(sign_in_window)
    sign_in_window.show()

    def open_(ctx: AppContext, **kwargs) -> RecoveryDialog:
        dialog = RecoveryDialog(ctx, sign_in_window, **kwargs)
        qtbot.addWidget(dialog)  # closed after the test, which cancels what it still runs
        dialog.show()
        return dialog

    return open_


def app_link(mail) -> str:
    return TOKEN_IN_LINK.search(mail.get_body(("plain",)).get_content()).group(0)


def token_of(mail) -> str:
    return TOKEN_IN_LINK.search(mail.get_body(("plain",)).get_content()).group(1)


def settle(loop, dialog: RecoveryDialog) -> None:
    wait_until(loop, lambda: not dialog.flow.busy and dialog._tasks.pending == 0)


def click(qtbot, button) -> None:
    assert button.isVisible() and button.isEnabled(), button.objectName()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def shoot(dialog: RecoveryDialog, page: str) -> None:
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    QCoreApplication.processEvents()  # pending layout requests, after errors were hidden
    assert dialog.grab().save(str(SCREENSHOTS / f"recovery_{page}.png"))


def met(dialog: RecoveryDialog) -> dict[str, bool]:
    return {code: label.property("met") for code, label in dialog.ui.checklist.labels.items()}


def login_code(loop, url: str, password: str) -> str:
    async def attempt() -> str:
        async with AkonetClient(url) as client:
            try:
                await client.login(EMAIL, password)
            except ApiFailure as error:
                return error.code
            return "ok"

    return run(loop, attempt())


# --- the whole recovery, as a person does it ----------------------------------------------------


def test_recovery_end_to_end(qtbot, loop, ctx, live_server, open_dialog):
    # Whatever the address, the same answer: nobody learns who has an account.
    stranger = open_dialog(ctx, email="")
    qtbot.keyClicks(stranger.ui.emailEdit, "nobody@example.com")
    click(qtbot, stranger.ui.sendButton)
    settle(loop, stranger)
    assert stranger.flow.step == RecoveryStep.CHECK_INBOX
    unknown_text = stranger.ui.inboxIntro.text().replace("nobody@example.com", "ADDRESS")
    stranger.reject()

    dialog = open_dialog(ctx, email="")
    assert dialog.ui.stack.currentWidget() is dialog.ui.emailPage
    assert not dialog.ui.sendButton.isEnabled()
    qtbot.keyClicks(dialog.ui.emailEdit, EMAIL)
    assert dialog.ui.sendButton.isEnabled() and not dialog.ui.emailError.isVisible()
    shoot(dialog, "email")
    qtbot.keyClick(dialog.ui.emailEdit, Qt.Key.Key_Return)  # the page's default button
    settle(loop, dialog)
    assert dialog.ui.stack.currentWidget() is dialog.ui.inboxPage
    text = dialog.ui.inboxIntro.text()
    assert text.replace(EMAIL, "ADDRESS") == unknown_text
    assert "If an account uses" in text and "30 minutes" in text
    assert not dialog.ui.continueButton.isEnabled()
    shoot(dialog, "check_inbox")

    reset_mail = wait_for_mail(live_server.maildir, EMAIL, count=2)[-1]
    assert "reset" in reset_mail["Subject"].lower()
    QGuiApplication.clipboard().setText(f"  {app_link(reset_mail)}\n")
    dialog.ui.linkEdit.setFocus()
    qtbot.keyClick(dialog.ui.linkEdit, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert dialog.ui.linkEdit.text().strip() == app_link(reset_mail)
    click(qtbot, dialog.ui.continueButton)
    assert dialog.ui.stack.currentWidget() is dialog.ui.passwordPage
    assert dialog.ui.changeButton.text() == "Change password and sign in"
    assert not dialog.ui.changeButton.isEnabled()

    qtbot.keyClicks(dialog.ui.passwordEdit, "glacier")
    assert met(dialog)["no_uppercase"] is False and met(dialog)["no_digit"] is False
    qtbot.keyClicks(dialog.ui.passwordEdit, "-Pump-73")
    qtbot.keyClick(dialog.ui.passwordEdit, Qt.Key.Key_Home)
    qtbot.keyClick(dialog.ui.passwordEdit, Qt.Key.Key_Delete)
    qtbot.keyClicks(dialog.ui.passwordEdit, "G")
    assert dialog.ui.passwordEdit.text() == NEW_PASSWORD
    marks = met(dialog)
    assert marks.pop("match") is False and all(marks.values()), marks
    assert not dialog.ui.changeButton.isEnabled()
    qtbot.keyClicks(dialog.ui.confirmationEdit, NEW_PASSWORD[:-1])
    assert dialog.ui.confirmationError.text() == field_message("password_confirmation", "mismatch")
    qtbot.keyClicks(dialog.ui.confirmationEdit, NEW_PASSWORD[-1])
    assert all(met(dialog).values()) and not dialog.ui.confirmationError.isVisible()
    assert dialog.ui.changeButton.isEnabled()
    shoot(dialog, "new_password")

    signed = []
    dialog.signed_in.connect(signed.append)
    click(qtbot, dialog.ui.changeButton)
    wait_until(loop, lambda: bool(signed))
    assert signed[0].user.email == EMAIL
    assert dialog.result() == RecoveryDialog.DialogCode.Accepted and not dialog.isVisible()
    assert login_code(loop, live_server.url, STRONG_PASSWORD) == "invalid_credentials"
    assert login_code(loop, live_server.url, NEW_PASSWORD) == "ok"


def test_send_it_again_and_use_another_address(qtbot, loop, ctx, live_server, open_dialog):
    dialog = open_dialog(ctx, email=EMAIL)
    assert dialog.ui.emailEdit.text() == EMAIL and dialog.ui.sendButton.isEnabled()
    click(qtbot, dialog.ui.sendButton)
    settle(loop, dialog)
    click(qtbot, dialog.ui.resendButton)
    settle(loop, dialog)
    assert dialog.ui.resentLabel.isVisible()
    assert len(wait_for_mail(live_server.maildir, EMAIL, count=3)) == 3
    click(qtbot, dialog.ui.otherAddressButton)
    assert dialog.ui.stack.currentWidget() is dialog.ui.emailPage
    assert dialog.ui.emailEdit.text() == EMAIL and dialog.ui.sendButton.isEnabled()


# --- lockout: the mail's link unlocks the account ------------------------------------------------


@pytest.mark.parametrize("with_email", [True, False], ids=["from_sign_in", "from_mail_link"])
def test_lockout_mail_link_reactivates_the_account(qtbot, loop, ctx, live_server, open_dialog, with_email):
    for _ in range(6):
        assert login_code(loop, live_server.url, "Wrong-Pass-99") in ("invalid_credentials", "account_locked")
    assert login_code(loop, live_server.url, STRONG_PASSWORD) == "account_locked"
    locked = wait_for_mail(live_server.maildir, EMAIL, count=2)[-1]
    assert "blocked" in locked["Subject"]

    dialog = open_dialog(ctx, email=EMAIL if with_email else "", token=token_of(locked))
    assert dialog.ui.stack.currentWidget() is dialog.ui.passwordPage
    qtbot.keyClicks(dialog.ui.passwordEdit, NEW_PASSWORD)
    qtbot.keyClicks(dialog.ui.confirmationEdit, NEW_PASSWORD)
    signed = []
    dialog.signed_in.connect(signed.append)
    click(qtbot, dialog.ui.changeButton)
    settle(loop, dialog)
    if with_email:
        assert signed and signed[0].user.email == EMAIL
    else:
        # The link alone does not say whose account it is: the dialog sends the user to sign in.
        assert signed == [] and dialog.ui.stack.currentWidget() is dialog.ui.donePage
        shoot(dialog, "done")
        click(qtbot, dialog.ui.doneButton)
        assert dialog.result() == RecoveryDialog.DialogCode.Accepted
    assert login_code(loop, live_server.url, NEW_PASSWORD) == "ok"


# --- refused links ------------------------------------------------------------------------------


@pytest.mark.parametrize("code", ["link_used", "link_expired", "link_unknown"])
def test_refused_link_goes_back_to_check_inbox(qtbot, loop, ctx, live_server, open_dialog, code):
    run(loop, ctx.client.request_recovery(EMAIL))
    token = token_of(wait_for_mail(live_server.maildir, EMAIL, count=2)[-1])
    if code == "link_used":
        httpx.post(
            f"{live_server.url}/api/v1/password-reset",
            json={
                "token": token,
                "password": "Other-Fridge-55",
                "password_confirmation": "Other-Fridge-55",
            },
        ).raise_for_status()
    elif code == "link_expired":
        server = live_server.app.state.ctx
        with server.sessions() as session:
            session.execute(update(PasswordReset).values(expires_at=server.clock.now() - timedelta(minutes=1)))
            session.commit()
    else:
        token = "Z" * 43

    dialog = open_dialog(ctx, email=EMAIL, token=token)
    qtbot.keyClicks(dialog.ui.passwordEdit, NEW_PASSWORD)
    qtbot.keyClicks(dialog.ui.confirmationEdit, NEW_PASSWORD)
    click(qtbot, dialog.ui.changeButton)
    settle(loop, dialog)
    assert dialog.ui.stack.currentWidget() is dialog.ui.inboxPage
    assert dialog.ui.linkError.isVisible() and dialog.ui.linkError.text() == link_message(code)
    assert not dialog.ui.continueButton.isEnabled()
    assert not dialog.ui.bannerFrame.isVisible()
    if code == "link_expired":
        shoot(dialog, "link_refused")

    # A new link brings the user back, the typed password kept.
    click(qtbot, dialog.ui.resendButton)
    settle(loop, dialog)
    fresh = wait_for_mail(live_server.maildir, EMAIL, count=3)[-1]
    dialog.ui.linkEdit.clear()
    qtbot.keyClicks(dialog.ui.linkEdit, app_link(fresh))
    assert not dialog.ui.linkError.isVisible()
    click(qtbot, dialog.ui.continueButton)
    assert dialog.ui.changeButton.isEnabled()
    signed = []
    dialog.signed_in.connect(signed.append)
    click(qtbot, dialog.ui.changeButton)
    wait_until(loop, lambda: bool(signed))


# --- bad inputs, offline --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("page", "widget", "text", "field", "code", "button"),
    [
        ("email", "emailEdit", "marta@", "email", "invalid", "sendButton"),
        ("email", "emailEdit", "not an address", "email", "invalid", "sendButton"),
        ("email", "emailEdit", "x\b", "email", "required", "sendButton"),
        ("inbox", "linkEdit", "hello there", "link_text", "invalid", "continueButton"),
        (
            "inbox",
            "linkEdit",
            "akonet://registration/continue?token=" + "a" * 30,
            "link_text",
            "invalid",
            "continueButton",
        ),
        ("password", "passwordEdit", "Short-1", "password", "too_short", "changeButton"),
        ("password", "passwordEdit", "lowercase-only-1", "password", "no_uppercase", "changeButton"),
        ("password", "passwordEdit", "NoDigitsHere!", "password", "no_digit", "changeButton"),
        ("password", "passwordEdit", "NoSymbols123", "password", "no_symbol", "changeButton"),
        ("password", "passwordEdit", "Marta-Frio-2024", "password", "contains_personal", "changeButton"),
        ("password", "confirmationEdit", "Different-Pass-1", "password_confirmation", "mismatch", "changeButton"),
    ],
    ids=lambda value: value if isinstance(value, str) and len(value) < 20 else None,
)
def test_bad_input_shows_a_message_under_the_field(
    qtbot, offline_ctx, open_dialog, page, widget, text, field, code, button
):
    if page == "email":
        dialog = open_dialog(offline_ctx)
    elif page == "inbox":
        dialog = open_dialog(offline_ctx, email=EMAIL)
        dialog.continue_with_link("")
    else:
        dialog = open_dialog(offline_ctx, email=EMAIL, token="A" * 43)
        if widget == "confirmationEdit":
            qtbot.keyClicks(dialog.ui.passwordEdit, NEW_PASSWORD)
    edit = getattr(dialog.ui, widget)
    if text.endswith("\b"):
        qtbot.keyClicks(edit, text[:-1])
        qtbot.keyClick(edit, Qt.Key.Key_Backspace)
    else:
        qtbot.keyClicks(edit, text)
    error = {
        "email": dialog.ui.emailError,
        "link_text": dialog.ui.linkError,
        "password": dialog.ui.passwordError,
        "password_confirmation": dialog.ui.confirmationError,
    }[field]
    assert error.isVisible()
    assert field_message(field, code, {"min": 8}) in error.text().splitlines()
    assert not getattr(dialog.ui, button).isEnabled()
    qtbot.keyClick(edit, Qt.Key.Key_Return)  # Enter does not submit a refused page
    assert not dialog.flow.busy and dialog._tasks.pending == 0


def test_mangled_deep_link_token_shows_on_check_inbox(offline_ctx, open_dialog):
    dialog = open_dialog(offline_ctx, token="not a token")
    assert dialog.ui.stack.currentWidget() is dialog.ui.inboxPage
    assert dialog.ui.linkError.text() == field_message("link_text", "invalid")
    assert dialog.ui.otherAddressButton.text() == "Ask for a new link"
    assert not dialog.ui.resendButton.isVisible()
    assert "Paste the link" in dialog.ui.inboxIntro.text()


def test_deep_link_while_open_continues_the_recovery(qtbot, offline_ctx, open_dialog):
    dialog = open_dialog(offline_ctx, email=EMAIL)
    dialog.continue_with_link("akonet://password/reset?token=" + "B" * 43)
    assert dialog.flow.step == RecoveryStep.NEW_PASSWORD
    assert dialog.flow.draft.token == "B" * 43
    assert dialog.ui.stack.currentWidget() is dialog.ui.passwordPage
    dialog.continue_with_link("https://akonet.example/password/reset?token=" + "C" * 43)
    assert dialog.flow.draft.token == "C" * 43


# --- failures and busy state --------------------------------------------------------------------


def test_unreachable_server_shows_a_banner_with_retry(qtbot, loop, offline_ctx, open_dialog):
    dialog = open_dialog(offline_ctx, email=EMAIL)
    click(qtbot, dialog.ui.sendButton)
    settle(loop, dialog)
    assert dialog.ui.bannerFrame.isVisible()
    assert dialog.ui.bannerLabel.text() == failure_message(ServerUnreachable("x"))
    assert dialog.ui.retryButton.isVisible() and dialog.ui.retryButton.isEnabled()
    assert dialog.flow.step == RecoveryStep.EMAIL and dialog.ui.sendButton.isEnabled()
    assert not dialog.ui.busyBar.isVisible()
    shoot(dialog, "network_error")

    first = dialog._failure
    click(qtbot, dialog.ui.retryButton)
    settle(loop, dialog)
    assert dialog._failure is not first and dialog.ui.bannerFrame.isVisible()  # tried again, failed again
    # Still responsive: typing works and clears the banner.
    qtbot.keyClicks(dialog.ui.emailEdit, "x")
    assert dialog.ui.emailEdit.text() == EMAIL + "x" and not dialog.ui.bannerFrame.isVisible()


@pytest.fixture
def silent_server():
    """Accepts connections and never answers: every request hangs."""
    with socket.create_server(("127.0.0.1", 0)) as server:
        yield f"http://127.0.0.1:{server.getsockname()[1]}"


def test_busy_state_and_closing_cancels_the_request(qtbot, loop, tmp_path, memory_keyring, silent_server, open_dialog):
    ctx = make_ctx(tmp_path, memory_keyring, silent_server)
    dialog = open_dialog(ctx, email=EMAIL)

    # One coroutine for the whole scenario: the request must not outlive a stop of the test loop.
    async def scenario() -> asyncio.Task:
        click(qtbot, dialog.ui.sendButton)
        while not dialog.flow.busy:
            await asyncio.sleep(0.01)
        await asyncio.sleep(0.2)  # the request is on the wire, unanswered
        assert dialog.ui.busyBar.isVisible() and dialog.ui.busyBar.maximum() == 0
        assert not dialog.ui.sendButton.isEnabled() and dialog.ui.emailEdit.isReadOnly()
        [task] = list(dialog._tasks._tasks)
        dialog.reject()
        await asyncio.wait([task], timeout=5)
        return task

    task = run(loop, scenario())
    assert task.cancelled() and dialog._tasks.pending == 0
    run(loop, ctx.client.aclose())


def test_language_change_retranslates(offline_ctx, open_dialog):
    dialog = open_dialog(offline_ctx, email=EMAIL)
    dialog.ui.titleLabel.setText("stale")
    QCoreApplication.sendEvent(dialog, QEvent(QEvent.Type.LanguageChange))
    assert dialog.ui.titleLabel.text() == "Forgot your password?"
    assert dialog.ui.sendButton.text() == "Send the link"
