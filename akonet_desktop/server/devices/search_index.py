"""The substring index behind the devices list's search, one per database, and how it is asked.

`device_search` holds one folded text per device (search_text.py). Searching "%text%" in it
without an index reads every row; trigram indexes answer from the trigrams of the text instead:

- SQLite: an FTS5 table with the trigram tokenizer, "external content" (it keeps only the index,
  the text stays in `device_search`), kept in step by triggers that copy the column. The text is
  folded already, so the tokenizer is told to compare exactly (`case_sensitive 1`); a search is
  one FTS5 phrase, quoted, so that nothing typed is read as an FTS5 operator.
- PostgreSQL: pg_trgm's GIN index, which serves LIKE '%text%' directly.

A trigram index needs three characters; below that the search reads the texts (they are short,
and one or two characters match most devices anyway).

None of these objects is in the models (SQLAlchemy knows no FTS5 table, and the GIN index exists
on PostgreSQL only): the migrations create them with the statements here, and
tests/server/test_schema_and_cli.py leaves `DATABASE_SPECIFIC` out of its comparison.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import ColumnElement, Connection, Integer, column, func, select, text

from akonet_desktop.server.folded_text import holding
from akonet_desktop.server.models import DeviceSearch

TRIGRAM = 3
FTS_TABLE = "device_search_fts"
PG_INDEX = "ix_device_search_trigram"
# FTS5 keeps its index in shadow tables named after the virtual table.
_FTS_SHADOWS = tuple(f"{FTS_TABLE}_{part}" for part in ("data", "idx", "docsize", "config"))
DATABASE_SPECIFIC = frozenset({FTS_TABLE, *_FTS_SHADOWS, PG_INDEX})

_SQLITE_TRIGGERS = {
    "device_search_fts_insert": (
        "INSERT",
        f"INSERT INTO {FTS_TABLE}(rowid, search_text) VALUES (new.device_id, new.search_text);",
    ),
    "device_search_fts_delete": (
        "DELETE",
        f"INSERT INTO {FTS_TABLE}({FTS_TABLE}, rowid, search_text) VALUES ('delete', old.device_id, old.search_text);",
    ),
    "device_search_fts_update": (
        "UPDATE",
        f"INSERT INTO {FTS_TABLE}({FTS_TABLE}, rowid, search_text) VALUES ('delete', old.device_id, old.search_text); "
        f"INSERT INTO {FTS_TABLE}(rowid, search_text) VALUES (new.device_id, new.search_text);",
    ),
}
_INSERT_TRIGGER = "device_search_fts_insert"


def _create_trigger(name: str) -> str:
    event, body = _SQLITE_TRIGGERS[name]
    return f"CREATE TRIGGER {name} AFTER {event} ON device_search BEGIN {body} END"


# FTS5 writes an index in segments (one per batch of rows it flushed), and a search reads every
# segment's entries for each trigram: merged into one, a search of the 100,000 devices of the
# benchmark read 3.4 ms in the index, 1.4 ms after (`optimize`: about 1 s at 100,000 devices).
# Rows added one at a time later are merged by FTS5 itself as they come (its automerge).
_FTS_OPTIMIZE = f"INSERT INTO {FTS_TABLE}({FTS_TABLE}) VALUES ('optimize')"
_SQLITE_CREATE = (
    f"CREATE VIRTUAL TABLE {FTS_TABLE} USING fts5(search_text, content='device_search', "
    "content_rowid='device_id', tokenize='trigram case_sensitive 1')",
    f"INSERT INTO {FTS_TABLE}({FTS_TABLE}) VALUES ('rebuild')",
    _FTS_OPTIMIZE,
    *(_create_trigger(name) for name in _SQLITE_TRIGGERS),
)
_POSTGRES_CREATE = (
    # A trusted extension: the owner of the database may create it, no superuser needed.
    "CREATE EXTENSION IF NOT EXISTS pg_trgm",
    f"CREATE INDEX {PG_INDEX} ON device_search USING gin (search_text gin_trgm_ops)",
)


def create(connection: Connection) -> None:
    """The index over the rows `device_search` holds now, and what keeps it current."""
    statements = _SQLITE_CREATE if connection.dialect.name == "sqlite" else _POSTGRES_CREATE
    for statement in statements:
        connection.exec_driver_sql(statement)


def drop(connection: Connection) -> None:
    if connection.dialect.name == "sqlite":
        for trigger in _SQLITE_TRIGGERS:
            connection.exec_driver_sql(f"DROP TRIGGER IF EXISTS {trigger}")
        connection.exec_driver_sql(f"DROP TABLE IF EXISTS {FTS_TABLE}")
    else:
        connection.exec_driver_sql(f"DROP INDEX IF EXISTS {PG_INDEX}")


@contextmanager
def indexing_in_bulk(connection: Connection) -> Iterator[None]:
    """Around inserting many devices in one transaction (a demo, a benchmark's seeding).

    SQLite: FTS5 indexes a row inserted by a statement of its own about four times slower than
    rows inserted by one INSERT … SELECT; so the rows inserted meanwhile are indexed at the end,
    in one statement (1.4 s instead of 5.9 s for 100,000), with a page cache big enough for the
    table's indexes; then the index's segments are merged into one (_FTS_OPTIMIZE)."""
    if connection.dialect.name != "sqlite":
        # PostgreSQL: GIN takes rows fastest all at once; the index is back at the end (searches
        # wait for this transaction meanwhile: it is for seeding, not for a busy server).
        connection.exec_driver_sql(f"DROP INDEX {PG_INDEX}")
        yield
        connection.exec_driver_sql(_POSTGRES_CREATE[1])
        # The planner's statistics of tables that just grew, without waiting for autovacuum.
        connection.exec_driver_sql("ANALYZE devices, device_search")
        return
    driver = connection.connection.driver_connection
    (cache_size,) = driver.execute("PRAGMA cache_size").fetchone()
    driver.execute("PRAGMA cache_size = -262144")  # KiB: 256 MiB, given back at the end
    last = connection.scalar(select(func.coalesce(func.max(DeviceSearch.device_id), 0)))
    connection.exec_driver_sql(f"DROP TRIGGER {_INSERT_TRIGGER}")
    try:
        yield
        connection.exec_driver_sql(
            f"INSERT INTO {FTS_TABLE}(rowid, search_text) "
            "SELECT device_id, search_text FROM device_search WHERE device_id > ?",
            (last,),
        )
        connection.exec_driver_sql(_FTS_OPTIMIZE)
    finally:
        connection.exec_driver_sql(_create_trigger(_INSERT_TRIGGER))
        driver.execute(f"PRAGMA cache_size = {int(cache_size)}")


def _fts_phrase(needle: str) -> str:
    # Inside double quotes FTS5 reads nothing but text; a quote is written twice.
    return '"' + needle.replace('"', '""') + '"'


def _fts_ids(needle: str):
    return (
        text(f"SELECT rowid FROM {FTS_TABLE} WHERE {FTS_TABLE} MATCH :fts_phrase")
        .bindparams(fts_phrase=_fts_phrase(needle))
        .columns(column("rowid", Integer))
    )


def matching_ids(dialect: str, needle: str):
    """A SELECT of the ids of the devices, of any company, whose search text holds `needle`."""
    if dialect == "sqlite":
        if len(needle) >= TRIGRAM:
            return _fts_ids(needle)
        return select(DeviceSearch.device_id).where(func.instr(DeviceSearch.search_text, needle) > 0)
    return select(DeviceSearch.device_id).where(holding(DeviceSearch.search_text, needle))


def holds(id_column: ColumnElement, dialect: str, needle: str) -> ColumnElement[bool]:
    """`id_column IN (matching_ids)`."""
    return id_column.in_(matching_ids(dialect, needle))
