"""Sessions against a real server: refresh on 401, sign-out, silent resume, refresh-token reuse."""

from __future__ import annotations

import asyncio

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


def test_resume_then_reused_token_ends_the_session(server):
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
