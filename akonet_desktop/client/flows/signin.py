"""The sign-in form: email + password, and what the last attempt said (attempts left, lockout)."""

from __future__ import annotations

from akonet_desktop.api.errors import ErrorCode
from akonet_desktop.rules import FieldError, check_email, validate_login

from .form import Form, as_codes

_FIELDS = ("email", "password")


class SignInForm(Form):
    def __init__(self, email: str = "") -> None:
        super().__init__()
        self.email = email
        self.password = ""
        self.attempts_left: int | None = None
        self.locked = False

    def _page_fields(self, page: object) -> tuple[str, ...]:
        return _FIELDS

    def _all_fields(self) -> frozenset[str]:
        return frozenset(_FIELDS)

    def _offline_errors(self, page: object) -> list[FieldError]:
        # The server takes any string as a login (it counts failures even for non-addresses), but
        # every account has a valid address: saying so here saves the user a wasted attempt.
        password = [e for e in validate_login(self.email, self.password) if e.field == "password"]
        return [*check_email(self.email), *password]

    def _changed(self, field: str) -> None:
        # Attempts and lockout belong to an address; the lock stays shown while the user retries it.
        if field == "email":
            self.attempts_left = None
            self.locked = False

    def failed(self, code: str, attempts_left: int | None = None) -> None:
        """Record a 401 / 423 / network outcome."""
        super().failed(code)
        if attempts_left is not None:
            self.attempts_left = attempts_left
        # The server answers the 6th wrong password with 401 and no attempts left: that locked it.
        if code == ErrorCode.ACCOUNT_LOCKED or (code == ErrorCode.INVALID_CREDENTIALS and attempts_left == 0):
            self.locked = True
            self.attempts_left = 0

    def apply_server_errors(self, codes: dict[str, list[str]]) -> None:
        """A 422 on the login request (e.g. a too-long value)."""
        errors = {f: as_codes(found) for f, found in codes.items() if f in _FIELDS}
        notices = [
            (None, FieldError(str(f), code))
            for f, found in codes.items()
            if f not in _FIELDS
            for code in as_codes(found)
        ]
        self._server_answered(errors, notices)

    def succeeded(self) -> None:
        """Signed in: the password is not kept in memory any longer than needed."""
        self.busy = False
        self.message_code = None
        self.attempts_left = None
        self.locked = False
        self.password = ""

    def request(self) -> dict[str, str]:
        """POST /auth/login."""
        return {"email": self.email, "password": self.password}
