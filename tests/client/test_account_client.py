"""AkonetClient's My account calls and the two-step sign-in: the requests they send, and a real
server's answers."""

from __future__ import annotations

import json
import re
from datetime import UTC, datetime, timedelta

import httpx
import pytest

from akonet_desktop.api.account import MeUpdate, MfaRequired
from akonet_desktop.api.models import SignedIn
from akonet_desktop.client.api_client import AkonetClient
from akonet_desktop.client.errors import ApiFailure
from akonet_desktop.server.accounts.totp import code_at
from tests.client.conftest import run
from tests.client.test_devices_client import recorded
from tests.support.api import STRONG_PASSWORD

NEW_PASSWORD = "Polar-Walrus-83"


async def _expect_failure(call) -> ApiFailure:
    with pytest.raises(ApiFailure) as failure:
        await call
    return failure.value


def _code(secret: str, steps_ahead: int = 0) -> str:
    # A step ahead is still within the drift allowed, and is not the step a code was spent on.
    return code_at(secret, datetime.now(UTC) + timedelta(seconds=30 * steps_ahead))


def test_every_request_says_which_app_and_system_sent_it():
    _result, sent = recorded(httpx.Response(204), lambda c: c.end_other_sessions())
    assert re.fullmatch(r"AKONetDesktop/[\w.+-]+ \([^()\r\n]+\)", sent[0].headers["User-Agent"])


def test_login_tells_the_second_step_from_a_session():
    answer = {"mfa_required": True, "mfa_token": "T" * 32, "mfa_expires_in": 300}
    sent: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return httpx.Response(200, json=answer)

    async def scenario():
        async with AkonetClient("http://akonet.test", transport=httpx.MockTransport(handler)) as client:
            result = await client.login("ana@frio.es", STRONG_PASSWORD)
            return result, client.access_token

    result, access = run(scenario())
    assert isinstance(result, MfaRequired) and result.mfa_token == "T" * 32
    assert access is None  # no session yet


def test_disable_totp_sends_password_and_code_in_the_body():
    _result, sent = recorded(httpx.Response(204), lambda c: c.disable_totp("Secret-Pass-1!", "123 456"))
    (request,) = sent
    assert (request.method, request.url.path) == ("DELETE", "/api/v1/me/totp")
    assert json.loads(request.content) == {"password": "Secret-Pass-1!", "code": "123 456"}


def test_account_calls_against_a_real_server(server):
    async def scenario():
        async with AkonetClient(server.url) as client, AkonetClient(server.url) as other:
            signed = await server.register(client, "owner@frio.es")
            assert isinstance(await other.login("owner@frio.es", STRONG_PASSWORD), SignedIn)

            sessions = await client.list_sessions()
            assert len(sessions) == 2 and [s.current for s in sessions] == [True, False]
            assert all(s.client.startswith("AKONetDesktop/") and s.address == "127.0.0.1" for s in sessions)
            await client.end_session(sessions[1].id)
            ended = await _expect_failure(other.me())
            assert ended.code in ("not_authenticated", "refresh_invalid")
            missing = await _expect_failure(client.end_session(sessions[1].id))
            assert (missing.status, missing.code) == (404, "session_not_found")

            me = await client.update_me(MeUpdate(first_name="Anabel", language="fr"))
            assert (me.user.first_name, me.user.language) == ("Anabel", "fr")
            invalid = await _expect_failure(client.update_me(MeUpdate(language="xx")))
            assert (invalid.status, [e.field for e in invalid.errors]) == (422, ["language"])

            wrong = await _expect_failure(client.change_password("Wrong-Guess-1!", NEW_PASSWORD, NEW_PASSWORD))
            assert (wrong.status, wrong.code, wrong.attempts_left) == (401, "invalid_credentials", 5)
            await client.change_password(STRONG_PASSWORD, NEW_PASSWORD, NEW_PASSWORD)

            setup = await client.start_totp(NEW_PASSWORD)
            assert setup.otpauth_uri.startswith("otpauth://totp/")
            codes = (await client.confirm_totp(_code(setup.secret))).recovery_codes
            assert len(codes) == 10 and (await client.me()).user.totp_enabled

            step = await other.login("owner@frio.es", NEW_PASSWORD)
            assert isinstance(step, MfaRequired)
            shown = {_code(setup.secret, steps) for steps in range(-4, 5)}
            wrong = next(c for c in (f"{i:06d}" for i in range(20)) if c not in shown)
            bad = await _expect_failure(other.login_totp(step.mfa_token, wrong))
            assert (bad.status, bad.code, bad.attempts_left) == (401, "invalid_code", 5)
            done = await other.login_totp(step.mfa_token, _code(setup.secret, steps_ahead=1))
            assert done.user.id == signed.user.id and other.access_token == done.session.access_token

            await client.end_other_sessions()
            assert [s.current for s in await client.list_sessions()] == [True]
            await client.disable_totp(NEW_PASSWORD, codes[0])
            assert not (await client.me()).user.totp_enabled

    run(scenario())
