"""Sign-in with exact lockout; unknown and known addresses get identical answers and cost."""

from __future__ import annotations

import asyncio
import random
import time
from functools import partial

from sqlalchemy import Row, bindparam, select, update

from akonet_desktop.api.account import MfaRequired
from akonet_desktop.api.errors import ErrorCode
from akonet_desktop.api.models import CompanyOut, LoginRequest, SignedIn
from akonet_desktop.rules import email_key, validate_login
from akonet_desktop.server.accounts import lockout, mfa_challenges
from akonet_desktop.server.accounts.passwords import HashingBusy
from akonet_desktop.server.accounts.serialize import user_out
from akonet_desktop.server.accounts.sign_in_sessions import Origin, start_session
from akonet_desktop.server.accounts.totp_policy import BOUND_KINDS
from akonet_desktop.server.context import ServerContext
from akonet_desktop.server.db import transaction
from akonet_desktop.server.errors import ApiError, raise_if_invalid
from akonet_desktop.server.mail import requested
from akonet_desktop.server.mail.limits import MailKind
from akonet_desktop.server.models import Company, Role, User

# Core statements built once, rows instead of ORM objects: sign-in is the hot path, and the
# ORM's per-query bookkeeping costs as much as the queries themselves.
_users, _companies, _roles = User.__table__, Company.__table__, Role.__table__
_ACCOUNT_BY_EMAIL = (
    select(
        _users.c.id,
        _users.c.email,
        _users.c.email_key,
        _users.c.first_name,
        _users.c.last_name,
        _users.c.role,
        _users.c.role_id,
        _users.c.language,
        _users.c.password_hash,
        _users.c.totp_secret,
        _roles.c.privileges.label("role_privileges"),
        *(
            column.label(f"company_{column.key}")
            for column in (
                _companies.c.id,
                _companies.c.name,
                _companies.c.country,
                _companies.c.id_type,
                _companies.c.id_number,
                _companies.c.phone,
                _companies.c.address_line,
                _companies.c.postal_code,
                _companies.c.city,
                _companies.c.require_totp_for_admins,
            )
        ),
    )
    .join_from(_users, _companies, _users.c.company_id == _companies.c.id)
    .outerjoin(_roles, _users.c.role_id == _roles.c.id)
    .where(_users.c.email_key == bindparam("email"))
)
# Locks the account's row: a password reset committing meanwhile (it updates that row before it
# ends every session) either waits for this sign-in, then ends its session too, or goes first.
_HASH_UNCHANGED = (
    select(_users.c.id)
    .where(_users.c.id == bindparam("user_id"), _users.c.password_hash == bindparam("password_hash"))
    .with_for_update()
)
_SIGNED_IN_AT = update(_users).where(_users.c.id == bindparam("user_id")).values(last_sign_in_at=bindparam("at"))
_REHASH = (
    update(_users)
    .where(_users.c.id == bindparam("user_id"), _users.c.password_hash == bindparam("old_hash"))
    .values(password_hash=bindparam("new_hash"))
)
CLAIM_WAIT_SECONDS = 15.0
# Waiting for a busy slot: each retry is a write transaction on a hashing thread, so the waits
# grow (a burst on one address must not keep those threads busy polling), up to a ceiling that
# still lets a queue of correct sign-ins through promptly.
CLAIM_POLL_SECONDS = 0.02
CLAIM_POLL_MAX_SECONDS = 0.2


def locked_error(threshold: int) -> ApiError:
    return ApiError(
        423,
        ErrorCode.ACCOUNT_LOCKED,
        f"This account is blocked after {threshold} failed sign-in attempts. "
        "An email explains how to reactivate it; or use « Forgot your password? ».",
    )


async def login(ctx: ServerContext, body: LoginRequest, origin: Origin) -> SignedIn | MfaRequired:
    """Each try runs on a hashing thread; waiting for a busy slot happens here, off it.

    The right password of an account with two-step verification answers MfaRequired, and no
    session; a wrong one answers the same whether the account has it or not."""
    client = origin.address
    raise_if_invalid(validate_login(body.email, body.password))
    # A client out of failures waits without costing a hash, a queue place or a lockout count.
    ctx.sign_in_throttle.check(client)
    try:
        email = email_key(body.email)
    except ValueError:
        # Not an address anyone can own: count it like any unknown address. As typed: folding it
        # could make it a real address's key (a Kelvin sign lower-cases to "k").
        email = body.email.strip()
    threshold = ctx.settings.lockout_threshold
    deadline = time.monotonic() + CLAIM_WAIT_SECONDS
    poll = CLAIM_POLL_SECONDS
    attempt = partial(_attempt, ctx, email, body.password, threshold, origin)
    while (signed_in := await _run(ctx, attempt)) is None:
        if time.monotonic() > deadline:
            raise ApiError(429, ErrorCode.RATE_LIMITED, "Too many sign-in attempts at once; try again.", retry_after=1)
        await asyncio.sleep(poll * random.uniform(0.5, 1.0))  # jitter: waiters do not retry in step
        poll = min(poll * 1.5, CLAIM_POLL_MAX_SECONDS)
    return signed_in


