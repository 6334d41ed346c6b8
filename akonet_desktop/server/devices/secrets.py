"""What a device's label carries (serial, activation code, device secret) and how it is stored.

Both secrets are generated here, never chosen by a person, so a fast hash stores them safely:
there is no dictionary to try. The 60-bit activation code is salted with the serial, so a
stolen table must be searched device by device (2^59 hashes on average each), and online
guessing is throttled per company. A slow hash (argon2) would add nothing against that, and
would make every activation attempt cost 19 MiB and tens of milliseconds of server time.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import secrets

from akonet_desktop.rules.device import (
    CODE_ALPHABET,
    CODE_LENGTH,
    SERIAL_LENGTH,
    normalize_activation_code,
)
from akonet_desktop.server.accounts.tokens import new_token, token_hash

# RFC 4648 base32 carries 5 bits a character, like Crockford's: one maps onto the other, and
# `inventory demo` makes 100,000 labels in a blink. Serials use the code alphabet too: no I, L,
# O or U to misread on a label.
_TO_CROCKFORD = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", CODE_ALPHABET)
_NO_HASH = "0" * 64


def _random_chars(count: int) -> str:
    encoded = base64.b32encode(secrets.token_bytes((count * 5 + 7) // 8)).decode("ascii")
    return encoded[:count].translate(_TO_CROCKFORD)


def new_serial() -> str:
    return _random_chars(SERIAL_LENGTH)


def new_activation_code() -> str:
    return normalize_activation_code(_random_chars(CODE_LENGTH))


def activation_code_hash(serial: str, code: str) -> str:
    """`serial` normalised; `code` in any form that normalises to the printed one."""
    canonical = normalize_activation_code(code)
    return hashlib.sha256(f"{serial}:{canonical}".encode("utf-8", "surrogatepass")).hexdigest()


def code_matches(stored_hash: str | None, serial: str, code: str) -> bool:
    """The same work whether or not there is a device to check against."""
    given = activation_code_hash(serial, code)
    return hmac.compare_digest(stored_hash or _NO_HASH, given) and stored_hash is not None


def new_device_secret() -> str:
    return new_token()  # 192 bits


def device_secret_hash(secret: str) -> str:
    return token_hash(secret)
