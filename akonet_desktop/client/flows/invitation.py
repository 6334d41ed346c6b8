"""Joining a company by invitation: the emailed link (or its code), then names, password and language.

The link page is skipped when the app was opened with the link. The invitation is read from the
server (GET /invitations/{token}) before the account page shows: its names prefill the form, its
company names the dialog. A refused link (used, expired, withdrawn) comes back to the link page.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from akonet_desktop.api.links import INVITATION_LINK
from akonet_desktop.rules import DEFAULT_POLICY, FieldError, PasswordPolicy, validate_account_form

from .wizard import FieldSpec, Wizard


class InvitationStep(StrEnum):
    LINK = "link"
    ACCOUNT = "account"
    DONE = "done"


@dataclass
class InvitationDraft:
    link_text: str = ""
    token: str = ""
    email: str = ""  # the invited address: the account's, not editable
    company_name: str = ""
    first_name: str = ""
    last_name: str = ""
    password: str = ""
    password_confirmation: str = ""
    language: str = "en"


FIELDS: tuple[FieldSpec, ...] = (
    FieldSpec(InvitationStep.LINK, "link_text", "token", sent=False),
    FieldSpec(InvitationStep.ACCOUNT, "email", "email", editable=False, sent=False),
    FieldSpec(InvitationStep.ACCOUNT, "first_name", "first_name"),
    FieldSpec(InvitationStep.ACCOUNT, "last_name", "last_name"),
    FieldSpec(InvitationStep.ACCOUNT, "password", "password"),
    FieldSpec(InvitationStep.ACCOUNT, "password_confirmation", "password_confirmation"),
    FieldSpec(InvitationStep.ACCOUNT, "language", "language"),
)


class InvitationFlow(Wizard):
    ORDER = (InvitationStep.LINK, InvitationStep.ACCOUNT, InvitationStep.DONE)
    BACK = {InvitationStep.ACCOUNT: InvitationStep.LINK}
    FIELDS = FIELDS
    LINK_PAGE = InvitationStep.LINK
    LINK_KIND = INVITATION_LINK

    step: InvitationStep
    draft: InvitationDraft

    def __init__(self, policy: PasswordPolicy = DEFAULT_POLICY, language: str = "en") -> None:
        super().__init__(InvitationStep.LINK, InvitationDraft(language=language), policy)

    def _validate(self, page: InvitationStep) -> list[FieldError]:
        d = self.draft
        if page == InvitationStep.ACCOUNT:
            return validate_account_form(
                d.email, d.first_name, d.last_name, d.password, d.password_confirmation, d.language, self.policy
            )
        return []

    def _personal(self) -> dict[str, str | None]:
        d = self.draft
        return {"email": d.email or None, "first_name": d.first_name or None, "last_name": d.last_name or None}

    def resume(self, token: str, preview) -> None:
        """The server read the invitation (an InvitationPreview): prefill the account page and show it."""
        d = self.draft
        d.token = token
        d.email = preview.email
        d.company_name = preview.company_name
        d.first_name = d.first_name or preview.first_name
        d.last_name = d.last_name or preview.last_name
        d.language = preview.language or d.language
        self.busy = False
        self.link_error = None
        self._forget_page(InvitationStep.LINK)
        self.step = InvitationStep.ACCOUNT

    def accept_request(self) -> dict[str, str]:
        """POST /invitations/{token}/accept."""
        return self._body(InvitationStep.ACCOUNT)
