"""PostgreSQL's pooled connections (db._postgres_engine): a connection idle a while is tried before
it is handed out, so one the server closed meanwhile costs nothing; one used a moment ago is
handed out as it is (no round trip a checkout), and if the server closed it, that one statement
fails and the pool starts over with new connections."""

from __future__ import annotations

import psycopg
import pytest
from sqlalchemy import text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import OperationalError

from akonet_desktop.server import db


def _pids(engine) -> int:
    with engine.connect() as connection:
        return connection.scalar(text("SELECT pg_backend_pid()"))


def _closed_by_the_server(url: str, pid: int) -> None:
    dsn = make_url(url).set(drivername="postgresql").render_as_string(hide_password=False)
    with psycopg.connect(dsn, autocommit=True) as admin:
        assert admin.execute("SELECT pg_terminate_backend(%s)", (pid,)).fetchone()[0]


@pytest.fixture
def engine_pinging_after(postgres_url, monkeypatch):
    """engine_pinging_after(seconds): an engine whose connections are tried after that long idle
    (one connection in its pool: the next checkout reuses it), disposed after the test."""
    engines = []

    def make(seconds: float):
        monkeypatch.setattr(db, "PING_AFTER_IDLE_SECONDS", seconds)
        engines.append(db.make_engine(postgres_url))
        return engines[-1]

    yield make
    for engine in engines:
        engine.dispose()


def test_an_idle_connection_the_server_closed_is_replaced_before_use(postgres_url, engine_pinging_after):
    engine = engine_pinging_after(0.0)
    first = _pids(engine)
    _closed_by_the_server(postgres_url, first)
    assert _pids(engine) != first  # tried at checkout, found closed, replaced: no error


def test_a_connection_used_a_moment_ago_is_not_asked_first(postgres_url, engine_pinging_after):
    engine = engine_pinging_after(3600.0)
    first = _pids(engine)
    _closed_by_the_server(postgres_url, first)
    with pytest.raises(OperationalError):  # handed out untried: its statement fails
        _pids(engine)
    assert _pids(engine) != first  # and the pool started over


def test_an_idle_connection_found_closed_replaces_the_recently_used_ones_too(
    postgres_url, engine_pinging_after, monkeypatch
):
    """A restart closes every connection: the one found closed says so for all of them."""
    clock = [0.0]
    monkeypatch.setattr(db, "_now", lambda: clock[0])
    engine = engine_pinging_after(50.0)
    with engine.connect() as idle, engine.connect() as recent:
        pids = [c.scalar(text("SELECT pg_backend_pid()")) for c in (idle, recent)]
        idle.close()  # checked in at 0 s
        clock[0] = 100.0
    # `recent` checked in at 100 s; both closed by the server
    for pid in pids:
        _closed_by_the_server(postgres_url, pid)
    clock[0] = 120.0
    with engine.connect() as first, engine.connect() as second:  # the idle one first (in order)
        now = [c.scalar(text("SELECT pg_backend_pid()")) for c in (first, second)]
    assert not set(now) & set(pids)


def test_a_tried_connection_is_handed_out_outside_a_transaction(engine_pinging_after):
    engine = engine_pinging_after(0.0)
    _pids(engine)
    with engine.connect() as connection:
        raw = connection.connection.driver_connection
        assert raw.info.transaction_status == psycopg.pq.TransactionStatus.IDLE
