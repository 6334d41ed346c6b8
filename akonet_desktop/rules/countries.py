"""Countries offered in the registration form, with names in the product's languages."""

from __future__ import annotations

import json
from functools import cache

from akonet_desktop.resources import package_path

from ._text import as_text
from .errors import INVALID, REQUIRED, FieldError
from .languages import DEFAULT_LANGUAGE

EU_MEMBERS: frozenset[str] = frozenset(
    "AT BE BG CY CZ DE DK EE ES FI FR GR HR HU IE IT LT LU LV MT NL PL PT RO SE SI SK".split()
)
_OTHERS = "GB CH NO IS US CA MX BR AR CL CO PE MA TN DZ TR AU NZ ZA AE SA IL IN CN JP".split()
COUNTRIES: tuple[str, ...] = tuple(sorted(EU_MEMBERS.union(_OTHERS)))


@cache
def _names() -> dict[str, dict[str, str]]:
    text = package_path("rules", "data", "countries.json").read_text("utf-8")
    return json.loads(text)


def country_name(code: str, lang: str) -> str:
    """Name of the country in lang (English for an unknown lang; the code itself if unknown)."""
    names = _names().get(as_text(code))
    if names is None:
        return as_text(code)
    return names.get(as_text(lang), names[DEFAULT_LANGUAGE])


def check_country(code: str, field: str = "country") -> list[FieldError]:
    code = as_text(code).strip()
    if not code:
        return [FieldError(field, REQUIRED)]
    if code not in COUNTRIES:
        return [FieldError(field, INVALID)]
    return []
