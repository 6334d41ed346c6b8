"""Whole-form validators and person names."""

import pytest

from akonet_desktop.rules import (
    MAX_NAME_LENGTH,
    FieldError,
    PasswordPolicy,
    check_person_name,
    validate_account_form,
    validate_company_form,
    validate_login,
    validate_new_password,
    validate_registration_start,
)

GOOD_PASSWORD = "Kx9!mQ2#vLp"


@pytest.mark.parametrize("name", ["Jean", "  María José ", "O'Brien", "Jean-Pierre", "李", "Ngũgĩ wa Thiong'o"])
def test_valid_person_names(name):
    assert check_person_name(name, "first_name") == []


@pytest.mark.parametrize(
    ("name", "code"),
    [
        ("", "required"),
        ("   ", "required"),
        ("x" * (MAX_NAME_LENGTH + 1), "too_long"),
        ("123", "invalid"),
        ("--", "invalid"),
        ("Jean\x00", "invalid"),
        ("Jean\nPierre", "invalid"),
        ("Jo\ud800", "invalid"),
    ],
)
def test_invalid_person_names(name, code):
    assert check_person_name(name, "last_name") == [
        FieldError("last_name", code, {"max": 100} if code == "too_long" else {})
    ]


def test_registration_start():
    assert validate_registration_start("a@example.com", "A@example.com", "fr") == []
    assert validate_registration_start("bad", "other", "xx") == [
        FieldError("email", "invalid"),
        FieldError("email_confirmation", "mismatch"),
        FieldError("language", "invalid"),
    ]


def test_company_form():
    assert validate_company_form("Acme", "ES", "es_cif", "J99216582", "+34 912 345 678") == []
    assert validate_company_form("Acme", "ES", "es_cif", "J99216582", "0612345678") == [FieldError("phone", "invalid")]
    assert validate_company_form("", "", "", "", "") == [
        FieldError("name", "required"),
        FieldError("country", "required"),
        FieldError("id_type", "required"),
        FieldError("id_number", "required"),
        FieldError("phone", "required"),
    ]


def test_account_form_valid():
    assert validate_account_form("jane@example.com", "Jane", "Doe", GOOD_PASSWORD, GOOD_PASSWORD, "es") == []


def test_account_form_reports_every_error():
    errors = validate_account_form("jane@example.com", "", "Doe", "doe", "Doe", "zz")
    assert errors == [
        FieldError("first_name", "required"),
        FieldError("password", "too_short", {"min": 8}),
        FieldError("password", "no_uppercase"),
        FieldError("password", "no_digit"),
        FieldError("password", "no_symbol"),
        FieldError("password", "contains_personal"),
        FieldError("password_confirmation", "mismatch"),
        FieldError("language", "invalid"),
    ]


def test_account_form_uses_the_policy_and_personal_data():
    policy = PasswordPolicy(min_length=12, max_length=16, require_symbol=False)
    errors = validate_account_form("kx9mq2@example.com", "Jane", "Doe", "Kx9mQ2vLp", "Kx9mQ2vLp", "en", policy)
    assert errors == [FieldError("password", "too_short", {"min": 12}), FieldError("password", "contains_personal")]
    errors = validate_account_form(
        "j@example.com", "Jane", "Doe", "Kx9mQ2vLpKx9mQ2vLp", "Kx9mQ2vLpKx9mQ2vLp", "en", policy
    )
    assert errors == [FieldError("password", "too_long", {"max": 16})]


def test_new_password():
    assert validate_new_password(GOOD_PASSWORD, GOOD_PASSWORD) == []
    assert validate_new_password("", "") == [
        FieldError("password", "required"),
        FieldError("password_confirmation", "required"),
    ]
    assert validate_new_password(GOOD_PASSWORD, GOOD_PASSWORD.lower()) == [
        FieldError("password_confirmation", "mismatch")
    ]
    assert validate_new_password("Martin#2024x", "Martin#2024x", last_name="Martin") == [
        FieldError("password", "contains_personal")
    ]
    # Passwords are compared exactly: no trimming, no case folding.
    assert validate_new_password(GOOD_PASSWORD, GOOD_PASSWORD + " ") == [
        FieldError("password_confirmation", "mismatch")
    ]


def test_login_only_checks_shape():
    assert validate_login("a@example.com", "weak") == []
    assert validate_login("not-even-an-email", "x") == []
    assert validate_login(" ", "") == [FieldError("email", "required"), FieldError("password", "required")]
    assert validate_login("a" * 255, "x" * 1025) == [
        FieldError("email", "too_long", {"max": 254}),
        FieldError("password", "too_long", {"max": 1024}),
    ]
    assert validate_login("a@example.com", "x" * 1024) == []


def test_none_counts_as_missing_but_other_types_are_bugs():
    assert validate_login(None, None) == [FieldError("email", "required"), FieldError("password", "required")]
    with pytest.raises(TypeError):
        validate_login(42, "x")  # type: ignore[arg-type]
