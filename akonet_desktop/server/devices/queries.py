"""The devices list in SQL: status, filters, sort, pages and counts all run in the database.

Status is computed, never stored: alarm if the device says so; else inactive when it has not
been heard of since `cutoff`; else active. The status filters are written as plain predicates
on (alarm, last_seen_at), not as `CASE ... = 'x'`, so that they can use an index.

A page is found by its index, never by reading the rows before it: from a cursor, by seeking to
the cursor's position (orders.after); from an offset (a jump), from the nearer end of the list
(the last rows of an order are the first rows of the reverse order, read on the same index), by
seeking to the position mark before it and walking the index entries from there (position_marks),
or walking them all when no marks are kept.

On SQLite, `plan` (see query_plan) says which index a filtered page is read through; a unary `+`
before a column keeps SQLite from using an index for that term, as its documentation says.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from typing import get_args

from sqlalchemy import (
    ARRAY,
    BigInteger,
    ColumnElement,
    Integer,
    and_,
    any_,
    bindparam,
    case,
    column,
    false,
    func,
    or_,
    select,
    true,
)
from sqlalchemy.orm import Session
from sqlalchemy.sql import operators
from sqlalchemy.sql.expression import UnaryExpression

from akonet_desktop.api.models import DeviceCounts, DeviceOut, DeviceQuery, DeviceStatus
from akonet_desktop.server.devices import cursors, orders, page_json, search_index
from akonet_desktop.server.devices.position_marks import STRIDE, CompanyMarks, OrderKey
from akonet_desktop.server.devices.query_plan import FILTER, WALK
from akonet_desktop.server.folded_text import needle
from akonet_desktop.server.models import Device

_PLUS = operators.custom_op("+")


def _no_index(column):
    return UnaryExpression(column, operator=_PLUS, type_=column.type)


def _same(column):
    return column


# The inactivity cut-off is a parameter of every statement here, given when it runs
# (`_params`): the columns and filters that use it are built once, not at every page (building
# them at every page took more time than SQLite spent running the page's statement).
_CUTOFF = bindparam("cutoff", type_=Device.last_seen_at.type)


def _params(cutoff: datetime) -> dict:
    return {"cutoff": cutoff}


# A search's few matching ids (few_matches) as ONE parameter, an array or a JSON list: written as
# `IN (:id1, ..., :idN)` the statement had N parameters and a different text for every N, so
# SQLAlchemy rendered it, and psycopg split and adapted it (it caches neither past 50
# parameters), at every page: more Python time than the database spent on the page.
_AMONG = {
    "postgresql": Device.id == any_(bindparam("among", type_=ARRAY(BigInteger))),
    "sqlite": Device.id.in_(
        select(column("value", Integer)).select_from(func.json_each(bindparam("among"))).scalar_subquery()
    ),
}


def _among_params(dialect: str, among: list[int]) -> dict:
    return {"among": among if dialect == "postgresql" else json.dumps(among)}


def _unseen_since(col=_same) -> ColumnElement[bool]:
    return or_(col(Device.last_seen_at).is_(None), col(Device.last_seen_at) < _CUTOFF)


def _status_filter(status: str, col=_same) -> ColumnElement[bool]:
    if status == "alarm":
        return col(Device.alarm) == true()
    if status == "inactive":
        return and_(col(Device.alarm) == false(), _unseen_since(col))
    return and_(col(Device.alarm) == false(), col(Device.last_seen_at) >= _CUTOFF)


# (status, how its columns are named: _same or _no_index) -> the filter
_STATUS_FILTERS = {
    (status, col): _status_filter(status, col) for status in get_args(DeviceStatus) for col in (_same, _no_index)
}

_STATUS = case((Device.alarm == true(), "alarm"), (_unseen_since(), "inactive"), else_="active")
_COLUMNS = (
    Device.id,
    Device.serial,
    Device.model,
    Device.firmware,
    Device.name,
    Device.location,
    _STATUS.label("status"),
    Device.alarm,
    Device.last_seen_at,
    Device.activated_at,
)
# (dialect, sort) -> a page's columns: the device as JSON (page_json), then the sort's keys (for
# the next page's cursor)
_PAGE_COLUMNS = {
    (dialect, sort): (page_json.item(dialect, _STATUS), *(key.column.label(f"_key{i}") for i, key in enumerate(keys)))
    for dialect in page_json.DIALECTS
    for sort, keys in orders.SORTS.items()
}


@dataclass(frozen=True)
class _Access:
    """How each term names its column, so that SQLite reads the page the way `plan` says."""

    plan: str | None
    searching: bool

    def sort(self, column):  # the sort's columns, in ORDER BY and in the cursor's ranges
        return _no_index(column) if self.plan == FILTER else column

    @property
    def status(self):  # walking tests the status on each row; filtering by a search too
        return _no_index if self.plan == WALK or (self.plan == FILTER and self.searching) else _same

    def company(self, column):  # filtering by a search starts from its matches, not the company
        return _no_index(column) if self.plan == FILTER and self.searching else column

    def matched_id(self, column):  # walking tests each entry's id against the matches
        return _no_index(column) if self.plan == WALK else column


def _filters(session: Session, company_id: int, query: DeviceQuery, access: _Access) -> list:
    filters = [access.company(Device.company_id) == company_id]
    text = needle(query.q)
    if text:
        dialect = session.get_bind().dialect.name
        filters.append(search_index.holds(access.matched_id(Device.id), dialect, text))
    if query.status is not None:
        filters.append(_STATUS_FILTERS[query.status, access.status])
    return filters


def searching(query: DeviceQuery) -> bool:
    return bool(needle(query.q))


def known_matching(query: DeviceQuery, counts: DeviceCounts) -> int | None:
    """How many devices the filter keeps, when the counts already say (no search text)."""
    if searching(query):
        return None
    return counts.total if query.status is None else getattr(counts, query.status)


# A search keeping at most this many devices is read once: their ids, then the page among them.
FEW = 500


def few_matches(session: Session, company_id: int, query: DeviceQuery, cutoff: datetime, sqlite: bool) -> list | None:
    """The ids of the devices the search (and status) keeps if there are at most FEW, else None.

    The trigram index is asked once, and only until FEW + 1 matches are found: a rare text
    (most searches for a name) costs one index lookup for its total and its page together,
    where counting then paging would ask the index twice."""
    access = _Access(FILTER if sqlite else None, searching=True)
    statement = select(Device.id).where(*_filters(session, company_id, query, access)).limit(FEW + 1)
    ids = session.connection().scalars(statement, _params(cutoff)).all()
    return ids if len(ids) <= FEW else None


def matching(session: Session, company_id: int, query: DeviceQuery, cutoff: datetime, sqlite: bool) -> int:
    """How many devices the search (and status) keeps: from the search's matches, each checked."""
    access = _Access(FILTER if sqlite else None, searching=True)
    statement = select(func.count()).select_from(Device).where(*_filters(session, company_id, query, access))
    return session.connection().scalar(statement, _params(cutoff))


