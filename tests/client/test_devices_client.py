"""AkonetClient's device calls: the requests they send (httpx.MockTransport), and the real
server's answers (list, read, rename, activate; the 404, 409 and 429 refusals)."""

from __future__ import annotations

import csv
import io
import json
from datetime import UTC, datetime
from pathlib import Path

import httpx
import pytest

from akonet_desktop.api.models import DeviceActivation, DeviceUpdate
from akonet_desktop.client.api_client import AkonetClient
from akonet_desktop.client.errors import ApiFailure, ServerFailure
from tests.client.conftest import run

DEVICE = {
    "id": 7,
    "serial": "K7P2M9Q4XA",
    "model": "AKO-16524",
    "firmware": "2.1.0",
    "name": "Cold room 1",
    "location": "Madrid, Kitchen",
    "status": "active",
    "alarm": False,
    "last_seen_at": "2026-11-25T10:00:00Z",
    "activated_at": "2026-11-20T09:00:00Z",
}
COUNTS = {"total": 1, "active": 1, "inactive": 0, "alarm": 0}


def recorded(handler_answer: httpx.Response, action, access_token: str = "acc"):
    """Run `action(client)` against one canned answer; returns (result, the requests sent)."""
    sent: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return handler_answer

    async def scenario():
        async with AkonetClient("http://akonet.test", transport=httpx.MockTransport(handler)) as client:
            client.access_token = access_token
            return await action(client)

    return run(scenario()), sent


def test_list_devices_sends_the_query_and_reads_the_page():
    page = {"items": [DEVICE], "total": 1, "offset": 200, "limit": 200, "counts": COUNTS}
    result, sent = recorded(
        httpx.Response(200, json=page),
        lambda c: c.list_devices(
            offset=200, limit=200, q="cold room", sort="last_seen_at", order="desc", status="alarm"
        ),
    )
    (request,) = sent
    assert request.method == "GET" and request.url.path == "/api/v1/devices"
    assert dict(request.url.params) == {
        "offset": "200",
        "limit": "200",
        "q": "cold room",
        "sort": "last_seen_at",
        "order": "desc",
        "status": "alarm",
    }
    assert request.headers["Authorization"] == "Bearer acc"
    assert result.total == 1 and result.counts.active == 1
    assert result.items[0].last_seen_at == datetime(2026, 11, 25, 10, tzinfo=UTC)


def test_list_devices_leaves_out_empty_filters():
    page = {"items": [], "total": 0, "offset": 0, "limit": 50, "counts": {**COUNTS, "total": 0, "active": 0}}
    _result, sent = recorded(httpx.Response(200, json=page), lambda c: c.list_devices(0, 50))
    assert dict(sent[0].url.params) == {"offset": "0", "limit": "50"}


def test_list_devices_sends_a_cursor_and_reads_the_next_one():
    page = {"items": [DEVICE], "total": 2, "offset": 1, "limit": 1, "counts": COUNTS, "next_cursor": "opaque+/="}
    result, sent = recorded(httpx.Response(200, json=page), lambda c: c.list_devices(1, 1, cursor="abc/="))
    assert dict(sent[0].url.params) == {"offset": "1", "limit": "1", "cursor": "abc/="}
    assert result.next_cursor == "opaque+/="
    del page["next_cursor"]  # a server without cursors
    result, sent = recorded(httpx.Response(200, json=page), lambda c: c.list_devices(1, 1, cursor=None))
    assert "cursor" not in dict(sent[0].url.params) and result.next_cursor is None


def test_get_update_and_activate_send_what_the_contract_says():
    _result, sent = recorded(httpx.Response(200, json=DEVICE), lambda c: c.get_device(7))
    assert (sent[0].method, sent[0].url.path) == ("GET", "/api/v1/devices/7")

    result, sent = recorded(
        httpx.Response(200, json=DEVICE), lambda c: c.update_device(7, DeviceUpdate(name="Cold room 1"))
    )
    assert (sent[0].method, sent[0].url.path) == ("PATCH", "/api/v1/devices/7")
    assert json.loads(sent[0].content) == {"name": "Cold room 1"}  # the location is left alone
    assert result.name == "Cold room 1"

    body = DeviceActivation(serial="K7P2M9Q4XA", activation_code="7K3M-9QPX-2W4R", name="Cold room 1")
    result, sent = recorded(httpx.Response(201, json=DEVICE), lambda c: c.activate_device(body))
    assert (sent[0].method, sent[0].url.path) == ("POST", "/api/v1/devices/activate")
    assert json.loads(sent[0].content) == {
        "serial": "K7P2M9Q4XA",
        "activation_code": "7K3M-9QPX-2W4R",
        "name": "Cold room 1",
        "location": "",
    }
    assert result.id == 7


@pytest.mark.parametrize(
    "status, code, extra",
    [
        (404, "device_not_found", {}),
        (403, "forbidden", {}),
        (409, "device_already_active", {}),
        (429, "rate_limited", {"retry_after": 1800}),
    ],
)
def test_refusals_become_api_failures(status, code, extra):
    answer = httpx.Response(status, json={"code": code, "message": "no", **extra})
    with pytest.raises(ApiFailure) as failure:
        recorded(
            answer, lambda c: c.activate_device(DeviceActivation(serial="K7P2M9Q4XA", activation_code="7K3M-9QPX-2W4R"))
        )
    assert (failure.value.status, failure.value.code) == (status, code)
    assert failure.value.retry_after == extra.get("retry_after")


def test_a_page_that_is_not_a_page_is_a_server_failure():
    with pytest.raises(ServerFailure):
        recorded(httpx.Response(200, json={"items": "nope"}), lambda c: c.list_devices())


