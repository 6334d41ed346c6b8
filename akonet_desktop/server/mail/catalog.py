"""The localised mail texts: one TOML file per language, loaded once, English underneath."""

from __future__ import annotations

import tomllib
from functools import cache
from typing import Any

from akonet_desktop.resources import package_path

LANGUAGES = ("fr", "en", "es", "de", "it", "pt")
DEFAULT_LANGUAGE = "en"

_DATA_DIR = "templates"


def normalize_lang(lang: str | None) -> str:
    """'fr-CA', 'FR_fr' -> 'fr'; anything unsupported -> English."""
    primary = (lang or "").strip().replace("_", "-").split("-", 1)[0].lower()
    return primary if primary in LANGUAGES else DEFAULT_LANGUAGE


def _read(name: str) -> str:
    return package_path("server", "mail", _DATA_DIR, name).read_text(encoding="utf-8")


@cache
def raw_texts(lang: str) -> dict[str, Any]:
    """The language file as written, without the English fallback (used by completeness tests)."""
    return tomllib.loads(_read(f"{lang}.toml"))


def _merged(base: dict[str, Any], override: dict[str, Any]) -> dict[str, Any]:
    merged = dict(base)
    for key, value in override.items():
        if isinstance(value, dict) and isinstance(base.get(key), dict):
            merged[key] = _merged(base[key], value)
        else:
            merged[key] = value
    return merged


@cache
def texts(lang: str) -> dict[str, Any]:
    """Texts for a normalised language; a key missing from a translation falls back to English."""
    lang = normalize_lang(lang)
    if lang == DEFAULT_LANGUAGE:
        return raw_texts(lang)
    return _merged(raw_texts(DEFAULT_LANGUAGE), raw_texts(lang))


@cache
def layout() -> str:
    return _read("layout.html")