async def _run(ctx: ServerContext, attempt) -> SignedIn | MfaRequired | None:
    try:
        return await ctx.passwords.run(attempt)
    except HashingBusy:
        raise ApiError(
            503, ErrorCode.SERVICE_UNAVAILABLE, "The server is busy; try again in a moment.", retry_after=1
        ) from None


def _attempt(
    ctx: ServerContext, email: str, password: str, threshold: int, origin: Origin
) -> SignedIn | MfaRequired | None:
    """One sign-in attempt; None when every remaining slot is held by attempts in flight."""
    client = origin.address
    # Again here: attempts queued for a hashing thread all passed the first check at once.
    ctx.sign_in_throttle.check(client)
    with ctx.engine.begin() as connection:
        claim = lockout.claim_attempt(connection, email, threshold, ctx.clock.now())
        account = connection.execute(_ACCOUNT_BY_EMAIL, {"email": email}).one_or_none()
    if claim is lockout.Claim.BUSY:
        return None
    if claim is lockout.Claim.LOCKED:
        raise locked_error(threshold)

    # Outside any transaction: hashing is the slow part and must not hold a database lock.
    if ctx.passwords.verify(account.password_hash if account else None, password):
        signed_in = _succeed(ctx, account, password, origin)
        if signed_in is not None:
            return signed_in
        # The password was reset while this one was being checked: it is no longer right.

    now = ctx.clock.now()
    with transaction(ctx.sessions) as session:
        failures, locked = lockout.record_failure(session.connection(), email, threshold, now)
        if locked:  # the mail, if the address has an account, is made in the background: same cost
            requested.ask(session, MailKind.LOCKOUT, email, None, now)
    if locked:
        ctx.mail_queued.set()
    ctx.sign_in_throttle.spend(client)  # only here: a locked account's 423 cost no verification
    raise ApiError(
        401,
        ErrorCode.INVALID_CREDENTIALS,
        "The email address or the password is not correct.",
        attempts_left=max(threshold - failures, 0),
    )


def _succeed(ctx: ServerContext, account: Row, password: str, origin: Origin) -> SignedIn | MfaRequired | None:
    """The session (or the second step's token), or None when the password changed after it was
    read (a reset)."""
    now = ctx.clock.now()
    rehash = ctx.passwords.needs_rehash(account.password_hash)
    new_hash = ctx.passwords.hash(password) if rehash else None
    with ctx.engine.begin() as connection:
        unchanged = {"user_id": account.id, "password_hash": account.password_hash}
        if connection.execute(_HASH_UNCHANGED, unchanged).first() is None:
            return None
        if account.totp_secret is not None:
            # The password alone resets nothing: the count goes on until the second step is done.
            if not lockout.release(connection, account.email_key):
                raise locked_error(ctx.settings.lockout_threshold)
            if new_hash:
                connection.execute(
                    _REHASH, {"user_id": account.id, "old_hash": account.password_hash, "new_hash": new_hash}
                )
            return mfa_challenges.issue(connection, account.id, new_hash or account.password_hash, origin.client, now)
        if not lockout.record_success(connection, account.email_key, now):
            raise locked_error(ctx.settings.lockout_threshold)
        if new_hash:
            connection.execute(
                _REHASH, {"user_id": account.id, "old_hash": account.password_hash, "new_hash": new_hash}
            )
        connection.execute(_SIGNED_IN_AT, {"user_id": account.id, "at": now})
        tokens = start_session(connection, ctx, account.id, now, origin)
    return SignedIn(
        user=user_out(account, account.role_privileges),  # the row's user columns carry the User's names
        company=CompanyOut(
            id=account.company_id,
            name=account.company_name,
            country=account.company_country,
            id_type=account.company_id_type,
            id_number=account.company_id_number,
            phone=account.company_phone,
            address_line=account.company_address_line,
            postal_code=account.company_postal_code,
            city=account.company_city,
            require_totp_for_admins=account.company_require_totp_for_admins,
        ),
        session=tokens,
        # No second factor here (one would have asked for it): bound by the policy, set it up first.
        totp_setup_required=bool(account.company_require_totp_for_admins) and account.role in BOUND_KINDS,
    )
