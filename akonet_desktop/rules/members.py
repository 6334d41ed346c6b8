"""Checks on what administrators type about roles and members: role names, privileges, search text.

The server runs them for its 422 answers; the desktop runs them as people type.
"""

from __future__ import annotations

from collections.abc import Iterable

from ._text import CONTROL_CATEGORIES, as_text, has_category
from .errors import INVALID, REQUIRED, TOO_LONG, FieldError
from .messages import english_messages_with
from .roles import ROLE_PRIVILEGES

MAX_ROLE_NAME_LENGTH = 60
MAX_MEMBER_SEARCH_LENGTH = 100


def check_role_name(name: str | None, field: str = "name") -> list[FieldError]:
    value = as_text(name).strip()
    if not value:
        return [FieldError(field, REQUIRED)]
    if len(value) > MAX_ROLE_NAME_LENGTH:
        return [FieldError(field, TOO_LONG, {"max": MAX_ROLE_NAME_LENGTH})]
    if has_category(value, CONTROL_CATEGORIES):
        return [FieldError(field, INVALID)]
    return []


def check_role_privileges(privileges: Iterable[str], field: str = "privileges") -> list[FieldError]:
    """Only what a role may give (rules/roles.py ROLE_PRIVILEGES): never an owner-only privilege."""
    allowed = {p.value for p in ROLE_PRIVILEGES}
    unknown = sorted({p for p in privileges if p not in allowed})
    if unknown:
        return [FieldError(field, INVALID, {"unknown": ", ".join(unknown)})]
    return []


def check_member_search(q: str | None, field: str = "q") -> list[FieldError]:
    return [FieldError(field, INVALID)] if has_category(as_text(q), CONTROL_CATEGORIES) else []


# messages.py labels "name" as the company's name; on a role form it is the role's.
_MEMBER_MESSAGES = {
    ("name", "required"): "Enter a name for the role.",
    ("name", "too_long"): "The role name must be at most {max} characters long.",
    ("name", "invalid"): "The role name contains characters that are not allowed.",
    ("privileges", "invalid"): "Unknown or not allowed privileges: {unknown}.",
    ("role_id", "required"): "Choose a role for this user.",
    ("role_id", "invalid"): "Choose one of the company's roles.",
    ("role", "invalid"): "Choose administrator or user.",
    ("q", "invalid"): "The search text contains characters that are not allowed.",
}


members_english_message = english_messages_with(_MEMBER_MESSAGES)
