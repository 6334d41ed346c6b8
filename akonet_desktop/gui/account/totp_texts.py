"""How a TOTP key and typed codes look: what the set-up, turning off and sign-in share (no Qt)."""

from __future__ import annotations

import re

from akonet_desktop.api.account import TOTP_DIGITS

_SEPARATORS = re.compile(r"[\s-]+")


def grouped_key(secret: str) -> str:
    """The base32 key in groups of four, as authenticator apps show and accept it."""
    secret = secret.replace(" ", "").upper()
    return " ".join(secret[i : i + 4] for i in range(0, len(secret), 4))


def compact_code(text: str) -> str:
    """What a person typed, without the spaces and dashes they may add ("123 456", "abcd-efgh")."""
    return _SEPARATORS.sub("", text.strip())


def looks_like_code(text: str, *, recovery_allowed: bool) -> bool:
    """Worth sending: six digits, or (where one is accepted) something as long as a recovery code."""
    code = compact_code(text)
    if code.isdigit() and code.isascii():
        return len(code) == TOTP_DIGITS
    return recovery_allowed and len(code) >= 8 and code.isalnum() and code.isascii()
