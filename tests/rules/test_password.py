"""Password policy: examples and properties."""

import string

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from akonet_desktop.rules import (
    DEFAULT_POLICY,
    RULE_CODES,
    PasswordPolicy,
    check_password,
    is_common_password,
    password_checklist,
    password_strength,
)

FAST = settings(max_examples=150, deadline=None)
SYMBOLS = "!#%&*+-=?@_^~.,;:/|()[]{}<>$"
SAFE = string.ascii_letters + string.digits + SYMBOLS

policies = st.builds(
    lambda lo, extra, flags: PasswordPolicy(lo, min(lo + extra, 1024), *flags),
    st.integers(1, 64),
    st.integers(0, 200),
    st.tuples(*[st.booleans()] * 5),
)
passwords = st.text(max_size=150)
personal = st.one_of(st.none(), st.text(max_size=20))


@pytest.mark.parametrize(
    ("password", "expected"),
    [
        ("Kx9!mQ2#vLp", []),
        ("", ["too_short", "no_uppercase", "no_digit", "no_symbol"]),
        ("Ab1!", ["too_short"]),
        ("abcdefgh", ["no_uppercase", "no_digit", "no_symbol", "common"]),
        ("kx9!mq2#vlp", ["no_uppercase"]),
        ("Kx!mQ#vLpzz", ["no_digit"]),
        ("Kx9mQ2vLpzz", ["no_symbol"]),
        ("Kx9 mQ2 vLp", ["no_symbol"]),  # a space is not a symbol
        ("Kx9!mQ2#vLp\x00", ["invalid_character"]),
        ("Kx9!mQ2#\u200bvLp", ["invalid_character"]),  # zero-width space (Cf)
        ("Kx9!mQ2#\ud800vLp", ["invalid_character"]),  # lone surrogate
        ("Kx9a\x00\x01\x02", ["too_short", "no_symbol", "invalid_character"]),
        ("Password1!", ["common"]),
        ("P@ssw0rd2024!", ["common"]),
        ("Azerty123$", ["common"]),
        ("A" * 120 + "1!b" * 3, ["too_long"]),
        ("Ñandú9!Çà", []),  # non-ASCII letters and the length in code points
    ],
)
def test_examples(password, expected):
    assert check_password(password) == expected


def test_symbol_and_digit_definitions_are_unicode_aware():
    assert "no_digit" not in check_password("Kx!mQ#vLp٣")  # Arabic-Indic digit is decimal
    assert "no_digit" in check_password("Kx!mQ#vLp²")  # superscript two is not decimal
    assert "no_symbol" not in check_password("Kx9mQ2vLp€")
    assert "no_uppercase" not in check_password("kx9!mq2#vlpÉ")


@pytest.mark.parametrize(
    ("password", "kwargs"),
    [
        ("Smith-1975!", {"last_name": "Smith"}),
        ("xX-JEAN-Xx9!", {"first_name": " Jean "}),
        ("Jdupont+9!Q", {"email": "jdupont@example.com"}),
        ("Garçon#2024x", {"first_name": "GARÇON"}),
    ],
)
def test_contains_personal(password, kwargs):
    assert check_password(password, **kwargs) == ["contains_personal"]


@pytest.mark.parametrize(
    "kwargs",
    [
        {"first_name": "Al", "last_name": "Li", "email": "jo@example.com"},  # too short to matter
        {"first_name": None, "last_name": "", "email": "not an email"},
        {"email": "zed@example.com"},
    ],
)
def test_short_or_missing_personal_values_are_ignored(kwargs):
    assert check_password("Al-Li-jo9!Qx", **kwargs) == []


def test_policy_switches_rules_off():
    lax = PasswordPolicy(
        min_length=4,
        require_uppercase=False,
        require_digit=False,
        require_symbol=False,
        forbid_common=False,
        forbid_personal=False,
    )
    assert check_password("password", lax) == []
    assert check_password("abc", lax) == ["too_short"]
    assert check_password("bob\x07", lax) == ["invalid_character"]
    assert list(password_checklist("x", lax)) == ["too_short", "too_long", "invalid_character"]


def test_default_policy_dict():
    data = DEFAULT_POLICY.to_dict()
    assert data["min_length"] == 8 and data["max_length"] == 128
    assert data["rules"] == list(RULE_CODES)


