"""Engine and session factory for SQLite (embedded) and PostgreSQL (organisations)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session, sessionmaker

from akonet_desktop.rules._text import fold

# SQL name of a Unicode case fold on SQLite, whose lower() and LIKE only know ASCII.
SQLITE_FOLD = "akonet_fold"


def _sqlite_fold(value: object) -> object:
    return fold(value) if isinstance(value, str) else value


def is_sqlite(engine_or_url: Engine | str) -> bool:
    url = engine_or_url.url if isinstance(engine_or_url, Engine) else make_url(engine_or_url)
    return url.get_backend_name() == "sqlite"


def make_engine(url: str) -> Engine:
    if is_sqlite(url):
        return _sqlite_engine(url)
    return create_engine(url, pool_pre_ping=True, pool_size=10, max_overflow=20, hide_parameters=True)


def _sqlite_engine(url: str) -> Engine:
    database = make_url(url).database
    if database and database != ":memory:":
        Path(database).parent.mkdir(parents=True, exist_ok=True)
    # isolation_level=None hands transaction control to us, so that every transaction
    # can start with BEGIN IMMEDIATE: a writer then waits on busy_timeout instead of
    # failing with SQLITE_BUSY when it upgrades a read snapshot that became stale.
    engine = create_engine(
        url,
        connect_args={"isolation_level": None, "check_same_thread": False, "timeout": 30},
        pool_size=10,
        max_overflow=20,
        # A failing statement's error must not carry its values into a log: outbox rows hold
        # live links, users rows password hashes.
        hide_parameters=True,
    )

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn, _record) -> None:
        cursor = dbapi_conn.cursor()
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA synchronous=NORMAL")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute("PRAGMA busy_timeout=30000")
        cursor.close()
        dbapi_conn.create_function(SQLITE_FOLD, 1, _sqlite_fold, deterministic=True)

    @event.listens_for(engine, "begin")
    def _on_begin(conn) -> None:
        # Straight to the driver: through exec_driver_sql this one statement cost as much as
        # a query, twice per sign-in.
        conn.connection.driver_connection.execute("BEGIN IMMEDIATE")

    return engine


def make_session_factory(engine: Engine) -> sessionmaker[Session]:
    return sessionmaker(engine, expire_on_commit=False)


@contextmanager
def transaction(factory: sessionmaker[Session]) -> Iterator[Session]:
    """One unit of work: commits on success, rolls back on any exception."""
    with factory() as session, session.begin():
        yield session
