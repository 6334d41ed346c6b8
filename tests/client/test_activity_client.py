"""AkonetClient.list_activity: the request it sends (httpx.MockTransport), and the real server's answers."""

from __future__ import annotations

from datetime import UTC, datetime

import httpx
import pytest

from akonet_desktop.api.activity import ActivityKind
from akonet_desktop.client.api_client import AkonetClient
from akonet_desktop.client.errors import ApiFailure
from tests.client.conftest import run
from tests.client.test_devices_client import recorded

ENTRY = {
    "id": 3,
    "kind": "device_renamed",
    "actor_id": 1,
    "actor_email": "jefe@frio.es",
    "target": "K7P2M9Q4XA",
    "details": {"name": "Cold room 1"},
    "client_address": "127.0.0.1",
    "created_at": "2026-11-25T10:00:00Z",
}


def test_list_activity_sends_the_query_and_reads_the_page():
    page = {"items": [ENTRY], "total": 31, "offset": 30, "limit": 30}
    result, sent = recorded(
        httpx.Response(200, json=page),
        lambda c: c.list_activity(offset=30, limit=30, actor=1, kind=ActivityKind.DEVICE_RENAMED),
    )
    (request,) = sent
    assert (request.method, request.url.path) == ("GET", "/api/v1/activity")
    assert dict(request.url.params) == {"offset": "30", "limit": "30", "actor": "1", "kind": "device_renamed"}
    assert request.headers["Authorization"] == "Bearer acc"
    assert result.total == 31
    (entry,) = result.items
    assert entry.kind is ActivityKind.DEVICE_RENAMED and entry.details == {"name": "Cold room 1"}
    assert entry.created_at == datetime(2026, 11, 25, 10, tzinfo=UTC)


def test_list_activity_leaves_out_empty_filters():
    page = {"items": [], "total": 0, "offset": 0, "limit": 50}
    _result, sent = recorded(httpx.Response(200, json=page), lambda c: c.list_activity())
    assert dict(sent[0].url.params) == {"offset": "0", "limit": "50"}


def test_the_real_server_answers_a_page_and_refuses_an_unknown_kind(server):
    async def scenario():
        async with AkonetClient(server.url) as client:
            await server.register(client, "jefe@frio.es")
            page = await client.list_activity()
            assert (page.total, page.items, page.limit) == (0, [], 50)
            with pytest.raises(ApiFailure) as refused:
                await client.list_activity(kind="device_exploded")
            assert refused.value.status == 422 and set(refused.value.field_codes()) == {"kind"}

    run(scenario())
