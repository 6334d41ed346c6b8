"""The order people expect for names they typed: "Cámara 2" before "cámara 10", "Étage" among the E's.

Computed once when a name is stored and kept beside it, so that the database sorts and pages
by plain byte comparison, with an index, on SQLite and PostgreSQL alike.
"""

from __future__ import annotations

import re
import unicodedata

from ._text import fold

MAX_SORT_KEY_LENGTH = 255  # the order of two names rarely depends on what comes after that
_DIGITS = re.compile(r"[0-9]+")


def _number(match: re.Match[str]) -> str:
    # Length first: a longer run of significant digits is a larger number.
    digits = match.group().lstrip("0") or "0"
    return f"{len(digits):03d}{digits}"


def natural_sort_key(text: str) -> str:
    """Caseless, accents ignored, digit runs compared as numbers; byte order does the rest."""
    decomposed = unicodedata.normalize("NFKD", fold(text))
    letters = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return _DIGITS.sub(_number, unicodedata.normalize("NFC", letters))[:MAX_SORT_KEY_LENGTH]
