"""Exactly one owner at every moment: transfers at once, and a transfer racing a removal.

In one process (the service's coroutines on real threads) and through two server processes
sharing one database; on SQLite and PostgreSQL. A removal is simulated as the users service
does it: delete the member's row unless it is the owner, in its own transaction.
"""

from __future__ import annotations

import asyncio
import threading
import time
from collections import Counter
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path

import httpx
import pytest
from sqlalchemy import delete, func, select

from akonet_desktop.api.company import OwnershipTransfer
from akonet_desktop.server.company import ownership
from akonet_desktop.server.db import make_engine, make_session_factory, transaction
from akonet_desktop.server.errors import ApiError
from akonet_desktop.server.models import User
from tests.server.accounts.test_lockout_concurrency import EMAIL, _register
from tests.support.api import STRONG_PASSWORD
from tests.support.devices import add_member
from tests.support.processes import server_processes

from .conftest import OWNER
from .test_ownership import _owners

ROUNDS = 8


def _remove(factory, user_id: int, hold: float = 0.0) -> int:
    with transaction(factory) as session:
        removed = session.execute(delete(User).where(User.id == user_id, User.role != "owner")).rowcount
        time.sleep(hold)  # keeps the row lock: a transfer must wait for the outcome
        return removed


def _start_removal(factory, user_id: int, hold: float = 0.0, delay: float = 0.0) -> tuple[threading.Thread, list[int]]:
    """A removal on another thread, `delay` seconds from now; the list gets how many rows it
    deleted once it is done."""
    removed: list[int] = []

    def remove() -> None:
        time.sleep(delay)
        removed.append(_remove(factory, user_id, hold))

    thread = threading.Thread(target=remove)
    thread.start()
    return thread, removed


def _owner_count(factory, company_id: int) -> int:
    with factory() as session:
        return session.scalar(select(func.count()).where(User.company_id == company_id, User.role == "owner"))


async def _outcome(coroutine) -> int:
    try:
        await coroutine
        return 200
    except ApiError as error:
        return error.status


def _body(user_id: int) -> OwnershipTransfer:
    return OwnershipTransfer(user_id=user_id, password=STRONG_PASSWORD)


def test_two_transfers_at_once_exactly_one_wins(api, company):
    company_id = company.owner["company"]["id"]
    owner_id = company.owner["user"]["id"]
    for i in range(ROUNDS):
        a = add_member(api, company.owner, f"a{i}@frio.es", "admin")["user"]["id"]
        b = add_member(api, company.owner, f"b{i}@frio.es", "admin")["user"]["id"]

        async def both(a=a, b=b):
            return await asyncio.gather(
                _outcome(ownership.transfer(api.ctx, owner_id, _body(a), "test")),
                _outcome(ownership.transfer(api.ctx, owner_id, _body(b), "test")),
            )

        statuses = asyncio.run(both())
        assert sorted(statuses) == [200, 403], statuses
        winner = (a, b)[statuses.index(200)]
        assert _owner_count(api.ctx.sessions, company_id) == 1
        with api.ctx.sessions() as session:
            assert session.get_one(User, winner).role == "owner"
            assert session.get_one(User, owner_id).role == "admin"
        # Handed back for the next round.
        back = asyncio.run(_outcome(ownership.transfer(api.ctx, winner, _body(owner_id), "test")))
        assert back == 200
    assert _owners(api).count(OWNER) == 1


@pytest.mark.parametrize("hold", [0.0, 0.3])
def test_a_transfer_racing_the_removal_of_its_target(api, company, hold):
    company_id = company.owner["company"]["id"]
    outcomes = Counter()
    for i in range(ROUNDS):
        target = add_member(api, company.owner, f"t{i}@frio.es", "admin")["user"]["id"]
        current_owner = _current_owner(api, company_id)
        # Staggered: early removals win, late ones find the transfer done (it checks a password first).
        remover, removed = _start_removal(api.ctx.sessions, target, hold, delay=0.006 * i)
        status = asyncio.run(_outcome(ownership.transfer(api.ctx, current_owner, _body(target), "test")))
        remover.join()
        outcomes[status] += 1
        assert _owner_count(api.ctx.sessions, company_id) == 1
        if status == 200:  # the transfer went first: the new owner is protected from the removal
            assert removed == [0] and _current_owner(api, company_id) == target
        else:  # the removal went first: nothing changed hands
            assert status == 404 and removed == [1] and _current_owner(api, company_id) == current_owner
    assert set(outcomes) <= {200, 404}


