"""Small text helpers shared by the rule modules."""

from __future__ import annotations

import unicodedata

# Control, format, surrogate and unassigned code points.
INVALID_CATEGORIES = frozenset({"Cc", "Cf", "Cs", "Cn"})
# Characters that can never be stored or displayed sanely in a name (lone surrogates cannot even
# be encoded as UTF-8); format characters (ZWJ, bidi marks) are legitimate in many scripts.
CONTROL_CATEGORIES = frozenset({"Cc", "Cs"})


def as_text(value: object) -> str:
    """User input as str: None (a missing field) counts as empty; any other non-str is a bug."""
    if value is None:
        return ""
    if not isinstance(value, str):
        raise TypeError(f"expected str or None, got {type(value).__name__}")
    return value


def has_category(value: str, categories: frozenset[str]) -> bool:
    category = unicodedata.category
    return any(category(ch) in categories for ch in value)


def fold(value: str) -> str:
    """Caseless, compatibility-normalised form used for fuzzy comparisons.

    The searches store it (devices' `device_search`, people's `search_text`): a change here, or a
    Python whose Unicode data folds some character differently, needs a migration that refolds
    what is stored, or stored and typed text stop matching."""
    return unicodedata.normalize("NFKC", value).casefold()
