"""The three-step company registration: email → check the inbox → company → account → signed in.

The widgets only bind to RegistrationFlow: every edit goes to flow.set(); the page shown, what is
enabled and the text under each field are read back from the flow in _render().
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QComboBox, QWidget

from akonet_desktop.api.models import CompanyData, Reference, RegistrationComplete
from akonet_desktop.client.errors import ApiFailure, ClientError, ServerUnreachable
from akonet_desktop.client.flows import REGISTRATION_LINK, RegistrationFlow, Step, extract_token
from akonet_desktop.gui.common.i18n import UI_LANGUAGES
from akonet_desktop.gui.common.messages import failure_message, field_message
from akonet_desktop.gui.common.request import FAILED, Action, WindowRequest
from akonet_desktop.gui.common.task_dialog import FlowTaskDialog
from akonet_desktop.gui.context import AppContext
from akonet_desktop.gui.forms.ui_registration_wizard import Ui_RegistrationWizard
from akonet_desktop.gui.registration import choices, look, texts
from akonet_desktop.gui.registration.fields import BINDINGS, ERROR_PREFIX, FieldViews

_LINK_CODES = ("link_used", "link_expired", "link_unknown")


class RegistrationWizard(FlowTaskDialog):
    signed_in = Signal(object)  # SignedIn

    def __init__(self, ctx: AppContext, parent: QWidget | None = None, *, token: str | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        language = ctx.language if ctx.language in UI_LANGUAGES else "en"
        self.flow = RegistrationFlow(ctx.policy, language=language)
        self.reference: Reference | None = None
        self._reference_language: str | None = None
        self._resent = False
        self.ui = Ui_RegistrationWizard()
        self.ui.setupUi(self)
        self.ui.linkEdit.setPlaceholderText(REGISTRATION_LINK.app_link_example)  # the registry's path
        self._pages = {
            Step.EMAIL: self.ui.emailPage,
            Step.CHECK_INBOX: self.ui.inboxPage,
            Step.COMPANY: self.ui.companyPage,
            Step.ACCOUNT: self.ui.accountPage,
        }
        self.fields = FieldViews(self.ui)
        look.apply(self, self.ui)
        choices.fill_languages(self.ui.languageCombo, self.flow.draft.language)
        choices.fill_languages(self.ui.accountLanguageCombo, self.flow.draft.account_language)
        self._connect()
        self._retranslate()
        self._focus_page()
        if token:
            self.continue_with_link(token)

    def _connect(self) -> None:
        self.fields.connect(self._edit, self._chosen)
        self.ui.primaryButton.clicked.connect(lambda: self._start(self.submit))
        self.ui.backButton.clicked.connect(self._back)
        self.ui.resendButton.clicked.connect(lambda: self._start(self.resend))
        self.ui.retryButton.clicked.connect(self._retry_clicked)
        self.ctx.translations.language_changed.connect(self._language_changed)

    # --- slots: thin ------------------------------------------------------------------------------
    def _edit(self, field: str, value: str) -> None:
        if self.closed:
            return
        self.flow.set(field, value)
        self._render()

    def _chosen(self, field: str, index: int) -> None:
        value = self.fields.editors[field].itemData(index) or ""
        self.flow.set(field, value)
        if field == "country":
            self._fill_id_types(pick_first=True)
        if field in ("language", "account_language") and value:
            self.ctx.translations.set_language(value)
        self._render()

    def _back(self) -> None:
        self.flow.back()
        self.show_failure(None)
        self._render()
        self._focus_page()

    def continue_with_link(self, text: str) -> None:
        """A link or code from the email (deep link, or the token the app was opened with)."""
        if self.flow.busy or self.closed:
            return
        same_registration = extract_token(text, REGISTRATION_LINK) == self.flow.draft.token
        if same_registration and self.flow.step in (Step.COMPANY, Step.ACCOUNT):
            self.activateWindow()  # already open: keep what was typed since
            return
        if self.flow.step == Step.EMAIL:
            self.flow.step = Step.CHECK_INBOX
        accepted = self.flow.accept_link(text)
        self._sync("link_text")
        self.show_failure(None)
        if not accepted:
            self.flow.step = Step.CHECK_INBOX  # show the text with what is wrong with it
            self._render()
            return
        self._start(self.open_link)

    # --- actions: the logic, awaited directly by tests ---------------------------------------------
    async def submit(self) -> None:
        if not self._can_submit():
            self.flow.reveal()
            self._render()
            return
        step = self.flow.step
        if step == Step.CHECK_INBOX:
            self.flow.accept_link(self.flow.draft.link_text)
        await {
            Step.EMAIL: self.send_email,
            Step.CHECK_INBOX: self.open_link,
            Step.COMPANY: self.save_company,
            Step.ACCOUNT: self.complete,
        }[step]()

    async def send_email(self) -> None:
        body = self.flow.start_request()
        if await self._request(self.send_email, lambda: self._client().start_registration(**body)) is not FAILED:
            self.flow.submitted(Step.EMAIL)
            self._resent = False
            self._after_step()

    async def resend(self) -> None:
        body = self.flow.start_request()
        if await self._request(self.resend, lambda: self._client().start_registration(**body)) is not FAILED:
            self._resent = True
            self._render()

    async def open_link(self) -> None:
        token = self.flow.draft.token
        if not token:
            return
        state = await self._request(self.open_link, lambda: self._client().get_registration(token))
        if state is FAILED:
            return
        self.flow.resume(token, state)
        for binding in BINDINGS:
            self._sync(binding.field)
        self._after_step()

    async def load_reference(self) -> None:
        """Countries and identification types in the display language; the server's password policy."""
        language = self._reference_language = self.ctx.language

        reference = await self._request(self.load_reference, lambda: self._client().reference(language))
        if reference is FAILED:
            self._reference_language = None
            return
        self.reference = reference
        self._fill_countries()
        await self._refresh_policy()

    async def _refresh_policy(self) -> None:
        try:
            self.flow.policy = await self._client().password_policy()
        except ClientError:
            pass  # the bundled policy still applies, and the server re-checks anyway
        if not self.closed:
            self._render()

    async def save_company(self) -> None:
        token, body = self.flow.draft.token, CompanyData(**self.flow.company_request())
        if await self._request(self.save_company, lambda: self._client().save_company(token, body)) is not FAILED:
            self.flow.submitted(Step.COMPANY)
            self._after_step()

    async def complete(self) -> None:
        token, body = self.flow.draft.token, RegistrationComplete(**self.flow.complete_request())
        signed = await self._request(self.complete, lambda: self._client().complete_registration(token, body))
        if signed is FAILED:
            if "password" in self.flow.server_errors:
                await self._refresh_policy()  # the server's rules changed: the checklist follows
            return
        self.flow.submitted(Step.ACCOUNT)
        self.signed_in.emit(signed)
        self.accept()

    def _client(self):
        if self.ctx.client is None:
            raise ServerUnreachable("no server is configured yet")
        return self.ctx.client

    def _request(self, retry: Action, call: Callable[[], Awaitable[Any]]) -> Awaitable[Any]:
        """Its result, or FAILED once the failure is shown; Retry runs `retry` again after the network
        failed, and after too many requests (the only refusal that waiting can change)."""
        return WindowRequest(self, call).failure(self._link_refused).retry(retry, refusals=("rate_limited",)).run()

    def _link_refused(self, error: ClientError) -> bool:
        """A used, expired or unknown link: said under the link field, on the check-inbox page."""
        if not (isinstance(error, ApiFailure) and error.code in _LINK_CODES):
            return False
        self.flow.link_refused(error.code)
        self._focus_page()
        return True

    def show_field_errors(self, failure: ApiFailure) -> bool:
        self.fields.server_params = {(e.field, e.code): dict(e.params) for e in failure.errors}
        self.flow.apply_server_errors(failure.field_codes())  # on the earliest page one is about
        self._focus_page()
        return True

    def show_failure(self, failure: ClientError | None, retry: Action | None = None) -> None:
        super().show_failure(failure, retry)
        if failure is not None:
            self.flow.failed(failure.code if isinstance(failure, ApiFailure) else "network")

    # --- rendering ------------------------------------------------------------------------------
    def _after_step(self) -> None:
        self._render()
        self._focus_page()

    def _sync(self, field: str) -> None:
        """Show the draft's value of field (after resume or a deep link) without it counting as an edit."""
        editor, value = self.fields.editors[field], getattr(self.flow.draft, field)
        if field == "country":
            self._fill_countries()
        elif isinstance(editor, QComboBox):
            choices.select(editor, value)
        else:
            self.fields.show_text(field, value)

    def _fill_countries(self) -> None:
        countries = self.reference.countries if self.reference else []
        choices.fill_countries(
            self.ui.countryCombo, texts.country_placeholder(), countries, self.ctx.language, self.flow.draft.country
        )
        self._fill_id_types()

    def _fill_id_types(self, *, pick_first: bool = False) -> None:
        types = choices.id_types_of(self.reference, self.flow.draft.country, self.flow.id_type_choices())
        if pick_first and types and not self.flow.draft.id_type:
            # The national number most companies have: one choice fewer for most people.
            self.flow.set("id_type", types[0].code)
        choices.fill_id_types(self.ui.idTypeCombo, texts.id_type_placeholder(), types, self.flow.draft.id_type)

    def _render(self) -> None:
        ui, flow = self.ui, self.flow
        step = Step.ACCOUNT if flow.step == Step.DONE else flow.step
        ui.stack.setCurrentWidget(self._pages[step])
        ui.titleLabel.setText(texts.header(step))
        ui.primaryButton.setText(texts.primary(step))
        ui.primaryButton.setEnabled(self._can_submit())
        ui.backButton.setVisible(step in flow.BACK)
        ui.backButton.setEnabled(flow.can_go_back())
        ui.busyBar.setVisible(flow.busy)
        self.fields.render(flow, step)
        ui.countryCombo.setEnabled(not flow.busy and self.reference is not None)
        ui.idTypeCombo.setEnabled(not flow.busy and ui.idTypeCombo.count() > 1)
        draft = flow.draft
        ui.inboxIntro.setText(texts.inbox_intro(draft.email))
        ui.resendButton.setVisible(bool(draft.email))
        ui.resendStatusLabel.setText(texts.resent() if self._resent else "")
        ui.usernameEdit.setText(draft.verified_email)
        ui.idNumberEdit.setPlaceholderText(choices.example_of(self.reference, draft.country, draft.id_type))
        self._render_banner()
        if step == Step.ACCOUNT:
            ui.checklist.update_state(flow.checklist(), flow.strength())
        if (
            step == Step.COMPANY
            and not flow.busy
            and self._failure is None
            and self._reference_language != self.ctx.language
        ):
            self._start(self.load_reference)

    def _can_submit(self) -> bool:
        return self.flow.is_valid() and not (self.flow.step == Step.CHECK_INBOX and self.flow.link_error)

    def _render_banner(self) -> None:
        lines = [field_message(n.field, n.code) for n in self.flow.notices()]
        if self._failure is not None:
            lines.insert(0, failure_message(self._failure))
        self.ui.bannerLabel.setText("\n".join(ERROR_PREFIX + line for line in lines))
        self.ui.bannerFrame.setVisible(bool(lines))
        self.ui.retryButton.setVisible(self._failure is not None and self._retry is not None)

    def _focus_page(self) -> None:
        step = Step.ACCOUNT if self.flow.step == Step.DONE else self.flow.step
        getattr(self.ui, self.fields.first_invalid(self.flow, step)).setFocus(Qt.FocusReason.OtherFocusReason)

    # --- language ----------------------------------------------------------------------------------
    def _retranslate(self) -> None:
        choices.set_placeholder(self.ui.countryCombo, texts.country_placeholder())
        choices.set_placeholder(self.ui.idTypeCombo, texts.id_type_placeholder())
        self._render()

    def _language_changed(self, _language: str) -> None:
        if not self.closed:
            self._render()  # country names follow the language: _render reloads them on that page
