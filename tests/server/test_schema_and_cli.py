"""The migrations build exactly the models; the CLI migrates and explains itself."""

from __future__ import annotations

import subprocess
import sys

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import inspect, text

from akonet_desktop.server.db import make_engine
from akonet_desktop.server.devices import search_index
from akonet_desktop.server.migrate import upgrade
from akonet_desktop.server.models import Base


def _insert_old_company(connection, now) -> None:
    """A company row written straight, as the migration tests' old schemas hold one (id 1 in a
    fresh database): every column any of those schemas requires."""
    connection.execute(
        text(
            "INSERT INTO companies (name, country, id_type, id_number, phone, address_line, postal_code, "
            "city, billing_address, created_at) VALUES ('Frío', 'ES', 'es_cif', 'B58818501', '+34912345678', "
            "'', '', '', '', :now)"
        ),
        {"now": now},
    )


def _in_the_models(_object, name, type_, _reflected, _compare_to) -> bool:
    # The search's trigram index: an FTS5 table on SQLite, a GIN index on PostgreSQL, made by
    # the migrations alone (search_index.py); test_search_index.py checks them.
    return name not in search_index.DATABASE_SPECIFIC


def test_migrations_match_the_models(database_url):
    engine = make_engine(database_url)
    upgrade(engine)
    upgrade(engine)  # idempotent
    with engine.connect() as connection:
        options = {"compare_type": True, "include_object": _in_the_models}
        diff = compare_metadata(MigrationContext.configure(connection, opts=options), Base.metadata)
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


def test_upgrade_keys_the_addresses_already_there_and_keeps_everything_that_refers_to_people(
    database_url, make_settings
):
    """0004 stored addresses casefolded. After 0005 each keeps its stored address, gets its key,
    signs in in any case; and no sign-in, reset link or log entry was lost on the way (a table
    rebuild on SQLite would have cascaded to them)."""
    from datetime import UTC, datetime

    from argon2 import PasswordHasher
    from sqlalchemy import text
    from sqlalchemy.exc import IntegrityError

    from akonet_desktop.server.db import transaction
    from akonet_desktop.server.models import User
    from tests.support.api import STRONG_PASSWORD, Api

    engine = make_engine(database_url)
    upgrade(engine, "0004")
    now = datetime(2026, 12, 1)
    # Ids 1 and 2 in a fresh database. `strasse@` is how 0004 kept a `Straße@` typed at registration.
    people = [(1, "jefe@frio.es", "owner"), (2, "strasse@example.de", "admin")]
    with engine.begin() as connection:
        run = connection.execute
        _insert_old_company(connection, now)
        for _, email, role in people:
            run(
                text(
                    "INSERT INTO users (company_id, email, first_name, last_name, role, language, password_hash, "
                    "password_changed_at, created_at) VALUES (1, :email, 'Ana', 'García', :role, 'es', :hash, "
                    ":now, :now)"
                ),
                {
                    "email": email,
                    "role": role,
                    "hash": PasswordHasher().hash(STRONG_PASSWORD),
                    "now": now,
                },
            )
        run(text("INSERT INTO auth_sessions (user_id, created_at) VALUES (2, :now)"), {"now": now})
        run(
            text(
                "INSERT INTO password_resets (user_id, token_hash, password_fingerprint, created_at, expires_at) "
                "VALUES (2, 'h', 'f', :now, :now)"
            ),
            {"now": now},
        )
        run(
            text(
                "INSERT INTO activity (company_id, actor_id, actor_email, kind, target, details, client_address, "
                "created_at) VALUES (1, 1, 'jefe@frio.es', 'user_changed', '', '{}', '', :now)"
            ),
            {"now": now},
        )
        run(
            text(
                "INSERT INTO invitations (company_id, email, first_name, last_name, role, language, token_hash, "
                "created_at, expires_at) VALUES (1, 'nuevo@frio.es', 'Iker', 'Sanz', 'admin', 'es', 'i', :now, :now)"
            ),
            {"now": now},
        )
    upgrade(engine)
    with engine.connect() as connection:
        rows = connection.execute(text("SELECT email, email_key FROM users ORDER BY id")).all()
        assert [tuple(row) for row in rows] == [(email, email) for _, email, _ in people]
        assert connection.execute(text("SELECT email_key FROM invitations")).scalar_one() == "nuevo@frio.es"
        assert connection.execute(text("SELECT count(*) FROM auth_sessions")).scalar_one() == 1
        assert connection.execute(text("SELECT count(*) FROM password_resets")).scalar_one() == 1
        assert connection.execute(text("SELECT actor_id FROM activity")).scalar_one() == 1
    engine.dispose()

    with Api(make_settings(database_url)) as api:
        for typed in ("JEFE@Frio.ES", "jefe@frio.es"):
            assert api.login(typed, STRONG_PASSWORD).json()["user"]["id"] == 1
        # The account keeps its stored address; `Straße@` is a new, different person now.
        assert api.login("strasse@example.de", STRONG_PASSWORD).json()["user"]["email"] == "strasse@example.de"
        assert api.login("Straße@example.de", STRONG_PASSWORD).status_code == 401
        # The key is unique: the same person in capitals is refused by the database itself.
        with pytest.raises(IntegrityError), transaction(api.ctx.sessions) as session:
            session.add(
                User(
                    company_id=1,
                    email="JEFE@frio.es",
                    first_name="Otra",
                    last_name="Persona",
                    role="admin",
                    language="es",
                    password_hash="x",
                    password_changed_at=now.replace(tzinfo=UTC),
                    created_at=now.replace(tzinfo=UTC),
                )
            )


