"""« Join <company> »: the invitation's link or code → names, password and language → signed in.

Opened by an emailed invitation link (the invitation is read at once), or from the sign-in
window's "I have an invitation" (the link or the code is pasted first). The widgets only bind to
InvitationFlow: every edit goes to flow.set(); what shows is read back from the flow in _render().
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QWidget

from akonet_desktop.api.invitations import InvitationAccept
from akonet_desktop.client.errors import ApiFailure, ClientError, ServerUnreachable
from akonet_desktop.client.flows.invitation import INVITATION_LINK, InvitationFlow, InvitationStep
from akonet_desktop.gui.common import theme
from akonet_desktop.gui.common.i18n import UI_LANGUAGES
from akonet_desktop.gui.common.literal_text import escape_for_rich
from akonet_desktop.gui.common.messages import failure_message, field_message, link_message
from akonet_desktop.gui.common.request import FAILED, Action, WindowRequest
from akonet_desktop.gui.common.task_dialog import FlowTaskDialog, style_title
from akonet_desktop.gui.context import AppContext
from akonet_desktop.gui.forms.ui_invitation_dialog import Ui_InvitationDialog
from akonet_desktop.gui.registration.choices import fill_languages, select

_LINK_CODES = ("link_used", "link_expired", "link_unknown")
# The flow's field -> the form's line edit and the label under it.
_EDITS = {
    "link_text": ("linkEdit", "linkError"),
    "first_name": ("firstNameEdit", "firstNameError"),
    "last_name": ("lastNameEdit", "lastNameError"),
    "password": ("passwordEdit", "passwordError"),
    "password_confirmation": ("confirmationEdit", "confirmationError"),
}


class InvitationDialog(FlowTaskDialog):
    signed_in = Signal(object)  # SignedIn

    def __init__(self, ctx: AppContext, parent: QWidget | None = None, *, token: str | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        language = ctx.language if ctx.language in UI_LANGUAGES else "en"
        self.flow = InvitationFlow(ctx.policy, language=language)
        self.ui = Ui_InvitationDialog()
        self.ui.setupUi(self)
        self._style()
        fill_languages(self.ui.languageCombo, self.flow.draft.language)
        for field, (edit, _error) in _EDITS.items():
            getattr(self.ui, edit).textChanged.connect(lambda text, field=field: self._edit(field, text))
        self.ui.languageCombo.activated.connect(self._language_chosen)
        self.ui.continueButton.clicked.connect(lambda: self.continue_with_link(self.ui.linkEdit.text()))
        self.ui.joinButton.clicked.connect(lambda: self._start(self.join))
        self.ui.retryButton.clicked.connect(self._retry_clicked)
        self.ui.cancelButton.clicked.connect(self.reject)
        self._render()
        self._focus_page()
        if token:
            self.continue_with_link(INVITATION_LINK.app_link(token))

    # --- slots: thin ------------------------------------------------------------------------------
    def continue_with_link(self, text: str) -> None:
        """A pasted link or code, or a deep link that arrived while the dialog is open."""
        if self.flow.busy or self.closed:
            return
        accepted = self.flow.accept_link(text)
        self._sync("link_text")
        self.show_failure(None)
        if not accepted:
            self.flow.step = InvitationStep.LINK  # show the text with what is wrong with it
            self._render()
            return
        self._start(self.open_invitation)

    def _edit(self, field: str, value: str) -> None:
        if self.closed:
            return
        self.flow.set(field, value)
        self._render()

    def _language_chosen(self, index: int) -> None:
        value = self.ui.languageCombo.itemData(index) or ""
        self.flow.set("language", value)
        if value:
            self.ctx.translations.set_language(value)  # the person sees the app in the language they choose
        self._render()

    # --- actions: the logic, awaited directly by tests ---------------------------------------------
    async def open_invitation(self) -> None:
        token = self.flow.draft.token
        if not token:
            return
        preview = await self._request(self.open_invitation, lambda: self._client().get_invitation(token))
        if preview is FAILED:
            return
        self.flow.resume(token, preview)
        for field in ("first_name", "last_name"):
            self._sync(field)
        select(self.ui.languageCombo, self.flow.draft.language)
        self._render()
        self._focus_page()

    async def join(self) -> None:
        if not self.flow.is_valid(InvitationStep.ACCOUNT):
            self.flow.reveal()
            self._render()
            return
        token, body = self.flow.draft.token, InvitationAccept(**self.flow.accept_request())
        signed = await self._request(self.join, lambda: self._client().accept_invitation(token, body))
        if signed is FAILED:
            return
        self.flow.submitted(InvitationStep.ACCOUNT)
        self.signed_in.emit(signed)
        self.accept()

    def _client(self):
        if self.ctx.client is None:
            raise ServerUnreachable("no server is configured yet")
        return self.ctx.client

    def _request(self, retry: Action, call: Callable[[], Awaitable[Any]]) -> Awaitable[Any]:
        """Its result, or FAILED once shown; Retry after a network failure only (a refusal would repeat)."""
        return WindowRequest(self, call).failure(self._refused_here).retry(retry).run()

    def _refused_here(self, error: ClientError) -> bool:
        """A used, expired or withdrawn invitation: said under the link field, on the link page."""
        if not (isinstance(error, ApiFailure) and error.code in _LINK_CODES):
            return False
        self.flow.link_refused(error.code)
        self._sync("link_text")
        self._focus_page()
        return True

    def show_field_errors(self, failure: ApiFailure) -> bool:
        self.flow.apply_server_errors(failure.field_codes())
        self._focus_page()
        return True

    # --- rendering ------------------------------------------------------------------------------
    def _render(self) -> None:
        ui, flow = self.ui, self.flow
        account = flow.step != InvitationStep.LINK
        ui.stack.setCurrentWidget(ui.accountPage if account else ui.linkPage)
        company = flow.draft.company_name
        ui.titleLabel.setText(
            self.tr("Join %1").replace("%1", company) if account and company else self.tr("Join your company")
        )
        busy = flow.busy
        for edit, _error in _EDITS.values():
            getattr(ui, edit).setReadOnly(busy)
        ui.languageCombo.setEnabled(not busy)
        ui.continueButton.setEnabled(not busy and flow.link_error is None and not flow.errors(InvitationStep.LINK))
        ui.joinButton.setEnabled(flow.is_valid(InvitationStep.ACCOUNT))
        ui.continueButton.setDefault(not account)
        ui.joinButton.setDefault(account)
        ui.busyBar.setVisible(busy)
        ui.emailEdit.setText(flow.draft.email)
        ui.emailError.setVisible(False)  # the invited address is the account's: nothing to correct here
        ui.accountIntro.setText(
            self.tr(
                "You are invited to join <b>%1</b> on AKONet. Check your name, choose a password and your "
                "language: you will be signed in right away."
            ).replace("%1", escape_for_rich(company))
        )
        link_error = link_message(flow.link_error) if flow.link_error else None
        self._show_errors(ui.linkError, "link_text", link_error)
        for field in ("first_name", "last_name", "password", "password_confirmation"):
            self._show_errors(getattr(ui, _EDITS[field][1]), field)
        self._show_errors(ui.languageError, "language")
        if account:
            ui.checklist.update_state(flow.checklist(), flow.strength())
        lines = [field_message(n.field, n.code) for n in flow.notices()]
        if self._failure is not None:
            lines.insert(0, failure_message(self._failure))
        ui.bannerLabel.setText("\n".join(lines))
        ui.bannerFrame.setVisible(bool(lines))
        ui.retryButton.setVisible(self._failure is not None and self._retry is not None)

    def _show_errors(self, label: QLabel, field: str, extra: str | None = None) -> None:
        params = {error.code: error.params for error in self.flow.errors() if error.field == field}
        lines = [field_message(field, code, params.get(code)) for code in self.flow.field_errors(field)]
        if extra:
            lines.insert(0, extra)
        label.setText("\n".join(lines))
        label.setVisible(bool(lines))

    def _sync(self, field: str) -> None:
        """Show the draft's value (a deep link, the invitation's names) without it counting as an edit."""
        edit = getattr(self.ui, _EDITS[field][0])
        value = getattr(self.flow.draft, field)
        if edit.text() != value:
            edit.blockSignals(True)
            edit.setText(value)
            edit.blockSignals(False)

    def _focus_page(self) -> None:
        if self.flow.step == InvitationStep.LINK:
            self.ui.linkEdit.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        for field in ("first_name", "last_name", "password", "password_confirmation"):
            if self.flow.field_errors(field) or not getattr(self.flow.draft, field):
                getattr(self.ui, _EDITS[field][0]).setFocus(Qt.FocusReason.OtherFocusReason)
                return
        self.ui.joinButton.setFocus(Qt.FocusReason.OtherFocusReason)

    def _style(self) -> None:
        style_title(self.ui.titleLabel, 1.6)
        colours = theme.colours()
        theme.style_banner(self.ui.bannerFrame, self.ui.bannerLabel, colours)
        for _edit, error in (*_EDITS.values(), (None, "languageError")):
            getattr(self.ui, error).setStyleSheet(theme.text(colours.error))
        for label in (self.ui.linkIntro, self.ui.accountIntro):
            label.setStyleSheet(theme.text(colours.hint))