@dataclass
class Page:
    items: list[str]  # each device's JSON (page_json)
    next_cursor: str | None


def page(
    session: Session,
    company_id: int,
    query: DeviceQuery,
    cutoff: datetime,
    *,
    matching: int,
    after: tuple | None = None,
    plan: str | None = None,
    among: list | None = None,
    marks: CompanyMarks | None = None,
) -> Page:
    """The page at `query.offset` among `matching` rows, or (`after`: a cursor's key values) the
    page after that position. `among`: the ids of the matching rows, when few_matches found them;
    `marks`: where a jump seeks to before walking (position_marks), for a list read in index order."""
    access = _Access(plan, searching(query))
    keys = orders.SORTS[query.sort]
    dialect = session.get_bind().dialect.name
    params = _params(cutoff)
    if among is None:
        filters = _filters(session, company_id, query, access)
    else:
        filters = [_AMONG[dialect], access.company(Device.company_id) == company_id]
        params |= _among_params(dialect, among)
    read = _Reader(session, _PAGE_COLUMNS[dialect, query.sort], filters, params)
    reverse = query.order == "desc"
    limit = query.limit
    if after is not None:
        rows = _after(read, query.sort, reverse, after, limit + 1, access)
        more = len(rows) > limit
    else:
        if marks is not None and (access.plan == FILTER or searching(query) or not marks.kept):
            marks = None  # few rows, or nothing kept: walked
        keys_read = _Reader(session, tuple(key.column for key in keys), filters, params)
        skipping = _Skipping(read, keys_read, query, access, marks)
        rows, more = _at_offset(skipping, reverse, query.offset, limit, matching)
    rows = rows[:limit]
    next_cursor = None
    if more and rows:
        next_cursor = cursors.encode(query.sort, query.order, tuple(rows[-1][1:]))  # after the item: its keys
    return Page([row[0] for row in rows], next_cursor)


class _Reader:
    """Reads rows of the page's columns that pass its filters, on the session's connection (Core:
    no ORM work for plain rows)."""

    def __init__(self, session: Session, columns: tuple, filters: list, params: dict) -> None:
        self.connection = session.connection()
        self.columns = columns
        self.filters = filters
        self.params = params

    def __call__(self, ordered: list, count: int, *, where: tuple = (), skip: int = 0) -> list:
        statement = select(*self.columns).where(*self.filters, *where).order_by(*ordered).limit(count)
        if skip:
            # The rows skipped cost an index entry each, not a row: the ids alone are found
            # first, from the index (PostgreSQL: an index-only scan), then only their rows read.
            ids = select(Device.id).where(*self.filters, *where).order_by(*ordered).offset(skip).limit(count)
            statement = select(*self.columns).where(Device.id.in_(ids)).order_by(*ordered)
        return self.connection.execute(statement, self.params).all()

    def one(self, ordered: list, where: tuple, skip: int) -> tuple | None:
        """The columns of the row `skip` rows into the range (the sort's keys: read from its index)."""
        statement = select(*self.columns).where(*self.filters, *where).order_by(*ordered).offset(skip).limit(1)
        row = self.connection.execute(statement, self.params).first()
        return None if row is None else tuple(row)

    def count(self, where: tuple, at_most: int) -> int:
        """How many rows the range holds, counted up to `at_most`."""
        held = select(Device.id).where(*self.filters, *where).limit(at_most).subquery()
        return self.connection.scalar(select(func.count()).select_from(held), self.params)


