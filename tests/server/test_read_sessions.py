"""Read sessions (ctx.reads) read beside a writer on SQLite, where ordinary transactions queue."""

from __future__ import annotations

import sqlite3
import time

from sqlalchemy import func, select

from akonet_desktop.server.db import transaction
from akonet_desktop.server.models import Company, Device
from tests.support.devices import add_company


def test_a_read_session_reads_while_a_writer_holds_the_lock(make_settings, sqlite_url):
    from tests.support.api import Api

    with Api(make_settings(sqlite_url, device_counts_seconds=0)) as api:
        add_company(api)
        with transaction(api.ctx.sessions) as writer:
            writer.add(
                Company(
                    name="B",
                    country="ES",
                    id_type="NIF",
                    id_number="1",
                    phone="+34912345678",
                    created_at=api.ctx.clock.now(),
                )
            )
            writer.flush()  # the write lock is held until the end of this block
            started = time.monotonic()
            with api.ctx.reads() as reader:
                assert reader.scalar(select(func.count()).select_from(Company)) == 1  # the snapshot before
                assert reader.scalar(select(func.count()).select_from(Device)) == 0
            assert time.monotonic() - started < 1  # no wait for the writer
            # An ordinary transaction queues behind the writer (BEGIN IMMEDIATE), up to busy_timeout.
            raw = sqlite3.connect(sqlite_url.removeprefix("sqlite:///"), timeout=0.2)
            try:
                raw.execute("BEGIN IMMEDIATE")
                raise AssertionError("the writer's lock was not held")
            except sqlite3.OperationalError as exc:
                assert "locked" in str(exc)
            finally:
                raw.close()


def test_a_read_session_on_postgresql_reads_outside_a_transaction(make_settings, postgres_url):
    """No BEGIN and ROLLBACK round trips around its statements (db.make_read_session_factory);
    ordinary sessions still read and write in one."""
    import psycopg

    from tests.support.api import Api

    with Api(make_settings(postgres_url)) as api:
        add_company(api)
        with api.ctx.reads() as reader:
            assert reader.scalar(select(func.count()).select_from(Company)) == 1
            driver = reader.connection().connection.driver_connection
            assert driver.info.transaction_status == psycopg.pq.TransactionStatus.IDLE
        with transaction(api.ctx.sessions) as writer:
            assert writer.scalar(select(func.count()).select_from(Company)) == 1
            driver = writer.connection().connection.driver_connection
            assert driver.info.transaction_status == psycopg.pq.TransactionStatus.INTRANS
