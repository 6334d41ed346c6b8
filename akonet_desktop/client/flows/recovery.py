"""Password recovery: ask for the email, paste the emailed link, choose a new password.

There is no endpoint to check a reset token on its own, so an accepted link leads straight to
NEW_PASSWORD; a refused one comes back from the reset request (link_refused). Back: only
CHECK_INBOX -> EMAIL (to resend); the dialog itself can always be closed.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from akonet_desktop.api.links import PASSWORD_RESET_LINK
from akonet_desktop.rules import DEFAULT_POLICY, FieldError, PasswordPolicy, check_email, validate_new_password

from .wizard import FieldSpec, Wizard


class RecoveryStep(StrEnum):
    EMAIL = "email"
    CHECK_INBOX = "check_inbox"
    NEW_PASSWORD = "new_password"
    DONE = "done"


@dataclass
class RecoveryDraft:
    email: str = ""
    link_text: str = ""
    token: str = ""
    password: str = ""
    password_confirmation: str = ""


FIELDS: tuple[FieldSpec, ...] = (
    FieldSpec(RecoveryStep.EMAIL, "email", "email"),
    FieldSpec(RecoveryStep.CHECK_INBOX, "link_text", "token", sent=False),
    FieldSpec(RecoveryStep.NEW_PASSWORD, "password", "password"),
    FieldSpec(RecoveryStep.NEW_PASSWORD, "password_confirmation", "password_confirmation"),
)


class RecoveryFlow(Wizard):
    ORDER = (RecoveryStep.EMAIL, RecoveryStep.CHECK_INBOX, RecoveryStep.NEW_PASSWORD, RecoveryStep.DONE)
    BACK = {RecoveryStep.CHECK_INBOX: RecoveryStep.EMAIL}
    FIELDS = FIELDS
    LINK_PAGE = RecoveryStep.CHECK_INBOX
    LINK_KIND = PASSWORD_RESET_LINK

    step: RecoveryStep
    draft: RecoveryDraft

    def __init__(self, policy: PasswordPolicy = DEFAULT_POLICY, email: str = "", token: str | None = None) -> None:
        super().__init__(RecoveryStep.EMAIL, RecoveryDraft(email=email), policy)
        if token is not None and not self.accept_link(token):
            # A deep link with a mangled token: show it where a link is pasted, with its error.
            self.step = RecoveryStep.CHECK_INBOX

    def _validate(self, page: RecoveryStep) -> list[FieldError]:
        d = self.draft
        if page == RecoveryStep.EMAIL:
            return check_email(d.email)
        if page == RecoveryStep.NEW_PASSWORD:
            return validate_new_password(d.password, d.password_confirmation, self.policy, email=d.email or None)
        return []

    def _personal(self) -> dict[str, str | None]:
        return {"email": self.draft.email or None}

    def _link_accepted(self) -> None:
        self.step = RecoveryStep.NEW_PASSWORD

    def recovery_request(self) -> dict[str, str]:
        """POST /password-recovery."""
        return self._body(RecoveryStep.EMAIL)

    def reset_request(self) -> dict[str, str]:
        """POST /password-reset."""
        return {"token": self.draft.token, **self._body(RecoveryStep.NEW_PASSWORD)}
