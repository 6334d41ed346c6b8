"""A refresh token presented again soon after its rotation (a retry whose answer was lost) gets the
same new pair and keeps the session; later, or after that pair was used, reuse ends the family."""

from __future__ import annotations

import asyncio
from collections import Counter
from pathlib import Path

import httpx
from sqlalchemy import select

from akonet_desktop.server.models import AuthSession
from tests.support.api import STRONG_PASSWORD, Api
from tests.support.live import register_owner
from tests.support.processes import server_processes

EMAIL = "jefe@frio.es"
REFRESH = "/api/v1/auth/refresh"


def _me(api: Api, access_token: str) -> int:
    return api.http.get("/api/v1/me", headers={"Authorization": f"Bearer {access_token}"}).status_code


def _pair(answer: dict) -> tuple[str, str]:
    return answer["access_token"], answer["refresh_token"]


def test_a_retry_within_the_grace_period_gets_the_same_pair(api, clock):
    first = api.register(EMAIL)["session"]["refresh_token"]
    rotated = api.http.post(REFRESH, json={"refresh_token": first})
    assert rotated.status_code == 200

    clock.advance(seconds=api.settings.refresh_reuse_grace_seconds)  # the last moment of the grace period
    again = api.http.post(REFRESH, json={"refresh_token": first})

    assert again.status_code == 200, again.text
    assert _pair(again.json()) == _pair(rotated.json())
    access, refresh = _pair(rotated.json())
    assert _me(api, access) == 200  # the session goes on, with the one pair
    following = api.http.post(REFRESH, json={"refresh_token": refresh})
    assert following.status_code == 200
    assert _me(api, following.json()["access_token"]) == 200


def test_a_retry_after_the_new_pair_was_used_ends_the_family(api):
    first = api.register(EMAIL)["session"]["refresh_token"]
    access, refresh = _pair(api.http.post(REFRESH, json={"refresh_token": first}).json())
    newest = api.http.post(REFRESH, json={"refresh_token": refresh}).json()

    # Whoever sends `first` now is not the client that went on with its successor: a thief.
    reused = api.http.post(REFRESH, json={"refresh_token": first})

    assert (reused.status_code, reused.json()["code"]) == (401, "refresh_reused")
    assert _me(api, newest["access_token"]) == 401
    assert api.http.post(REFRESH, json={"refresh_token": newest["refresh_token"]}).status_code == 401


def test_no_grace_when_it_is_set_to_zero(make_settings, sqlite_url, clock):
    with Api(make_settings(sqlite_url, refresh_reuse_grace_seconds=0), clock=clock) as api:
        first = api.register(EMAIL)["session"]["refresh_token"]
        assert api.http.post(REFRESH, json={"refresh_token": first}).status_code == 200
        clock.advance(seconds=1)
        assert api.http.post(REFRESH, json={"refresh_token": first}).json()["code"] == "refresh_reused"


def test_each_session_has_its_own_random_key(api):
    a = api.register(EMAIL)
    b = api.login(EMAIL, STRONG_PASSWORD).json()
    assert a["session"]["refresh_token"] != b["session"]["refresh_token"]
    with api.ctx.sessions() as session:
        salts = session.scalars(select(AuthSession.successor_salt)).all()
    assert len(salts) == 2 and len(set(salts)) == 2 and all(len(s) == 64 for s in salts)


async def _refresh_at_once(urls: list[str], refresh_token: str, count: int) -> list[httpx.Response]:
    async with httpx.AsyncClient(timeout=60, limits=httpx.Limits(max_connections=count)) as http:
        return await asyncio.gather(
            *(http.post(f"{urls[i % len(urls)]}{REFRESH}", json={"refresh_token": refresh_token}) for i in range(count))
        )


def test_ten_concurrent_refreshes_of_one_token_all_get_the_same_pair(database_url, tmp_path: Path):
    """A client retrying after a timeout, against two `akonet-server serve` processes."""
    maildir = tmp_path / "Maildir"
    env = {
        "AKONET_DATABASE_URL": database_url,
        "AKONET_MAIL_URL": f"maildir://{maildir.as_posix()}",
        "AKONET_DATA_DIR": str(tmp_path / "data"),
        "AKONET_OUTBOX_POLL_SECONDS": "0.2",
    }
    with server_processes(2, env, tmp_path) as urls:
        register_owner(urls[0], maildir, EMAIL)
        signed = httpx.post(f"{urls[0]}/api/v1/auth/login", json={"email": EMAIL, "password": STRONG_PASSWORD})
        assert signed.status_code == 200, signed.text
        refresh_token = signed.json()["session"]["refresh_token"]

        answers = asyncio.run(_refresh_at_once(urls, refresh_token, 10))

        assert Counter(r.status_code for r in answers) == {200: 10}, [r.text for r in answers]
        pairs = {_pair(r.json()) for r in answers}
        assert len(pairs) == 1
        access, refresh = pairs.pop()
        for url in urls:
            me = httpx.get(f"{url}/api/v1/me", headers={"Authorization": f"Bearer {access}"})
            assert me.status_code == 200  # the winner's access token is still good, on both servers
        following = httpx.post(f"{urls[1]}{REFRESH}", json={"refresh_token": refresh})
        assert following.status_code == 200


def test_upgrade_gives_sessions_still_going_their_key(database_url):
    from datetime import datetime

    from alembic import command
    from sqlalchemy import inspect, text

    from akonet_desktop.server.db import make_engine
    from akonet_desktop.server.migrate import alembic_config, upgrade

    engine = make_engine(database_url)
    upgrade(engine, "0004")
    now = datetime(2026, 12, 1)
    with engine.begin() as connection:
        connection.execute(
            text(
                "INSERT INTO companies (id, name, country, id_type, id_number, phone, created_at) "
                "VALUES (1, 'Frío', 'ES', 'es_cif', 'B58818501', '+34912345678', :now)"
            ),
            {"now": now},
        )
        connection.execute(
            text(
                "INSERT INTO users (id, company_id, email, first_name, last_name, role, language, password_hash, "
                "password_changed_at, created_at) VALUES (1, 1, 'a@frio.es', 'A', 'B', 'owner', 'es', 'h', :now, :now)"
            ),
            {"now": now},
        )
        for id_, revoked in ((1, None), (2, None), (3, now)):
            connection.execute(
                text("INSERT INTO auth_sessions (id, user_id, created_at, revoked_at) VALUES (:id, 1, :now, :revoked)"),
                {"id": id_, "now": now, "revoked": revoked},
            )
        connection.execute(
            text(
                "INSERT INTO session_tokens (token_hash, session_id, kind, created_at, expires_at) "
                "VALUES ('t1', 1, 'refresh', :now, :now)"
            ),
            {"now": now},
        )
    upgrade(engine)
    with engine.connect() as connection:
        salts = dict(connection.execute(text("SELECT id, successor_salt FROM auth_sessions")).all())
    assert salts[3] is None  # ended: nothing left to refresh
    assert len(salts[1]) == len(salts[2]) == 64 and salts[1] != salts[2]
    with engine.begin() as connection:  # and back
        config = alembic_config()
        config.attributes["connection"] = connection
        command.downgrade(config, "0005")
    assert "successor_salt" not in {c["name"] for c in inspect(engine).get_columns("auth_sessions")}
    with engine.connect() as connection:
        assert connection.execute(text("SELECT count(*) FROM session_tokens")).scalar_one() == 1
    engine.dispose()
