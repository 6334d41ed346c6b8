"""Checks of a signed-in person's password or two-step code, counted like sign-ins.

Each check claims one of the failures the lockout still allows (accounts/lockout.py) before
the password or the code is checked, exactly as a sign-in does: a wrong one is a failed attempt
toward the same lockout (the lockout mail when it blocks the account), whatever route took it,
and however many arrive at once, at most the threshold are ever checked.
"""

from __future__ import annotations

import asyncio
import random
import time
from collections.abc import Callable
from typing import NoReturn, TypeVar

from akonet_desktop.api.errors import ErrorCode
from akonet_desktop.server.accounts import lockout
from akonet_desktop.server.accounts.passwords import HashingBusy
from akonet_desktop.server.accounts.signin import (
    CLAIM_POLL_MAX_SECONDS,
    CLAIM_POLL_SECONDS,
    CLAIM_WAIT_SECONDS,
    locked_error,
)
from akonet_desktop.server.context import ServerContext
from akonet_desktop.server.db import transaction
from akonet_desktop.server.errors import ApiError
from akonet_desktop.server.mail import requested
from akonet_desktop.server.mail.limits import MailKind

T = TypeVar("T")


async def run(ctx: ServerContext, attempt: Callable[[], T | None]) -> T:
    """`attempt` on a hashing thread until it gets a slot (it returns None while every remaining
    slot is held by attempts in flight)."""
    deadline = time.monotonic() + CLAIM_WAIT_SECONDS
    poll = CLAIM_POLL_SECONDS
    while True:
        try:
            done = await ctx.passwords.run(attempt)
        except HashingBusy:
            raise ApiError(
                503, ErrorCode.SERVICE_UNAVAILABLE, "The server is busy; try again in a moment.", retry_after=1
            ) from None
        if done is not None:
            return done
        if time.monotonic() > deadline:
            raise ApiError(429, ErrorCode.RATE_LIMITED, "Too many attempts at once; try again.", retry_after=1)
        await asyncio.sleep(poll * random.uniform(0.5, 1.0))  # jitter: waiters do not retry in step
        poll = min(poll * 1.5, CLAIM_POLL_MAX_SECONDS)


def claim(ctx: ServerContext, key: str) -> bool:
    """One slot for `key` (an email key); False while all are in flight; 423 when locked."""
    threshold = ctx.settings.lockout_threshold
    with ctx.engine.begin() as connection:
        got = lockout.claim_attempt(connection, key, threshold, ctx.clock.now())
    if got is lockout.Claim.LOCKED:
        raise locked_error(threshold)
    return got is lockout.Claim.CLAIMED


def release(ctx: ServerContext, key: str) -> None:
    """Give the slot back without a verdict (the check did not happen after all)."""
    with ctx.engine.begin() as connection:
        lockout.release(connection, key)


def wrong_password() -> tuple[ErrorCode, str]:
    return ErrorCode.INVALID_CREDENTIALS, "The password is not correct."


def wrong_code() -> tuple[ErrorCode, str]:
    return ErrorCode.INVALID_CODE, "The code is not correct, or it was already used."


def fail(ctx: ServerContext, key: str, why: tuple[ErrorCode, str]) -> NoReturn:
    """Count the claimed attempt as a failure; the lockout mail if it blocks the account."""
    threshold = ctx.settings.lockout_threshold
    now = ctx.clock.now()
    with transaction(ctx.sessions) as session:
        failures, locked = lockout.record_failure(session.connection(), key, threshold, now)
        if locked:
            requested.ask(session, MailKind.LOCKOUT, key, None, now)  # as a sign-in's lockout mail
    if locked:
        ctx.mail_queued.set()
    code, message = why
    raise ApiError(401, code, message, attempts_left=max(threshold - failures, 0))


def succeed(connection, ctx: ServerContext, key: str) -> None:
    """Reset the count, in the transaction that does what the check allowed; 423 if the account
    got locked while it was being checked."""
    if not lockout.record_success(connection, key, ctx.clock.now()):
        raise locked_error(ctx.settings.lockout_threshold)
