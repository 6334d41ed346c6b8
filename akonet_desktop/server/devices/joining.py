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

The company's row says which address it is joining for (`companies.joining_for`), set in the
registration's transaction and cleared with the last batch: the devices go to the company that
registered with the address, whatever happens to that address later (an ownership transfer, a
change of address, someone invited elsewhere with it), and a server stopped halfway goes on at
its next start. Joining twice is harmless: a device joins only while it is in no company.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from datetime import datetime

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from akonet_desktop.rules import email_key
from akonet_desktop.server.context import ServerContext
from akonet_desktop.server.db import transaction
from akonet_desktop.server.models import Company, Device

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


def join_at_registration(session: Session, company: Company, email: str, now: datetime) -> bool:
    """The first batch, in the registration's transaction; if more may be waiting, the company is
    marked as joining for the address and True returned (then set `ctx.devices_waiting` once it
    commits)."""
    address_key = email_key(email)
    more = join_some(session, company.id, address_key, now) >= JOIN_BATCH
    if more:
        company.joining_for = address_key
    return more


def join_waiting(ctx: ServerContext, stopping: Callable[[], bool] = lambda: False) -> int:
    """One batch for every company still joining devices; how many joined."""
    with ctx.reads() as session:
        joining = session.scalars(select(Company.id).where(Company.joining_for.is_not(None))).all()
    joined = 0
    for company_id in joining:
        if stopping():
            break
        with transaction(ctx.sessions) as session:
            # Read again in the batch's transaction: another process may have finished it.
            address_key = session.scalar(select(Company.joining_for).where(Company.id == company_id).with_for_update())
            if address_key is None:
                continue
            count = join_some(session, company_id, address_key, ctx.clock.now())
            if count < JOIN_BATCH:  # the last of them
                session.execute(update(Company).where(Company.id == company_id).values(joining_for=None))
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
            while not stop.is_set() and await asyncio.to_thread(join_waiting, ctx, stop.is_set):
                # SQLite's waiting writers poll for the lock: taken again at once, it would starve them.
                await asyncio.sleep(PAUSE_SECONDS)
        except Exception:  # a busy or unreachable database: the next pass
            log.exception("joining pre-activated devices failed")
        await asyncio.to_thread(ctx.devices_waiting.wait, IDLE_CHECK_SECONDS)
