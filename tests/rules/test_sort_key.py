"""natural_sort_key: the order of device names and locations in the list."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from akonet_desktop.rules.sort_key import MAX_SORT_KEY_LENGTH, natural_sort_key

words = st.text(st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=120)
prefixes = st.text("abcdefghij XYZ-éÉ", max_size=12)


@given(prefixes, st.integers(0, 10**30), st.integers(0, 10**30))
def test_numbers_compare_by_value(prefix, a, b):
    if a < b:
        assert natural_sort_key(f"{prefix}{a}") < natural_sort_key(f"{prefix}{b}")


@given(prefixes, st.integers(0, 10**6), st.integers(0, 5))
def test_leading_zeros_do_not_change_the_place(prefix, number, zeros):
    assert natural_sort_key(f"{prefix}{'0' * zeros}{number}") == natural_sort_key(f"{prefix}{number}")


@given(st.text("abcdefghijklmnopqrstuvwxyz0123456789 -", max_size=40))
def test_case_is_ignored(text):
    assert natural_sort_key(text.upper()) == natural_sort_key(text)


def test_accents_are_ignored_and_letters_keep_their_place():
    assert natural_sort_key("Étage") == natural_sort_key("etage")
    assert natural_sort_key("CÁMARA FRÍA") == natural_sort_key("camara fria")
    assert natural_sort_key("Straße") == natural_sort_key("STRASSE")
    names = ["Zone", "étage 20", "Chambre 10", "armoire", "chambre 2", "Étage 3", "Chambre 1"]
    assert sorted(names, key=natural_sort_key) == [
        "armoire",
        "Chambre 1",
        "chambre 2",
        "Chambre 10",
        "Étage 3",
        "étage 20",
        "Zone",
    ]


@given(words)
def test_any_name_gives_a_bounded_storable_key(text):
    key = natural_sort_key(text)
    assert len(key) <= MAX_SORT_KEY_LENGTH
    key.encode("utf-8")  # no lone surrogates: the database takes it


def test_digits_typed_full_width_count_as_numbers():
    assert natural_sort_key("Room １０") == natural_sort_key("Room 10") > natural_sort_key("Room ９")
