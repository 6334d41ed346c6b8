"""Countries, their names, and display languages."""

import json
from importlib.resources import files

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from akonet_desktop.rules import (
    COUNTRIES,
    DEFAULT_LANGUAGE,
    EU_MEMBERS,
    LANGUAGE_NAMES,
    LANGUAGES,
    FieldError,
    best_language,
    check_country,
    check_language,
    country_name,
)

FAST = settings(max_examples=200, deadline=None)


def test_country_list():
    assert len(EU_MEMBERS) == 27 and EU_MEMBERS <= set(COUNTRIES)
    assert {"GB", "CH", "NO", "US", "BR", "MA", "JP"} <= set(COUNTRIES)
    assert "GB" not in EU_MEMBERS
    assert len(COUNTRIES) == len(set(COUNTRIES)) >= 50
    assert all(len(c) == 2 and c.isascii() and c.isupper() for c in COUNTRIES)


def test_names_file_matches_the_list():
    data = json.loads(files("akonet_desktop.rules.data").joinpath("countries.json").read_text("utf-8"))
    assert sorted(data) == sorted(COUNTRIES)


@pytest.mark.parametrize("code", COUNTRIES)
def test_every_country_is_named_in_every_language(code):
    names = [country_name(code, lang) for lang in LANGUAGES]
    assert all(name and name.strip() == name and name != code for name in names)


@pytest.mark.parametrize(
    ("lang", "name"),
    [
        ("fr", "Espagne"),
        ("en", "Spain"),
        ("es", "España"),
        ("de", "Spanien"),
        ("it", "Spagna"),
        ("pt", "Espanha"),
        ("xx", "Spain"),
        ("", "Spain"),
    ],
)
def test_spain(lang, name):
    assert country_name("ES", lang) == name


def test_unknown_country_name_is_the_code():
    assert country_name("ZZ", "fr") == "ZZ"


@pytest.mark.parametrize(
    ("code", "errors"),
    [
        ("ES", []),
        ("", [FieldError("country", "required")]),
        ("  ", [FieldError("country", "required")]),
        ("es", [FieldError("country", "invalid")]),
        ("ZZ", [FieldError("country", "invalid")]),
        ("ESP", [FieldError("country", "invalid")]),
    ],
)
def test_check_country(code, errors):
    assert check_country(code) == errors


def test_languages():
    assert LANGUAGES == ("fr", "en", "es", "de", "it", "pt")
    assert DEFAULT_LANGUAGE == "en"
    assert LANGUAGE_NAMES == {
        "fr": "Français",
        "en": "English",
        "es": "Español",
        "de": "Deutsch",
        "it": "Italiano",
        "pt": "Português",
    }
    assert all(check_language(lang) == [] for lang in LANGUAGES)
    assert check_language("") == [FieldError("language", "required")]
    assert check_language("nl", field="lang") == [FieldError("lang", "invalid")]


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        (None, "en"),
        ("", "en"),
        ("fr-FR", "fr"),
        ("fr-CH, fr;q=0.9, en;q=0.8, de;q=0.7, *;q=0.5", "fr"),
        ("da, en-GB;q=0.8, en;q=0.7", "en"),
        ("nl, de;q=0.3", "de"),
        ("nl", "en"),
        ("es;q=0.4, pt-BR;q=0.9", "pt"),
        ("it;q=0.5, es;q=0.5", "it"),  # ties keep the header's order
        ("DE-de", "de"),
        ("pt_PT", "pt"),
        ("fr;q=0, es", "es"),
        ("fr;q=abc, es;q=0.1", "es"),
        ("fr;q=2, de;q=0.1", "de"),
        ("*", "en"),
        (";;;,,,=", "en"),
    ],
)
def test_best_language(header, expected):
    assert best_language(header) == expected


@FAST
@given(st.text())
def test_best_language_always_supported(header):
    assert best_language(header) in LANGUAGES
