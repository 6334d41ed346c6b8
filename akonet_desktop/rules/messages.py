"""English messages for error codes (the server's 422 bodies; the desktop translates codes itself)."""

from __future__ import annotations

from collections.abc import Callable, Mapping

from .errors import FieldError

_FIELD_LABELS = {
    "email": "Email address",
    "email_confirmation": "Email confirmation",
    "password": "Password",
    "password_confirmation": "Password confirmation",
    "first_name": "First name",
    "last_name": "Last name",
    "language": "Language",
    "name": "Company name",
    "country": "Country",
    "id_type": "Identification type",
    "id_number": "Identification number",
    "phone": "Phone number",
}

# Templates use {label} and the error's params; each has a fallback without params.
_SPECIFIC = {
    ("email", "invalid"): "Enter a valid email address, like name@example.com.",
    ("email_confirmation", "mismatch"): "The email addresses do not match.",
    ("password_confirmation", "mismatch"): "The passwords do not match.",
    ("password", "too_long"): ("Use at most {max} characters.", "The password is too long."),
    ("phone", "invalid"): "Enter a valid phone number, for example +34 912 345 678.",
    ("id_number", "invalid"): "This identification number is not valid; check it for typos.",
    ("country", "invalid"): "Choose a country from the list.",
    ("language", "invalid"): "Choose a language from the list.",
    ("id_type", "invalid"): "Choose an identification type from the list.",
    ("first_name", "invalid"): "Enter a first name with letters and no control characters.",
    ("last_name", "invalid"): "Enter a last name with letters and no control characters.",
    ("name", "invalid"): "The company name contains characters that are not allowed.",
}

_PASSWORD = {
    "too_short": ("Use at least {min} characters.", "The password is too short."),
    "no_uppercase": "Include at least one uppercase letter.",
    "no_digit": "Include at least one digit.",
    "no_symbol": "Include at least one symbol, such as ! or #.",
    "common": "This password is too common; choose one that is harder to guess.",
    "contains_personal": "The password must not contain your name or your email address.",
    "invalid_character": "The password contains invisible or control characters, which are not allowed.",
}

_GENERIC = {
    "required": "{label} is required.",
    "too_long": ("{label} must be at most {max} characters long.", "{label} is too long."),
    "invalid": "{label} is not valid.",
    "mismatch": "{label} does not match.",
    "not_allowed_for_country": "This identification type is not available for the selected country.",
    "compatibility_character": (
        "{label} contains a special form of a character (such as “ﬁ”, a full-width letter or a sign "
        "that looks like a letter); type it with ordinary letters."
    ),
}


def _label(field: str) -> str:
    return _FIELD_LABELS.get(field) or (field.replace("_", " ").strip().capitalize() or "This field")


def _render(template: str | tuple[str, str], values: dict[str, object]) -> str:
    if isinstance(template, str):
        template = (template, template)
    try:
        return template[0].format_map(values)
    except (KeyError, IndexError, ValueError):
        return template[1].format_map({"label": values["label"]})


def english_message(error: FieldError) -> str:
    """A clear English sentence for the error; never fails, even for an unknown code."""
    values = {**error.params, "label": _label(error.field)}
    template = (
        _SPECIFIC.get((error.field, error.code))
        or _PASSWORD.get(error.code)
        or _GENERIC.get(error.code)
        or "{label} is not valid."
    )
    return _render(template, values)


def english_messages_with(overrides: Mapping[tuple[str, str], str]) -> Callable[[FieldError], str]:
    """english_message, but with a form's own sentences for some (field, code) pairs: "name" on a device
    or role form is not the company's name."""

    def message(error: FieldError) -> str:
        template = overrides.get((error.field, error.code))
        if template is None:
            return english_message(error)
        try:
            return template.format_map(dict(error.params))
        except (KeyError, IndexError, ValueError):
            return english_message(error)

    return message
