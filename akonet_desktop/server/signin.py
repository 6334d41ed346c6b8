"""Sign-in with exact lockout; unknown and known addresses get identical answers and cost."""

from __future__ import annotations

import asyncio
import time
from functools import partial

from sqlalchemy import bindparam, select, update
from sqlalchemy.orm import joinedload

from akonet_desktop.api.errors import ErrorCode
from akonet_desktop.api.models import LoginRequest, SignedIn
from akonet_desktop.rules import normalize_email, validate_login
from akonet_desktop.server import lockout
from akonet_desktop.server.context import ServerContext
from akonet_desktop.server.db import transaction
from akonet_desktop.server.errors import ApiError, raise_if_invalid
from akonet_desktop.server.models import User
from akonet_desktop.server.recovery import queue_reset_mail
from akonet_desktop.server.serialize import signed_in
from akonet_desktop.server.sessions import start_session

_USER_BY_EMAIL = (
    select(User).options(joinedload(User.company)).where(User.email == bindparam("email"))
)
CLAIM_WAIT_SECONDS = 15.0
CLAIM_POLL_SECONDS = 0.02


def locked_error(threshold: int) -> ApiError:
    return ApiError(
        423,
        ErrorCode.ACCOUNT_LOCKED,
        f"This account is blocked after {threshold} failed sign-in attempts. "
        "An email explains how to reactivate it; or use « Forgot your password? ».",
    )


async def login(ctx: ServerContext, body: LoginRequest) -> SignedIn:
    """Each try runs on a hashing thread; waiting for a busy slot happens here, off it."""
    raise_if_invalid(validate_login(body.email, body.password))
    try:
        email = normalize_email(body.email)
    except ValueError:
        # Not an address anyone can own: count it like any unknown address.
        email = body.email.strip().casefold()
    threshold = ctx.settings.lockout_threshold
    deadline = time.monotonic() + CLAIM_WAIT_SECONDS
    attempt = partial(_attempt, ctx, email, body.password, threshold)
    while (signed_in := await ctx.passwords.run(attempt)) is None:
        if time.monotonic() > deadline:
            raise ApiError(429, ErrorCode.RATE_LIMITED, "Too many sign-in attempts at once; try again.", retry_after=1)
        await asyncio.sleep(CLAIM_POLL_SECONDS)
    return signed_in


def _attempt(ctx: ServerContext, email: str, password: str, threshold: int) -> SignedIn | None:
    """One sign-in attempt; None when every remaining slot is held by attempts in flight."""
    with transaction(ctx.sessions) as session:
        claim = lockout.claim_attempt(session, email, threshold, ctx.clock.now())
        user = session.scalar(_USER_BY_EMAIL, {"email": email})
        session.expunge_all()
    if claim is lockout.Claim.BUSY:
        return None
    if claim is lockout.Claim.LOCKED:
        raise locked_error(threshold)

    # Outside any transaction: hashing is the slow part and must not hold a database lock.
    if ctx.passwords.verify(user.password_hash if user else None, password):
        return _succeed(ctx, user, password)

    now = ctx.clock.now()
    with transaction(ctx.sessions) as session:
        failures, locked = lockout.record_failure(session, email, threshold, now)
        if locked and user is not None:
            queue_reset_mail(session, ctx, user, now, "account_locked")
    if locked:
        ctx.mail_queued.set()
    raise ApiError(
        401,
        ErrorCode.INVALID_CREDENTIALS,
        "The email address or the password is not correct.",
        attempts_left=max(threshold - failures, 0),
    )


def _succeed(ctx: ServerContext, user: User, password: str) -> SignedIn:
    now = ctx.clock.now()
    rehash = ctx.passwords.needs_rehash(user.password_hash)
    new_hash = ctx.passwords.hash(password) if rehash else None
    with transaction(ctx.sessions) as session:
        if not lockout.record_success(session, user.email, now):
            raise locked_error(ctx.settings.lockout_threshold)
        if new_hash:
            session.execute(
                update(User)
                .where(User.id == user.id, User.password_hash == user.password_hash)
                .values(password_hash=new_hash)
            )
        tokens = start_session(session, ctx, user.id, now)
    return signed_in(user, user.company, tokens)
