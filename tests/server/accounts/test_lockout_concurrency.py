"""50 concurrent wrong passwords (or two-step codes) against two server processes: exactly 6 × 401, 44 × 423."""

from __future__ import annotations

import asyncio
import time
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta
from pathlib import Path

import httpx

from akonet_desktop.server.mail.transports import read_maildir
from tests.support.api import COMPANY, STRONG_PASSWORD, TOKEN_IN_LINK
from tests.support.processes import server_processes

EMAIL = "owner@froid-lyon.fr"


def _wait_for_mail(maildir: Path, subject_has: str | None = None, count: int = 1, timeout: float = 20):
    deadline = time.monotonic() + timeout
    while True:
        mails = read_maildir(str(maildir)) if maildir.exists() else []
        if len(mails) >= count or time.monotonic() > deadline:
            return mails
        time.sleep(0.1)


def _register(url: str, maildir: Path) -> None:
    with httpx.Client(base_url=f"{url}/api/v1", timeout=30) as http:
        r = http.post("/registrations", json={"email": EMAIL, "email_confirmation": EMAIL, "language": "fr"})
        assert r.status_code == 202
        mails = _wait_for_mail(maildir)
        token = TOKEN_IN_LINK.search(mails[0].get_body(("plain",)).get_content()).group(1)
        assert http.put(f"/registrations/{token}/company", json=COMPANY).status_code == 200
        r = http.post(
            f"/registrations/{token}/complete",
            json={
                "first_name": "Lucie",
                "last_name": "Martin",
                "password": STRONG_PASSWORD,
                "password_confirmation": STRONG_PASSWORD,
                "language": "fr",
            },
        )
        assert r.status_code == 201, r.text


@contextmanager
def _two_servers_with_an_owner(database_url: str, maildir: Path, tmp_path: Path) -> Iterator[list[str]]:
    env = {
        "AKONET_DATABASE_URL": database_url,
        "AKONET_MAIL_URL": f"maildir://{maildir.as_posix()}",
        "AKONET_DATA_DIR": str(tmp_path / "data"),
        "AKONET_OUTBOX_POLL_SECONDS": "0.2",
    }
    with server_processes(2, env, tmp_path) as urls:
        _register(urls[0], maildir)
        yield urls


async def _hammer(urls: list[str], attempts: int) -> list[httpx.Response]:
    limits = httpx.Limits(max_connections=attempts)
    async with httpx.AsyncClient(timeout=60, limits=limits) as http:
        return await asyncio.gather(
            *(
                http.post(
                    f"{urls[i % len(urls)]}/api/v1/auth/login", json={"email": EMAIL, "password": f"Wrong-Guess-{i}!"}
                )
                for i in range(attempts)
            )
        )


def test_fifty_concurrent_failures_lock_exactly_once(database_url, tmp_path):
    maildir = tmp_path / "Maildir"
    with _two_servers_with_an_owner(database_url, maildir, tmp_path) as urls:
        responses = asyncio.run(_hammer(urls, 50))

        statuses = Counter(r.status_code for r in responses)
        assert statuses == {401: 6, 423: 44}, statuses
        unauthorized = sorted(r.json()["attempts_left"] for r in responses if r.status_code == 401)
        assert unauthorized == [0, 1, 2, 3, 4, 5]
        assert all(r.json()["code"] == "account_locked" for r in responses if r.status_code == 423)

        mails = _wait_for_mail(maildir, count=2)
        time.sleep(1)  # give a wrongly duplicated lockout mail the chance to show up
        mails = read_maildir(str(maildir))
        assert len(mails) == 2, [m["Subject"] for m in mails]  # the registration link + one lockout
        lock_mail = next(m for m in mails if "password/reset" in m.get_body(("plain",)).get_content())
        assert lock_mail["To"] == EMAIL
        assert "akonet://password/reset?token=" in lock_mail.get_body(("plain",)).get_content()

        right = httpx.post(f"{urls[1]}/api/v1/auth/login", json={"email": EMAIL, "password": STRONG_PASSWORD})
        assert right.status_code == 423
        assert right.json()["code"] == "account_locked"


async def _login_many(urls: list[str], count: int, password: str) -> list[httpx.Response]:
    async with httpx.AsyncClient(timeout=60, limits=httpx.Limits(max_connections=count)) as http:
        return await asyncio.gather(
            *(
                http.post(f"{urls[i % len(urls)]}/api/v1/auth/login", json={"email": EMAIL, "password": password})
                for i in range(count)
            )
        )


def test_a_burst_of_correct_sign_ins_is_never_mistaken_for_an_attack(database_url, tmp_path):
    maildir = tmp_path / "Maildir"
    with _two_servers_with_an_owner(database_url, maildir, tmp_path) as urls:
        wrong = asyncio.run(_login_many(urls, 5, "Wrong-Guess-1!"))  # one short of the lock
        assert sorted(r.json()["attempts_left"] for r in wrong) == [1, 2, 3, 4, 5]

        right = asyncio.run(_login_many(urls, 20, STRONG_PASSWORD))

        assert Counter(r.status_code for r in right) == {200: 20}
        after = httpx.post(f"{urls[0]}/api/v1/auth/login", json={"email": EMAIL, "password": "Wrong-Guess-2!"})
        assert after.json()["attempts_left"] == 5  # the successes reset the count


