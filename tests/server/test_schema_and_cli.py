"""The migrations build exactly the models; the CLI migrates and explains itself."""

from __future__ import annotations

import subprocess
import sys

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import inspect

from akonet_desktop.server.db import make_engine
from akonet_desktop.server.migrate import upgrade
from akonet_desktop.server.models import Base


def test_migrations_match_the_models(database_url):
    engine = make_engine(database_url)
    upgrade(engine)
    upgrade(engine)  # idempotent
    with engine.connect() as connection:
        diff = compare_metadata(MigrationContext.configure(connection, opts={"compare_type": True}), Base.metadata)
    engine.dispose()
    assert diff == []


def test_cli_migrate(tmp_path):
    url = f"sqlite:///{tmp_path / 'cli.sqlite3'}"
    done = subprocess.run([sys.executable, "-m", "akonet_desktop.server.cli", "migrate", "--database-url", url],
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert "up to date" in done.stdout
    engine = make_engine(url)
    assert {"users", "companies", "outbox", "login_attempts"} <= set(inspect(engine).get_table_names())
    engine.dispose()


def test_cli_rejects_a_bad_setting(tmp_path):
    done = subprocess.run([sys.executable, "-m", "akonet_desktop.server.cli", "migrate", "--lockout-threshold", "zero",
                           "--data-dir", str(tmp_path)], capture_output=True, text=True, timeout=60)
    assert done.returncode == 2
    assert "lockout_threshold" in done.stderr


def test_cli_help_lists_settings():
    done = subprocess.run([sys.executable, "-m", "akonet_desktop.server.cli", "serve", "--help"],
                          capture_output=True, text=True, timeout=60)
    assert done.returncode == 0
    for flag in ("--host", "--port", "--workers", "--database-url", "--mail-url", "--public-url", "--lockout-threshold"):
        assert flag in done.stdout
