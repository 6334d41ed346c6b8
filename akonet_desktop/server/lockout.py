"""Exact counting of consecutive failed sign-ins per normalised email.

A sign-in first *claims* an attempt slot with one atomic UPDATE (failures + 1, only while under
the threshold) and only then verifies the password. So N concurrent wrong attempts can never
verify more than `threshold` passwords nor lock twice: the slot number decides who locks.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import insert, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from akonet_desktop.server.models import LoginAttempts


def _insert_ignore(session: Session, email: str, now: datetime):
    dialect = session.get_bind().dialect.name
    values = {"email": email, "failures": 0, "updated_at": now}
    if dialect == "postgresql":
        return postgresql.insert(LoginAttempts).values(**values).on_conflict_do_nothing()
    if dialect == "sqlite":
        return sqlite.insert(LoginAttempts).values(**values).on_conflict_do_nothing()
    return insert(LoginAttempts).values(**values)


def claim_attempt(session: Session, email: str, threshold: int, now: datetime) -> int | None:
    """The attempt's slot number (1..threshold), or None when the address is locked."""
    session.execute(_insert_ignore(session, email, now))
    return session.execute(
        update(LoginAttempts)
        .where(LoginAttempts.email == email, LoginAttempts.failures < threshold)
        .values(failures=LoginAttempts.failures + 1, updated_at=now)
        .returning(LoginAttempts.failures)
    ).scalar_one_or_none()


def record_success(session: Session, email: str, now: datetime) -> bool:
    """Reset the count; False when the address got locked while the password was checked."""
    return (
        session.execute(
            update(LoginAttempts)
            .where(LoginAttempts.email == email, LoginAttempts.locked_at.is_(None))
            .values(failures=0, updated_at=now)
        ).rowcount
        == 1
    )


def lock(session: Session, email: str, now: datetime) -> bool:
    """Mark locked; True only for the one caller that locked it."""
    return (
        session.execute(
            update(LoginAttempts)
            .where(LoginAttempts.email == email, LoginAttempts.locked_at.is_(None))
            .values(locked_at=now, updated_at=now)
        ).rowcount
        == 1
    )


def unlock(session: Session, email: str, now: datetime) -> None:
    session.execute(
        update(LoginAttempts)
        .where(LoginAttempts.email == email)
        .values(failures=0, locked_at=None, updated_at=now)
    )
