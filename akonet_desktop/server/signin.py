"""Sign-in with exact lockout; unknown and known addresses get identical answers and cost."""

from __future__ import annotations

from sqlalchemy import select, update
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


def locked_error(threshold: int) -> ApiError:
    return ApiError(
        423,
        ErrorCode.ACCOUNT_LOCKED,
        f"This account is blocked after {threshold} failed sign-in attempts. "
        "An email explains how to reactivate it; or use « Forgot your password? ».",
    )


def login(ctx: ServerContext, body: LoginRequest) -> SignedIn:
    raise_if_invalid(validate_login(body.email, body.password))
    try:
        email = normalize_email(body.email)
    except ValueError:
        # Not an address anyone can own: count it like any unknown address.
        email = body.email.strip().casefold()
    threshold = ctx.settings.lockout_threshold
    now = ctx.clock.now()

    with transaction(ctx.sessions) as session:
        slot = lockout.claim_attempt(session, email, threshold, now)
        user = session.scalar(
            select(User).options(joinedload(User.company)).where(User.email == email)
        )
        session.expunge_all()
    if slot is None:
        raise locked_error(threshold)

    # Outside any transaction: hashing is the slow part and must not hold a database lock.
    if ctx.passwords.verify(user.password_hash if user else None, body.password):
        return _succeed(ctx, user, body.password)

    now = ctx.clock.now()
    if slot >= threshold:
        with transaction(ctx.sessions) as session:
            if lockout.lock(session, email, now) and user is not None:
                queue_reset_mail(session, ctx, user, now, "account_locked")
        ctx.mail_queued.set()
    raise ApiError(
        401,
        ErrorCode.INVALID_CREDENTIALS,
        "The email address or the password is not correct.",
        attempts_left=threshold - slot,
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
