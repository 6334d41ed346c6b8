"""Email syntax, canonical form and the email/confirmation pair."""

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from akonet_desktop.rules import (
    MAX_EMAIL_LENGTH,
    FieldError,
    check_email,
    check_email_pair,
    email_local_part,
    normalize_email,
)

FAST = settings(max_examples=150, deadline=None)

unicode_emails = st.builds(
    lambda local, domain: f"{local}@{domain}",
    st.text(st.characters(categories=["Lu", "Ll", "Lo", "Nd"]), min_size=1, max_size=20),
    st.sampled_from(["example.com", "EXAMPLE.org", "exämple.de", "bücher.example", "xn--bcher-kva.example"]),
)
emails = st.one_of(st.emails(), unicode_emails)


def _valid(email: str) -> bool:
    return check_email(email) == []


@pytest.mark.parametrize(
    "email", ["a@example.com", "  John.Doe+tag@Example.COM ", "jöhn@exämple.de", "用户@例子.广告", "o'brien@example.ie"]
)
def test_valid_examples(email):
    assert check_email(email) == []


@pytest.mark.parametrize(
    ("email", "code"),
    [
        ("", "required"),
        ("   ", "required"),
        ("plainaddress", "invalid"),
        ("a@b", "invalid"),
        ("a@@b.com", "invalid"),
        ("a b@example.com", "invalid"),
        ("a@[127.0.0.1]", "invalid"),
        ("Name <a@example.com>", "invalid"),
        ("a\x00@example.com", "invalid"),
        ("a" * 250 + "@example.com", "too_long"),
    ],
)
def test_invalid_examples(email, code):
    assert [e.code for e in check_email(email)] == [code]


def test_too_long_carries_the_limit_and_field_name():
    assert check_email("x" * 300, field="new_email") == [FieldError("new_email", "too_long", {"max": MAX_EMAIL_LENGTH})]


def test_normalize_examples():
    assert normalize_email("  John.Doe@Example.COM ") == "john.doe@example.com"
    assert normalize_email("JÖHN@EXÄMPLE.DE") == "jöhn@exämple.de"
    with pytest.raises(ValueError):
        normalize_email("not an email")


@FAST
@given(emails)
def test_normalize_is_idempotent(email):
    assume(_valid(email))
    once = normalize_email(email)
    assert normalize_email(once) == once
    assert _valid(once)


@FAST
@given(st.emails())
def test_normalize_is_case_insensitive(email):
    assume(_valid(email))
    assert normalize_email(email.upper()) == normalize_email(email.lower()) == normalize_email(email)


def test_local_part():
    assert email_local_part(" Jane.Doe@example.com") == "Jane.Doe"
    assert email_local_part("odd@local@example.com") == "odd@local"
    assert email_local_part("junk") == ""
    assert email_local_part("") == ""


def test_pair_examples():
    assert check_email_pair("a@example.com", " A@EXAMPLE.COM ") == []
    assert check_email_pair("a@example.com", "") == [FieldError("email_confirmation", "required")]
    assert check_email_pair("a@example.com", "b@example.com") == [FieldError("email_confirmation", "mismatch")]
    assert check_email_pair("bad", "BAD ") == [FieldError("email", "invalid")]
    assert check_email_pair("", "") == [FieldError("email", "required"), FieldError("email_confirmation", "required")]


def _confirmation_codes(email: str, confirmation: str) -> list[str]:
    return [e.code for e in check_email_pair(email, confirmation) if e.field == "email_confirmation"]


ascii_text = st.text(st.characters(codec="ascii"), max_size=30)


@FAST
@given(st.one_of(st.emails(), ascii_text), st.one_of(st.emails(), ascii_text))
def test_pair_is_symmetric_and_ignores_case(a, b):
    assume(a.strip() and b.strip())
    codes = _confirmation_codes(a, b)
    assert codes == _confirmation_codes(b, a)
    assert codes == _confirmation_codes(a.swapcase(), b.upper())
    assert _confirmation_codes(a, a.swapcase()) == []
