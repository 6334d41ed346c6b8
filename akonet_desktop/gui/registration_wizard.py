"""The three-step company registration: email → check the inbox → company → account → signed in.

The widgets only bind to RegistrationFlow: every edit goes to flow.set(); the page shown, what is
enabled and the text under each field are read back from the flow in _render().
"""

from __future__ import annotations

import html
from collections.abc import Awaitable, Callable, Coroutine
from functools import partial
from typing import Any

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QComboBox, QDialog, QWidget

from akonet_desktop.api.models import CompanyData, Reference, RegistrationComplete
from akonet_desktop.client.errors import ApiFailure, ClientError, ServerUnreachable
from akonet_desktop.client.flows import REGISTRATION_LINK, RegistrationFlow, Step, extract_token
from akonet_desktop.gui.context import AppContext
from akonet_desktop.gui.forms.ui_registration_wizard import Ui_RegistrationWizard
from akonet_desktop.gui.i18n import UI_LANGUAGES
from akonet_desktop.gui.messages import failure_message, field_message
from akonet_desktop.gui.registration import choices, look
from akonet_desktop.gui.registration.fields import BINDINGS, ERROR_PREFIX, FIRST_EDITOR, api_name, error_text
from akonet_desktop.gui.tasks import TaskGroup

Action = Callable[[], Coroutine[Any, Any, None]]
_LINK_CODES = ("link_used", "link_expired", "link_unknown")
_FAILED = object()


