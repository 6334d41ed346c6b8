"""Email syntax, where mail goes, the look-up key and the email/confirmation pair."""

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from akonet_desktop.rules import (
    MAX_EMAIL_LENGTH,
    FieldError,
    check_email,
    check_email_pair,
    email_key,
    email_local_part,
    mail_address,
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


def test_mail_goes_to_the_address_as_typed_with_its_domain_normalised():
    assert mail_address("  John.Doe@Example.COM ") == "John.Doe@example.com"
    assert mail_address("Straße@Example.DE") == "Straße@example.de"
    assert mail_address("JÖHN@EXÄMPLE.DE") == "JÖHN@exämple.de"
    assert mail_address("user@BÜCHER.example") == "user@bücher.example"  # message.py sends it as IDNA
    assert mail_address("Jose\u0301@example.com") == "Jos\u00e9@example.com"  # composed (NFC): the same letters
    with pytest.raises(ValueError):
        mail_address("not an email")


def test_the_key_folds_case_but_never_one_mailbox_into_another():
    assert email_key("  John.Doe@Example.COM ") == email_key("john.doe@example.com") == "john.doe@example.com"
    assert email_key("KATE@Example.COM") == email_key("kate@example.com")
    assert email_key("JÖHN@EXÄMPLE.DE") == "jöhn@exämple.de"
    # casefold would make these one person; they are two mailboxes.
    assert email_key("Straße@example.de") == "straße@example.de" != email_key("strasse@example.de")
    with pytest.raises(ValueError):
        email_key("not an email")


@pytest.mark.parametrize(
    "email",
    [
        "\u212aate@example.com",  # Kelvin sign: NFC alone makes it "Kate"
        "\ufb01nance@example.com",  # the ligature fi
        "\uff46\uff55\uff4c\uff4c@example.com",  # full-width letters
        "user\u00b2@example.com",  # superscript two
        "\u2126mega@example.com",  # Ohm sign
    ],
)
def test_a_local_part_that_reads_like_another_address_is_refused(email):
    assert check_email(email) == [FieldError("email", "compatibility_character")]
    assert check_email(email, "billing_email") == [FieldError("billing_email", "compatibility_character")]
    with pytest.raises(ValueError):
        mail_address(email)
    with pytest.raises(ValueError):
        email_key(email)


def test_compatibility_characters_in_the_domain_are_idna_s_business():
    assert check_email("finance@\ufb01nance.example") == []
    assert mail_address("finance@\ufb01nance.example") == "finance@finance.example"


@FAST
@given(emails)
def test_mail_address_and_key_are_idempotent(email):
    assume(_valid(email))
    once = mail_address(email)
    assert mail_address(once) == once
    assert email_key(once) == email_key(email) == email_key(email_key(email))
    assert _valid(once)


@FAST
@given(st.emails())
def test_the_key_is_case_insensitive(email):
    assume(_valid(email))
    assert email_key(email.upper()) == email_key(email.lower()) == email_key(email)


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
