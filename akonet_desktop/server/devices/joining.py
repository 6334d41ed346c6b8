"""Devices pre-activated for an address join the company that registers with it: at registration,
and, past a batch, right after it.

A registration joins up to JOIN_BATCH devices in its own transaction: nearly every company gets
all of its devices there, in the Devices view at its first sign-in. A distributor's inventory of
hundreds of thousands pre-activated for one address would have that one transaction update every
one of those rows (a minute at a million on SQLite), holding the database's write lock while
heartbeats and sign-ins wait past their timeout. So the rest join after it, JOIN_BATCH rows a
transaction, on each server process's joiner task (`run_forever`); the list shows them, and
counts them, as they come. At a million on SQLite: the registration answers in half a second, the
last device joins about four minutes later, and sign-ins meanwhile take 40 ms (median; 0.5 s at
most), where before the registration itself took a minute and writers beside it timed out.

A server stopped halfway finishes at its next start: every device pre-activated for an address
that has an account, and in no company yet, joins that account's company, as a device
pre-activated for such an address joins at once (inventory/labels.py, preactivation_columns).
Joining twice is harmless: a device joins only while it is in no company.
"""

from __future__ import annotations

import asyncio
import logging
from datetime import datetime

from sqlalchemy import exists, select, update
from sqlalchemy.orm import Session

from akonet_desktop.rules import email_key
from akonet_desktop.server.context import ServerContext
from akonet_desktop.server.db import transaction
from akonet_desktop.server.models import Device, User

JOIN_BATCH = 2_000  # ~0.3 s of SQLite's write lock at a time, at a million (ten indexes a row)
PAUSE_SECONDS = 0.1  # between batches: writers waiting for the lock (sign-ins, heartbeats) go first
IDLE_CHECK_SECONDS = 60.0  # between passes with nothing waiting, unless a registration wakes it

log = logging.getLogger(__name__)


def join_some(session: Session, company_id: int, address_key: str, now: datetime, at_most: int | None = None) -> int:
    """Up to `at_most` (JOIN_BATCH) devices pre-activated for the address (its email_key), in no
    company, join `company_id`; how many did."""
    waiting = (
        select(Device.id)
        .where(Device.preactivated_for == address_key, Device.company_id.is_(None))
        .limit(JOIN_BATCH if at_most is None else at_most)
    )
    return session.execute(
        update(Device)
        .where(Device.id.in_(waiting.scalar_subquery()), Device.company_id.is_(None))  # rechecked, locked
        .values(company_id=company_id, activated_at=now)
        .execution_options(synchronize_session=False)
    ).rowcount


def join_at_registration(session: Session, company_id: int, email: str, now: datetime) -> bool:
    """The first batch, in the registration's transaction; True if more may be waiting (then set
    `ctx.devices_waiting` once it commits)."""
    return join_some(session, company_id, email_key(email), now) >= JOIN_BATCH


def join_waiting(ctx: ServerContext) -> int:
    """One batch for every address with an account that has devices waiting; how many joined."""
    with ctx.reads() as session:
        waiting = session.execute(
            select(User.email_key, User.company_id).where(
                exists().where(Device.preactivated_for == User.email_key, Device.company_id.is_(None))
            )
        ).all()
    joined = 0
    for address_key, company_id in waiting:
        with transaction(ctx.sessions) as session:
            count = join_some(session, company_id, address_key, ctx.clock.now())
        if count:
            ctx.device_counts.forget(company_id)  # committed: the next page counts them
            ctx.position_marks.forget(company_id)
            joined += count
    return joined


async def run_forever(ctx: ServerContext, stop: asyncio.Event) -> None:
    """Joins what is waiting at start, then whenever a registration leaves devices waiting (or
    every IDLE_CHECK_SECONDS), until `stop`."""
    while not stop.is_set():
        ctx.devices_waiting.clear()  # before the pass: a registration during it wakes the next one
        try:
            while not stop.is_set() and await asyncio.to_thread(join_waiting, ctx):
                # SQLite's waiting writers poll for the lock: taken again at once, it would starve them.
                await asyncio.sleep(PAUSE_SECONDS)
        except Exception:  # a busy or unreachable database: the next pass
            log.exception("joining pre-activated devices failed")
        await asyncio.to_thread(ctx.devices_waiting.wait, IDLE_CHECK_SECONDS)
