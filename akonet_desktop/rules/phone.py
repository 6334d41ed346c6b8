"""Contact phone numbers (libphonenumber via the phonenumbers package)."""

from __future__ import annotations

import phonenumbers

from ._text import as_text
from .errors import INVALID, REQUIRED, TOO_LONG, FieldError

MAX_PHONE_LENGTH = 32


def _region(country: str) -> str | None:
    country = as_text(country).strip().upper()
    return country if len(country) == 2 and country.isascii() and country.isalpha() else None


def _parse(phone: str, country: str) -> phonenumbers.PhoneNumber | None:
    phone = phone.strip()
    if not phone or len(phone) > MAX_PHONE_LENGTH:
        return None
    try:
        number = phonenumbers.parse(phone, _region(country))
    except (phonenumbers.NumberParseException, UnicodeError, ValueError):
        return None
    return number if phonenumbers.is_valid_number(number) else None


def check_phone(phone: str, country: str, field: str = "phone") -> list[FieldError]:
    """International input ("+34 ...") is accepted whatever the country; national input uses it."""
    phone = as_text(phone).strip()
    if not phone:
        return [FieldError(field, REQUIRED)]
    if len(phone) > MAX_PHONE_LENGTH:
        return [FieldError(field, TOO_LONG, {"max": MAX_PHONE_LENGTH})]
    if _parse(phone, country) is None:
        return [FieldError(field, INVALID)]
    return []


def normalize_phone(phone: str, country: str) -> str:
    """E.164 form ("+34912345678"); ValueError if invalid."""
    number = _parse(as_text(phone), country)
    if number is None:
        raise ValueError("invalid phone number")
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
