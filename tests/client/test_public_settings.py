"""AkonetClient.public_settings(): the server's numbers for the texts, and None from an older
server that has no GET /settings."""

from __future__ import annotations

import httpx
import pytest

from akonet_desktop.api import defaults
from akonet_desktop.api.models import PublicSettings
from akonet_desktop.client.api_client import AkonetClient
from akonet_desktop.client.errors import ServerFailure
from tests.client.conftest import run


def ask(handler) -> PublicSettings | None:
    async def scenario():
        async with AkonetClient("http://akonet.test", transport=httpx.MockTransport(handler)) as client:
            return await client.public_settings()

    return run(scenario())


def test_from_a_real_server(server):
    async def scenario():
        async with AkonetClient(server.url) as client:
            return await client.public_settings()

    assert run(scenario()) == PublicSettings(
        lockout_threshold=defaults.LOCKOUT_THRESHOLD, reset_link_minutes=defaults.RESET_LINK_MINUTES
    )


def test_the_answer_is_read_and_later_fields_are_ignored():
    def handler(request: httpx.Request) -> httpx.Response:
        assert request.method == "GET" and request.url.path == "/api/v1/settings"
        return httpx.Response(200, json={"lockout_threshold": 5, "reset_link_minutes": 45, "added_later": True})

    assert ask(handler) == PublicSettings(lockout_threshold=5, reset_link_minutes=45)


@pytest.mark.parametrize(
    "response",
    [
        httpx.Response(404, json={"code": "not_found", "message": "Not Found"}),  # an older AKONet server
        httpx.Response(404, html="<html>Not here</html>"),
    ],
)
def test_a_server_without_the_route_says_nothing(response):
    assert ask(lambda request: response) is None


@pytest.mark.parametrize(
    "response",
    [
        httpx.Response(200, json={"lockout_threshold": "many"}),
        httpx.Response(200, json=[5, 45]),
        httpx.Response(500, json={"code": "internal_error", "message": "boom"}),
    ],
)
def test_other_odd_answers_fail_as_usual(response):
    with pytest.raises(ServerFailure):
        ask(lambda request: response)
