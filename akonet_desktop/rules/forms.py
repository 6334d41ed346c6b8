"""Whole-form validators: every error of a form at once (server and client call the same ones)."""

from __future__ import annotations

from ._text import as_text
from .company import check_company
from .email import check_email, check_email_pair
from .errors import MISMATCH, REQUIRED, FieldError
from .languages import check_language
from .password import DEFAULT_POLICY, PasswordPolicy, check_password
from .person import check_person_name
from .phone import check_phone


def validate_registration_start(email: str, email_confirmation: str, language: str) -> list[FieldError]:
    return [*check_email_pair(email, email_confirmation), *check_language(language)]


def validate_company_form(name: str, country: str, id_type: str, id_number: str, phone: str) -> list[FieldError]:
    return [*check_company(name, country, id_type, id_number), *check_phone(phone, country)]


def validate_new_password(
    password: str,
    password_confirmation: str,
    policy: PasswordPolicy = DEFAULT_POLICY,
    *,
    email: str | None = None,
    first_name: str | None = None,
    last_name: str | None = None,
) -> list[FieldError]:
    password, confirmation = as_text(password), as_text(password_confirmation)
    if not password:
        errors = [FieldError("password", REQUIRED)]
    else:
        codes = check_password(password, policy, email=email, first_name=first_name, last_name=last_name)
        errors = [FieldError("password", code, _password_params(code, policy)) for code in codes]
    if not confirmation:
        errors.append(FieldError("password_confirmation", REQUIRED))
    elif confirmation != password:
        errors.append(FieldError("password_confirmation", MISMATCH))
    return errors


def _password_params(code: str, policy: PasswordPolicy) -> dict[str, object]:
    if code == "too_short":
        return {"min": policy.min_length}
    if code == "too_long":
        return {"max": policy.max_length}
    return {}


def validate_account_form(
    email: str,
    first_name: str,
    last_name: str,
    password: str,
    password_confirmation: str,
    language: str,
    policy: PasswordPolicy = DEFAULT_POLICY,
) -> list[FieldError]:
    return [
        *check_email(email),
        *check_person_name(first_name, "first_name"),
        *check_person_name(last_name, "last_name"),
        *validate_new_password(
            password, password_confirmation, policy, email=email, first_name=first_name, last_name=last_name
        ),
        *check_language(language),
    ]
