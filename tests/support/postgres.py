"""A throw-away PostgreSQL database per test, on the server the machine provides."""

from __future__ import annotations

import os
import secrets
from collections.abc import Iterator
from contextlib import contextmanager

import psycopg
from sqlalchemy.engine import make_url

ADMIN_URL = os.environ.get("AKONET_TEST_POSTGRES_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/postgres")
# UTC+14, with no daylight saving time.
SESSION_TIME_ZONE = "Pacific/Kiritimati"
# A `database_url` param: PostgreSQL in a database whose LC_COLLATE and LC_CTYPE are 'C'.
POSTGRES_C_LOCALE = "postgresql-c-locale"


def _dsn(url: str) -> str:
    return make_url(url).set(drivername="postgresql").render_as_string(hide_password=False)


def postgres_unavailable_reason() -> str | None:
    try:
        with psycopg.connect(_dsn(ADMIN_URL), connect_timeout=3):
            return None
    except psycopg.Error as exc:
        return f"no PostgreSQL server at {make_url(ADMIN_URL).render_as_string()}: {exc}"


@contextmanager
def fresh_database(locale: str | None = None) -> Iterator[str]:
    """A new database; with `locale`, one whose collation and character classes are that locale's
    (LC_CTYPE decides what lower(), ILIKE and ~* take for upper and lower case: 'C' knows ASCII only)
    instead of the server's default."""
    name = f"akonet_test_{secrets.token_hex(6)}"
    with psycopg.connect(_dsn(ADMIN_URL), autocommit=True) as conn:
        options = ""
        if locale is not None:  # template1 may hold another locale's indexes: template0 holds none
            options = f" TEMPLATE template0 ENCODING 'UTF8' LC_COLLATE '{locale}' LC_CTYPE '{locale}'"
        conn.execute(f'CREATE DATABASE "{name}"{options}')
        # An organisation's server may well keep its own time zone (Debian sets the system's):
        # the server must read and compare moments the same whatever it is. Far from UTC, so
        # that a moment compared in the session's zone instead of UTC is off by half a day.
        conn.execute(f"ALTER DATABASE \"{name}\" SET timezone TO '{SESSION_TIME_ZONE}'")
    try:
        yield make_url(ADMIN_URL).set(database=name).render_as_string(hide_password=False)
    finally:
        with psycopg.connect(_dsn(ADMIN_URL), autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
