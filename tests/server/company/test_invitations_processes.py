"""Invitations against two real server processes sharing one database (SQLite and PostgreSQL):
one account from many simultaneous accepts, one invitation from many simultaneous invites."""

from __future__ import annotations

import asyncio
from collections import Counter
from pathlib import Path

import httpx
from sqlalchemy import create_engine, func, select

from akonet_desktop.server.models import Invitation, User
from tests.support.api import STRONG_PASSWORD
from tests.support.live import register_owner, token_in, wait_for_mail
from tests.support.processes import server_processes

OWNER = "jefe@frio.es"
INVITEE = "nuevo@frio.es"
ACCEPT = {
    "first_name": "Iker",
    "last_name": "Sanz",
    "password": STRONG_PASSWORD,
    "password_confirmation": STRONG_PASSWORD,
    "language": "es",
}
INVITE = {"email": INVITEE, "first_name": "Iker", "last_name": "Sanz", "role": "user", "language": "es"}


def _env(database_url: str, maildir: Path, tmp_path: Path) -> dict[str, str]:
    return {
        "AKONET_DATABASE_URL": database_url,
        "AKONET_MAIL_URL": f"maildir://{maildir.as_posix()}",
        "AKONET_DATA_DIR": str(tmp_path / "data"),
        "AKONET_OUTBOX_POLL_SECONDS": "0.2",
    }


def _count(database_url: str, query) -> int:
    engine = create_engine(database_url)
    try:
        with engine.connect() as connection:
            return connection.execute(query).scalar_one()
    finally:
        engine.dispose()


async def _all_at_once(requests) -> list[httpx.Response]:
    async with httpx.AsyncClient(timeout=60, limits=httpx.Limits(max_connections=len(requests))) as http:
        return await asyncio.gather(*(http.post(url, json=body, headers=headers) for url, body, headers in requests))


def test_simultaneous_invites_and_accepts_across_processes(database_url, tmp_path):
    maildir = tmp_path / "Maildir"
    with server_processes(2, _env(database_url, maildir, tmp_path), tmp_path) as urls:
        register_owner(urls[0], maildir, OWNER)
        signed = httpx.post(f"{urls[1]}/api/v1/auth/login", json={"email": OWNER, "password": STRONG_PASSWORD})
        headers = {"Authorization": f"Bearer {signed.json()['session']['access_token']}"}

        invites = [(f"{urls[i % 2]}/api/v1/users/invitations", INVITE, headers) for i in range(8)]
        statuses = Counter(r.status_code for r in asyncio.run(_all_at_once(invites)))
        assert statuses == {201: 1, 409: 7}, statuses
        assert _count(database_url, select(func.count()).select_from(Invitation)) == 1

        token = token_in(wait_for_mail(maildir, INVITEE)[-1])
        accepts = [(f"{urls[i % 2]}/api/v1/invitations/{token}/accept", ACCEPT, None) for i in range(6)]
        answers = asyncio.run(_all_at_once(accepts))
        statuses = Counter(r.status_code for r in answers)
        assert statuses == {201: 1, 404: 5}, statuses
        assert {r.json()["code"] for r in answers if r.status_code == 404} == {"link_used"}
        assert _count(database_url, select(func.count()).select_from(User).where(User.email == INVITEE)) == 1
