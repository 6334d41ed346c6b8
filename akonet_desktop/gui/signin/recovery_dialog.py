"""Password recovery: email → check the inbox (paste the link) → new password → signed in.

Also reached with a reset token (deep link, lockout mail): it then starts at the new password.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QWidget

from akonet_desktop.client.errors import ApiFailure, ClientError
from akonet_desktop.client.flows.recovery import RecoveryFlow, RecoveryStep
from akonet_desktop.gui.common import theme
from akonet_desktop.gui.common.literal_text import escape_for_rich
from akonet_desktop.gui.common.messages import failure_message, field_message, link_message
from akonet_desktop.gui.common.request import EVERY_REFUSAL, FAILED, Action, WindowRequest
from akonet_desktop.gui.common.task_dialog import FlowTaskDialog, style_title
from akonet_desktop.gui.context import AppContext
from akonet_desktop.gui.forms.ui_recovery_dialog import Ui_RecoveryDialog

_LINK_CODES = ("link_used", "link_expired", "link_unknown")


class RecoveryDialog(FlowTaskDialog):
    signed_in = Signal(object)  # SignedIn
    code_required = Signal(object, str)  # MfaRequired and the address: the sign-in window asks for the code

    def __init__(
        self, ctx: AppContext, parent: QWidget | None = None, *, email: str = "", token: str | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.flow = RecoveryFlow(ctx.policy, email=email.strip(), token=token)
        self.password_changed = False  # the reset went through: a retry only signs in again
        self._resent = False
        self.ui = Ui_RecoveryDialog()
        self.ui.setupUi(self)
        self._style()
        ui = self.ui
        ui.emailEdit.setText(self.flow.draft.email)
        ui.linkEdit.setText(self.flow.draft.link_text)
        ui.emailEdit.textChanged.connect(lambda text: self._edit("email", text))
        ui.linkEdit.textChanged.connect(lambda text: self._edit("link_text", text))
        ui.passwordEdit.textChanged.connect(lambda text: self._edit("password", text))
        ui.confirmationEdit.textChanged.connect(lambda text: self._edit("password_confirmation", text))
        ui.sendButton.clicked.connect(lambda: self._start(self.send_link))
        ui.continueButton.clicked.connect(lambda: self.continue_with_link(ui.linkEdit.text()))
        ui.resendButton.clicked.connect(lambda: self._start(self.send_again))
        ui.otherAddressButton.clicked.connect(self._other_address)
        ui.changeButton.clicked.connect(lambda: self._start(self.change_password))
        ui.doneButton.clicked.connect(self.accept)
        ui.retryButton.clicked.connect(self._retry_clicked)
        ui.cancelButton.clicked.connect(self.reject)
        self._render()
        self._focus_page()

    # --- slots: thin ------------------------------------------------------------------------------
    def continue_with_link(self, text: str) -> None:
        """A pasted link or code, or a deep link that arrived while the dialog is open."""
        if self.flow.busy or self.password_changed:
            return
        accepted = self.flow.accept_link(text)
        if not accepted:
            self.flow.step = RecoveryStep.CHECK_INBOX  # show the text with what is wrong with it
        self.show_failure(None)
        self._sync(self.ui.linkEdit, self.flow.draft.link_text)
        self._render()
        if accepted:
            self._focus_page()

    def _other_address(self) -> None:
        self.flow.back()
        self._resent = False
        self.show_failure(None)
        self._render()
        self._focus_page()

    # --- actions: the logic, awaitable by tests ---------------------------------------------------
    async def send_link(self) -> None:
        if not self.flow.is_valid(RecoveryStep.EMAIL):
            return
        if await self._request(self.send_link, self._ask_for_link) is not FAILED:
            self.flow.submitted(RecoveryStep.EMAIL)
            self._resent = False
            self._render()
            self._focus_page()

    async def send_again(self) -> None:
        if not self.flow.draft.email:
            return
        if await self._request(self.send_again, self._ask_for_link) is not FAILED:
            self._resent = True
            self._render()

    async def change_password(self) -> None:
        if not self.password_changed:
            if not self.flow.is_valid(RecoveryStep.NEW_PASSWORD):
                return
            if await self._request(self.change_password, self._reset) is FAILED:
                return
            self.password_changed = True
            self.flow.submitted(RecoveryStep.NEW_PASSWORD)
            self._render()
        if not self.flow.draft.email:
            return  # nothing to sign in with: the DONE page sends the user to sign in
        signed = await self._request(
            self.change_password, lambda: self.ctx.client.login(self.flow.draft.email, self.flow.draft.password)
        )
        if signed is FAILED:
            return
        from akonet_desktop.api.account import MfaRequired

        if isinstance(signed, MfaRequired):  # two-step verification: the code, in the sign-in window
            self.accept()
            self.code_required.emit(signed, self.flow.draft.email)
            return
        self.signed_in.emit(signed)
        self.accept()

    async def _ask_for_link(self) -> None:
        await self.ctx.client.request_recovery(self.flow.recovery_request()["email"])

    async def _reset(self) -> None:
        body = self.flow.reset_request()
        await self.ctx.client.reset_password(body["token"], body["password"], body["password_confirmation"])

    def _request(self, retry: Action, call: Callable[[], Awaitable[Any]]) -> Awaitable[Any]:
        """Its result, or FAILED once the failure is shown; Retry runs `retry` again, even after a refusal."""
        return WindowRequest(self, call).failure(self._refused_here).retry(retry, refusals=EVERY_REFUSAL).run()

    def _refused_here(self, error: ClientError) -> bool:
        """Refusals this dialog answers in its own way rather than in the banner."""
        if not isinstance(error, ApiFailure):
            return False
        if error.code in _LINK_CODES and self.flow.step == RecoveryStep.NEW_PASSWORD and not self.password_changed:
            self.flow.link_refused(error.code)
            self._focus_page()
            return True
        # Signing in after the reset: the address typed at sign-in may not be the account the link
        # was for. The password is changed all the same, so the DONE page asks to sign in instead
        # of alarming.
        return self.password_changed

    def show_field_errors(self, failure: ApiFailure) -> bool:
        self.flow.apply_server_errors(failure.field_codes())
        return True

    # --- rendering ------------------------------------------------------------------------------
    def _edit(self, field: str, value: str) -> None:
        self.flow.set(field, value)
        self.show_failure(None)
        self._render()

    def _render(self) -> None:
        ui, flow = self.ui, self.flow
        step = flow.step
        page = {
            RecoveryStep.EMAIL: ui.emailPage,
            RecoveryStep.CHECK_INBOX: ui.inboxPage,
            RecoveryStep.NEW_PASSWORD: ui.passwordPage,
            RecoveryStep.DONE: ui.donePage,
        }[step]
        ui.stack.setCurrentWidget(page)
        ui.titleLabel.setText(
            {
                RecoveryStep.EMAIL: self.tr("Forgot your password?"),
                RecoveryStep.CHECK_INBOX: self.tr("Check your inbox"),
                RecoveryStep.NEW_PASSWORD: self.tr("Choose a new password"),
                RecoveryStep.DONE: self.tr("Password changed"),
            }[step]
        )
        busy = flow.busy
        for edit in (ui.emailEdit, ui.linkEdit, ui.passwordEdit, ui.confirmationEdit):
            edit.setReadOnly(busy)
        ui.sendButton.setEnabled(flow.is_valid(RecoveryStep.EMAIL))
        # A refused link stays in the field with its message; only another one can be sent.
        ui.continueButton.setEnabled(not busy and flow.link_error is None and not flow.errors(RecoveryStep.CHECK_INBOX))
        ui.changeButton.setEnabled(flow.is_valid(RecoveryStep.NEW_PASSWORD))
        ui.resendButton.setVisible(bool(flow.draft.email))
        ui.resendButton.setEnabled(not busy)
        ui.otherAddressButton.setEnabled(not busy)
        ui.otherAddressButton.setText(
            self.tr("Use another address") if flow.draft.email else self.tr("Ask for a new link")
        )
        ui.doneButton.setEnabled(not busy)
        ui.changeButton.setText(
            self.tr("Change password and sign in") if flow.draft.email else self.tr("Change password")
        )
        for button in (ui.sendButton, ui.continueButton, ui.changeButton, ui.doneButton):
            button.setDefault(button.parent() is page)
        ui.busyBar.setVisible(busy)
        ui.inboxIntro.setText(self._inbox_text())
        ui.resentLabel.setText(self.tr("We sent the email again.") if self._resent else "")
        ui.resentLabel.setVisible(self._resent and step == RecoveryStep.CHECK_INBOX)
        self._show_errors(ui.emailError, "email")
        self._show_errors(ui.linkError, "link_text", link_message(flow.link_error) if flow.link_error else None)
        self._show_errors(ui.passwordError, "password")
        self._show_errors(ui.confirmationError, "password_confirmation")
        ui.checklist.update_state(flow.checklist(), flow.strength())
        ui.bannerLabel.setText(failure_message(self._failure) if self._failure is not None else "")
        ui.bannerFrame.setVisible(self._failure is not None)
        ui.retryButton.setVisible(self._retry is not None)
        ui.cancelButton.setVisible(step != RecoveryStep.DONE)  # "Go to sign-in" is the way out

    def _inbox_text(self) -> str:
        minutes = str(self.ctx.reset_link_minutes)
        email = self.flow.draft.email
        if not email:
            return self.tr(
                "Paste the link or the code from the email we sent you. It is valid for %1 minutes."
            ).replace("%1", minutes)
        # Never says whether the address has an account: the server answers the same either way.
        return (
            self.tr(
                "If an account uses %1, we sent it an email with a link to choose a new password. "
                "It is valid for %2 minutes."
            )
            .replace("%2", minutes)
            .replace("%1", f"<b>{escape_for_rich(email)}</b>")
        )

    def _show_errors(self, label: QLabel, field: str, extra: str | None = None) -> None:
        params = {error.code: error.params for error in self.flow.errors() if error.field == field}
        lines = [field_message(field, code, params.get(code)) for code in self.flow.field_errors(field)]
        if extra:
            lines.insert(0, extra)
        label.setText("\n".join(lines))
        label.setVisible(bool(lines))

    @staticmethod
    def _sync(edit, text: str) -> None:
        if edit.text() != text:
            edit.setText(text)

    def _focus_page(self) -> None:
        focus = {
            RecoveryStep.EMAIL: self.ui.emailEdit,
            RecoveryStep.CHECK_INBOX: self.ui.linkEdit,
            RecoveryStep.NEW_PASSWORD: self.ui.passwordEdit,
            RecoveryStep.DONE: self.ui.doneButton,
        }[self.flow.step]
        focus.setFocus()

    def _style(self) -> None:
        style_title(self.ui.titleLabel, 1.6)
        colours = theme.colours()
        theme.style_banner(self.ui.bannerFrame, self.ui.bannerLabel, colours)
        for label in (self.ui.emailError, self.ui.linkError, self.ui.passwordError, self.ui.confirmationError):
            label.setStyleSheet(theme.text(colours.error))
        self.ui.resentLabel.setStyleSheet(theme.text(colours.success))
        for label in (self.ui.emailIntro, self.ui.passwordIntro):
            label.setStyleSheet(theme.text(colours.hint))
