"""Engine and session factory for SQLite (embedded) and PostgreSQL (organisations)."""

from __future__ import annotations

import logging
import os
import stat
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.exc import InvalidatePoolError
from sqlalchemy.orm import Session, sessionmaker

# Execution option of the engine behind make_read_session_factory.
READ_ONLY = "akonet_read_only"
# The SQLite files hold password hashes, company data and queued mail with live links.
PRIVATE_FILE_MODE = 0o600
_SQLITE_COMPANIONS = ("-wal", "-shm")

log = logging.getLogger(__name__)


def is_sqlite(engine_or_url: Engine | str) -> bool:
    url = engine_or_url.url if isinstance(engine_or_url, Engine) else make_url(engine_or_url)
    return url.get_backend_name() == "sqlite"


def make_engine(url: str) -> Engine:
    if is_sqlite(url):
        return _sqlite_engine(url)
    return _postgres_engine(url)


# A pooled PostgreSQL connection idle longer than this is tried before it is handed out.
PING_AFTER_IDLE_SECONDS = 10.0
_now = time.monotonic


def _postgres_engine(url: str) -> Engine:
    engine = create_engine(url, pool_size=10, max_overflow=20, hide_parameters=True)

    # Not pool_pre_ping: it asks the server at every checkout, and a request checks out twice
    # (its caller, then its work): two round trips on every page of the devices list. A
    # connection used a moment ago is alive but for a server restarted meanwhile, which fails
    # that one statement; its error invalidates the whole pool (SQLAlchemy sees a disconnect),
    # so the next requests get new connections. Idle connections (closed by a restart, a
    # firewall or an idle timeout while unused) are tried first, as pool_pre_ping would.
    @event.listens_for(engine, "checkin")
    def _on_checkin(_dbapi_conn, record) -> None:
        record.info["idle_since"] = _now()

    @event.listens_for(engine, "checkout")
    def _on_checkout(dbapi_conn, record, _proxy) -> None:
        idle_since = record.info.get("idle_since")
        if idle_since is None or _now() - idle_since < PING_AFTER_IDLE_SECONDS:
            return
        try:
            engine.dialect.do_ping(dbapi_conn)  # as pool_pre_ping asks: outside a transaction
        except Exception as exc:
            # Gone: most likely the server restarted, and took the pool's other connections
            # with it, the ones used a moment ago too. All are replaced, as pool_pre_ping does.
            raise InvalidatePoolError(f"an idle pooled connection is gone: {exc}") from exc

    return engine


def _sqlite_engine(url: str) -> Engine:
    database = make_url(url).database
    if database and database != ":memory:":
        Path(database).parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        keep_private(Path(database))
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
        # Deleted content is overwritten with zeros, not left in free pages (a delivered mail's
        # body, with its live link). Per connection: SQLite does not store it in the file.
        cursor.execute("PRAGMA secure_delete=ON")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn) -> None:
        # Straight to the driver: through exec_driver_sql this one statement cost as much as
        # a query, twice per sign-in.
        read_only = conn.get_execution_options().get(READ_ONLY)
        conn.connection.driver_connection.execute("BEGIN" if read_only else "BEGIN IMMEDIATE")

    return engine


def keep_private(database: Path) -> None:
    """The database file, created 0600 if new, and it and its -wal and -shm tightened to the
    owner if they are wider (files of an older release, or copied in): other accounts on the
    machine must not read them. SQLite gives -wal and -shm the database file's mode."""
    if os.name != "posix":  # Windows: the data folder is in the person's private profile
        return
    try:
        os.close(os.open(database, os.O_RDONLY | os.O_CREAT, PRIVATE_FILE_MODE))
    except OSError:
        return  # SQLite reports it, in its own words, when it opens the file
    for path in (str(database), *(f"{database}{suffix}" for suffix in _SQLITE_COMPANIONS)):
        try:
            mode = stat.S_IMODE(os.stat(path).st_mode)
            if mode & 0o077:
                os.chmod(path, mode & ~0o077)
        except FileNotFoundError:
            continue
        except OSError as exc:  # another account's file: say so, and go on
            log.warning("cannot make %s private to this account: %s", path, exc)


def checkpoint_wal(engine: Engine) -> None:
    """SQLite: copy the WAL into the database file and empty it, so that what was just overwritten
    (a delivered mail's body) does not stay readable in the WAL's older frames. Else nothing."""
    if not is_sqlite(engine):
        return
    connection = engine.raw_connection()
    try:
        # Straight to the driver, outside any transaction (a checkpoint cannot run inside one).
        # It waits, within busy_timeout, for the transactions in progress.
        busy, _frames, _copied = connection.driver_connection.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
        if busy:
            log.info("WAL checkpoint deferred: the database is busy")
    finally:
        connection.close()


def make_session_factory(engine: Engine) -> sessionmaker[Session]:
    return sessionmaker(engine, expire_on_commit=False)


def make_read_session_factory(engine: Engine) -> sessionmaker[Session]:
    """Sessions that only read. On SQLite their transactions begin DEFERRED: in WAL mode any
    number of them read at once, beside the one writer, where BEGIN IMMEDIATE would queue them
    behind each other and every heartbeat, each wait a sleep of a millisecond or more (SQLite's
    busy handler). A session from here must never write: upgrading a deferred transaction
    whose snapshot has gone stale fails at once with SQLITE_BUSY.

    On PostgreSQL they read outside a transaction (autocommit): at READ COMMITTED, PostgreSQL's
    default and ours, each statement reads its own snapshot in a transaction or not, and the
    BEGIN and ROLLBACK around a read are two more round trips (four for a page of the devices
    list: its caller's session and its own)."""
    options: dict = {READ_ONLY: True}
    if not is_sqlite(engine):
        options["isolation_level"] = "AUTOCOMMIT"
    return sessionmaker(engine.execution_options(**options), expire_on_commit=False)


@contextmanager
def transaction(factory: sessionmaker[Session]) -> Iterator[Session]:
    """One unit of work: commits on success, rolls back on any exception."""
    with factory() as session, session.begin():
        yield session
