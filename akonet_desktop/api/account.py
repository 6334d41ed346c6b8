"""My account: names and language, password change, signed-in sessions, two-step verification.

Field names here are the field names of 422 errors. Paths (all under /api/v1):

- PATCH  /me                   MeUpdate           -> 200 Me
- POST   /me/password          PasswordChange     -> 204
- GET    /me/sessions                             -> 200 list[SessionOut]
- DELETE /me/sessions/{id}                        -> 204 (another person's id: 404)
- DELETE /me/sessions                             -> 204 (every session but the current one)
- POST   /me/totp              PasswordCheck      -> 200 TotpSetup (pending until confirmed)
- POST   /me/totp/confirm      TotpCode           -> 200 RecoveryCodes (shown once, stored hashed)
- DELETE /me/totp              TotpDisable        -> 204
- POST   /auth/login           LoginRequest       -> 200 SignedIn, or 200 MfaRequired when TOTP is on
- POST   /auth/login/totp      TotpLogin          -> 200 SignedIn
- PATCH  /company              {require_totp_for_admins: bool} (owner only; api/company.py)
"""

from __future__ import annotations

from datetime import datetime
from typing import Literal

from pydantic import Field

from akonet_desktop.api.models import ApiModel

_Name = Field(default=None, max_length=1000)
_Secret = Field(max_length=4096, repr=False)
# A 6-digit code or a recovery code, typed by a person: spaces and dashes are allowed and ignored.
_Code = Field(max_length=64, repr=False)

TOTP_DIGITS = 6
TOTP_PERIOD_SECONDS = 30
RECOVERY_CODE_COUNT = 10
MFA_TOKEN_SECONDS = 300


class MeUpdate(ApiModel):
    """PATCH /me: only the fields given change. `language` is the one the person's emails use."""

    first_name: str | None = _Name
    last_name: str | None = _Name
    language: str | None = Field(default=None, max_length=20)


class PasswordChange(ApiModel):
    """POST /me/password. A wrong current password: 401 invalid_credentials with attempts_left,
    counted toward the sign-in lockout. The new one obeys the policy and differs from the current."""

    current_password: str = _Secret
    password: str = _Secret
    password_confirmation: str = _Secret
    sign_out_other_sessions: bool = True


class SessionOut(ApiModel):
    """One signed-in session of the caller (GET /me/sessions), newest use first."""

    id: int
    client: str  # from the User-Agent the session signed in with, e.g. "AKONetDesktop/0.4 (Windows 11)"
    address: str  # the client address as the server saw it at sign-in
    created_at: datetime
    last_used_at: datetime
    current: bool  # the session of the token this request came with


class PasswordCheck(ApiModel):
    """POST /me/totp: the current password again before a second factor is set up."""

    password: str = _Secret


class TotpSetup(ApiModel):
    """A pending TOTP secret (RFC 6238, SHA-1, 6 digits, 30 s) until POST /me/totp/confirm.
    Never shown again after confirmation."""

    secret: str = Field(repr=False)  # base32, no padding
    otpauth_uri: str = Field(repr=False)  # otpauth://totp/AKONet:<email>?secret=…&issuer=AKONet


class TotpCode(ApiModel):
    code: str = _Code


class RecoveryCodes(ApiModel):
    """Shown once: each works once in place of a code."""

    recovery_codes: list[str] = Field(repr=False)


class TotpDisable(ApiModel):
    password: str = _Secret
    code: str = _Code  # a current code or an unused recovery code


class MfaRequired(ApiModel):
    """The answer of POST /auth/login for the right password of an account with TOTP: no session
    yet. The token works once, for MFA_TOKEN_SECONDS, at POST /auth/login/totp."""

    mfa_required: Literal[True] = True
    mfa_token: str = Field(repr=False)
    mfa_expires_in: int


class TotpLogin(ApiModel):
    mfa_token: str = Field(max_length=200, repr=False)
    code: str = _Code  # a current code or an unused recovery code
