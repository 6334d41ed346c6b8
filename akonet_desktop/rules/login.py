"""Sign-in shape checks: light on purpose, the sign-in window imports them before it paints."""

from __future__ import annotations

from ._text import as_text
from .email import MAX_EMAIL_LENGTH
from .errors import REQUIRED, TOO_LONG, FieldError

# The longest password any policy may allow. Defined here, not in .password (which imports it),
# so that the sign-in window does not load the whole policy module before it paints.
MAX_POLICY_LENGTH = 1024
# Login never applies the policy (it may have changed since the password was set), only a bound.
MAX_LOGIN_PASSWORD_LENGTH = MAX_POLICY_LENGTH


def validate_login(email: str, password: str) -> list[FieldError]:
    errors: list[FieldError] = []
    email, password = as_text(email).strip(), as_text(password)
    if not email:
        errors.append(FieldError("email", REQUIRED))
    elif len(email) > MAX_EMAIL_LENGTH:
        errors.append(FieldError("email", TOO_LONG, {"max": MAX_EMAIL_LENGTH}))
    if not password:
        errors.append(FieldError("password", REQUIRED))
    elif len(password) > MAX_LOGIN_PASSWORD_LENGTH:
        errors.append(FieldError("password", TOO_LONG, {"max": MAX_LOGIN_PASSWORD_LENGTH}))
    return errors
