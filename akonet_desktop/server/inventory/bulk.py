"""Many devices at once, fast: the path `inventory demo` (and so the benchmarks' seeding) takes.

`labels.insert_rows` goes through SQLAlchemy a row at a time for its parameters; at a million
devices that bookkeeping alone takes longer than the database. Here the rows go to the driver as
tuples (converted by the columns' own bind processors, so stored exactly as SQLAlchemy stores
them; COPY on PostgreSQL), in batches of BATCH, inside the caller's transaction; each device gets its id before the
insert, so that its search text needs no lookup; and the trigram index is filled once at the end
(search_index.indexing_in_bulk, around the whole insertion).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from itertools import islice

from sqlalchemy import Connection, Table, func, select, text
from sqlalchemy.orm import Session

from akonet_desktop.server.devices.search_text import search_text
from akonet_desktop.server.models import Device, DeviceSearch

BATCH = 20_000


def insert_devices(session: Session, rows: Iterable[dict]) -> int:
    """`labels.device_row`s, inserted with their search texts; how many. Call it (once or for
    each batch) within `search_index.indexing_in_bulk` for the fastest indexing."""
    connection = session.connection()
    devices = _Inserter(connection, Device.__table__)
    searches = _Inserter(connection, DeviceSearch.__table__)
    total = 0
    for batch in _batches(rows, BATCH):
        for row, id_ in zip(batch, _new_ids(connection, len(batch)), strict=True):
            row["id"] = id_
        devices.insert(batch)
        searches.insert({"device_id": row["id"], "search_text": _search_text(row)} for row in batch)
        total += len(batch)
    return total


def _search_text(row: dict) -> str:
    return search_text(row["serial"], row["name"], row["location"], row["model"])


class _Inserter:
    """executemany on SQLite; COPY on PostgreSQL (several times faster than any INSERT there)."""

    def __init__(self, connection: Connection, table: Table) -> None:
        dialect = connection.dialect
        self.copy = dialect.name == "postgresql"
        self.cursor = connection.connection.driver_connection.cursor()
        names = [column.name for column in table.columns]
        self.pairs = [(c.name, c.type.dialect_impl(dialect).bind_processor(dialect)) for c in table.columns]
        if self.copy:
            self.sql = f"COPY {table.name} ({', '.join(names)}) FROM STDIN"
        else:
            self.sql = f"INSERT INTO {table.name} ({', '.join(names)}) VALUES ({', '.join(['?'] * len(names))})"

    def insert(self, rows: Iterable[dict]) -> None:
        pairs = self.pairs
        values = (tuple(row[n] if p is None else p(row[n]) for n, p in pairs) for row in rows)
        if not self.copy:
            self.cursor.executemany(self.sql, list(values))
            return
        with self.cursor.copy(self.sql) as copy:
            for row in values:
                copy.write_row(row)


def _new_ids(connection: Connection, count: int) -> list[int]:
    if connection.dialect.name == "postgresql":  # from the table's own sequence: no lock needed
        return connection.scalars(
            text("SELECT nextval(pg_get_serial_sequence('devices', 'id')) FROM generate_series(1, :n)"), {"n": count}
        ).all()
    # SQLite: this transaction holds the database's write lock (BEGIN IMMEDIATE, see db.py).
    first = (connection.scalar(select(func.max(Device.id))) or 0) + 1
    return list(range(first, first + count))


def _batches(rows: Iterable[dict], size: int) -> Iterator[list[dict]]:
    iterator = iter(rows)
    while batch := list(islice(iterator, size)):
        yield batch
