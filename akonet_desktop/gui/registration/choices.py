"""Filling the wizard's combo boxes: languages by endonym, countries and identification types
from the server's reference data, localised and sorted for the display language."""

from __future__ import annotations

from functools import cmp_to_key

from PySide6.QtCore import QCollator, QLocale, QSignalBlocker
from PySide6.QtWidgets import QComboBox

from akonet_desktop.api.models import CountryOut, IdTypeOut, Reference
from akonet_desktop.gui.common.i18n import UI_LANGUAGES
from akonet_desktop.rules import LANGUAGE_NAMES


def select(combo: QComboBox, value: str) -> None:
    """Show value (or the empty first entry) without reporting it as the user's choice."""
    with QSignalBlocker(combo):
        combo.setCurrentIndex(max(0, combo.findData(value)))


def fill_languages(combo: QComboBox, selected: str) -> None:
    with QSignalBlocker(combo):
        combo.clear()
        for code in UI_LANGUAGES:
            combo.addItem(LANGUAGE_NAMES[code], code)
    select(combo, selected)


def _refill(combo: QComboBox, placeholder: str, items: list[tuple[str, str]], selected: str) -> None:
    with QSignalBlocker(combo):
        combo.clear()
        combo.addItem(placeholder, "")
        for text, code in items:
            combo.addItem(text, code)
    select(combo, selected)


def fill_countries(
    combo: QComboBox, placeholder: str, countries: list[CountryOut], language: str, selected: str
) -> None:
    # The server sorts by casefold; QCollator puts "Émirats" with the E's, as a French reader expects.
    collator = QCollator(QLocale(language))
    ordered = sorted(countries, key=cmp_to_key(lambda a, b: collator.compare(a.name, b.name)))
    _refill(combo, placeholder, [(c.name, c.code) for c in ordered], selected)


def fill_id_types(combo: QComboBox, placeholder: str, types: list[IdTypeOut], selected: str) -> None:
    _refill(combo, placeholder, [(t.label, t.code) for t in types], selected)


def set_placeholder(combo: QComboBox, text: str) -> None:
    if combo.count() and combo.itemData(0) == "":
        combo.setItemText(0, text)


def id_types_of(reference: Reference | None, country: str, allowed: list[str]) -> list[IdTypeOut]:
    """The reference's types for country, limited to what the rules allow there."""
    if reference is None:
        return []
    return [t for t in reference.id_types if t.country == country and t.code in allowed]


def example_of(reference: Reference | None, country: str, id_type: str) -> str:
    types = reference.id_types if reference is not None else []
    return next((t.example for t in types if t.country == country and t.code == id_type), "")
