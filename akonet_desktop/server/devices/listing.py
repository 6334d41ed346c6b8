"""A company's devices: list, read, rename; and the pre-activated ones joining at registration.

Every statement is scoped to the caller's company: another company's device answers exactly
like a device that does not exist.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from akonet_desktop.api.activity import ActivityKind
from akonet_desktop.api.errors import ErrorCode
from akonet_desktop.api.models import DeviceCounts, DeviceOut, DevicePage, DeviceQuery, DeviceUpdate
from akonet_desktop.rules import email_key
from akonet_desktop.rules.device import (
    check_device_location,
    check_device_name,
    check_device_search,
    device_english_message,
)
from akonet_desktop.server.company import activity
from akonet_desktop.server.context import ServerContext
from akonet_desktop.server.db import transaction
from akonet_desktop.server.devices import queries, query_plan
from akonet_desktop.server.devices.sort_keys import with_sort_keys
from akonet_desktop.server.errors import ApiError, raise_if_invalid
from akonet_desktop.server.models import Device, User


def inactive_cutoff(ctx: ServerContext, now: datetime) -> datetime:
    return now - timedelta(minutes=ctx.settings.device_inactive_minutes)


def device_not_found() -> ApiError:
    return ApiError(404, ErrorCode.DEVICE_NOT_FOUND, "This device does not exist.")


def list_devices(ctx: ServerContext, company_id: int, query: DeviceQuery) -> DevicePage:
    raise_if_invalid(check_device_search(query.q), device_english_message)
    cutoff = inactive_cutoff(ctx, ctx.clock.now())
    with ctx.sessions() as session:
        counts = queries.counts(session, company_id, cutoff)
        access = _access_planner(session, query, counts)
        total = queries.known_matching(query, counts)
        if total is None:
            total = queries.matching(session, company_id, query, cutoff, access(None))
        items = []
        if query.offset < total:
            items = queries.page(session, company_id, query, cutoff, access(total))
    return DevicePage(items=items, total=total, offset=query.offset, limit=query.limit, counts=counts)


def _access_planner(session: Session, query: DeviceQuery, counts: DeviceCounts):
    """matches (None: unknown yet) -> the SQLite access path; PostgreSQL plans by itself."""
    if session.get_bind().dialect.name != "sqlite":
        return lambda _matching: None
    rows = queries.table_rows(session)
    status_count = getattr(counts, query.status) if query.status else None
    return lambda matching: query_plan.choose(
        query, table_rows=rows, company_total=counts.total, status_count=status_count, matching=matching
    )


def get_device(ctx: ServerContext, company_id: int, device_id: int) -> DeviceOut:
    with ctx.sessions() as session:
        device = queries.one(session, company_id, device_id, inactive_cutoff(ctx, ctx.clock.now()))
    if device is None:
        raise device_not_found()
    return device


def update_device(
    ctx: ServerContext, actor: User, device_id: int, body: DeviceUpdate, client_address: str
) -> DeviceOut:
    """Rename or move one of `actor`'s company's devices; what really changed goes to the activity log."""
    errors = []
    values = {}
    if body.name is not None:
        errors += check_device_name(body.name)
        values["name"] = body.name.strip()
    if body.location is not None:
        errors += check_device_location(body.location)
        values["location"] = body.location.strip()
    raise_if_invalid(errors, device_english_message)
    company_id = actor.company_id
    now = ctx.clock.now()
    with transaction(ctx.sessions) as session:
        current = session.execute(
            select(Device.serial, Device.name, Device.location)
            .where(Device.id == device_id, Device.company_id == company_id)
            .with_for_update()
        ).one_or_none()
        if current is None:
            raise device_not_found()
        changed = {field: value for field, value in values.items() if getattr(current, field) != value}
        if changed:
            session.execute(
                update(Device)
                .where(Device.id == device_id, Device.company_id == company_id)
                .values(with_sort_keys(changed))
            )
            activity.record(
                session, actor, ActivityKind.DEVICE_RENAMED, now, client_address, target=current.serial, details=changed
            )
        device = queries.one(session, company_id, device_id, inactive_cutoff(ctx, now))
        if device is None:
            raise device_not_found()
        return device


def join_preactivated(session: Session, company_id: int, email: str, now: datetime) -> int:
    """Devices pre-activated for `email` and still in the inventory join the company."""
    return session.execute(
        update(Device)
        .where(Device.preactivated_for == email_key(email), Device.company_id.is_(None))
        .values(company_id=company_id, activated_at=now)
    ).rowcount
