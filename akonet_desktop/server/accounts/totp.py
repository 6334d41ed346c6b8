"""Two-step verification codes: TOTP (RFC 6238: SHA-1, 6 digits, 30 s, as authenticator apps
expect) and single-use recovery codes. Pure functions: the clock and the storage are the caller's."""

from __future__ import annotations

import hmac
import re
import secrets
from datetime import datetime

import pyotp

from akonet_desktop.api.account import RECOVERY_CODE_COUNT, TOTP_DIGITS, TOTP_PERIOD_SECONDS

ISSUER = "AKONet"
# A code typed a step early or late still works (clocks drift, people type slowly): RFC 6238 §5.2.
DRIFT_STEPS = 1
# Recovery codes: lowercase letters and digits without 0/o and 1/l, which people confuse when
# they copy a code from paper. 32 symbols: 5 bits each, 40 bits a code.
RECOVERY_ALPHABET = "abcdefghijkmnpqrstuvwxyz23456789"
RECOVERY_GROUP = 4
_SEPARATORS = re.compile(r"[\s\-]+")
_TOTP_FORM = re.compile(rf"\d{{{TOTP_DIGITS}}}")
_RECOVERY_FORM = re.compile(rf"[{RECOVERY_ALPHABET}]{{{2 * RECOVERY_GROUP}}}")


def new_secret() -> str:
    """160 random bits (RFC 4226's recommendation), base32 without padding."""
    return pyotp.random_base32(32)


def otpauth_uri(secret: str, email: str) -> str:
    return pyotp.TOTP(secret, digits=TOTP_DIGITS, interval=TOTP_PERIOD_SECONDS).provisioning_uri(
        name=email, issuer_name=ISSUER
    )


def clean_code(code: str) -> str:
    """As typed, without the spaces and dashes people put in codes, in lower case."""
    return _SEPARATORS.sub("", code or "").lower()


def is_totp_form(code: str) -> bool:
    return _TOTP_FORM.fullmatch(clean_code(code)) is not None


def is_recovery_form(code: str) -> bool:
    return _RECOVERY_FORM.fullmatch(clean_code(code)) is not None


def step_of(moment: datetime) -> int:
    return int(moment.timestamp()) // TOTP_PERIOD_SECONDS


def matching_step(secret: str, code: str, now: datetime, after_step: int | None = None) -> int | None:
    """The time step whose code `code` is, within the drift allowed and after `after_step` (the
    last step accepted: a code works once); None when it is none of them."""
    code = clean_code(code)
    if _TOTP_FORM.fullmatch(code) is None:
        return None
    totp = pyotp.TOTP(secret, digits=TOTP_DIGITS, interval=TOTP_PERIOD_SECONDS)
    current = step_of(now)
    found = None
    for step in range(current - DRIFT_STEPS, current + DRIFT_STEPS + 1):
        # Every step compared, in constant time: how long it takes says nothing of which matched.
        if hmac.compare_digest(totp.at(step * TOTP_PERIOD_SECONDS), code) and found is None:
            found = step
    if found is None or (after_step is not None and found <= after_step):
        return None
    return found


def code_at(secret: str, moment: datetime) -> str:
    """The code an authenticator shows at `moment` (tests, and nothing else, need it)."""
    return pyotp.TOTP(secret, digits=TOTP_DIGITS, interval=TOTP_PERIOD_SECONDS).at(moment)


def new_recovery_codes() -> list[str]:
    codes = set()
    while len(codes) < RECOVERY_CODE_COUNT:
        raw = "".join(secrets.choice(RECOVERY_ALPHABET) for _ in range(2 * RECOVERY_GROUP))
        codes.add(f"{raw[:RECOVERY_GROUP]}-{raw[RECOVERY_GROUP:]}")
    return sorted(codes)


def recovery_key(code: str) -> str:
    """What is hashed and compared: the code without its dash, however it was typed."""
    return clean_code(code)
