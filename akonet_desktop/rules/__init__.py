"""Pure validation rules shared by the desktop client and the server (no Qt, HTTP or database).

Names load on first use (PEP 562): the desktop window paints before phone and tax-number
data are imported."""

from __future__ import annotations

import importlib

_SOURCES = {
    "COUNTRIES": "countries",
    "DEFAULT_LANGUAGE": "languages",
    "DEFAULT_POLICY": "password",
    "EU_MEMBERS": "countries",
    "FieldError": "errors",
    "IdType": "company",
    "LANGUAGES": "languages",
    "LANGUAGE_NAMES": "languages",
    "MAX_EMAIL_LENGTH": "email",
    "MAX_NAME_LENGTH": "person",
    "OTHER": "company",
    "PasswordPolicy": "password",
    "RULE_CODES": "password",
    "best_language": "languages",
    "check_company": "company",
    "check_country": "countries",
    "check_email": "email",
    "check_email_pair": "email",
    "check_language": "languages",
    "check_password": "password",
    "check_person_name": "person",
    "check_phone": "phone",
    "country_name": "countries",
    "email_local_part": "email",
    "english_message": "messages",
    "id_type_label": "company",
    "id_types_for": "company",
    "is_common_password": "password",
    "normalize_company_id": "company",
    "normalize_email": "email",
    "normalize_phone": "phone",
    "password_checklist": "password",
    "password_strength": "password",
    "validate_account_form": "forms",
    "validate_company_form": "forms",
    "validate_login": "login",
    "validate_new_password": "forms",
    "validate_registration_start": "forms",
}


def __getattr__(name: str):
    module = _SOURCES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f".{module}", __name__), name)
    globals()[name] = value
    return value

__all__ = [
    "COUNTRIES",
    "DEFAULT_LANGUAGE",
    "DEFAULT_POLICY",
    "EU_MEMBERS",
    "LANGUAGES",
    "LANGUAGE_NAMES",
    "MAX_EMAIL_LENGTH",
    "MAX_NAME_LENGTH",
    "OTHER",
    "RULE_CODES",
    "FieldError",
    "IdType",
    "PasswordPolicy",
    "best_language",
    "check_company",
    "check_country",
    "check_email",
    "check_email_pair",
    "check_language",
    "check_password",
    "check_person_name",
    "check_phone",
    "country_name",
    "email_local_part",
    "english_message",
    "id_type_label",
    "id_types_for",
    "is_common_password",
    "normalize_company_id",
    "normalize_email",
    "normalize_phone",
    "password_checklist",
    "password_strength",
    "validate_account_form",
    "validate_company_form",
    "validate_login",
    "validate_new_password",
    "validate_registration_start",
]
