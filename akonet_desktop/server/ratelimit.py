"""Sliding windows (one hour unless said otherwise) counted in the database, so every server
process shares them."""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import delete, func, select, text
from sqlalchemy.orm import Session

from akonet_desktop.server.models import RateEvent

WINDOW = timedelta(hours=1)


def count(session: Session, key: str, now: datetime, window: timedelta = WINDOW) -> int:
    """Events of `key` in the window; holds the key until the transaction ends.

    One key is always counted with the same window: older events are deleted here."""
    if session.get_bind().dialect.name == "postgresql":
        # Serialise counters of the same key across processes; SQLite's BEGIN IMMEDIATE does it.
        session.execute(text("SELECT pg_advisory_xact_lock(hashtextextended(:k, 0))"), {"k": key})
    since = now - window
    session.execute(delete(RateEvent).where(RateEvent.key == key, RateEvent.created_at < since))
    return session.scalar(select(func.count()).where(RateEvent.key == key))


def record(session: Session, key: str, now: datetime) -> None:
    session.add(RateEvent(key=key, created_at=now))
    session.flush()


def allow(session: Session, key: str, limit: int, now: datetime) -> bool:
    """Record one event under `key` unless `limit` were already recorded in the window."""
    if count(session, key, now) >= limit:
        return False
    record(session, key, now)
    return True


def exhausted(session: Session, key: str, limit: int, now: datetime) -> bool:
    """Whether `limit` events are in the window, recording nothing: for limits on failures,
    which are recorded (with `record`) only once the attempt has failed, in the same transaction."""
    return count(session, key, now) >= limit


def retry_after_seconds(session: Session, key: str, now: datetime, window: timedelta = WINDOW) -> int:
    oldest = session.scalar(select(func.min(RateEvent.created_at)).where(RateEvent.key == key))
    if oldest is None:
        return 1
    return max(1, int((oldest + window - now).total_seconds()) + 1)


def seconds_until_clear(session: Session, key: str, now: datetime, window: timedelta = WINDOW) -> int:
    """Until the newest event of `key` leaves the window."""
    newest = session.scalar(select(func.max(RateEvent.created_at)).where(RateEvent.key == key))
    if newest is None:
        return 1
    return max(1, int((newest + window - now).total_seconds()) + 1)
