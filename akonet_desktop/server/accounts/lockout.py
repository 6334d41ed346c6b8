"""Exact counting of consecutive failed sign-ins per normalised email.

Before a password is verified, the attempt *claims* one of the failures still allowed with a
single atomic UPDATE: `failures + pending < threshold`. So however many attempts arrive at
once, at most `threshold` wrong passwords are ever verified and exactly one of them locks.
Attempts that find every remaining slot claimed wait for those to finish instead of being
refused: a burst of *correct* sign-ins never looks like an attack.

Statements are built once with bind parameters and run on the Core connection: sign-in is
the hot path, and building ORM statements per request costs as much as running them.
"""

from __future__ import annotations

import enum
from datetime import datetime, timedelta

from sqlalchemy import Connection, bindparam, case, insert, select, update
from sqlalchemy.dialects import postgresql, sqlite

from akonet_desktop.server.models import LoginAttempts

# A claim whose process died is forgotten after this long.
CLAIM_TTL = timedelta(seconds=30)
# Failures on an address nobody has tried for this long are forgotten (a lockout is not): at its
# next attempt, and by housekeeping. One rule for every address, with or without an account, so
# that neither the answers nor the rows kept ever tell a made-up address from a real one.
FAILURES_FORGOTTEN = timedelta(days=30)


class Claim(enum.Enum):
    CLAIMED = "claimed"
    LOCKED = "locked"
    BUSY = "busy"  # every remaining slot is held by an attempt in flight: retry shortly


_t = LoginAttempts.__table__
_email = bindparam("key")
_now = bindparam("now", type_=LoginAttempts.updated_at.type)
_live_pending = case((_t.c.pending_until < _now, 0), else_=_t.c.pending)
_live_failures = case((_t.c.updated_at < bindparam("forgotten_before"), 0), else_=_t.c.failures)
_one_less_pending = case((_t.c.pending > 0, _t.c.pending - 1), else_=0)

_CLAIM = (
    update(_t)
    .where(
        _t.c.email == _email,
        _t.c.locked_at.is_(None),
        _live_failures + _live_pending < bindparam("threshold"),
    )
    .values(failures=_live_failures, pending=_live_pending + 1, pending_until=bindparam("until"), updated_at=_now)
)
_STATE = select(_t.c.failures, _t.c.locked_at).where(_t.c.email == _email)
_SUCCESS = (
    update(_t)
    .where(_t.c.email == _email, _t.c.locked_at.is_(None))
    .values(failures=0, pending=_one_less_pending, updated_at=_now)
)
_RELEASE = update(_t).where(_t.c.email == _email, _t.c.locked_at.is_(None)).values(pending=_one_less_pending)
_FAILURE = (
    update(_t)
    .where(_t.c.email == _email)
    .values(failures=_t.c.failures + 1, pending=_one_less_pending, updated_at=_now)
    .returning(_t.c.failures)
)
_LOCK = update(_t).where(_t.c.email == _email, _t.c.locked_at.is_(None)).values(locked_at=_now)
_UNLOCK = update(_t).where(_t.c.email == _email).values(failures=0, pending=0, locked_at=None, updated_at=_now)


def _insert_ignore(connection: Connection, email: str, now: datetime):
    dialect = connection.dialect.name
    values = {"email": email, "failures": 0, "pending": 0, "pending_until": now, "updated_at": now}
    if dialect == "postgresql":
        return postgresql.insert(_t).values(**values).on_conflict_do_nothing()
    if dialect == "sqlite":
        return sqlite.insert(_t).values(**values).on_conflict_do_nothing()
    return insert(_t).values(**values)


def claim_attempt(connection: Connection, email: str, threshold: int, now: datetime) -> Claim:
    params = {
        "key": email,
        "now": now,
        "until": now + CLAIM_TTL,
        "threshold": threshold,
        "forgotten_before": now - FAILURES_FORGOTTEN,
    }
    if connection.execute(_CLAIM, params).rowcount:
        return Claim.CLAIMED
    state = connection.execute(_STATE, params).one_or_none()
    if state is None:  # first attempt ever for this address
        connection.execute(_insert_ignore(connection, email, now))
        return Claim.CLAIMED if connection.execute(_CLAIM, params).rowcount else Claim.BUSY
    failures, locked_at = state
    return Claim.LOCKED if locked_at is not None or failures >= threshold else Claim.BUSY


def record_success(connection: Connection, email: str, now: datetime) -> bool:
    """Reset the count; False when the address got locked while the password was checked."""
    return connection.execute(_SUCCESS, {"key": email, "now": now}).rowcount == 1


def release(connection: Connection, email: str) -> bool:
    """The claim settled without a verdict on the count: a right password whose second step
    (two-step verification) is still to come. The failures stay: only a completed second step
    resets them, or an attacker who knows the password could alternate it with code guesses.
    False when the address got locked meanwhile."""
    return connection.execute(_RELEASE, {"key": email}).rowcount == 1


def record_failure(connection: Connection, email: str, threshold: int, now: datetime) -> tuple[int, bool]:
    """(failures so far, whether this failure locked the address)."""
    params = {"key": email, "now": now}
    failures = connection.execute(_FAILURE, params).scalar_one()
    locked = failures >= threshold and connection.execute(_LOCK, params).rowcount == 1
    return failures, locked


def unlock(connection: Connection, email: str, now: datetime) -> None:
    connection.execute(_UNLOCK, {"key": email, "now": now})