def _after(read: _Reader, sort: str, reverse: bool, values: tuple, count: int, access: _Access) -> list:
    ordered = orders.order_by(sort, reverse, access.sort)
    ranges = list(orders.after(sort, reverse, values, access.sort))
    if not ranges:
        return []
    if access.plan == FILTER:
        # Not through the sort's index anyway: one pass over the filter's rows, not one a range.
        return read(ordered, count, where=(or_(*(and_(*terms) for terms in ranges)),))
    rows: list = []
    for terms in ranges:  # each one a seek in the sort's index, in the order of the list
        rows += read(ordered, count - len(rows), where=tuple(terms))
        if len(rows) >= count:
            break
    return rows


class _Skipping:
    """Rows from a position of the list's order or its reverse: seeking to the mark before it
    when marks are kept (position_marks), else walking the index entries before it."""

    def __init__(
        self, read: _Reader, keys: _Reader, query: DeviceQuery, access: _Access, marks: CompanyMarks | None
    ) -> None:
        self.read, self.keys, self.query, self.access, self.marks = read, keys, query, access, marks

    def rows(self, reverse: bool, skip: int, count: int) -> list:
        sort = self.query.sort
        ordered = orders.order_by(sort, reverse, self.access.sort)
        if self.marks is None or skip < STRIDE:
            return self.read(ordered, count, skip=skip)
        order = OrderKey(self.marks.company_id, sort, reverse, self.query.status)
        known = self.marks.known(order)
        found, complete = list(known.marks), known.complete
        needed = skip // STRIDE  # mark i is the row at (i + 1) * STRIDE - 1
        while len(found) < needed and not complete:
            mark = self._after(ordered, reverse, found[-1] if found else None, STRIDE - 1)
            complete = mark is None
            found += [] if complete else [mark]
        if len(found) > len(known.marks) or complete != known.complete:
            self.marks.extend(order, known, tuple(found), complete)
        if len(found) < needed:  # past the end: as the index says, now
            return self.read(ordered, count, skip=skip)
        rows: list = []
        skip -= needed * STRIDE
        for terms in orders.after(sort, reverse, found[needed - 1], self.access.sort):
            got = self.read(ordered, count - len(rows), where=tuple(terms), skip=skip)
            if skip and not got:  # the whole range comes before the position
                skip -= self.read.count(tuple(terms), skip)
                continue
            skip = 0
            rows += got
            if len(rows) >= count:
                break
        return rows

    def _after(self, ordered: list, reverse: bool, values: tuple | None, skip: int) -> tuple | None:
        """The keys of the row `skip` rows after the row with keys `values` (None: the start)."""
        if values is None:
            return self.keys.one(ordered, (), skip)
        for terms in orders.after(self.query.sort, reverse, values, self.access.sort):
            found = self.keys.one(ordered, tuple(terms), skip)
            if found is not None:
                return found
            skip -= self.keys.count(tuple(terms), skip)
        return None


def _at_offset(skipping: _Skipping, reverse: bool, offset: int, limit: int, matching: int) -> tuple[list, bool]:
    """(rows from `offset`, up to `limit` and one more if there is one; whether there is)."""
    if offset >= matching:
        return [], False
    from_end = matching - offset - limit  # rows after the page
    # The first pages always from the start: with counts a few seconds old, reading backwards
    # from the end would shift the page by what changed (see counts.py).
    if offset <= max(from_end, limit):
        rows = skipping.rows(reverse, offset, limit + 1)
        return rows, len(rows) > limit
    # Nearer the end: the same rows, read backwards from it, with the one after the page if any.
    if from_end >= 1:
        rows = skipping.rows(not reverse, from_end - 1, limit + 1)
    else:
        rows = skipping.rows(not reverse, 0, matching - offset)
    rows.reverse()
    return rows, len(rows) > limit


def one(session: Session, company_id: int, device_id: int, cutoff: datetime) -> DeviceOut | None:
    statement = select(*_COLUMNS).where(Device.id == device_id, Device.company_id == company_id)
    row = session.execute(statement, _params(cutoff)).one_or_none()
    return None if row is None else DeviceOut.model_validate(dict(row._mapping))
