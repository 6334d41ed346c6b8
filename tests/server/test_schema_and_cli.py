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
    done = subprocess.run(
        [sys.executable, "-m", "akonet_desktop.server.cli", "migrate", "--database-url", url],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert "up to date" in done.stdout
    engine = make_engine(url)
    assert {"users", "companies", "outbox", "login_attempts"} <= set(inspect(engine).get_table_names())
    engine.dispose()


def test_cli_rejects_a_bad_setting(tmp_path):
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "akonet_desktop.server.cli",
            "migrate",
            "--lockout-threshold",
            "zero",
            "--data-dir",
            str(tmp_path),
        ],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 2
    assert "lockout_threshold" in done.stderr


def test_cli_help_lists_settings():
    done = subprocess.run(
        [sys.executable, "-m", "akonet_desktop.server.cli", "serve", "--help"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0
    for flag in (
        "--host",
        "--port",
        "--workers",
        "--database-url",
        "--mail-url",
        "--public-url",
        "--lockout-threshold",
    ):
        assert flag in done.stdout


def test_upgrade_gives_devices_already_there_their_sort_keys(database_url):
    from datetime import datetime

    from alembic import command
    from sqlalchemy import text

    from akonet_desktop.rules.sort_key import natural_sort_key
    from akonet_desktop.server.migrate import alembic_config

    engine = make_engine(database_url)
    upgrade(engine, "0002")
    names = [("Chambre 10", "Étage 2"), ("chambre 2", ""), ("", "")]
    with engine.begin() as connection:
        for i, (name, location) in enumerate(names):
            connection.execute(
                text(
                    "INSERT INTO devices (serial, model, firmware, activation_code_hash, device_secret_hash, name, "
                    "location, alarm, created_at) VALUES (:serial, 'AKO-16524', '1.0.0', 'h', 'h', :name, :location, "
                    ":alarm, :now)"
                ),
                {"serial": f"S{i}", "name": name, "location": location, "alarm": False, "now": datetime(2026, 11, 25)},
            )
    upgrade(engine)
    with engine.connect() as connection:
        rows = connection.execute(
            text("SELECT name, location, name_key, location_key FROM devices ORDER BY serial")
        ).all()
    assert [tuple(row) for row in rows] == [
        (name, location, natural_sort_key(name), natural_sort_key(location)) for name, location in names
    ]
    with engine.begin() as connection:  # and back, for an operator who must roll a release back
        config = alembic_config()
        config.attributes["connection"] = connection
        command.downgrade(config, "0002")
    assert "name_key" not in {c["name"] for c in inspect(engine).get_columns("devices")}
    engine.dispose()
