"""Email addresses: syntax checks, where mail goes, and the key that finds a person by address.

Two forms, never mixed up:

- `mail_address`: where mail goes and what the person sees. The local part as typed (NFC, as
  email-validator gives it), the domain lower-cased and IDNA-normalised. `Straße@` stays `Straße@`.
- `email_key`: how an address is looked up and kept unique. The mail address lower-cased (str.lower,
  not casefold: casefold would turn `Straße@` into `strasse@`, someone else's mailbox), so `KATE@`
  and `kate@` are one person, and no deliverable address is ever folded into another.

A local part with a character that NFKC would replace (`ﬁ`, the Kelvin sign `K`, full-width
letters, superscripts) is refused: such an address reads like another one, and mail systems
disagree about which mailbox it is.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache

from ._text import as_text
from .errors import COMPATIBILITY_CHARACTER, INVALID, MISMATCH, REQUIRED, TOO_LONG, FieldError

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


def _has_compatibility_character(email: str) -> bool:
    """True when a character of the local part is not its own NFKC form.

    Character by character, so that a decomposed `é` (e + combining accent, as some systems type
    it) passes: it is only composed (NFC), which changes no letter. The Kelvin sign is a single
    character whose NFC form is already `K`, so it is caught even though email-validator's NFC
    would quietly make it one.
    """
    local = email.rpartition("@")[0]
    if local.isascii():
        return False
    return any(unicodedata.normalize("NFKC", ch) != ch for ch in local)


def check_email(email: str, field: str = "email") -> list[FieldError]:
    email = as_text(email).strip()
    if not email:
        return [FieldError(field, REQUIRED)]
    if len(email) > MAX_EMAIL_LENGTH:
        return [FieldError(field, TOO_LONG, {"max": MAX_EMAIL_LENGTH})]
    if _validated(email) is None:
        return [FieldError(field, INVALID)]
    if _has_compatibility_character(email):
        return [FieldError(field, COMPATIBILITY_CHARACTER)]
    return []


def mail_address(email: str) -> str:
    """Where mail to this address goes, as the person typed it (see the module's docstring).

    ValueError for an address that check_email refuses.
    """
    email = as_text(email).strip()
    normalized = _validated(email)
    if normalized is None or _has_compatibility_character(email):
        raise ValueError("invalid email address")
    return normalized


def email_key(email: str) -> str:
    """The key that finds a person by address and keeps addresses unique; ValueError if invalid."""
    return mail_address(email).lower()


def email_local_part(email: str) -> str:
    """The part before the last "@", or "" when there is none."""
    local, at, _domain = as_text(email).strip().rpartition("@")
    return local if at else ""


def _comparable(email: str) -> str:
    try:
        return email_key(email)
    except ValueError:
        return as_text(email).strip().lower()


def check_email_pair(email: str, confirmation: str) -> list[FieldError]:
    errors = check_email(email)
    if not as_text(confirmation).strip():
        errors.append(FieldError("email_confirmation", REQUIRED))
    elif _comparable(email) != _comparable(confirmation):
        errors.append(FieldError("email_confirmation", MISMATCH))
    return errors
