"""The orders of the devices list, as keys an index holds, and "the rows after this one" in each.

Every sort ends with a unique key (the serial, or the id as tie-break), so a row's key values name
one position, and the rows after it are found by seeking in the sort's index (keyset paging),
however deep the position. "Never" (a NULL moment) is the oldest: first going up, last going down;
SQLite's indexes order NULLs so by themselves, PostgreSQL's are declared so (models.NullsFirst).

The rows after position (v1, …, vn) are, in order: the rows equal on v1…v(n-1) and after vn; then
those equal on v1…v(n-2) and after v(n-1); … then those after v1. Each of these is one range of
the index (equalities, then one inequality), which both databases seek to directly; written as
one OR of them, neither would. Where the deepest keys allow, their ranges are one row-value
comparison, "(name_key, id) > (:v, :id)", which both databases also seek to.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import ColumnElement, false, true, tuple_
from sqlalchemy.orm import InstrumentedAttribute

from akonet_desktop.server.models import Device


@dataclass(frozen=True)
class SortKey:
    column: InstrumentedAttribute
    kind: type  # what a cursor holds for it: str, datetime, bool or int
    descending: bool = False  # in the list's own ascending order (alarm comes first)
    nullable: bool = False  # NULL (never) is its smallest value

    @property
    def name(self) -> str:
        return self.column.key


_ID = SortKey(Device.id, int)
SORTS: dict[str, tuple[SortKey, ...]] = {
    "serial": (SortKey(Device.serial, str),),  # unique: its own tie-break
    "name": (SortKey(Device.name_key, str), _ID),
    "model": (SortKey(Device.model, str), _ID),
    "location": (SortKey(Device.location_key, str), _ID),
    "last_seen_at": (SortKey(Device.last_seen_at, datetime, nullable=True), _ID),
    "activated_at": (SortKey(Device.activated_at, datetime, nullable=True), _ID),
    # alarm, then inactive (never heard of, or long ago), then active: ix_devices_company_status
    "status": (
        SortKey(Device.alarm, bool, descending=True),
        SortKey(Device.last_seen_at, datetime, nullable=True),
        _ID,
    ),
}

Column = Callable[[ColumnElement], ColumnElement]  # a column as the query wants it (see query_plan)


def _same(column: ColumnElement) -> ColumnElement:
    return column


def _down(key: SortKey, reverse: bool) -> bool:
    return key.descending != reverse


def order_by(sort: str, reverse: bool, col: Column = _same) -> list:
    """ORDER BY terms: the list's order, or (reverse) its exact reverse."""
    terms = []
    for key in SORTS[sort]:
        column = col(key.column)
        down = _down(key, reverse)
        term = column.desc() if down else column.asc()
        if key.nullable:
            term = term.nulls_last() if down else term.nulls_first()
        terms.append(term)
    return terms


def _equal(column: ColumnElement, value) -> ColumnElement[bool]:
    if value is None:
        return column.is_(None)
    if isinstance(value, bool):
        return column == (true() if value else false())
    return column == value


def _after(key: SortKey, column: ColumnElement, value, down: bool) -> list[ColumnElement[bool]]:
    """The ranges of this key's values after `value`, in the order they come."""
    if key.kind is bool:  # two values: an equality seeks better than an inequality
        sequence = (True, False) if down else (False, True)
        return [_equal(column, v) for v in sequence[sequence.index(value) + 1 :]]
    if value is None:
        # NULL is the smallest: going up, every value comes after it; going down, none does.
        return [] if down else [column.is_not(None)]
    if down:
        return [column < value, *([column.is_(None)] if key.nullable else [])]
    return [column > value]


def after(sort: str, reverse: bool, values: tuple, col: Column = _same) -> Iterator[list[ColumnElement[bool]]]:
    """The index ranges holding the rows after the row whose keys are `values`, in order."""
    keys = SORTS[sort]
    last = len(keys) - 1
    first = _row_value_start(keys, values, reverse)
    deepest = last
    if first < last:
        # The deepest keys compare as one row value, "(name_key, id) > (:v, :id)": one range,
        # one seek, where a range per key would take a statement each.
        prefix = [_equal(col(keys[i].column), values[i]) for i in range(first)]
        columns = tuple_(*(col(key.column) for key in keys[first:]))
        # Bound as the columns' types, as a comparison with one column is: a moment then goes
        # through UTCDateTime (naive UTC) where, typed by its value, it would be sent as a
        # timestamptz, which PostgreSQL compares with the column in the session's time zone.
        bound = tuple_(*values[first:], types=[key.column.type for key in keys[first:]])
        down = _down(keys[first], reverse)
        yield [*prefix, columns < bound if down else columns > bound]
        if keys[first].nullable and down:  # NULL (never) comes last going down
            yield [*prefix, col(keys[first].column).is_(None)]
        deepest = first - 1
    for depth in range(deepest, -1, -1):
        prefix = [_equal(col(keys[i].column), values[i]) for i in range(depth)]
        key = keys[depth]
        for condition in _after(key, col(key.column), values[depth], _down(key, reverse)):
            yield [*prefix, condition]


def _row_value_start(keys: tuple[SortKey, ...], values: tuple, reverse: bool) -> int:
    """Where the deepest run of keys that compare as one row value starts (the last key: none).

    A row value compares its keys in one direction, holds no NULL (a comparison with NULL keeps
    no row) and no key but its first may hold NULL rows (those would belong between its ranges);
    booleans keep their equality ranges."""
    last = len(keys) - 1
    first = last
    while first > 0:
        key = keys[first - 1]
        if (
            key.kind is bool
            or values[first - 1] is None
            or _down(key, reverse) != _down(keys[last], reverse)
            or any(k.nullable for k in keys[first:])
        ):
            break
        first -= 1
    return first
