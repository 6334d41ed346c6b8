"""Failed sign-ins are throttled per client address, against a real `akonet-server serve`: the
client past its failures waits (429 too_many_requests, Retry-After) before any password is
checked, counted toward nobody's lockout; another client signs in as usual."""

from __future__ import annotations

import asyncio
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from sqlalchemy import select

from akonet_desktop.server.accounts.passwords import usable_cores
from akonet_desktop.server.db import make_engine
from akonet_desktop.server.models import LoginAttempts
from tests.support.api import STRONG_PASSWORD
from tests.support.live import register_owner
from tests.support.processes import server_processes

EMAIL = "owner@froid-lyon.fr"
WRONG = "Wrong-Guess-1!"
LIMIT = 3  # failures a minute: one back every 20 s, far longer than these tests take between steps
A, B = "127.0.0.4", "127.0.0.5"  # two clients, told apart by their source address


def _env(database_url: str, tmp_path: Path) -> dict[str, str]:
    return {
        "AKONET_DATABASE_URL": database_url,
        "AKONET_MAIL_URL": f"maildir://{(tmp_path / 'Maildir').as_posix()}",
        "AKONET_DATA_DIR": str(tmp_path / "data"),
        "AKONET_OUTBOX_POLL_SECONDS": "0.2",
        "AKONET_FAILED_SIGN_INS_PER_CLIENT_PER_MINUTE": str(LIMIT),
    }


@pytest.fixture
def server(sqlite_url, tmp_path) -> Iterator[str]:
    with server_processes(1, _env(sqlite_url, tmp_path), tmp_path) as urls:
        register_owner(urls[0], tmp_path / "Maildir", EMAIL)
        yield urls[0]


def _client(url: str, source: str) -> httpx.Client:
    return httpx.Client(base_url=f"{url}/api/v1", timeout=30, transport=httpx.HTTPTransport(local_address=source))


def _login(http: httpx.Client, email: str, password: str = WRONG, **headers: str) -> httpx.Response:
    return http.post("/auth/login", json={"email": email, "password": password}, headers=headers)


def _assert_throttled(answer: httpx.Response) -> int:
    assert answer.status_code == 429, answer.text
    assert answer.json()["code"] == "too_many_requests"
    wait = int(answer.headers["Retry-After"])
    assert answer.json()["retry_after"] == wait and 1 <= wait <= 60 / LIMIT + 1
    return wait


def _counted_addresses(sqlite_url: str) -> dict[str, int]:
    engine = make_engine(sqlite_url)
    try:
        with engine.connect() as connection:
            return dict(connection.execute(select(LoginAttempts.email, LoginAttempts.failures)).all())
    finally:
        engine.dispose()


def test_a_client_out_of_failures_waits_and_the_others_do_not(server, sqlite_url):
    with _client(server, A) as a, _client(server, B) as b:
        assert [_login(a, f"nobody{i}@froid.fr").status_code for i in range(LIMIT)] == [401] * LIMIT

        _assert_throttled(_login(a, "nobody-else@froid.fr"))
        _assert_throttled(_login(a, EMAIL, STRONG_PASSWORD))  # checking it would cost a verification
        for _ in range(3):
            _assert_throttled(_login(a, EMAIL))

        # A's refused attempts counted toward nobody's lockout, and left no row behind
        counted = _counted_addresses(sqlite_url)
        assert EMAIL not in counted and "nobody-else@froid.fr" not in counted
        first = _login(b, EMAIL)
        assert (first.status_code, first.json()["attempts_left"]) == (401, 5)
        assert _login(b, "nobody0@froid.fr").status_code == 401
        assert _login(b, EMAIL, STRONG_PASSWORD).status_code == 200
        _assert_throttled(_login(a, EMAIL, STRONG_PASSWORD))  # still waiting


async def _burst(url: str, source: str, count: int) -> list[httpx.Response]:
    transport = httpx.AsyncHTTPTransport(local_address=source)
    async with httpx.AsyncClient(transport=transport, timeout=60, limits=httpx.Limits(max_connections=count)) as http:
        return await asyncio.gather(
            *(
                http.post(f"{url}/api/v1/auth/login", json={"email": f"made-up{i}@froid.fr", "password": WRONG})
                for i in range(count)
            )
        )


def test_a_parallel_burst_costs_at_most_the_allowance_and_the_attempts_in_flight(server):
    answers = asyncio.run(_burst(server, A, 40))

    statuses = Counter(r.status_code for r in answers)
    assert set(statuses) == {401, 429}, statuses
    # Attempts already on a hashing thread when the bucket ran dry still verify (one per core).
    assert LIMIT <= statuses[401] <= LIMIT + usable_cores(), statuses
    for answer in answers:
        if answer.status_code == 429:
            _assert_throttled(answer)
    with _client(server, B) as b:
        assert _login(b, EMAIL, STRONG_PASSWORD).status_code == 200


def _via_proxy(url: str, forwarded_for: str, email: str) -> int:
    return httpx.post(
        f"{url}/api/v1/auth/login",
        json={"email": email, "password": WRONG},
        headers={"X-Forwarded-For": forwarded_for},
        timeout=30,
    ).status_code


@pytest.mark.parametrize("trusted", [True, False])
def test_behind_a_trusted_proxy_the_forwarded_address_is_throttled(sqlite_url, tmp_path, trusted):
    flags = ("--forwarded-allow-ips", "127.0.0.1") if trusted else ()
    with server_processes(1, _env(sqlite_url, tmp_path), tmp_path, flags) as urls:
        url = urls[0]
        assert [_via_proxy(url, "203.0.113.7", f"n{i}@froid.fr") for i in range(LIMIT + 1)] == [401] * LIMIT + [429]
        # another client behind the same proxy: its own allowance only if the proxy is trusted
        assert _via_proxy(url, "198.51.100.9", "n@froid.fr") == (401 if trusted else 429)
