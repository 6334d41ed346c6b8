"""Rows whose purpose is over are deleted, so that no table grows without end.

Every request that leaves a row behind (a refresh, a sign-in attempt on a made-up address, a
rate-limited request, a registration never finished) would otherwise be kept for ever: a slow
leak in normal use, and a cheap way to fill the disk for anyone with a script. What is kept:
anything still in force (a lockout, a live link or session, a pending mail), plus a day of grace.

The activity log (`activity` rows) is deliberately not purged: it is the company's audit trail,
written only by administrative actions of its own members (so it cannot be flooded from outside),
and an owner asking "who did this, and when" a year later must get an answer. It goes only with
its company (ON DELETE CASCADE).
"""

from __future__ import annotations

import asyncio
import logging
from datetime import datetime, timedelta

from sqlalchemy import delete, or_
from sqlalchemy.orm import Session

from akonet_desktop.server.accounts.lockout import FAILURES_FORGOTTEN
from akonet_desktop.server.context import ServerContext
from akonet_desktop.server.db import transaction
from akonet_desktop.server.models import (
    AuthSession,
    Invitation,
    LoginAttempts,
    MailRequest,
    MfaChallenge,
    OutboxMail,
    PasswordReset,
    RateEvent,
    Registration,
    SessionToken,
)
from akonet_desktop.server.ratelimit import WINDOW
from akonet_desktop.server.settings import Settings

GRACE = timedelta(days=1)
SENT_MAIL_KEPT = timedelta(days=30)  # envelopes only (bodies are purged on delivery): for support
FIRST_RUN_AFTER_S = 60.0

log = logging.getLogger(__name__)


def purge(session: Session, settings: Settings, now: datetime) -> dict[str, int]:
    """Delete what no longer serves; how many rows of each kind went."""
    before = now - GRACE
    session_end = now - timedelta(days=settings.session_max_days) - GRACE
    statements = {
        "session_tokens": delete(SessionToken).where(SessionToken.expires_at < before),
        # their tokens go with them (ON DELETE CASCADE)
        "auth_sessions": delete(AuthSession).where(
            or_(AuthSession.revoked_at < before, AuthSession.created_at < session_end)
        ),
        # the second step of a sign-in, used or expired (five minutes): nothing left to do with it
        "mfa_challenges": delete(MfaChallenge).where(MfaChallenge.expires_at < before),
        "registrations": delete(Registration).where(Registration.expires_at < before),
        "password_resets": delete(PasswordReset).where(PasswordReset.expires_at < before),
        # accepted, revoked or expired: no longer listed, its link refused; the activity log keeps the story
        "invitations": delete(Invitation).where(
            or_(Invitation.accepted_at < before, Invitation.revoked_at < before, Invitation.expires_at < before)
        ),
        "rate_events": delete(RateEvent).where(RateEvent.created_at < now - WINDOW - GRACE),
        # a count back at zero, or forgotten (lockout.py), with nothing in flight; a lockout stays
        # until its reset. Whether the address has an account is never asked: the rows of made-up
        # addresses go exactly when those of real ones would.
        "login_attempts": delete(LoginAttempts).where(
            LoginAttempts.locked_at.is_(None),
            LoginAttempts.updated_at < before,
            or_(LoginAttempts.failures == 0, LoginAttempts.updated_at < now - FAILURES_FORGOTTEN),
            or_(LoginAttempts.pending == 0, LoginAttempts.pending_until < before),
        ),
        # asked for a day ago and still not settled (no outbox worker ran): too late to be of use
        "mail_requests": delete(MailRequest).where(MailRequest.created_at < before),
        # pending mail has neither date: NULL compares false
        "outbox": delete(OutboxMail).where(
            or_(OutboxMail.sent_at < now - SENT_MAIL_KEPT, OutboxMail.failed_at < now - SENT_MAIL_KEPT)
        ),
    }
    return {name: session.execute(statement).rowcount for name, statement in statements.items()}


async def run_forever(ctx: ServerContext, stop: asyncio.Event, first_after: float = FIRST_RUN_AFTER_S) -> None:
    """A minute after start (start-up is busy enough), then every `housekeeping_hours`, until
    `stop`. Every server process runs it: the deletes are idempotent."""
    wait = first_after
    while not await _stopped_within(stop, wait):
        try:
            removed = await asyncio.to_thread(_purge_now, ctx)
            if any(removed.values()):
                log.info("housekeeping removed %s", removed)
        except Exception:  # a busy or unreachable database: next round
            log.exception("housekeeping failed")
        wait = ctx.settings.housekeeping_hours * 3600


async def _stopped_within(stop: asyncio.Event, seconds: float) -> bool:
    try:
        await asyncio.wait_for(stop.wait(), timeout=seconds)
    except TimeoutError:
        return False
    return True


def _purge_now(ctx: ServerContext) -> dict[str, int]:
    with transaction(ctx.sessions) as session:
        return purge(session, ctx.settings, ctx.clock.now())