def _turn_on_totp(url: str) -> str:
    """Two-step verification for the owner, through the API, with a code computed from the secret."""
    from akonet_desktop.server.accounts.totp import code_at

    with httpx.Client(base_url=f"{url}/api/v1", timeout=30) as http:
        signed = http.post("/auth/login", json={"email": EMAIL, "password": STRONG_PASSWORD}).json()
        headers = {"Authorization": f"Bearer {signed['session']['access_token']}"}
        secret = http.post("/me/totp", json={"password": STRONG_PASSWORD}, headers=headers).json()["secret"]
        r = http.post("/me/totp/confirm", json={"code": code_at(secret, datetime.now(UTC))}, headers=headers)
        assert r.status_code == 200, r.text
        return secret


def _wrong_codes(secret: str, count: int) -> list[str]:
    """Six-digit codes none of which an authenticator shows around now (a guess could be right)."""
    from akonet_desktop.server.accounts.totp import code_at

    now = datetime.now(UTC)
    shown = {code_at(secret, now + timedelta(seconds=s)) for s in range(-120, 121, 30)}
    return [c for c in (f"{i:06d}" for i in range(count + len(shown))) if c not in shown][:count]


async def _wrong_codes_and_passwords(urls: list[str], mfa_token: str, codes: list[str]) -> list[httpx.Response]:
    attempts = len(codes)
    async with httpx.AsyncClient(timeout=60, limits=httpx.Limits(max_connections=attempts)) as http:

        def attempt(i: int):
            url = urls[i % len(urls)]
            if i % 3 == 0:
                return http.post(f"{url}/api/v1/auth/login", json={"email": EMAIL, "password": f"Wrong-Guess-{i}!"})
            return http.post(f"{url}/api/v1/auth/login/totp", json={"mfa_token": mfa_token, "code": codes[i]})

        return await asyncio.gather(*(attempt(i) for i in range(attempts)))


def test_fifty_concurrent_wrong_codes_and_passwords_lock_exactly_once(database_url, tmp_path):
    """The second step's wrong codes claim from the same count as wrong passwords, across processes."""
    maildir = tmp_path / "Maildir"
    with _two_servers_with_an_owner(database_url, maildir, tmp_path) as urls:
        secret = _turn_on_totp(urls[0])
        step = httpx.post(f"{urls[1]}/api/v1/auth/login", json={"email": EMAIL, "password": STRONG_PASSWORD})
        mfa_token = step.json()["mfa_token"]

        responses = asyncio.run(_wrong_codes_and_passwords(urls, mfa_token, _wrong_codes(secret, 50)))

        statuses = Counter(r.status_code for r in responses)
        assert statuses == {401: 6, 423: 44}, statuses
        unauthorized = sorted(r.json()["attempts_left"] for r in responses if r.status_code == 401)
        assert unauthorized == [0, 1, 2, 3, 4, 5]
        _wait_for_mail(maildir, count=4)
        time.sleep(1)  # give a wrongly duplicated lockout mail the chance to show up
        locks = [m for m in read_maildir(str(maildir)) if "password/reset" in m.get_body(("plain",)).get_content()]
        assert len(locks) == 1


async def _same_code_at_once(urls: list[str], mfa_tokens: list[str], code: str) -> list[httpx.Response]:
    async with httpx.AsyncClient(timeout=60, limits=httpx.Limits(max_connections=len(mfa_tokens))) as http:
        return await asyncio.gather(
            *(
                http.post(f"{urls[i % len(urls)]}/api/v1/auth/login/totp", json={"mfa_token": token, "code": code})
                for i, token in enumerate(mfa_tokens)
            )
        )


def test_one_code_sent_at_once_to_both_processes_signs_in_once(database_url, tmp_path):
    """A code works once however many requests bring it at the same moment (no replay in its window)."""
    from akonet_desktop.server.accounts.totp import code_at

    maildir = tmp_path / "Maildir"
    with _two_servers_with_an_owner(database_url, maildir, tmp_path) as urls:
        secret = _turn_on_totp(urls[0])
        tokens = [
            httpx.post(f"{urls[i % 2]}/api/v1/auth/login", json={"email": EMAIL, "password": STRONG_PASSWORD}).json()[
                "mfa_token"
            ]
            for i in range(5)
        ]
        # The next step's code: the enrolment spent this one's.
        code = code_at(secret, datetime.now(UTC) + timedelta(seconds=30))
        responses = asyncio.run(_same_code_at_once(urls, tokens, code))
        assert Counter(r.status_code for r in responses) == {200: 1, 401: 4}, [r.text for r in responses]
        assert {r.json()["code"] for r in responses if r.status_code == 401} == {"invalid_code"}
