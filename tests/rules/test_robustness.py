"""No rule function raises on any text a user (or an attacker) can send."""

from hypothesis import given, settings
from hypothesis import strategies as st

from akonet_desktop.rules import (
    COUNTRIES,
    LANGUAGES,
    RULE_CODES,
    FieldError,
    PasswordPolicy,
    best_language,
    check_company,
    check_country,
    check_email,
    check_email_pair,
    check_language,
    check_password,
    check_person_name,
    check_phone,
    country_name,
    email_key,
    email_local_part,
    english_message,
    id_type_label,
    id_types_for,
    is_common_password,
    mail_address,
    normalize_company_id,
    normalize_phone,
    password_checklist,
    password_strength,
    validate_account_form,
    validate_company_form,
    validate_login,
    validate_new_password,
    validate_registration_start,
)

FAST = settings(max_examples=60, deadline=None)

TRICKY = [
    "",
    " ",
    "\x00",
    "\t\n\r",
    "\ud800",
    "\udfff\ud800",
    "\ufeff",
    "\u200b\u200d",
    "\u202e",
    "\U0001f600",
    "👨\u200d👩\u200d👧",
    "İ",
    "ß",
    "ﬃ",
    "Å",
    "a\u0301",
    "\uffff",
    "\U0010ffff",
    "@",
    "@@",
    "a@",
    "@b.c",
    "+",
    "+0",
    "٣٤٥",
    "ＡＢＣ１２３",
    "ES",
    "es_nif",
    "eu_vat",
    "other",
    "fr",
    "q=0.5",
    "*",
    "'; DROP TABLE x;--",
    "%s%n{0}{field}",
    "\\",
    "../../etc/passwd",
    "x" * 300,
]
any_char = st.characters(codec=None, categories=None, exclude_categories=())
hostile = st.one_of(
    st.text(any_char, max_size=60),
    st.text(st.characters(categories=["Cs", "Cc", "Cf", "Co", "Cn", "Zl", "Zp"]), max_size=20),
    st.sampled_from(TRICKY),
    st.builds(lambda a, b: a + b, st.sampled_from(TRICKY), st.text(any_char, max_size=20)),
    # Huge input must be handled (and quickly), not just tolerated.
    st.builds(lambda s, n: s * n, st.text(any_char, min_size=1, max_size=4), st.integers(1_000, 50_000)),
)
country_like = st.one_of(hostile, st.sampled_from(COUNTRIES))
id_type_like = st.one_of(
    hostile,
    st.sampled_from(
        [
            "es_nif",
            "es_cif",
            "fr_siren",
            "fr_siret",
            "fr_tva",
            "pt_nif",
            "it_iva",
            "de_vat",
            "gb_vat",
            "us_ein",
            "eu_vat",
            "other",
        ]
    ),
)
policies = st.builds(
    lambda lo, extra: PasswordPolicy(lo, min(lo + extra, 1024)), st.integers(1, 64), st.integers(0, 64)
)


def _assert_errors(errors, fields):
    assert isinstance(errors, list)
    for error in errors:
        assert isinstance(error, FieldError) and error.field in fields
        hash(error)
        message = english_message(error)
        assert isinstance(message, str) and message


def _raises_only_value_error(fn, *args):
    try:
        assert isinstance(fn(*args), str)
    except ValueError:
        pass


@FAST
@given(hostile, hostile, hostile, hostile, policies)
def test_password_functions(password, email, first, last, policy):
    codes = check_password(password, policy, email=email, first_name=first, last_name=last)
    assert set(codes) <= set(RULE_CODES)
    assert all(isinstance(v, bool) for v in password_checklist(password, policy, email=email).values())
    assert 0 <= password_strength(password) <= 4
    assert isinstance(is_common_password(password), bool)


@FAST
@given(hostile, hostile)
def test_email_functions(email, confirmation):
    _assert_errors(check_email(email), {"email"})
    _assert_errors(check_email_pair(email, confirmation), {"email", "email_confirmation"})
    _raises_only_value_error(mail_address, email)
    _raises_only_value_error(email_key, email)
    assert isinstance(email_local_part(email), str)


@FAST
@given(hostile, country_like)
def test_phone_functions(phone, country):
    _assert_errors(check_phone(phone, country), {"phone"})
    _raises_only_value_error(normalize_phone, phone, country)


@FAST
@given(hostile, country_like, id_type_like, hostile)
def test_company_functions(name, country, id_type, number):
    _assert_errors(check_company(name, country, id_type, number), {"name", "country", "id_type", "id_number"})
    _raises_only_value_error(normalize_company_id, country, id_type, number)
    assert id_types_for(country)[-1].code == "other"
    assert isinstance(id_type_label(id_type, name), str)


@FAST
@given(hostile, hostile)
def test_country_language_and_name_functions(code, lang):
    _assert_errors(check_country(code), {"country"})
    _assert_errors(check_language(code), {"language"})
    _assert_errors(check_person_name(code, "first_name"), {"first_name"})
    assert isinstance(country_name(code, lang), str)
    assert best_language(code) in LANGUAGES


@FAST
@given(hostile, hostile, hostile, hostile, hostile, country_like, id_type_like)
def test_form_validators(a, b, c, d, e, country, id_type):
    _assert_errors(validate_registration_start(a, b, c), {"email", "email_confirmation", "language"})
    _assert_errors(
        validate_company_form(a, country, id_type, b, c), {"name", "country", "id_type", "id_number", "phone"}
    )
    account_fields = {"email", "first_name", "last_name", "password", "password_confirmation", "language"}
    _assert_errors(validate_account_form(a, b, c, d, e, a), account_fields)
    _assert_errors(validate_new_password(d, e, email=a, first_name=b, last_name=c), account_fields)
    _assert_errors(validate_login(a, d), {"email", "password"})
