"""People's first and last names."""

from __future__ import annotations

from ._text import CONTROL_CATEGORIES, as_text, has_category
from .errors import INVALID, REQUIRED, TOO_LONG, FieldError

MAX_NAME_LENGTH = 100


def check_person_name(value: str, field: str) -> list[FieldError]:
    value = as_text(value).strip()
    if not value:
        return [FieldError(field, REQUIRED)]
    if len(value) > MAX_NAME_LENGTH:
        return [FieldError(field, TOO_LONG, {"max": MAX_NAME_LENGTH})]
    if has_category(value, CONTROL_CATEGORIES) or not any(ch.isalpha() for ch in value):
        return [FieldError(field, INVALID)]
    return []