@FAST
@given(policies)
def test_policy_round_trip(policy):
    assert PasswordPolicy.from_dict(policy.to_dict()) == policy


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        ({}, DEFAULT_POLICY),
        ({"unknown": 1, "rules": ["x"]}, DEFAULT_POLICY),
        ({"min_length": 0}, PasswordPolicy(min_length=1)),
        ({"min_length": -5, "max_length": 5000}, PasswordPolicy(min_length=1, max_length=1024)),
        ({"min_length": 200, "max_length": 100}, PasswordPolicy(min_length=200, max_length=200)),
        ({"min_length": 2000}, PasswordPolicy(min_length=1024, max_length=1024)),
        ({"min_length": "12", "require_digit": "no", "forbid_common": 0}, DEFAULT_POLICY),
        ({"min_length": True, "require_symbol": False}, PasswordPolicy(require_symbol=False)),
    ],
)
def test_policy_from_dict_is_tolerant_but_never_nonsensical(data, expected):
    assert PasswordPolicy.from_dict(data) == expected


@pytest.mark.parametrize("kwargs", [{"min_length": 0}, {"max_length": 2000}, {"min_length": 9, "max_length": 8}])
def test_policy_constructor_rejects_programmer_errors(kwargs):
    with pytest.raises(ValueError):
        PasswordPolicy(**kwargs)


@FAST
@given(passwords, policies, personal, personal, personal)
def test_codes_are_ordered_unique_and_follow_the_checklist(password, policy, email, first, last):
    codes = check_password(password, policy, email=email, first_name=first, last_name=last)
    checklist = password_checklist(password, policy, email=email, first_name=first, last_name=last)
    assert list(checklist) == list(policy.rules) == policy.to_dict()["rules"]
    assert codes == [code for code, met in checklist.items() if not met]
    assert codes == sorted(set(codes), key=RULE_CODES.index)
    assert ("too_short" in codes) == (len(password) < policy.min_length)
    assert ("too_long" in codes) == (len(password) > policy.max_length)


good_passwords = st.builds(
    lambda base, upper, digit, symbol, pos: base[:pos] + upper + base[pos:] + digit + symbol,
    st.text(SAFE, min_size=8, max_size=100),
    st.sampled_from(string.ascii_uppercase + "ÉÑÇÜ"),
    st.sampled_from(string.digits),
    st.sampled_from(SYMBOLS),
    st.integers(0, 100),
)


@FAST
@given(good_passwords)
def test_well_formed_uncommon_passwords_pass(password):
    codes = check_password(password)
    assume("common" not in codes)
    assert codes == []


@FAST
@given(passwords)
def test_removing_uppercase_always_fails_the_uppercase_rule(password):
    stripped = "".join(ch for ch in password if not ch.isupper())
    assert "no_uppercase" in check_password(stripped)


@FAST
@given(passwords)
def test_removing_digits_always_fails_the_digit_rule(password):
    stripped = "".join(ch for ch in password if not ch.isdecimal())
    assert "no_digit" in check_password(stripped)


# A new character can only newly fail these rules: the others are monotone in the character set.
NON_MONOTONE = {"too_long", "common", "contains_personal"}


@FAST
@given(passwords, st.characters(categories=["Lu"]), st.integers(0, 200), personal)
def test_adding_an_uppercase_letter_only_helps(password, upper, pos, first):
    before = set(check_password(password, first_name=first))
    after = set(check_password(password[:pos] + upper + password[pos:], first_name=first))
    assert "no_uppercase" not in after
    assert after - before <= NON_MONOTONE


@FAST
@given(passwords, st.sampled_from(SYMBOLS), st.sampled_from("0123456789"), st.integers(0, 200))
def test_adding_a_digit_or_symbol_only_helps(password, symbol, digit, pos):
    before = set(check_password(password))
    after = set(check_password(password[:pos] + symbol + digit + password[pos:]))
    assert not {"no_symbol", "no_digit"} & after
    assert after - before <= NON_MONOTONE


@FAST
@given(passwords, st.sampled_from("\x00\x1b\u200b\u200e\ufeff\ud800\U000e0001\u0378"), st.integers(0, 200))
def test_control_format_surrogate_or_unassigned_characters_are_invalid(password, bad, pos):
    assert "invalid_character" in check_password(password[:pos] + bad + password[pos:])


@pytest.mark.parametrize(
    ("password", "strength"),
    [
        ("", 0),
        ("Password1!", 0),
        ("123456789", 0),
        ("abcxyz", 1),
        ("Kx9!mQ2#", 2),
        ("Kx9!mQ2#vLp", 3),
        ("correct horse battery staple", 4),
        ("Zq7!pW3#xR9$kT2@", 4),
    ],
)
def test_strength_examples(password, strength):
    assert password_strength(password) == strength


@FAST
@given(passwords, st.characters(codec="utf-8"))
def test_strength_is_bounded_and_grows_with_length(password, extra):
    before, after = password_strength(password), password_strength(password + extra)
    assert 0 <= before <= 4 and 0 <= after <= 4
    if not is_common_password(password + extra):
        assert after >= before
