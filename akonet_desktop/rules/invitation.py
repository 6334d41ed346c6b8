"""The invitation form: who is invited, as what, in which language (server and desktop run the same check)."""

from __future__ import annotations

from ._text import as_text
from .email import check_email
from .errors import INVALID, REQUIRED, FieldError
from .languages import check_language
from .person import check_person_name
from .roles import Kind

# An owner is never invited: ownership moves only by an explicit transfer to an administrator.
INVITABLE_KINDS: tuple[Kind, ...] = (Kind.ADMIN, Kind.USER)


def check_invited_kind(kind: str, field: str = "role") -> list[FieldError]:
    kind = as_text(kind).strip()
    if not kind:
        return [FieldError(field, REQUIRED)]
    if kind not in INVITABLE_KINDS:
        return [FieldError(field, INVALID)]
    return []


def validate_invitation(email: str, first_name: str, last_name: str, kind: str, language: str) -> list[FieldError]:
    return [
        *check_email(email),
        *check_person_name(first_name, "first_name"),
        *check_person_name(last_name, "last_name"),
        *check_invited_kind(kind),
        *check_language(language),
    ]
