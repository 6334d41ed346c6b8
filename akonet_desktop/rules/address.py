"""A company's postal and billing address: free text with sane limits (formats differ per country)."""

from __future__ import annotations

import re

from ._text import CONTROL_CATEGORIES, as_text, has_category
from .errors import INVALID, TOO_LONG, FieldError

MAX_ADDRESS_LINE = 200
MAX_POSTAL_CODE = 20
MAX_CITY = 100
MAX_BILLING_ADDRESS = 500

# Postal codes of every country are letters, digits, spaces and hyphens ("75008", "SW1A 1AA",
# "1010-001", "H3Z 2Y7"); anything else is a typing mistake.
_POSTAL_CODE = re.compile(r"[0-9A-Za-z]+(?:[ -][0-9A-Za-z]+)*")


def _check_line(value: str, field: str, maximum: int) -> list[FieldError]:
    text = as_text(value).strip()
    if len(text) > maximum:
        return [FieldError(field, TOO_LONG, {"max": maximum})]
    if has_category(text, CONTROL_CATEGORIES):
        return [FieldError(field, INVALID)]
    return []


def check_postal_code(value: str, field: str = "postal_code") -> list[FieldError]:
    text = as_text(value).strip()
    if len(text) > MAX_POSTAL_CODE:
        return [FieldError(field, TOO_LONG, {"max": MAX_POSTAL_CODE})]
    if text and not _POSTAL_CODE.fullmatch(text):
        return [FieldError(field, INVALID)]
    return []


def check_postal_address(address_line: str, postal_code: str, city: str) -> list[FieldError]:
    """All three are optional; each, when given, must be one clean line."""
    return [
        *_check_line(address_line, "address_line", MAX_ADDRESS_LINE),
        *check_postal_code(postal_code),
        *_check_line(city, "city", MAX_CITY),
    ]


def check_billing_address(value: str, field: str = "billing_address") -> list[FieldError]:
    """Several lines allowed (it is printed on statements), but no other control characters."""
    text = as_text(value).strip()
    if len(text) > MAX_BILLING_ADDRESS:
        return [FieldError(field, TOO_LONG, {"max": MAX_BILLING_ADDRESS})]
    if has_category(text.replace("\r\n", "\n").replace("\n", ""), CONTROL_CATEGORIES):
        return [FieldError(field, INVALID)]
    return []


def clean_line(value: str) -> str:
    """What is stored: trimmed, inner runs of spaces kept as typed."""
    return as_text(value).strip()


def clean_billing_address(value: str) -> str:
    lines = as_text(value).replace("\r\n", "\n").split("\n")
    return "\n".join(line.strip() for line in lines).strip()