def test_an_expired_access_token_is_refreshed_once_and_the_query_resent():
    page = {"items": [], "total": 0, "offset": 0, "limit": 10, "counts": {**COUNTS, "total": 0, "active": 0}}
    sent: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        if request.url.path == "/api/v1/auth/refresh":
            return httpx.Response(
                200, json={"access_token": "new", "refresh_token": "ref2", "expires_in": 900, "refresh_expires_in": 9}
            )
        if request.headers["Authorization"] == "Bearer old":
            return httpx.Response(401, json={"code": "not_authenticated", "message": "expired"})
        return httpx.Response(200, json=page)

    async def scenario():
        async with AkonetClient("http://akonet.test", transport=httpx.MockTransport(handler)) as client:
            client.access_token, client.refresh_token = "old", "ref"
            return await client.list_devices(0, 10, q="x")

    assert run(scenario()).total == 0
    assert [r.url.path for r in sent] == ["/api/v1/devices", "/api/v1/auth/refresh", "/api/v1/devices"]
    assert dict(sent[-1].url.params) == {"offset": "0", "limit": "10", "q": "x"}
    assert sent[-1].headers["Authorization"] == "Bearer new"


# --- against the real server ----------------------------------------------------------------------


def _cli(monkeypatch, tmp_path: Path, capsys, *args: str) -> str:
    from akonet_desktop.server.cli import main

    url = f"sqlite:///{tmp_path / 'akonet.sqlite3'}"  # the `server` fixture's database
    monkeypatch.setenv("AKONET_DATABASE_URL", url)
    capsys.readouterr()
    assert main([*args, "--database-url", url]) == 0
    return capsys.readouterr().out


def _label(out: str) -> dict[str, str]:
    return next(csv.DictReader(io.StringIO(out)))


def test_devices_on_the_real_server(server, tmp_path, monkeypatch, capsys):
    email = "flota@frio-este.es"
    _cli(monkeypatch, tmp_path, capsys, "inventory", "demo", "--count", "30", "--preactivate-for", email)
    label = _label(_cli(monkeypatch, tmp_path, capsys, "inventory", "add", "--model", "AKO-5041"))

    async def scenario():
        async with AkonetClient(server.url) as client:
            await server.register(client, email)
            page = await client.list_devices(0, 20, sort="serial", order="desc")
            assert page.total == 30 and page.counts.total == 30 and len(page.items) == 20
            serials = [d.serial for d in page.items]
            assert serials == sorted(serials, reverse=True)
            rest = await client.list_devices(20, 20, sort="serial", order="desc")
            assert len(rest.items) == 10 and not {d.id for d in rest.items} & {d.id for d in page.items}
            # The same rows with the first page's cursor (when the server gives one; else none is sent).
            after = await client.list_devices(20, 20, sort="serial", order="desc", cursor=page.next_cursor)
            assert [d.id for d in after.items] == [d.id for d in rest.items] and after.offset == 20

            freezers = await client.list_devices(0, 50, q="freezer")
            assert all("freezer" in d.name.lower() for d in freezers.items)
            assert freezers.total == len(freezers.items) and freezers.counts.total == 30

            first = page.items[0]
            assert (await client.get_device(first.id)).serial == first.serial
            renamed = await client.update_device(first.id, DeviceUpdate(location="Bilbao, Dock 3"))
            assert (renamed.location, renamed.name) == ("Bilbao, Dock 3", first.name)

            with pytest.raises(ApiFailure) as refused:
                await client.update_device(first.id, DeviceUpdate(name="x" * 101))
            assert refused.value.status == 422 and refused.value.field_codes() == {"name": ["too_long"]}

            wrong = DeviceActivation(serial=label["serial"], activation_code="2222-2222-2222")
            with pytest.raises(ApiFailure) as refused:
                await client.activate_device(wrong)
            assert (refused.value.status, refused.value.code) == (404, "device_not_found")

            right = DeviceActivation(
                serial=label["serial"].lower(),
                activation_code=label["activation_code"],
                name="Gateway",
                location="Roof",
            )
            device = await client.activate_device(right)
            assert (device.serial, device.model, device.name) == (label["serial"], "AKO-5041", "Gateway")
            assert (await client.list_devices(0, 1)).counts.total == 31

            with pytest.raises(ApiFailure) as again:
                await client.activate_device(right)
            assert again.value.code == "device_already_active"

            with pytest.raises(ApiFailure) as missing:
                await client.get_device(10**9)
            assert (missing.value.status, missing.value.code) == (404, "device_not_found")

    run(scenario(), timeout=60)


def test_wrong_activation_codes_are_throttled(server, tmp_path, monkeypatch, capsys):
    label = _label(_cli(monkeypatch, tmp_path, capsys, "inventory", "add", "--model", "AKO-16524"))

    async def scenario():
        async with AkonetClient(server.url) as client:
            await server.register(client, "adivina@frio-sur.es")
            codes = []
            for attempt in range(11):
                try:
                    await client.activate_device(
                        DeviceActivation(serial=label["serial"], activation_code=f"{attempt:04d}-2222-2222")
                    )
                except ApiFailure as failure:
                    codes.append(failure.code)
            assert codes == ["device_not_found"] * 10 + ["rate_limited"]
            with pytest.raises(ApiFailure) as limited:  # even the right code, for now
                await client.activate_device(
                    DeviceActivation(serial=label["serial"], activation_code=label["activation_code"])
                )
            assert limited.value.status == 429 and limited.value.retry_after > 0

    run(scenario(), timeout=60)
