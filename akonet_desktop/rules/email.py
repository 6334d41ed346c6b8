"""Email address syntax checks and the canonical form used for uniqueness."""

from __future__ import annotations

import unicodedata
from functools import lru_cache

from ._text import as_text
from .errors import INVALID, MISMATCH, REQUIRED, TOO_LONG, FieldError

MAX_EMAIL_LENGTH = 254


# Pure, and a tenth of a sign-in request's own cost on the server; the same few addresses
# come back again and again (sign-ins, and the client re-checking a field at each key).
@lru_cache(maxsize=4096)
def _validated(email: str) -> str | None:
    """email-validator's normalised form, or None when the syntax is not valid."""
    if len(email) > MAX_EMAIL_LENGTH:
        return None
    try:
        # Imported here: its regexes take ~20 ms to build, and the sign-in window paints first.
        from email_validator import validate_email

        result = validate_email(email, check_deliverability=False, allow_smtputf8=True)
    except (UnicodeError, ValueError):  # EmailNotValidError is a ValueError
        return None
    return result.normalized


def check_email(email: str, field: str = "email") -> list[FieldError]:
    email = as_text(email).strip()
    if not email:
        return [FieldError(field, REQUIRED)]
    if len(email) > MAX_EMAIL_LENGTH:
        return [FieldError(field, TOO_LONG, {"max": MAX_EMAIL_LENGTH})]
    if _validated(email) is None:
        return [FieldError(field, INVALID)]
    return []


def _canonical(normalized: str) -> str:
    return unicodedata.normalize("NFC", normalized.casefold())


def normalize_email(email: str) -> str:
    """Canonical form for uniqueness (whole address casefolded); ValueError if invalid."""
    normalized = _validated(as_text(email).strip())
    if normalized is None:
        raise ValueError("invalid email address")
    return _canonical(normalized)


def email_local_part(email: str) -> str:
    """The part before the last "@", or "" when there is none."""
    local, at, _domain = as_text(email).strip().rpartition("@")
    return local if at else ""


def _comparable(email: str) -> str:
    try:
        return normalize_email(email)
    except ValueError:
        return as_text(email).strip().casefold()


def check_email_pair(email: str, confirmation: str) -> list[FieldError]:
    errors = check_email(email)
    if not as_text(confirmation).strip():
        errors.append(FieldError("email_confirmation", REQUIRED))
    elif _comparable(email) != _comparable(confirmation):
        errors.append(FieldError("email_confirmation", MISMATCH))
    return errors
