"""The three-step company registration wizard, as data the Qt pages bind to.

EMAIL --submit--> CHECK_INBOX --link accepted, GET ok: resume()--> COMPANY --> ACCOUNT --> DONE.
Back: CHECK_INBOX -> EMAIL (fix a typo, resend) and ACCOUNT -> COMPANY. COMPANY has no back: the
link has proved the address, so step 1 is over; a different address means a new registration.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from akonet_desktop.api.links import REGISTRATION_LINK
from akonet_desktop.api.models import RegistrationState
from akonet_desktop.rules import (
    COUNTRIES,
    DEFAULT_LANGUAGE,
    DEFAULT_POLICY,
    FieldError,
    PasswordPolicy,
    id_types_for,
    validate_account_form,
    validate_company_form,
    validate_registration_start,
)

from .wizard import FieldSpec, Wizard


class Step(StrEnum):
    EMAIL = "email"
    CHECK_INBOX = "check_inbox"
    COMPANY = "company"
    ACCOUNT = "account"
    DONE = "done"


@dataclass
class RegistrationDraft:
    email: str = ""
    email_confirmation: str = ""
    language: str = DEFAULT_LANGUAGE
    link_text: str = ""
    token: str = ""
    verified_email: str = ""
    company_name: str = ""
    country: str = ""
    id_type: str = ""
    id_number: str = ""
    phone: str = ""
    first_name: str = ""
    last_name: str = ""
    password: str = ""
    password_confirmation: str = ""
    account_language: str = ""


# The one table between widgets (draft fields) and the API (request bodies, 422 field names).
FIELDS: tuple[FieldSpec, ...] = (
    FieldSpec(Step.EMAIL, "email", "email"),
    FieldSpec(Step.EMAIL, "email_confirmation", "email_confirmation"),
    FieldSpec(Step.EMAIL, "language", "language"),
    FieldSpec(Step.CHECK_INBOX, "link_text", "token", sent=False),
    FieldSpec(Step.COMPANY, "company_name", "name"),
    FieldSpec(Step.COMPANY, "country", "country"),
    FieldSpec(Step.COMPANY, "id_type", "id_type"),
    FieldSpec(Step.COMPANY, "id_number", "id_number"),
    FieldSpec(Step.COMPANY, "phone", "phone"),
    # /complete answers "company: required" when step 2 was never saved: the fix is on that page.
    FieldSpec(Step.COMPANY, "company", "company", editable=False, sent=False),
    FieldSpec(Step.ACCOUNT, "verified_email", "email", editable=False, sent=False),
    FieldSpec(Step.ACCOUNT, "first_name", "first_name"),
    FieldSpec(Step.ACCOUNT, "last_name", "last_name"),
    FieldSpec(Step.ACCOUNT, "password", "password"),
    FieldSpec(Step.ACCOUNT, "password_confirmation", "password_confirmation"),
    FieldSpec(Step.ACCOUNT, "account_language", "language"),
)


class RegistrationFlow(Wizard):
    ORDER = (Step.EMAIL, Step.CHECK_INBOX, Step.COMPANY, Step.ACCOUNT, Step.DONE)
    BACK = {Step.CHECK_INBOX: Step.EMAIL, Step.ACCOUNT: Step.COMPANY}
    FIELDS = FIELDS
    LINK_PAGE = Step.CHECK_INBOX
    LINK_KIND = REGISTRATION_LINK

    step: Step
    draft: RegistrationDraft

    def __init__(self, policy: PasswordPolicy = DEFAULT_POLICY, language: str = DEFAULT_LANGUAGE) -> None:
        super().__init__(Step.EMAIL, RegistrationDraft(language=language, account_language=language), policy)

    def _validate(self, page: Step) -> list[FieldError]:
        d = self.draft
        if page == Step.EMAIL:
            return validate_registration_start(d.email, d.email_confirmation, d.language)
        if page == Step.COMPANY:
            return validate_company_form(d.company_name, d.country, d.id_type, d.id_number, d.phone)
        if page == Step.ACCOUNT:
            return validate_account_form(
                d.verified_email,
                d.first_name,
                d.last_name,
                d.password,
                d.password_confirmation,
                d.account_language,
                self.policy,
            )
        return []

    def _personal(self) -> dict[str, str | None]:
        d = self.draft
        return {"email": d.verified_email, "first_name": d.first_name, "last_name": d.last_name}

    def _changed(self, field: str) -> None:
        super()._changed(field)
        if field == "country" and self.draft.id_type and self.draft.id_type not in self.id_type_choices():
            self.draft.id_type = ""
            self._server.pop("id_type", None)

    def id_type_choices(self) -> list[str]:
        """Identification types for the chosen country; none until a known country is chosen."""
        country = self.draft.country.strip()
        return [t.code for t in id_types_for(country)] if country in COUNTRIES else []

    def resume(self, token: str, state: RegistrationState, *, skip_saved_company: bool = False) -> None:
        """The link was verified (GET /registrations/{token}): continue with step 2, pre-filled."""
        d = self.draft
        d.token = token
        d.verified_email = state.email
        d.language = state.language
        if "account_language" not in self._touched:
            d.account_language = state.language
        company = state.company
        if company is not None:
            d.company_name, d.country, d.id_type = company.name, company.country, company.id_type
            d.id_number, d.phone = company.id_number, company.phone
        self.link_error = None
        self._server_answered({}, [])
        self.step = Step.ACCOUNT if company is not None and skip_saved_company else Step.COMPANY

    # --- request bodies ------------------------------------------------------------------------

    def start_request(self) -> dict[str, str]:
        """POST /registrations."""
        return self._body(Step.EMAIL)

    def company_request(self) -> dict[str, str]:
        """PUT /registrations/{token}/company."""
        return self._body(Step.COMPANY)

    def complete_request(self) -> dict[str, str]:
        """POST /registrations/{token}/complete."""
        return self._body(Step.ACCOUNT)
