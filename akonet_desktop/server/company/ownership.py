"""Handing the company over: the owner picks an active administrator and confirms with their
password. Exactly one owner at every moment: the old owner is demoted before the new one is
promoted, in one transaction, with both rows locked (the partial unique index on users refuses a
second owner whatever else runs), and the owner's row is locked first by every transfer, so two
transfers at once run one after the other and the second finds its caller no longer owner.

The password counts like a sign-in: a wrong one is a failed attempt toward the lockout (with the
lockout mail when it blocks the account), a right one resets the count.
"""

from __future__ import annotations

import asyncio
import random
import time
from functools import partial

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from akonet_desktop.api.activity import ActivityKind
from akonet_desktop.api.company import OwnershipTransfer, OwnershipTransferred
from akonet_desktop.api.errors import ErrorCode
from akonet_desktop.rules.errors import REQUIRED, FieldError
from akonet_desktop.rules.roles import Kind
from akonet_desktop.server.accounts import lockout
from akonet_desktop.server.accounts.passwords import HashingBusy
from akonet_desktop.server.accounts.serialize import company_out, user_out
from akonet_desktop.server.accounts.signin import (
    CLAIM_POLL_MAX_SECONDS,
    CLAIM_POLL_SECONDS,
    CLAIM_WAIT_SECONDS,
    locked_error,
)
from akonet_desktop.server.company import activity
from akonet_desktop.server.context import ServerContext
from akonet_desktop.server.db import transaction
from akonet_desktop.server.errors import ApiError, raise_if_invalid
from akonet_desktop.server.mail import outbox, requested
from akonet_desktop.server.mail.limits import MailKind
from akonet_desktop.server.mail.links import PASSWORD_FORGOT_APP_LINK
from akonet_desktop.server.models import LoginAttempts, User


def owner_only_error() -> ApiError:
    return ApiError(403, ErrorCode.OWNER_ONLY, "Only the company's owner may do this.")


def _no_such_member() -> ApiError:
    return ApiError(404, ErrorCode.NOT_FOUND, "No such member in your company.")


def _not_an_administrator() -> ApiError:
    return ApiError(
        409, ErrorCode.NOT_AN_ADMINISTRATOR, "Ownership can only go to an active administrator of the company."
    )


async def transfer(
    ctx: ServerContext, owner_id: int, body: OwnershipTransfer, client_address: str
) -> OwnershipTransferred:
    raise_if_invalid([] if body.password else [FieldError("password", REQUIRED)])
    deadline = time.monotonic() + CLAIM_WAIT_SECONDS
    poll = CLAIM_POLL_SECONDS
    attempt = partial(_attempt, ctx, owner_id, body, client_address)
    while (done := await _run(ctx, attempt)) is None:
        if time.monotonic() > deadline:
            raise ApiError(429, ErrorCode.RATE_LIMITED, "Too many attempts at once; try again.", retry_after=1)
        await asyncio.sleep(poll * random.uniform(0.5, 1.0))
        poll = min(poll * 1.5, CLAIM_POLL_MAX_SECONDS)
    return done


async def _run(ctx: ServerContext, attempt) -> OwnershipTransferred | None:
    try:
        return await ctx.passwords.run(attempt)
    except HashingBusy:
        raise ApiError(
            503, ErrorCode.SERVICE_UNAVAILABLE, "The server is busy; try again in a moment.", retry_after=1
        ) from None


def _is_locked(session: Session, user: User) -> bool:
    return session.scalar(select(LoginAttempts.locked_at).where(LoginAttempts.email == user.email_key)) is not None


def _check_target(session: Session, company_id: int, user_id: int) -> User:
    target = session.scalar(select(User).where(User.id == user_id, User.company_id == company_id))
    if target is None:
        raise _no_such_member()
    if target.role != Kind.ADMIN or _is_locked(session, target):
        raise _not_an_administrator()
    return target


