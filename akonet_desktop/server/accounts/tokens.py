"""Opaque tokens: random, handed out once, stored only as hashes."""

from __future__ import annotations

import hashlib
import secrets

# 24 random bytes = 192 bits, above the 128-bit floor, and 32 URL-safe characters to paste.
TOKEN_BYTES = 24


def new_token() -> str:
    return secrets.token_urlsafe(TOKEN_BYTES)


def token_hash(token: str) -> str:
    # Tokens are high-entropy, so a fast hash is enough: nothing to brute-force.
    return hashlib.sha256(token.encode("utf-8", "surrogatepass")).hexdigest()


def fingerprint(value: str) -> str:
    return hashlib.sha256(value.encode()).hexdigest()
