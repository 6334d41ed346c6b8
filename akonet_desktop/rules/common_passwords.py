"""Detection of common (leaked, guessable) passwords against a bundled list."""

from __future__ import annotations

from functools import cache

from akonet_desktop.resources import package_path

from ._text import as_text, fold

# "1" stands for both "i" and "l" in leetspeak, hence two tables.
_LEET_I = str.maketrans({"0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "7": "t", "@": "a", "$": "s"})
_LEET_L = str.maketrans({"0": "o", "1": "l", "3": "e", "4": "a", "5": "s", "7": "t", "@": "a", "$": "s"})
_LEET_CHARS = frozenset("013457@$")
# How many leet characters just outside the letters may still belong to the word ("@dmin", "1ove").
_MAX_EDGE_LEET = 3


@cache
def common_passwords() -> frozenset[str]:
    """The bundled list, folded (NFKC + casefold); loaded once, on first use."""

    text = package_path("rules", "data", "common_passwords.txt").read_text("utf-8")
    entries = (fold(line.strip()) for line in text.splitlines())
    return frozenset(e for e in entries if e and not e.startswith("#"))


@cache
def _longest_entry() -> int:
    return max(map(len, common_passwords()), default=0)


def _edge_leet_run(chars: str) -> int:
    run = 0
    for ch in chars:
        if ch not in _LEET_CHARS or run == _MAX_EDGE_LEET:
            break
        run += 1
    return run


def _core_is_common(folded: str, words: frozenset[str]) -> bool:
    start = next((i for i, ch in enumerate(folded) if ch.isalpha()), None)
    if start is None:
        return False
    end = len(folded) - next(i for i, ch in enumerate(reversed(folded)) if ch.isalpha())
    if end - start > _longest_entry():
        return False
    left = _edge_leet_run(reversed(folded[:start]))
    right = _edge_leet_run(folded[end:])
    for a in range(left + 1):
        for b in range(right + 1):
            core = folded[start - a : end + b]
            if core.translate(_LEET_I) in words or core.translate(_LEET_L) in words:
                return True
    return False


def _strip_symbols(folded: str) -> str:
    start, end = 0, len(folded)
    while start < end and not folded[start].isalnum():
        start += 1
    while end > start and not folded[end - 1].isalnum():
        end -= 1
    return folded[start:end]


def is_common_password(password: str) -> bool:
    """True for a listed password, also when decorated: "P@ssw0rd2024!", "Azerty123$", "!123456789!"."""
    folded = fold(as_text(password))
    if not folded:
        return False
    words = common_passwords()
    return folded in words or _strip_symbols(folded) in words or _core_is_common(folded, words)