def _attempt(
    ctx: ServerContext, owner_id: int, body: OwnershipTransfer, client_address: str
) -> OwnershipTransferred | None:
    """One try, on a hashing thread; None while every lockout slot is held by attempts in flight."""
    threshold = ctx.settings.lockout_threshold
    with ctx.sessions() as session:
        owner = session.get(User, owner_id)
        if owner is None or owner.role != Kind.OWNER:
            raise owner_only_error()
        # Before the password: a mistaken choice of person is not a failed attempt.
        _check_target(session, owner.company_id, body.user_id)
        key, password_hash = owner.email_key, owner.password_hash
    with ctx.engine.begin() as connection:
        claim = lockout.claim_attempt(connection, key, threshold, ctx.clock.now())
    if claim is lockout.Claim.BUSY:
        return None
    if claim is lockout.Claim.LOCKED:
        raise locked_error(threshold)

    if not ctx.passwords.verify(password_hash, body.password):
        _fail(ctx, key, threshold)
    with ctx.engine.begin() as connection:
        if not lockout.record_success(connection, key, ctx.clock.now()):
            raise locked_error(threshold)
    try:
        with transaction(ctx.sessions) as session:
            done = _hand_over(session, ctx, owner_id, password_hash, body.user_id, client_address)
    except IntegrityError:
        # The database refused a second owner: someone else's change won. Never two owners.
        raise _not_an_administrator() from None
    ctx.mail_queued.set()
    return done


def _fail(ctx: ServerContext, key: str, threshold: int) -> None:
    now = ctx.clock.now()
    with transaction(ctx.sessions) as session:
        failures, locked = lockout.record_failure(session.connection(), key, threshold, now)
        if locked:
            requested.ask(session, MailKind.LOCKOUT, key, None, now)  # as a sign-in's lockout mail
    if locked:
        ctx.mail_queued.set()
    raise ApiError(
        401,
        ErrorCode.INVALID_CREDENTIALS,
        "The password is not correct.",
        attempts_left=max(threshold - failures, 0),
    )


def _hand_over(
    session: Session, ctx: ServerContext, owner_id: int, verified_hash: str, target_id: int, client_address: str
) -> OwnershipTransferred:
    now = ctx.clock.now()
    # The owner's row first, in every transfer: concurrent transfers queue here.
    owner = session.scalar(select(User).where(User.id == owner_id).with_for_update())
    if owner is None or owner.role != Kind.OWNER:
        raise owner_only_error()
    if owner.password_hash != verified_hash:  # reset meanwhile: the password given is no longer it
        raise ApiError(401, ErrorCode.INVALID_CREDENTIALS, "The password is not correct.")
    target = session.scalar(
        select(User).where(User.id == target_id, User.company_id == owner.company_id).with_for_update()
    )
    if target is None:  # removed meanwhile
        raise _no_such_member()
    if target.role != Kind.ADMIN or _is_locked(session, target):
        raise _not_an_administrator()

    owner.role = Kind.ADMIN
    session.flush()  # demoted first: the unique index allows one owner per company at a time
    target.role = Kind.OWNER
    target.role_id = None  # an owner's privileges come from the kind, never from a role
    session.flush()

    company = owner.company
    outbox.enqueue(
        session,
        kind="ownership_transferred_to_you",
        recipient=target.email,
        language=target.language,
        now=now,
        first_name=target.first_name,
        company_name=company.name,
        previous_owner=_person(owner),
    )
    outbox.enqueue(
        session,
        kind="ownership_transferred_away",
        recipient=owner.email,
        language=owner.language,
        now=now,
        first_name=owner.first_name,
        company_name=company.name,
        new_owner=_person(target),
        app_link_recovery=PASSWORD_FORGOT_APP_LINK,
    )
    activity.record(
        session,
        owner,
        ActivityKind.OWNERSHIP_TRANSFERRED,
        now,
        client_address,
        target=target.email,
        details={"previous_owner": owner.email, "owner": target.email},
    )
    return OwnershipTransferred(owner=user_out(target), previous_owner=user_out(owner), company=company_out(company))


def _person(user: User) -> str:
    return f"{user.first_name} {user.last_name} <{user.email}>"