def _current_owner(api, company_id: int) -> int:
    with api.ctx.sessions() as session:
        return session.scalar(select(User.id).where(User.company_id == company_id, User.role == "owner"))


# --- two server processes ----------------------------------------------------------------------


@contextmanager
def _two_servers(database_url: str, tmp_path: Path):
    maildir = tmp_path / "Maildir"
    env = {
        "AKONET_DATABASE_URL": database_url,
        "AKONET_MAIL_URL": f"maildir://{maildir.as_posix()}",
        "AKONET_DATA_DIR": str(tmp_path / "data"),
        "AKONET_OUTBOX_POLL_SECONDS": "0.2",
    }
    with server_processes(2, env, tmp_path) as urls:
        _register(urls[0], maildir)
        yield urls, EMAIL


def _add_admins(factory, company_id: int, emails: list[str]) -> list[int]:
    now = datetime.now(UTC)
    with transaction(factory) as session:
        users = [
            User(
                company_id=company_id,
                email=email,
                first_name="Luis",
                last_name="Pérez",
                role="admin",
                language="es",
                password_hash="!",  # never signs in
                password_changed_at=now,
                created_at=now,
            )
            for email in emails
        ]
        session.add_all(users)
        session.flush()
        return [user.id for user in users]


async def _post_all(requests: list[tuple[str, dict, dict]]) -> list[httpx.Response]:
    async with httpx.AsyncClient(timeout=60) as http:
        return await asyncio.gather(*(http.post(url, json=body, headers=headers) for url, body, headers in requests))


def test_owner_invariant_across_two_server_processes(database_url, tmp_path):
    with _two_servers(database_url, tmp_path) as (urls, email):
        engine = make_engine(database_url)
        factory = make_session_factory(engine)
        try:
            signed = httpx.post(f"{urls[1]}/api/v1/auth/login", json={"email": email, "password": STRONG_PASSWORD})
            assert signed.status_code == 200, signed.text
            owner_headers = {"Authorization": f"Bearer {signed.json()['session']['access_token']}"}
            company_id = signed.json()["company"]["id"]
            a, b = _add_admins(factory, company_id, ["a@froid-lyon.fr", "b@froid-lyon.fr"])

            # Two transfers at once, one per server, to two administrators: exactly one wins.
            responses = asyncio.run(
                _post_all(
                    [
                        (
                            f"{urls[i]}/api/v1/company/owner",
                            {"user_id": who, "password": STRONG_PASSWORD},
                            owner_headers,
                        )
                        for i, who in enumerate((a, b))
                    ]
                )
            )
            statuses = sorted(r.status_code for r in responses)
            assert statuses == [200, 403], [r.text for r in responses]
            assert next(r for r in responses if r.status_code == 403).json()["code"] == "owner_only"
            winner = next(r for r in responses if r.status_code == 200).json()["owner"]["id"]
            assert _owner_count(factory, company_id) == 1
            with factory() as session:
                assert session.get_one(User, winner).role == "owner"

            # The owner cannot be removed; the loser can, and a transfer to it then is 404.
            loser = b if winner == a else a
            assert _remove(factory, winner) == 0
            assert _remove(factory, loser) == 1
            assert _owner_count(factory, company_id) == 1
        finally:
            engine.dispose()


def test_transfers_racing_removals_across_two_server_processes(database_url, tmp_path):
    with _two_servers(database_url, tmp_path) as (urls, email):
        engine = make_engine(database_url)
        factory = make_session_factory(engine)
        try:
            signed = httpx.post(f"{urls[0]}/api/v1/auth/login", json={"email": email, "password": STRONG_PASSWORD})
            headers = {"Authorization": f"Bearer {signed.json()['session']['access_token']}"}
            company_id = signed.json()["company"]["id"]
            statuses = Counter()
            for i in range(ROUNDS):
                [target] = _add_admins(factory, company_id, [f"t{i}@froid-lyon.fr"])
                remover, removed = _start_removal(factory, target, 0.05 * (i % 2), delay=0.006 * i)
                r = httpx.post(
                    f"{urls[i % 2]}/api/v1/company/owner",
                    json={"user_id": target, "password": STRONG_PASSWORD},
                    headers=headers,
                    timeout=60,
                )
                remover.join()
                statuses[r.status_code] += 1
                assert _owner_count(factory, company_id) == 1
                if r.status_code == 200:
                    assert removed == [0]
                    break  # the caller is no longer the owner
                assert r.status_code == 404, r.text
                assert removed == [1]
            assert set(statuses) <= {200, 404}
        finally:
            engine.dispose()
