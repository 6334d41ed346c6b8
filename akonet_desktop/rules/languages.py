"""Display languages offered by the product."""

from __future__ import annotations

from ._text import as_text
from .errors import INVALID, REQUIRED, FieldError

LANGUAGES: tuple[str, ...] = ("fr", "en", "es", "de", "it", "pt")
DEFAULT_LANGUAGE = "en"
LANGUAGE_NAMES: dict[str, str] = {
    "fr": "Français",
    "en": "English",
    "es": "Español",
    "de": "Deutsch",
    "it": "Italiano",
    "pt": "Português",
}
# A header longer than this is hostile or broken; only its beginning is considered.
_MAX_HEADER_LENGTH = 4096


def check_language(code: str, field: str = "language") -> list[FieldError]:
    code = as_text(code).strip()
    if not code:
        return [FieldError(field, REQUIRED)]
    if code not in LANGUAGES:
        return [FieldError(field, INVALID)]
    return []


def _quality(params: list[str]) -> float:
    for param in params:
        name, _, value = param.partition("=")
        if name.strip().lower() == "q":
            try:
                q = float(value.strip())
            except ValueError:
                return 0.0
            return q if 0.0 <= q <= 1.0 else 0.0
    return 1.0


def best_language(accept_language: str | None) -> str:
    """The supported language the client prefers most (HTTP Accept-Language), else DEFAULT_LANGUAGE."""
    header = as_text(accept_language)[:_MAX_HEADER_LENGTH]
    best, best_q = DEFAULT_LANGUAGE, 0.0
    for item in header.split(","):
        tag, *params = item.split(";")
        primary = tag.strip().lower().split("-")[0].split("_")[0]
        q = _quality(params)
        # "*" means "anything": our default is the natural pick; strict ">" keeps header order on ties.
        candidate = DEFAULT_LANGUAGE if primary == "*" else primary
        if candidate in LANGUAGES and q > best_q:
            best, best_q = candidate, q
    return best
