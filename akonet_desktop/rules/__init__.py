"""Pure validation rules shared by the desktop client and the server (no Qt, HTTP or database)."""

from .company import OTHER, IdType, check_company, id_type_label, id_types_for, normalize_company_id
from .countries import COUNTRIES, EU_MEMBERS, check_country, country_name
from .email import MAX_EMAIL_LENGTH, check_email, check_email_pair, email_local_part, normalize_email
from .errors import FieldError
from .forms import (
    validate_account_form,
    validate_company_form,
    validate_login,
    validate_new_password,
    validate_registration_start,
)
from .languages import DEFAULT_LANGUAGE, LANGUAGE_NAMES, LANGUAGES, best_language, check_language
from .messages import english_message
from .password import (
    DEFAULT_POLICY,
    RULE_CODES,
    PasswordPolicy,
    check_password,
    is_common_password,
    password_checklist,
    password_strength,
)
from .person import MAX_NAME_LENGTH, check_person_name
from .phone import check_phone, normalize_phone

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
