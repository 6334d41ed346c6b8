"""A company's devices: list, read, rename.

Every statement is scoped to the caller's company: another company's device answers exactly
like a device that does not exist.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import select, update

from akonet_desktop.api.activity import ActivityKind
from akonet_desktop.api.errors import ErrorCode
from akonet_desktop.api.models import DeviceCounts, DeviceOut, DeviceQuery, DeviceUpdate
from akonet_desktop.rules.device import (
    check_device_location,
    check_device_name,
    check_device_search,
    device_english_message,
)
from akonet_desktop.server.company import activity
from akonet_desktop.server.context import ServerContext
from akonet_desktop.server.db import transaction
from akonet_desktop.server.devices import cursors, queries, query_plan, search_index, search_text
from akonet_desktop.server.devices.page_json import DevicePageJson
from akonet_desktop.server.devices.sort_keys import with_sort_keys
from akonet_desktop.server.errors import ApiError, raise_if_invalid
from akonet_desktop.server.folded_text import needle
from akonet_desktop.server.models import Device, User


def inactive_cutoff(ctx: ServerContext, now: datetime) -> datetime:
    return now - timedelta(minutes=ctx.settings.device_inactive_minutes)


def device_not_found() -> ApiError:
    return ApiError(404, ErrorCode.DEVICE_NOT_FOUND, "This device does not exist.")


def list_devices(ctx: ServerContext, company_id: int, query: DeviceQuery) -> DevicePageJson:
    """The page the query asks for: a DevicePage's answer (`.json()`), its items written by the database."""
    raise_if_invalid(check_device_search(query.q), device_english_message)
    after = cursors.decode(query.cursor, query.sort, query.order) if query.cursor is not None else None
    cutoff = inactive_cutoff(ctx, ctx.clock.now())
    marks = ctx.position_marks.for_company(company_id)  # before the first read (see for_company)
    with ctx.reads() as session:
        sqlite = session.get_bind().dialect.name == "sqlite"
        counts = ctx.device_counts.get(session, company_id, cutoff)
        total = queries.known_matching(query, counts)
        among = None
        if total is None:  # a search: exact, through its index
            # A text shorter than a trigram is read in every search text, and nearly always found
            # in many: counted, then paged. Longer ones are mostly names, found in few devices.
            if len(needle(query.q)) >= search_index.TRIGRAM:
                among = queries.few_matches(session, company_id, query, cutoff, sqlite)
            total = len(among) if among is not None else queries.matching(session, company_id, query, cutoff, sqlite)
        page = queries.Page([], None)
        if total or after is not None:
            if not sqlite:
                plan = None
            elif among is not None:
                plan = query_plan.FILTER  # a few rows by id, then sorted
            else:
                plan = _plan(query, counts, total, after)
            page = queries.page(
                session,
                company_id,
                query,
                cutoff,
                matching=total,
                after=after,
                plan=plan,
                among=among,
                marks=marks,
            )
    return DevicePageJson(
        items=page.items,
        total=total,
        offset=query.offset,
        limit=query.limit,
        counts=counts,
        next_cursor=page.next_cursor,
    )


def _plan(query: DeviceQuery, counts: DeviceCounts, matching: int, after: tuple | None) -> str | None:
    """The SQLite access path of the page (query_plan); PostgreSQL plans by itself."""
    skipped = 0 if after is not None else min(query.offset, max(matching - query.offset - query.limit, 0))
    return query_plan.choose(
        query,
        searching=queries.searching(query),
        company_total=counts.total,
        status_count=getattr(counts, query.status) if query.status else None,
        matching=matching,
        skipped=skipped,
    )


def get_device(ctx: ServerContext, company_id: int, device_id: int) -> DeviceOut:
    with ctx.reads() as session:
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
            select(Device.serial, Device.name, Device.location, Device.model)
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
            after = {field: changed.get(field, getattr(current, field)) for field in ("name", "location")}
            search_text.rewrite(session, device_id, current.serial, after["name"], after["location"], current.model)
            activity.record(
                session, actor, ActivityKind.DEVICE_RENAMED, now, client_address, target=current.serial, details=changed
            )
        device = queries.one(session, company_id, device_id, inactive_cutoff(ctx, now))
        if device is None:
            raise device_not_found()
    if changed:
        ctx.position_marks.forget(company_id)  # committed: a jump finds the device where it is now
    return device
