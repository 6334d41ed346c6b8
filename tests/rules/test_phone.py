"""Contact phone numbers."""

import phonenumbers
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from akonet_desktop.rules import COUNTRIES, FieldError, check_phone, normalize_phone

FAST = settings(max_examples=100, deadline=None)
FORMATS = (
    phonenumbers.PhoneNumberFormat.E164,
    phonenumbers.PhoneNumberFormat.INTERNATIONAL,
    phonenumbers.PhoneNumberFormat.NATIONAL,
)


@pytest.mark.parametrize(
    ("phone", "country", "e164"),
    [
        ("+34 912 345 678", "ES", "+34912345678"),
        ("912 34 56 78", "ES", "+34912345678"),
        ("+34 912 345 678", "FR", "+34912345678"),
        ("+34 912 345 678", "", "+34912345678"),
        ("06 12 34 56 78", "FR", "+33612345678"),
        ("(202) 555-0123", "US", "+12025550123"),
        ("030 901820", "DE", "+4930901820"),
    ],
)
def test_valid_examples(phone, country, e164):
    assert check_phone(phone, country) == []
    assert normalize_phone(phone, country) == e164


@pytest.mark.parametrize(
    ("phone", "country", "code"),
    [
        ("", "ES", "required"),
        ("  ", "ES", "required"),
        ("12", "ES", "invalid"),
        ("912345678", "", "invalid"),
        ("912345678", "ZZ", "invalid"),
        ("+34 123", "ES", "invalid"),
        ("hello", "FR", "invalid"),
        ("+34 912 345 678 " * 3, "ES", "too_long"),
        ("912\x00345678", "ES", "invalid"),
    ],
)
def test_invalid_examples(phone, country, code):
    assert [e.code for e in check_phone(phone, country)] == [code]
    with pytest.raises(ValueError):
        normalize_phone(phone, country)


def test_field_name_and_limit():
    assert check_phone("9" * 40, "ES", field="mobile") == [FieldError("mobile", "too_long", {"max": 32})]


def _example(region: str, kind: int) -> phonenumbers.PhoneNumber | None:
    return phonenumbers.example_number_for_type(region, kind)


@FAST
@given(
    st.sampled_from(COUNTRIES),
    st.sampled_from([phonenumbers.PhoneNumberType.FIXED_LINE, phonenumbers.PhoneNumberType.MOBILE]),
    st.sampled_from(FORMATS),
    st.sampled_from(COUNTRIES),
)
def test_any_formatting_normalises_to_the_same_e164(region, kind, fmt, other_region):
    number = _example(region, kind)
    if number is None:
        return
    e164 = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
    written = phonenumbers.format_number(number, fmt)
    assert check_phone(written, region) == []
    assert normalize_phone(written, region) == e164
    # E.164 in, same out, whatever the selected country.
    assert normalize_phone(e164, other_region) == e164
    assert normalize_phone(normalize_phone(written, region), region) == e164


@FAST
@given(st.text(st.sampled_from("0123456789 +-()."), max_size=32), st.sampled_from(COUNTRIES))
def test_normalisation_is_idempotent_when_valid(phone, country):
    if check_phone(phone, country):
        with pytest.raises(ValueError):
            normalize_phone(phone, country)
        return
    once = normalize_phone(phone, country)
    assert once.startswith("+") and once[1:].isdigit()
    assert normalize_phone(once, country) == once