def test_upgrade_to_my_account_keeps_sessions_going_and_the_policy_off(database_url, make_settings):
    """0009: a session from before shows with an empty client and address; its tokens keep working,
    nobody has two-step verification and no company requires it; and it all downgrades again without
    losing a session (no table rebuild on SQLite)."""
    from datetime import UTC, datetime, timedelta

    from alembic import command
    from argon2 import PasswordHasher
    from sqlalchemy import text

    from akonet_desktop.server.accounts.tokens import token_hash
    from akonet_desktop.server.migrate import alembic_config
    from tests.support.api import STRONG_PASSWORD, Api

    engine = make_engine(database_url)
    upgrade(engine, "0008")
    started = datetime.now(UTC).replace(tzinfo=None, microsecond=0) - timedelta(minutes=5)
    with engine.begin() as connection:
        run = connection.execute
        _insert_old_company(connection, started)
        run(
            text(
                "INSERT INTO users (company_id, email, email_key, first_name, last_name, role, language, "
                "password_hash, password_changed_at, created_at) VALUES (1, 'jefe@frio.es', 'jefe@frio.es', 'Ana', "
                "'García', 'owner', 'es', :hash, :now, :now)"
            ),
            {"hash": PasswordHasher().hash(STRONG_PASSWORD), "now": started},
        )
        run(text("INSERT INTO auth_sessions (user_id, created_at) VALUES (1, :now)"), {"now": started})
        run(
            text(
                "INSERT INTO session_tokens (token_hash, session_id, kind, created_at, expires_at) "
                "VALUES (:hash, 1, 'access', :now, :until)"
            ),
            {"hash": token_hash("old-access-token"), "now": started, "until": started + timedelta(hours=1)},
        )
    upgrade(engine)
    with Api(make_settings(database_url)) as api:
        headers = {"Authorization": "Bearer old-access-token"}
        me = api.http.get("/api/v1/me", headers=headers).json()
        assert (me["user"]["totp_enabled"], me["company"]["require_totp_for_admins"]) == (False, False)
        [old] = api.http.get("/api/v1/me/sessions", headers=headers).json()
        assert (old["client"], old["address"], old["current"]) == ("", "", True)
        assert old["created_at"].startswith(started.isoformat())
    with engine.begin() as connection:
        config = alembic_config()
        config.attributes["connection"] = connection
        command.downgrade(config, "0008")
    assert "client" not in {c["name"] for c in inspect(engine).get_columns("auth_sessions")}
    with engine.connect() as connection:
        assert connection.execute(text("SELECT count(*) FROM session_tokens")).scalar_one() == 1
    engine.dispose()


