"""Opaque tokens: random, handed out once, stored only as hashes."""

from __future__ import annotations

import hashlib
import secrets

from akonet_desktop.api.links import ISSUED_TOKEN_LENGTH

# 24 random bytes = 192 bits, above the 128-bit floor, and 32 URL-safe characters to paste
# (base64: 4 characters per 3 bytes). The link pages accept exactly that form.
TOKEN_BYTES = ISSUED_TOKEN_LENGTH * 3 // 4


def new_token() -> str:
    return secrets.token_urlsafe(TOKEN_BYTES)


def token_hash(token: str) -> str:
    # Tokens are high-entropy, so a fast hash is enough: nothing to brute-force.
    return hashlib.sha256(token.encode("utf-8", "surrogatepass")).hexdigest()


def fingerprint(value: str) -> str:
    return hashlib.sha256(value.encode()).hexdigest()
