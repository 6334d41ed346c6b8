"""The devices list in SQL: status, filters, sort and counts all run in the database.

Status is computed, never stored: alarm if the device says so; else inactive when it has not
been heard of since `cutoff`; else active. The status filters are written as plain predicates
on (alarm, last_seen_at), not as `CASE ... = 'x'`, so that they can use an index.

`access` (see query_plan) steers SQLite the way its documentation says: a unary `+` before
a column keeps the planner from using an index for that term.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ColumnElement, and_, case, false, func, literal, or_, select, true
from sqlalchemy.orm import Session
from sqlalchemy.sql import operators
from sqlalchemy.sql.expression import UnaryExpression

from akonet_desktop.api.models import DeviceCounts, DeviceOut, DeviceQuery
from akonet_desktop.rules._text import fold
from akonet_desktop.server.db import SQLITE_FOLD
from akonet_desktop.server.devices.query_plan import SCAN, SORT_INDEX, STATUS_INDEX
from akonet_desktop.server.devices.sort_keys import SORTED_COLUMNS
from akonet_desktop.server.models import Device

_PLUS = operators.custom_op("+")


def _no_index(column):
    return UnaryExpression(column, operator=_PLUS, type_=column.type)


def _same(column):
    return column


def _unseen_since(cutoff: datetime, col=_same) -> ColumnElement[bool]:
    return or_(col(Device.last_seen_at).is_(None), col(Device.last_seen_at) < cutoff)


def status_filter(status: str, cutoff: datetime, col=_same) -> ColumnElement[bool]:
    if status == "alarm":
        return col(Device.alarm) == true()
    if status == "inactive":
        return and_(col(Device.alarm) == false(), _unseen_since(cutoff, col))
    return and_(col(Device.alarm) == false(), col(Device.last_seen_at) >= cutoff)


def status_column(cutoff: datetime) -> ColumnElement[str]:
    return case((Device.alarm == true(), "alarm"), (_unseen_since(cutoff), "inactive"), else_="active")


def _columns(cutoff: datetime) -> tuple:
    return (
        Device.id,
        Device.serial,
        Device.model,
        Device.firmware,
        Device.name,
        Device.location,
        status_column(cutoff).label("status"),
        Device.alarm,
        Device.last_seen_at,
        Device.activated_at,
    )


def _escape_like(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _search(session: Session, q: str) -> ColumnElement[bool]:
    fields = (Device.serial, Device.name, Device.location, Device.model)
    if session.get_bind().dialect.name != "sqlite":
        pattern = f"%{_escape_like(q)}%"
        return or_(*(f.ilike(pattern, escape="\\") for f in fields))
    folded = fold(q)
    if folded.isascii():
        # SQLite's LIKE ignores ASCII case by itself, at C speed.
        return or_(*(f.like(f"%{_escape_like(folded)}%", escape="\\") for f in fields))
    # ...but not beyond ASCII ("CÁMARA" vs "cámara"): fold in Python, once a row, and only the
    # free-text fields (serials and models are ASCII).
    free_text = Device.name + literal("\x1f") + Device.location
    return getattr(func, SQLITE_FOLD)(free_text).like(f"%{_escape_like(folded)}%", escape="\\")


def _filters(session: Session, company_id: int, query: DeviceQuery, cutoff: datetime, access: str | None) -> list:
    filters = [(_no_index if access == SCAN else _same)(Device.company_id) == company_id]
    q = query.q.strip()
    if q:
        filters.append(_search(session, q))
    if query.status is not None:
        col = _no_index if access in (SCAN, SORT_INDEX) else _same
        filters.append(status_filter(query.status, cutoff, col))
    return filters


def _ordered(key, descending: bool, nullable: bool = False):
    ordered = key.desc() if descending else key.asc()
    if nullable:
        # Never seen counts as the oldest, on both databases (their NULL defaults differ).
        ordered = ordered.nulls_last() if descending else ordered.nulls_first()
    return ordered


def _order_by(query: DeviceQuery, access: str | None) -> list:
    descending = query.order == "desc"
    # Unless a sort index is wanted, keep SQLite from walking one just to skip sorting.
    col = _no_index if access in (SCAN, STATUS_INDEX) else _same
    if query.sort == "status":
        # alarm, then inactive (never heard of, or long ago), then active: the order of
        # (alarm DESC, last_seen_at NULLS FIRST), which the status index holds.
        keys = [
            _ordered(col(Device.alarm), not descending),
            _ordered(col(Device.last_seen_at), descending, nullable=True),
        ]
    else:
        nullable = query.sort in ("last_seen_at", "activated_at")
        column = getattr(Device, SORTED_COLUMNS.get(query.sort, query.sort))
        keys = [_ordered(col(column), descending, nullable)]
    if query.sort != "serial":  # serials are unique; the rest need a tie-break for stable pages
        keys.append(_ordered(Device.id, descending))
    return keys


def page(
    session: Session, company_id: int, query: DeviceQuery, cutoff: datetime, access: str | None = None
) -> list[DeviceOut]:
    statement = (
        select(*_columns(cutoff))
        .where(*_filters(session, company_id, query, cutoff, access))
        .order_by(*_order_by(query, access))
        .offset(query.offset)
        .limit(query.limit)
    )
    return [DeviceOut.model_validate(dict(row._mapping)) for row in session.execute(statement)]


def known_matching(query: DeviceQuery, counts: DeviceCounts) -> int | None:
    """How many devices the filter keeps, when the counts already say (no search text)."""
    if query.q.strip():
        return None
    return counts.total if query.status is None else getattr(counts, query.status)


def matching(session: Session, company_id: int, query: DeviceQuery, cutoff: datetime, access: str | None = None) -> int:
    statement = select(func.count()).select_from(Device).where(*_filters(session, company_id, query, cutoff, access))
    return session.scalar(statement)


def counts(session: Session, company_id: int, cutoff: datetime) -> DeviceCounts:
    alarm = Device.alarm == true()
    inactive = and_(Device.alarm == false(), _unseen_since(cutoff))
    statement = select(
        func.count(),
        func.coalesce(func.sum(case((alarm, 1), else_=0)), 0),
        func.coalesce(func.sum(case((inactive, 1), else_=0)), 0),
    ).where(Device.company_id == company_id)
    total, alarms, inactives = session.execute(statement).one()
    return DeviceCounts(total=total, alarm=alarms, inactive=inactives, active=total - alarms - inactives)


def table_rows(session: Session) -> int:
    """About how many devices all companies and the inventory hold, for the cost of one seek."""
    return session.scalar(select(func.max(Device.id))) or 0


def one(session: Session, company_id: int, device_id: int, cutoff: datetime) -> DeviceOut | None:
    statement = select(*_columns(cutoff)).where(Device.id == device_id, Device.company_id == company_id)
    row = session.execute(statement).one_or_none()
    return None if row is None else DeviceOut.model_validate(dict(row._mapping))
