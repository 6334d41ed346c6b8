"""A real AKONet server on loopback for the client tests, and a small asyncio runner."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Coroutine, Iterator
from pathlib import Path
from typing import Any, TypeVar

import httpx
import pytest

from akonet_desktop.api.models import CompanyData, RegistrationComplete
from akonet_desktop.client.api_client import AkonetClient
from akonet_desktop.server.app import create_app
from akonet_desktop.server.mail.transports import read_maildir
from akonet_desktop.server.runner import ServerThread
from akonet_desktop.server.settings import Settings
from tests.support.api import COMPANY, STRONG_PASSWORD, token_of

T = TypeVar("T")


def run(coro: Coroutine[Any, Any, T], timeout: float = 20.0) -> T:
    async def bounded() -> T:
        return await asyncio.wait_for(coro, timeout)

    return asyncio.run(bounded())


class LiveServer:
    def __init__(self, tmp_path: Path, **settings) -> None:
        self.maildir = tmp_path / "Maildir"
        settings = Settings(
            data_dir=tmp_path / "data",
            database_url=f"sqlite:///{tmp_path / 'akonet.sqlite3'}",
            mail_url=f"maildir://{self.maildir.as_posix()}",
            public_url="http://akonet.test",
            outbox_worker=True,
            outbox_poll_seconds=0.1,
            **settings,
        )
        self.thread = ServerThread(create_app(settings))
        self.url = self.thread.url

    def mail_count(self, to: str) -> int:
        return len(self._mails(to))

    def _mails(self, to: str) -> list:
        if not self.maildir.exists():
            return []
        return [m for m in read_maildir(str(self.maildir)) if to.lower() in m["To"].lower()]

    async def next_token(self, to: str, seen: int) -> str:
        """The code in the first mail to `to` after the `seen` ones already there."""
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            mails = self._mails(to)
            if len(mails) > seen:
                return token_of(mails[seen])
            await asyncio.sleep(0.05)
        raise AssertionError(f"no mail number {seen + 1} to {to}")

    async def register(self, client: AkonetClient, email: str, password: str = STRONG_PASSWORD):
        seen = self.mail_count(email)
        await client.start_registration(email, email, "en")
        token = await self.next_token(email, seen)
        await client.save_company(token, CompanyData(**COMPANY))
        return await client.complete_registration(
            token,
            RegistrationComplete(
                first_name="Ana", last_name="García", password=password, password_confirmation=password, language="en"
            ),
        )


@pytest.fixture
def server(tmp_path: Path) -> Iterator[LiveServer]:
    live = LiveServer(tmp_path)
    live.thread.start()
    try:
        yield live
    finally:
        live.thread.stop()


@pytest.fixture
def server_without_refresh_grace(tmp_path: Path) -> Iterator[LiveServer]:
    """Any second presentation of a refresh token is a reuse, however soon (no retry allowance)."""
    live = LiveServer(tmp_path, refresh_reuse_grace_seconds=0)
    live.thread.start()
    try:
        yield live
    finally:
        live.thread.stop()


class CountingTransport(httpx.AsyncBaseTransport):
    """The real network transport, recording request paths; optionally holding one path back."""

    def __init__(self) -> None:
        self.inner = httpx.AsyncHTTPTransport()
        self.paths: list[str] = []
        self.hold_path: str | None = None
        self.answered = asyncio.Event()
        self.release = asyncio.Event()

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        self.paths.append(request.url.path)
        response = await self.inner.handle_async_request(request)
        if request.url.path == self.hold_path:
            await response.aread()
            self.answered.set()
            await self.release.wait()
        return response

    async def aclose(self) -> None:
        await self.inner.aclose()
