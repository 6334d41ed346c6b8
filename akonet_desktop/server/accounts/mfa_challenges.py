"""The second step of a sign-in with two-step verification: a short-lived, single-use token that
proves the password was right (POST /auth/login answers it; POST /auth/login/totp takes it)."""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import Connection, insert

from akonet_desktop.api.account import MFA_TOKEN_SECONDS, MfaRequired
from akonet_desktop.server.accounts.tokens import fingerprint, new_token, token_hash
from akonet_desktop.server.models import MfaChallenge

LIFETIME = timedelta(seconds=MFA_TOKEN_SECONDS)
_NEW = insert(MfaChallenge.__table__)


def issue(connection: Connection, user_id: int, password_hash: str, client: str, now: datetime) -> MfaRequired:
    token = new_token()
    connection.execute(
        _NEW,
        {
            "token_hash": token_hash(token),
            "user_id": user_id,
            # A password changed (or reset) before the second step voids the token.
            "password_fingerprint": fingerprint(password_hash),
            "client": client,
            "created_at": now,
            "expires_at": now + LIFETIME,
            "used_at": None,
        },
    )
    return MfaRequired(mfa_token=token, mfa_expires_in=MFA_TOKEN_SECONDS)