class RegistrationWizard(QDialog):
    signed_in = Signal(object)  # SignedIn

    def __init__(self, ctx: AppContext, parent: QWidget | None = None, *, token: str | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        language = ctx.language if ctx.language in UI_LANGUAGES else "en"
        self.flow = RegistrationFlow(ctx.policy, language=language)
        self.reference: Reference | None = None
        self._reference_language: str | None = None
        self._failure: Exception | None = None
        self._retry: Action | None = None
        self._server_params: dict[tuple[str, str], dict] = {}
        self._resent = False
        self._closed = False
        self._tasks = TaskGroup()
        self.ui = Ui_RegistrationWizard()
        self.ui.setupUi(self)
        self._pages = {Step.EMAIL: self.ui.emailPage, Step.CHECK_INBOX: self.ui.inboxPage,
                       Step.COMPANY: self.ui.companyPage, Step.ACCOUNT: self.ui.accountPage}
        self._editors = {b.field: getattr(self.ui, b.editor) for b in BINDINGS}
        self._errors = {b.field: getattr(self.ui, b.error) for b in BINDINGS}
        look.apply(self, self.ui)
        choices.fill_languages(self.ui.languageCombo, self.flow.draft.language)
        choices.fill_languages(self.ui.accountLanguageCombo, self.flow.draft.account_language)
        self._connect()
        self._retranslate()
        self._focus_page()
        if token:
            self.continue_with_link(token)

    def _connect(self) -> None:
        for field, editor in self._editors.items():
            if isinstance(editor, QComboBox):
                editor.currentIndexChanged.connect(partial(self._chosen, field))
            else:
                editor.textEdited.connect(partial(self._edit, field))
                # Leaving a field counts as touching it: "required" shows once the user moved on.
                editor.editingFinished.connect(lambda field=field, editor=editor: self._edit(field, editor.text()))
        self.ui.primaryButton.clicked.connect(lambda: self._start(self.submit))
        self.ui.backButton.clicked.connect(self._back)
        self.ui.resendButton.clicked.connect(lambda: self._start(self.resend))
        self.ui.retryButton.clicked.connect(self._retry_clicked)
        self.ctx.translations.language_changed.connect(self._language_changed)

    # --- slots: thin ------------------------------------------------------------------------------
    def _start(self, action: Action) -> None:
        if not self.flow.busy and not self._closed:
            self._tasks.spawn(action())

    def _retry_clicked(self) -> None:
        if self._retry is not None:
            self._start(self._retry)

    def _edit(self, field: str, value: str) -> None:
        if self._closed:
            return
        self.flow.set(field, value)
        self._render()

    def _chosen(self, field: str, index: int) -> None:
        combo = self._editors[field]
        value = combo.itemData(index) or ""
        self.flow.set(field, value)
        if field == "country":
            self._fill_id_types(pick_first=True)
        if field in ("language", "account_language") and value:
            self.ctx.translations.set_language(value)
        self._render()

    def _back(self) -> None:
        self.flow.back()
        self._failure = self._retry = None
        self._render()
        self._focus_page()

    def continue_with_link(self, text: str) -> None:
        """A link or code from the email (deep link, or the token the app was opened with)."""
        if self.flow.busy or self._closed:
            return
        if self.flow.step in (Step.COMPANY, Step.ACCOUNT) and extract_token(text, REGISTRATION_LINK) == self.flow.draft.token:
            self.activateWindow()  # this registration is already open: keep what was typed
            return
        if self.flow.step == Step.EMAIL:
            self.flow.step = Step.CHECK_INBOX
        accepted = self.flow.accept_link(text)
        self._sync("link_text")
        self._failure = self._retry = None
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
        await {Step.EMAIL: self.send_email, Step.CHECK_INBOX: self.open_link,
               Step.COMPANY: self.save_company, Step.ACCOUNT: self.complete}[step]()

    async def send_email(self) -> None:
        body = self.flow.start_request()
        if await self._request(self.send_email, lambda: self._client().start_registration(**body)) is not _FAILED:
            self.flow.submitted(Step.EMAIL)
            self._resent = False
            self._after_step()

    async def resend(self) -> None:
        body = self.flow.start_request()
        if await self._request(self.resend, lambda: self._client().start_registration(**body)) is not _FAILED:
            self._resent = True
            self._render()

    async def open_link(self) -> None:
        token = self.flow.draft.token
        if not token:
            return
        state = await self._request(self.open_link, lambda: self._client().get_registration(token))
        if state is _FAILED:
            return
        self.flow.resume(token, state)
        for binding in BINDINGS:
            self._sync(binding.field)
        self._after_step()

    async def load_reference(self) -> None:
        """Countries and identification types in the display language; the server's password policy."""
        language = self._reference_language = self.ctx.language

        async def fetch() -> tuple[Reference, Any]:
            reference = await self._client().reference(language)
            try:
                policy = await self._client().password_policy()
            except ClientError:
                policy = None  # the bundled policy still applies; the server re-checks anyway
            return reference, policy

        result = await self._request(self.load_reference, fetch)
        if result is _FAILED:
            self._reference_language = None
            return
        self.reference, policy = result
        if policy is not None:
            self.flow.policy = policy
        self._fill_countries()
        self._render()

    async def save_company(self) -> None:
        token, body = self.flow.draft.token, CompanyData(**self.flow.company_request())
        if await self._request(self.save_company, lambda: self._client().save_company(token, body)) is not _FAILED:
            self.flow.submitted(Step.COMPANY)
            self._after_step()

    async def complete(self) -> None:
        token, body = self.flow.draft.token, RegistrationComplete(**self.flow.complete_request())
        signed = await self._request(self.complete, lambda: self._client().complete_registration(token, body))
        if signed is _FAILED:
            return
        self.flow.submitted(Step.ACCOUNT)
        self.signed_in.emit(signed)
        self.accept()

    def _client(self):
        if self.ctx.client is None:
            raise ServerUnreachable("no server is configured yet")
        return self.ctx.client

    async def _request(self, retry: Action, call: Callable[[], Awaitable[Any]]) -> Any:
        """Busy state around one request: its result, or _FAILED once the failure is shown."""
        self.flow.busy = True
        self._failure = self._retry = None
        self._render()
        try:
            return await call()
        except ApiFailure as error:
            self.flow.busy = False
            if error.code in _LINK_CODES:
                self.flow.link_refused(error.code)
                self._focus_page()
            elif error.status == 422 and error.field_codes():
                self._server_params = {(e.field, e.code): dict(e.params) for e in error.errors}
                self.flow.apply_server_errors(error.field_codes())
                self._focus_page()
            else:
                self.flow.failed(error.code)
                self._failure = error
                self._retry = retry if error.code == "rate_limited" else None
            return _FAILED
        except ClientError as error:
            self.flow.failed("network")
            self._failure, self._retry = error, retry
            return _FAILED
        finally:
            self.flow.busy = False
            if not self._closed:
                self._render()

    # --- rendering ------------------------------------------------------------------------------
    def _after_step(self) -> None:
        self._render()
        self._focus_page()

    def _sync(self, field: str) -> None:
        """Show the draft's value of field (after resume or a deep link) without it counting as an edit."""
        editor, value = self._editors[field], getattr(self.flow.draft, field)
        if isinstance(editor, QComboBox):
            if field == "country":
                self._fill_countries()
            elif field == "id_type":
                self._fill_id_types()
            else:
                choices.select(editor, value)
        elif editor.text() != value:
            editor.setText(value)

    def _fill_countries(self) -> None:
        countries = self.reference.countries if self.reference else []
        choices.fill_countries(self.ui.countryCombo, self.tr("Choose a country"), countries,
                               self.ctx.language, self.flow.draft.country)
        self._fill_id_types()

    def _fill_id_types(self, *, pick_first: bool = False) -> None:
        allowed = self.flow.id_type_choices()
        types = [t for t in (self.reference.id_types if self.reference else [])
                 if t.country == self.flow.draft.country and t.code in allowed]
        if pick_first and types and not self.flow.draft.id_type:
            # The national number most companies have: one choice fewer for most people.
            self.flow.set("id_type", types[0].code)
        choices.fill_id_types(self.ui.idTypeCombo, self.tr("Choose an identification type"), types,
                              self.flow.draft.id_type)

    def _params(self, field: str, code: str) -> dict:
        for error in self.flow.errors():
            if error.field == field and error.code == code:
                return dict(error.params)
        return self._server_params.get((api_name(field), code), {})

    def _render(self) -> None:
        ui, flow = self.ui, self.flow
        step = Step.ACCOUNT if flow.step == Step.DONE else flow.step
        ui.stack.setCurrentWidget(self._pages[step])
        number, title, primary = self._texts(step)
        ui.titleLabel.setText(self.tr("Step %1 of 3 — %2").replace("%1", str(number)).replace("%2", title))
        ui.primaryButton.setText(primary)
        ui.primaryButton.setEnabled(self._can_submit())
        ui.backButton.setVisible(step in flow.BACK)
        ui.backButton.setEnabled(flow.can_go_back())
        ui.busyBar.setVisible(flow.busy)
        for binding in BINDINGS:
            editor, label = self._editors[binding.field], self._errors[binding.field]
            if isinstance(editor, QComboBox):
                editor.setEnabled(not flow.busy and (binding.field != "country" or self.reference is not None))
            else:
                editor.setReadOnly(flow.busy)
            if binding.page == step:
                text = error_text(binding.field, flow.field_errors(binding.field),
                                  partial(self._params, binding.field), flow.link_error)
                label.setText(text)
                label.setVisible(bool(text))
                editor.setAccessibleDescription(text)
        ui.idTypeCombo.setEnabled(not flow.busy and ui.idTypeCombo.count() > 1)
        self._render_texts(step)
        self._render_banner()
        if step == Step.ACCOUNT:
            ui.checklist.update_state(flow.checklist(), flow.strength())
        if (step == Step.COMPANY and not flow.busy and self._failure is None
                and self._reference_language != self.ctx.language):
            self._start(self.load_reference)

    def _can_submit(self) -> bool:
        return self.flow.is_valid() and not (self.flow.step == Step.CHECK_INBOX and self.flow.link_error)

    def _texts(self, step: Step) -> tuple[int, str, str]:
        return {
            Step.EMAIL: (1, self.tr("Your email"), self.tr("Validate")),
            Step.CHECK_INBOX: (1, self.tr("Check your inbox"), self.tr("Continue")),
            Step.COMPANY: (2, self.tr("Your company"), self.tr("Next")),
            Step.ACCOUNT: (3, self.tr("Your account"), self.tr("Sign in")),
        }[step]

    def _render_texts(self, step: Step) -> None:
        ui, draft = self.ui, self.flow.draft
        if draft.email:
            ui.inboxIntro.setText(self.tr(
                "We sent an email to <b>%1</b>. Open the link it contains to continue, or paste the "
                "link or the code from the email here.").replace("%1", html.escape(draft.email)))
        else:
            ui.inboxIntro.setText(self.tr(
                "Open the link in the email we sent you to continue, or paste the link or the code here."))
        ui.resendButton.setVisible(bool(draft.email))
        ui.resendStatusLabel.setText(self.tr("Sent again. It may take a minute to arrive.") if self._resent else "")
        ui.usernameEdit.setText(draft.verified_email)
        example = next((t.example for t in (self.reference.id_types if self.reference else [])
                        if t.country == draft.country and t.code == draft.id_type), "")
        ui.idNumberEdit.setPlaceholderText(example)

    def _render_banner(self) -> None:
        lines = [field_message(n.field, n.code) for n in self.flow.notices()]
        if self._failure is not None:
            lines.insert(0, failure_message(self._failure))
        self.ui.bannerLabel.setText("\n".join(ERROR_PREFIX + line for line in lines))
        self.ui.bannerFrame.setVisible(bool(lines))
        self.ui.retryButton.setVisible(self._failure is not None and self._retry is not None)

    def _focus_page(self) -> None:
        step = Step.ACCOUNT if self.flow.step == Step.DONE else self.flow.step
        first_invalid = next((b.editor for b in BINDINGS if b.page == step and self.flow.field_errors(b.field)), None)
        getattr(self.ui, first_invalid or FIRST_EDITOR[step]).setFocus(Qt.FocusReason.OtherFocusReason)

    # --- language and closing ---------------------------------------------------------------------
    def _retranslate(self) -> None:
        choices.set_placeholder(self.ui.countryCombo, self.tr("Choose a country"))
        choices.set_placeholder(self.ui.idTypeCombo, self.tr("Choose an identification type"))
        self._render()

    def _language_changed(self, _language: str) -> None:
        if not self._closed:
            self._render()  # country names follow the language: _render reloads them on that page

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "ui"):
            self.ui.retranslateUi(self)
            self._retranslate()
        super().changeEvent(event)

    def _shutdown(self) -> None:
        self._closed = True
        self._tasks.cancel_all()

    def done(self, result: int) -> None:
        self._shutdown()
        super().done(result)

    def closeEvent(self, event) -> None:
        self._shutdown()
        super().closeEvent(event)
