"""Opaque tokens: random, handed out once, stored only as hashes."""

from __future__ import annotations

import base64
import hashlib
import hmac
import secrets

from akonet_desktop.api.links import ISSUED_TOKEN_LENGTH

# 24 random bytes = 192 bits, above the 128-bit floor, and 32 URL-safe characters to paste
# (base64: 4 characters per 3 bytes). The link pages accept exactly that form.
TOKEN_BYTES = ISSUED_TOKEN_LENGTH * 3 // 4


def new_token() -> str:
    return secrets.token_urlsafe(TOKEN_BYTES)


def new_successor_salt() -> str:
    """The per-session key of `successor_tokens`: 256 random bits, as 64 hex characters."""
    return secrets.token_hex(32)


def successor_tokens(salt: str, refresh_token: str) -> tuple[str, str]:
    """The (access, refresh) pair that replaces `refresh_token`: the same pair each time it is
    presented, so a retried refresh gets the answer it lost. Keyed by the session's random salt,
    so knowing an old refresh token is not enough to compute its successors (a thief holding an
    old token would otherwise skip the reuse detection); and neither the salt nor the stored
    hashes give anything without the token itself, which is stored only as a hash."""
    key = bytes.fromhex(salt)
    message = refresh_token.encode("utf-8", "surrogatepass")

    def derive(kind: bytes) -> str:
        # Same length and alphabet as new_token(): 24 bytes are 32 URL-safe characters, unpadded.
        digest = hmac.digest(key, kind + b"\0" + message, "sha256")[:TOKEN_BYTES]
        return base64.urlsafe_b64encode(digest).decode("ascii")

    return derive(b"access"), derive(b"refresh")


def token_hash(token: str) -> str:
    # Tokens are high-entropy, so a fast hash is enough: nothing to brute-force.
    return hashlib.sha256(token.encode("utf-8", "surrogatepass")).hexdigest()


def fingerprint(value: str) -> str:
    return hashlib.sha256(value.encode()).hexdigest()
