"""The bundled common-password list and its fuzzy matching."""

import random
import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from akonet_desktop.rules import is_common_password
from akonet_desktop.rules.common_passwords import common_passwords

FAST = settings(max_examples=150, deadline=None)
ENTRIES = sorted(common_passwords())
ALPHA_ENTRIES = [e for e in ENTRIES if e.isalpha()]


def test_list_is_large_folded_and_multilingual():
    assert len(ENTRIES) >= 3000
    assert all(e == unicodedata.normalize("NFKC", e).casefold() and len(e) >= 4 for e in ENTRIES)
    for word in (
        "123456",
        "password",
        "qwerty",
        "iloveyou",
        "dragon",
        "monkey",
        "letmein",
        "football",
        "azerty",
        "motdepasse",
        "contraseña",
        "soleil",
        "bonjour",
        "passwort",
        "senha",
        "tiamo",
        "1qaz2wsx",
        "qwertzuiop",
        "1234567890",
    ):
        assert word in common_passwords(), word


def test_list_is_loaded_once():
    assert common_passwords() is common_passwords()


@pytest.mark.parametrize(
    "password",
    [
        "Password1!",
        "P@ssw0rd2024!",
        "Azerty123$",
        "PASSWORD",
        "MotDePasse2023!",
        "C0ntr@señ@1",
        "Fußball1!",
        "!!Dragon99",
        "@dmin123",
        "1ove1ove",
        "Qwerty123!",
        "Iloveyou2!",
        "123456789!",
        "Passw0rd!",
        "Sunshine#7",
    ],
)
def test_decorated_common_passwords_are_detected(password):
    assert is_common_password(password)


@pytest.mark.parametrize(
    "password", ["", "Kx9!mQ2#vLp", "Tomate-Verte-42!", "Dragonfly-Sky9", "!!!!", "12 34", "Pass word 1!", "zq"]
)
def test_uncommon_passwords_are_not_flagged(password):
    assert not is_common_password(password)


@FAST
@given(st.sampled_from(ENTRIES))
def test_every_entry_in_any_case_is_common(entry):
    assert is_common_password(entry)
    assert is_common_password(entry.upper())
    assert is_common_password(entry.title())


LEET = {"a": "@4", "o": "0", "e": "3", "s": "$5", "t": "7"}


@FAST
@given(
    st.sampled_from(ALPHA_ENTRIES),
    st.randoms(use_true_random=False),
    st.sampled_from(["", "1", "2024", "!", "123!", "#1"]),
    st.sampled_from(["", "!", "1", "#"]),
)
def test_leetspeak_and_decorations_do_not_hide_a_common_word(entry, rnd: random.Random, suffix, prefix):
    # The first and last letters stay letters: the core starts and ends at them.
    middle = "".join(rnd.choice(LEET[ch]) if ch in LEET and rnd.random() < 0.7 else ch for ch in entry[1:-1])
    disguised = prefix + entry[0].upper() + middle + entry[-1] + suffix
    assert is_common_password(disguised)


@FAST
@given(st.text(max_size=40))
def test_case_insensitive_for_ascii(text):
    ascii_text = text.encode("ascii", "ignore").decode()
    assert is_common_password(ascii_text) == is_common_password(ascii_text.swapcase())
