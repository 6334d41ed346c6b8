"""Programmatic Alembic: `akonet-server migrate` and migrate-on-start use this."""

from __future__ import annotations

from alembic import command
from alembic.config import Config
from sqlalchemy import Engine, text

from akonet_desktop.resources import package_path
from akonet_desktop.server.db import is_sqlite

# Any constant works; it only has to be the same in every server process.
_PG_MIGRATION_LOCK = 0x414B4F4E


def alembic_config() -> Config:
    config = Config()
    config.set_main_option("script_location", str(package_path("server", "migrations")))
    return config


def upgrade(engine: Engine, revision: str = "head") -> None:
    config = alembic_config()
    if is_sqlite(engine):
        # BEGIN IMMEDIATE (see db.py) already serialises concurrent migrators.
        with engine.begin() as connection:
            config.attributes["connection"] = connection
            command.upgrade(config, revision)
        return
    with engine.begin() as connection:
        # Several server processes may start at once: one migrates, the others wait.
        connection.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": _PG_MIGRATION_LOCK})
        config.attributes["connection"] = connection
        command.upgrade(config, revision)