def test_upgrade_to_waiting_devices_indexes_only_those_in_no_company(database_url):
    """0010: the pre-activation index becomes a partial one, of the devices still waiting, which
    joining reads; and back."""
    from alembic import command
    from sqlalchemy import text

    from akonet_desktop.server.migrate import alembic_config

    engine = make_engine(database_url)
    upgrade(engine, "0009")
    assert "ix_devices_preactivated_for" in {i["name"] for i in inspect(engine).get_indexes("devices")}
    upgrade(engine)
    indexes = {i["name"]: i for i in inspect(engine).get_indexes("devices")}
    assert "ix_devices_preactivated_for" not in indexes
    assert indexes["ix_devices_waiting_for"]["column_names"] == ["preactivated_for"]
    with engine.connect() as connection:
        if engine.dialect.name == "sqlite":
            plan = connection.execute(
                text(
                    "EXPLAIN QUERY PLAN SELECT id FROM devices "
                    "WHERE preactivated_for = 'a@b.es' AND company_id IS NULL LIMIT 2000"
                )
            ).all()
            assert "ix_devices_waiting_for" in str(plan)
        else:
            definition = connection.execute(
                text("SELECT indexdef FROM pg_indexes WHERE indexname = 'ix_devices_waiting_for'")
            ).scalar_one()
            assert "WHERE (company_id IS NULL)" in definition
    with engine.begin() as connection:
        config = alembic_config()
        config.attributes["connection"] = connection
        command.downgrade(config, "0009")
    assert "ix_devices_preactivated_for" in {i["name"] for i in inspect(engine).get_indexes("devices")}
    engine.dispose()


def test_upgrade_to_member_search_folds_the_people_and_invitations_already_there(database_url, make_settings):
    """0011: people and invitations from before get their folded search text, so the list finds
    them as it finds new ones; and back, keeping every row (no table rebuild on SQLite)."""
    from datetime import UTC, datetime, timedelta

    from alembic import command
    from argon2 import PasswordHasher
    from sqlalchemy import text

    from akonet_desktop.server.migrate import alembic_config
    from tests.support.api import STRONG_PASSWORD, Api

    engine = make_engine(database_url)
    upgrade(engine, "0010")
    now = datetime.now(UTC).replace(tzinfo=None, microsecond=0)
    with engine.begin() as connection:
        run = connection.execute
        _insert_old_company(connection, now)
        run(
            text(
                "INSERT INTO users (company_id, email, email_key, first_name, last_name, role, language, "
                "password_hash, password_changed_at, created_at) VALUES (1, 'jefe@frio.es', 'jefe@frio.es', 'Ｋｅｎ', "
                "'ÁLVAREZ', 'owner', 'es', :hash, :now, :now)"
            ),
            {"hash": PasswordHasher().hash(STRONG_PASSWORD), "now": now},
        )
        run(
            text(
                "INSERT INTO invitations (company_id, email, email_key, first_name, last_name, role, language, "
                "token_hash, created_at, expires_at) VALUES (1, 'Gross@frio.es', 'gross@frio.es', 'Uwe', 'Straße', "
                "'admin', 'es', 'i', :now, :later)"
            ),
            {"now": now, "later": now + timedelta(days=7)},
        )
    upgrade(engine)
    with engine.connect() as connection:
        assert (
            connection.execute(text("SELECT search_text FROM users")).scalar_one() == "ken\x1fálvarez\x1fjefe@frio.es"
        )
        assert connection.execute(text("SELECT search_text FROM invitations")).scalar_one() == (
            "uwe\x1fstrasse\x1fgross@frio.es"
        )
    with Api(make_settings(database_url)) as api:
        owner = {
            "Authorization": f"Bearer {api.login('jefe@frio.es', STRONG_PASSWORD).json()['session']['access_token']}"
        }
        for q, expected in (("álvarez", ["jefe@frio.es"]), ("KEN", ["jefe@frio.es"]), ("STRASSE", ["Gross@frio.es"])):
            r = api.http.get("/api/v1/users", params={"q": q}, headers=owner)
            assert [m["email"] for m in r.json()["items"]] == expected, q
    with engine.begin() as connection:
        config = alembic_config()
        config.attributes["connection"] = connection
        command.downgrade(config, "0010")
    assert "search_text" not in {c["name"] for c in inspect(engine).get_columns("users")}
    assert "search_text" not in {c["name"] for c in inspect(engine).get_columns("invitations")}
    with engine.connect() as connection:
        assert connection.execute(text("SELECT count(*) FROM users")).scalar_one() == 1
        assert connection.execute(text("SELECT count(*) FROM invitations")).scalar_one() == 1
    engine.dispose()
