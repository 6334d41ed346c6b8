"""The server's SQLite files: private to its account, and no live link left readable in them once
its mail is delivered (neither in the database's free space nor in the WAL's older frames)."""

from __future__ import annotations

import os
import sqlite3.dbapi2
import stat
import time
from contextlib import contextmanager
from pathlib import Path

import httpx
import pytest
from sqlalchemy.engine import make_url

from akonet_desktop.server.db import checkpoint_wal, make_engine
from akonet_desktop.server.migrate import upgrade
from tests.support.api import STRONG_PASSWORD, Api
from tests.support.live import register_owner, token_in, wait_for_mail
from tests.support.processes import server_processes

pytestmark = pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX")

EMAIL = "Gerente@frio.es"
COMPANIONS = ("", "-wal", "-shm")


@contextmanager
def _umask(mask: int):
    """The usual umask, whatever the test run's: files would be 0644 under it."""
    previous = os.umask(mask)
    try:
        yield
    finally:
        os.umask(previous)


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def _files(database: Path) -> list[Path]:
    return [Path(f"{database}{suffix}") for suffix in COMPANIONS]


def _holding(database: Path, secret: bytes) -> list[str]:
    return [path.name for path in _files(database) if path.exists() and secret in path.read_bytes()]


def test_a_delivered_reset_link_is_not_left_in_the_database_files(tmp_path):
    """A real `akonet-server serve` on SQLite, mail to a Maildir: a live reset token, read from the
    delivered mail, is in none of the database's files once the mail is out of the server's hands."""
    data = tmp_path / "data"
    database = data / "akonet.sqlite3"
    env = {
        "AKONET_DATA_DIR": str(data),
        "AKONET_OUTBOX_POLL_SECONDS": "0.1",
        "AKONET_HOUSEKEEPING_HOURS": "0",
    }
    with _umask(0o022), server_processes(1, env, tmp_path) as (url,):
        maildir = data / "Maildir"
        register_owner(url, maildir, EMAIL)
        r = httpx.post(f"{url}/api/v1/password-recovery", json={"email": EMAIL}, timeout=30)
        assert r.status_code == 202
        token = token_in(wait_for_mail(maildir, EMAIL, count=2)[-1])

        # The mail is in the Maildir a moment before its row is marked sent and its body purged.
        deadline = time.monotonic() + 20
        while (holding := _holding(database, token.encode())) and time.monotonic() < deadline:
            time.sleep(0.1)
        assert holding == [], f"the live reset token is readable in {holding}"

        # The files of a running server, WAL and shared memory included, are its account's alone.
        assert {path.name: _mode(path) for path in _files(database)} == {path.name: 0o600 for path in _files(database)}

        # And it was a live token: it still resets the password.
        r = httpx.post(
            f"{url}/api/v1/password-reset",
            json={"token": token, "password": "Fresh-Ninja-43", "password_confirmation": "Fresh-Ninja-43"},
            timeout=30,
        )
        assert r.status_code == 204, r.text
        old = httpx.post(f"{url}/api/v1/auth/login", json={"email": EMAIL, "password": STRONG_PASSWORD}, timeout=30)
        assert old.status_code == 401


@pytest.fixture
def secure_delete_off_by_default(monkeypatch):
    """SQLite as most builds ship it (python.org's, macOS's): deleted content stays in free space
    unless a connection asks otherwise. (Debian's build wipes by default, and would hide a miss.)"""
    connect = sqlite3.dbapi2.connect  # what SQLAlchemy calls

    def connect_as_most_builds(*args, **kwargs):
        connection = connect(*args, **kwargs)
        connection.execute("PRAGMA secure_delete=OFF")
        return connection

    monkeypatch.setattr(sqlite3.dbapi2, "connect", connect_as_most_builds)


def test_a_mail_body_that_reached_the_database_file_is_wiped_from_it_on_delivery(
    make_settings, sqlite_url, secure_delete_off_by_default
):
    """A pending mail's body can reach the database file itself before it is sent (a checkpoint
    while it waits, SQLite's own every thousand pages): purging it must overwrite it there."""
    with Api(make_settings(sqlite_url)) as api:
        with api.ctx.engine.connect() as connection:  # the server's connections wipe, whatever the default
            assert connection.exec_driver_sql("PRAGMA secure_delete").scalar() == 1
        api.register(EMAIL)
        assert api.http.post("/api/v1/password-recovery", json={"email": EMAIL}).status_code == 202
        checkpoint_wal(api.ctx.engine)  # the queued mail, token and all, is in the database file now
        token = api.last_token(EMAIL)  # delivered: the body is purged, then the WAL checkpointed
        database = Path(make_url(sqlite_url).database)
        assert _holding(database, token.encode()) == []


def test_files_already_there_with_wider_modes_are_tightened_at_start(tmp_path):
    database = tmp_path / "old" / "akonet.sqlite3"
    with _umask(0o022):
        engine = make_engine(f"sqlite:///{database}")
        upgrade(engine)
        with engine.connect() as connection:  # keeps -wal and -shm while the next engine starts
            for path in _files(database):
                path.chmod(0o644)
            reopened = make_engine(f"sqlite:///{database}")
            assert {path.name: _mode(path) for path in _files(database)} == {
                path.name: 0o600 for path in _files(database)
            }
            reopened.dispose()
            connection.rollback()
        engine.dispose()


def test_a_new_database_and_its_folder_are_private(tmp_path):
    database = tmp_path / "new" / "akonet.sqlite3"
    with _umask(0o022):
        engine = make_engine(f"sqlite:///{database}")
        upgrade(engine)
        with engine.connect():
            assert [_mode(path) for path in _files(database)] == [0o600, 0o600, 0o600]
        engine.dispose()
    assert _mode(database.parent) == 0o700
