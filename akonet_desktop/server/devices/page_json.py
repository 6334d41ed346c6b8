"""A page of the devices list as JSON, each device's written by the database.

Read as columns, a page's hundred devices went through SQLAlchemy's result processing (two
datetimes each), a dict, pydantic's validation and then its serialisation: more than half of
what a page cost the server, where the database writes the same JSON text in C for a fraction
of it. So the page's statement selects each device as its JSON (`item`: SQLite's json_object,
PostgreSQL's json_build_object), written as `DeviceOut.model_dump_json` writes it: the same
fields in the same order, true/false for the alarm, moments in UTC as pydantic writes them
("2026-12-02T16:34:11.776952Z", no fraction when it is zero), null for "never". The tests hold
the two to the same answer for any device (tests/server/devices/test_page_json.py).
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import ColumnElement, Text, case, cast, func, literal_column, true
from sqlalchemy.dialects import postgresql, sqlite

from akonet_desktop.api.models import DeviceCounts, DevicePage
from akonet_desktop.server.models import Device


def _text(value: str) -> ColumnElement:
    # Only this module's own constants, written into the SQL: nothing a driver or a setting
    # (PostgreSQL's pyformat %, standard_conforming_strings) would read otherwise.
    if set(value) & set("%\\'"):
        raise ValueError(f"not a plain SQL constant: {value!r}")
    return literal_column(f"'{value}'", Text)


def _joined(*parts: ColumnElement) -> ColumnElement:
    joined = parts[0]
    for part in parts[1:]:
        joined = joined.op("||", return_type=Text)(part)
    return joined


def _sqlite_moment(column) -> ColumnElement:
    """SQLite holds the text SQLAlchemy wrote, "2026-12-02 16:34:11.776952" (NULL stays NULL)."""
    fraction = func.substr(column, 20, type_=Text)
    return _joined(
        func.substr(column, 1, 10, type_=Text),
        _text("T"),
        func.substr(column, 12, 8, type_=Text),
        case((fraction.in_([_text(""), _text(".000000")]), _text("")), else_=fraction),
        _text("Z"),
    )


def _postgres_moment(column) -> ColumnElement:
    """PostgreSQL's `timestamp` holds naive UTC (models.UTCDateTime)."""
    micro = func.to_char(column, _text("US"), type_=Text)
    return _joined(
        func.to_char(column, _text('YYYY-MM-DD"T"HH24:MI:SS'), type_=Text),
        case((micro == _text("000000"), _text("")), else_=_joined(_text("."), micro)),
        _text("Z"),
    )


# The dialects `item` writes for, each with the SQLAlchemy dialect that writes its SQL.
DIALECTS = {"sqlite": sqlite.dialect, "postgresql": postgresql.psycopg.dialect}


def item(dialect: str, status: ColumnElement) -> ColumnElement:
    """A device's JSON text, as DeviceOut writes it; `status` is the statement's status column."""
    if dialect == "sqlite":
        build, moment = func.json_object, _sqlite_moment
        alarm = func.json(case((Device.alarm == true(), _text("true")), else_=_text("false")))
    else:
        build, moment = func.json_build_object, _postgres_moment
        alarm = Device.alarm
    fields = {
        "id": Device.id,
        "serial": Device.serial,
        "model": Device.model,
        "firmware": Device.firmware,
        "name": Device.name,
        "location": Device.location,
        "status": status,
        "alarm": alarm,
        "last_seen_at": moment(Device.last_seen_at),
        "activated_at": moment(Device.activated_at),
    }
    # Written out as SQL once, here, around the status (the one term with a parameter, the
    # inactivity cut-off): SQLAlchemy computes a statement's cache key at every execution by
    # walking its whole expression, and this one's sixty-odd elements took 230 µs of each page.
    sql_dialect = DIALECTS[dialect]()
    pairs: list = []
    for name, value in fields.items():
        if value is status:
            pairs += [_text(name), value]
            continue
        written = value.compile(dialect=sql_dialect, compile_kwargs={"literal_binds": True})
        pairs.append(literal_column(f"'{name}', {written}"))
    # As text: the driver would otherwise decode PostgreSQL's json into a dict.
    return cast(build(*pairs), Text).label("item")


@dataclass(frozen=True)
class DevicePageJson:
    """A DevicePage's answer with its items already JSON (see the module's docstring)."""

    items: list[str]
    total: int
    offset: int
    limit: int
    counts: DeviceCounts
    next_cursor: str | None

    def json(self) -> bytes:
        # DevicePage writes its own envelope (so a field added to it reaches the answer), with no
        # items; the database's are spliced in where its empty list was.
        rest = DevicePage.model_construct(
            items=[],
            total=self.total,
            offset=self.offset,
            limit=self.limit,
            counts=self.counts,
            next_cursor=self.next_cursor,
        ).model_dump_json()
        return (_ITEMS_START + ",".join(self.items) + "]" + rest.removeprefix(_ITEMS_START + "]")).encode()


_ITEMS_START = '{"items":['
