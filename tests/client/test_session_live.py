"""Sessions against a real server: refresh on 401, sign-out, silent resume, refresh-token reuse."""

from __future__ import annotations

import asyncio

import httpx
import pytest

from akonet_desktop.client.api_client import AkonetClient
from akonet_desktop.client.errors import ApiFailure
from tests.client.conftest import CountingTransport, run
from tests.support.api import STRONG_PASSWORD

EMAIL = "admin@frio-industrial.es"
REFRESH = "/api/v1/auth/refresh"


def test_me_refreshes_once_after_a_401(server):
    seen = []

    async def scenario():
        transport = CountingTransport()
        async with AkonetClient(server.url, transport=transport) as client:
            signed = await server.register(client, EMAIL)
            client.on_session_changed = seen.append
            client.access_token = "garbage-garbage-garbage"

            me = await client.me()
            assert me.user.email == EMAIL
            assert transport.paths.count(REFRESH) == 1
            assert client.access_token not in (signed.session.access_token, "garbage-garbage-garbage")
            assert client.refresh_token != signed.session.refresh_token
            assert [s.refresh_token for s in seen] == [client.refresh_token]

    run(scenario())


def test_concurrent_401s_share_one_refresh(server):
    async def scenario():
        transport = CountingTransport()
        async with AkonetClient(server.url, transport=transport) as client:
            await server.register(client, EMAIL)
            client.access_token = "expired-expired-expired"
            results = await asyncio.gather(*(client.me() for _ in range(4)))
            assert {r.user.email for r in results} == {EMAIL}
            assert transport.paths.count(REFRESH) == 1

    run(scenario())


def test_cancelled_refresh_still_keeps_the_rotated_session(server):
    async def scenario():
        transport = CountingTransport()
        async with AkonetClient(server.url, transport=transport) as client:
            await server.register(client, EMAIL)
            old_refresh = client.refresh_token
            client.access_token = "expired-expired-expired"
            transport.hold_path = REFRESH

            pending = asyncio.create_task(client.me())
            await transport.answered.wait()  # the server has spent the old refresh token
            pending.cancel()
            with pytest.raises(asyncio.CancelledError):
                await pending
            transport.release.set()

            assert (await client.me()).user.email == EMAIL
            assert transport.paths.count(REFRESH) == 1
            assert client.refresh_token != old_refresh

    run(scenario())


def test_logout_revokes_and_clears(server):
    seen = []

    async def scenario():
        async with AkonetClient(server.url) as client:
            await server.register(client, EMAIL)
            access = client.access_token
            client.on_session_changed = seen.append
            await client.logout()
            assert (client.access_token, client.refresh_token) == (None, None)
            assert seen == [None]
            with pytest.raises(ApiFailure) as signed_out:
                await client.me()
            assert (signed_out.value.status, signed_out.value.code) == (401, "not_authenticated")

            client.access_token = access  # the server revoked it too
            with pytest.raises(ApiFailure):
                await client.me()

    run(scenario())


def test_logout_with_the_server_gone_still_clears(server):
    seen = []

    async def scenario():
        async with AkonetClient(server.url, timeout=3) as client:
            await server.register(client, EMAIL)
            client.on_session_changed = seen.append
            server.thread.stop()
            await client.logout()
            assert (client.access_token, client.refresh_token) == (None, None)
            assert seen == [None]

    run(scenario())


def test_resume_then_reused_token_ends_the_session(server_without_refresh_grace):
    server = server_without_refresh_grace

    async def scenario():
        async with AkonetClient(server.url) as first:
            signed = await server.register(first, EMAIL)
            remembered = signed.session.refresh_token
            await first.login(EMAIL, STRONG_PASSWORD)  # another session: untouched by what follows

            async with AkonetClient(server.url) as resumed, AkonetClient(server.url) as thief:
                me = await resumed.resume(remembered)
                assert me.user.email == EMAIL
                assert resumed.refresh_token not in (None, remembered)

                seen = []
                thief.on_session_changed = seen.append
                with pytest.raises(ApiFailure) as reused:
                    await thief.resume(remembered)
                assert (reused.value.status, reused.value.code) == (401, "refresh_reused")
                assert (thief.access_token, thief.refresh_token) == (None, None)
                assert seen == [None]

                # The whole session family ended: the legitimate holder is signed out as well.
                resumed.access_token = "expired-expired-expired"
                with pytest.raises(ApiFailure) as ended:
                    await resumed.me()
                assert ended.value.code == "refresh_invalid"
                assert resumed.refresh_token is None

            assert (await first.me()).user.email == EMAIL

    run(scenario())


def test_resume_with_an_unknown_token(server):
    async def scenario():
        async with AkonetClient(server.url) as client:
            with pytest.raises(ApiFailure) as failure:
                await client.resume("A" * 32)
            assert failure.value.code == "refresh_invalid"
            assert client.refresh_token is None

    run(scenario())


class LosingTransport(httpx.AsyncBaseTransport):
    """The real transport, except that the first answer to `lost_path` never arrives: the server
    did the work, the client sees a timeout."""

    def __init__(self, lost_path: str) -> None:
        self.inner = httpx.AsyncHTTPTransport()
        self.lost_path = lost_path
        self.paths: list[str] = []
        self.sent: list[bytes] = []

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        self.paths.append(request.url.path)
        response = await self.inner.handle_async_request(request)
        if request.url.path == self.lost_path:
            self.sent.append(request.content)
            if len(self.sent) == 1:
                await response.aread()
                await response.aclose()
                raise httpx.ReadTimeout("answer lost", request=request)
        return response

    async def aclose(self) -> None:
        await self.inner.aclose()


def test_a_refresh_whose_answer_was_lost_is_asked_again_and_the_session_goes_on(server):
    async def scenario():
        transport = LosingTransport(REFRESH)
        async with AkonetClient(server.url, transport=transport) as client:
            signed = await server.register(client, EMAIL)
            client.access_token = "expired-expired-expired"

            me = await client.me()  # 401, refresh (answer lost), the same refresh again, me

            assert me.user.email == EMAIL
            assert len(transport.sent) == 2 and transport.sent[0] == transport.sent[1]  # the same token twice
            assert client.refresh_token not in (None, signed.session.refresh_token)
            client.access_token = "expired-expired-expired"
            assert (await client.me()).user.email == EMAIL  # the rotated pair refreshes in turn
            assert transport.paths.count(REFRESH) == 3

    run(scenario())
