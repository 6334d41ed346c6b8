"""POST /auth/login/totp: the second step of a sign-in with two-step verification.

The code counts toward the same lockout as the password (accounts/guarded.py): a wrong code is a
failed sign-in, and only a completed second step resets the count. The mfa_token works once,
for mfa_challenges.LIFETIME, and only while the password it was given for is still the account's.
"""

from __future__ import annotations

from functools import partial

from sqlalchemy import select, update

from akonet_desktop.api.account import TotpLogin
from akonet_desktop.api.errors import ErrorCode
from akonet_desktop.api.models import SignedIn
from akonet_desktop.rules import FieldError
from akonet_desktop.rules.errors import REQUIRED
from akonet_desktop.server.accounts import guarded, second_factor, serialize, totp
from akonet_desktop.server.accounts.sign_in_sessions import Origin, start_session
from akonet_desktop.server.accounts.tokens import fingerprint, token_hash
from akonet_desktop.server.context import ServerContext
from akonet_desktop.server.db import transaction
from akonet_desktop.server.errors import ApiError, raise_if_invalid
from akonet_desktop.server.mail import outbox
from akonet_desktop.server.mail.links import PASSWORD_FORGOT_APP_LINK
from akonet_desktop.server.models import MfaChallenge, User


def _token_invalid() -> ApiError:
    return ApiError(401, ErrorCode.MFA_TOKEN_INVALID, "This sign-in has expired; sign in again.")


async def login_totp(ctx: ServerContext, body: TotpLogin, origin: Origin) -> SignedIn:
    raise_if_invalid([] if totp.clean_code(body.code) else [FieldError("code", REQUIRED)])
    # A client out of failures waits without costing a check or a lockout count.
    ctx.sign_in_throttle.check(origin.address)
    return await guarded.run(ctx, partial(_attempt, ctx, token_hash(body.mfa_token), body.code, origin))


def _challenge(ctx: ServerContext, hashed: str) -> tuple[MfaChallenge, User]:
    now = ctx.clock.now()
    with ctx.sessions() as session:
        row = session.execute(
            select(MfaChallenge, User)
            .join(User, User.id == MfaChallenge.user_id)
            .where(MfaChallenge.token_hash == hashed)
        ).one_or_none()
        session.expunge_all()
    if row is None:
        raise _token_invalid()
    challenge, user = row
    if (
        challenge.used_at is not None
        or challenge.expires_at <= now
        or user.totp_secret is None  # turned off meanwhile: sign in again, with the password alone
        or challenge.password_fingerprint != fingerprint(user.password_hash)
    ):
        raise _token_invalid()
    return challenge, user


def _attempt(ctx: ServerContext, hashed: str, code: str, origin: Origin) -> SignedIn | None:
    challenge, user = _challenge(ctx, hashed)
    key = user.email_key
    ctx.sign_in_throttle.check(origin.address)
    if not guarded.claim(ctx, key):
        return None
    accepted = second_factor.check(ctx, user.id, user.totp_secret, user.totp_last_step, code)
    if accepted is None:
        ctx.sign_in_throttle.spend(origin.address)
        guarded.fail(ctx, key, guarded.wrong_code())
    now = ctx.clock.now()
    try:
        signed = _sign_in(ctx, hashed, user, accepted, origin, now)
    except _TokenSpent:  # another request finished this sign-in: no verdict on the code
        guarded.release(ctx, key)
        raise _token_invalid() from None
    except _CodeSpent:  # the same code, at once, in another request: used, so wrong here
        ctx.sign_in_throttle.spend(origin.address)
        guarded.fail(ctx, key, guarded.wrong_code())
    if accepted.by_recovery_code:
        ctx.mail_queued.set()
    return signed


class _TokenSpent(Exception):
    pass


class _CodeSpent(Exception):
    pass


def _sign_in(
    ctx: ServerContext, hashed: str, user: User, accepted: second_factor.Accepted, origin: Origin, now
) -> SignedIn:
    """The session, in one transaction with spending the token and the code (an exception rolls
    it all back)."""
    challenges = MfaChallenge.__table__
    with transaction(ctx.sessions) as session:
        connection = session.connection()
        used = connection.execute(
            update(challenges)
            .where(challenges.c.token_hash == hashed, challenges.c.used_at.is_(None), challenges.c.expires_at > now)
            .values(used_at=now)
        ).rowcount
        if not used:
            raise _TokenSpent()
        # Locks the account's row, as the password step does: a password reset or change that
        # commits meanwhile (it ends every session after updating that row) either waits for this
        # sign-in and ends its session too, or goes first and voids this token.
        unchanged = connection.execute(
            select(User.__table__.c.id)
            .where(
                User.__table__.c.id == user.id,
                User.__table__.c.password_hash == user.password_hash,
                User.__table__.c.totp_secret == user.totp_secret,
            )
            .with_for_update()
        ).first()
        if unchanged is None:
            raise _TokenSpent()
        if not second_factor.spend(connection, user.id, accepted, now):
            raise _CodeSpent()
        guarded.succeed(connection, ctx, user.email_key)
        connection.execute(update(User.__table__).where(User.__table__.c.id == user.id).values(last_sign_in_at=now))
        tokens = start_session(connection, ctx, user.id, now, origin)
        if accepted.by_recovery_code:
            outbox.enqueue(
                session,
                kind="recovery_code_used",
                recipient=user.email,
                language=user.language,
                now=now,
                first_name=user.first_name,
                remaining=second_factor.unused_recovery_codes(connection, user.id),
                app_link_recovery=PASSWORD_FORGOT_APP_LINK,
            )
        fresh = session.get_one(User, user.id)
        return serialize.signed_in(fresh, fresh.company, tokens)
