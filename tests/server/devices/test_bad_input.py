"""Bad input to every devices endpoint: 4xx naming the fields, never 500, nothing changed."""

from __future__ import annotations

import base64
import json

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from akonet_desktop.api.models import DEVICE_CURSOR_MAX, DEVICE_PAGE_MAX
from tests.support.devices import add_inventory, bearer, company_id
from tests.support.module_api import BACKENDS, module_api


@pytest.fixture(scope="module", params=BACKENDS)
def api(request, tmp_path_factory):
    """One database per module: these tests only read, or change what they created themselves."""
    with module_api(request, tmp_path_factory, "devices-bad-input") as api:
        yield api


@pytest.fixture(scope="module")
def owner(api) -> dict:
    return api.register("jefe@frio.es")


@pytest.fixture(scope="module")
def device(api, owner):
    label = add_inventory(api, company_id=company_id(owner), name="Cold room 1")[0]
    item = api.http.get("/api/v1/devices", headers=bearer(owner)).json()["items"][0]
    return label, item


def _cursor(plain: list) -> str:
    return base64.urlsafe_b64encode(json.dumps(plain).encode()).decode().rstrip("=")


def _fields(r) -> set[str]:
    assert r.status_code == 422, r.text
    assert r.json()["code"] == "validation_error"
    return {e["field"] for e in r.json()["errors"]}


@pytest.mark.parametrize(
    "params,fields",
    [
        ({"offset": -1}, {"offset"}),
        ({"offset": "x"}, {"offset"}),
        ({"offset": 10**12}, {"offset"}),
        ({"limit": 0}, {"limit"}),
        ({"limit": DEVICE_PAGE_MAX + 1}, {"limit"}),
        ({"limit": "1.5"}, {"limit"}),
        ({"sort": "password_hash"}, {"sort"}),
        ({"order": "up"}, {"order"}),
        ({"status": "green"}, {"status"}),
        ({"q": "x" * 101}, {"q"}),
        ({"q": "a\x00b"}, {"q"}),
        ({"q": "a\x1fb"}, {"q"}),
        ({"limit": -5, "sort": "?", "status": ""}, {"limit", "sort", "status"}),
        ({"cursor": "x" * (DEVICE_CURSOR_MAX + 1)}, {"cursor"}),
        ({"cursor": "not a cursor"}, {"cursor"}),
        ({"cursor": ""}, {"cursor"}),
        ({"cursor": _cursor([1, "serial", "asc", "K7P2M9Q4XA", 3])}, {"cursor"}),  # one value too many
        ({"cursor": _cursor([2, "serial", "asc", "K7P2M9Q4XA"])}, {"cursor"}),  # another version
        ({"cursor": _cursor([1, "serial", "asc", 7])}, {"cursor"}),
        ({"cursor": _cursor([1, "serial", "asc", "a\x00b"])}, {"cursor"}),
        ({"cursor": _cursor([1, "serial", "asc", "\udc80"])}, {"cursor"}),
        ({"sort": "name", "cursor": _cursor([1, "name", "asc", "cold room", 0])}, {"cursor"}),
        ({"sort": "name", "cursor": _cursor([1, "name", "asc", "cold room", True])}, {"cursor"}),
        ({"sort": "name", "cursor": _cursor([1, "name", "asc", "cold room", 2**63])}, {"cursor"}),
        ({"sort": "name", "cursor": _cursor([1, "name", "asc", None, 3])}, {"cursor"}),  # never NULL
        ({"sort": "status", "cursor": _cursor([1, "status", "asc", 1, None, 3])}, {"cursor"}),
        ({"sort": "last_seen_at", "cursor": _cursor([1, "last_seen_at", "asc", "yesterday", 3])}, {"cursor"}),
        ({"sort": "last_seen_at", "cursor": _cursor([1, "last_seen_at", "asc", "2026-12-01T10:00:00", 3])}, {"cursor"}),
        # moments that exist in their own zone but not in UTC (past year 9999, before year 1)
        (
            {"sort": "last_seen_at", "cursor": _cursor([1, "last_seen_at", "asc", "9999-12-31T23:00:00-14:00", 3])},
            {"cursor"},
        ),
        (
            {
                "sort": "activated_at",
                "order": "desc",
                "cursor": _cursor([1, "activated_at", "desc", "0001-01-01T00:00:00+14:00", 3]),
            },
            {"cursor"},
        ),
        ({"cursor": base64.urlsafe_b64encode(b"[" * 1500).decode()}, {"cursor"}),
    ],
)
def test_list_parameters(api, owner, params, fields):
    assert _fields(api.http.get("/api/v1/devices", params=params, headers=bearer(owner))) == fields


def test_a_cursor_belongs_to_its_sort_and_order(api, owner):
    """Made for one sort and order, refused for any other: its keys mean nothing there."""
    add_inventory(api, 2, company_id=company_id(owner))
    page = api.http.get("/api/v1/devices", params={"sort": "name", "limit": 1}, headers=bearer(owner)).json()
    cursor = page["next_cursor"]
    assert cursor
    for other in ({"sort": "name", "order": "desc"}, {"sort": "location"}, {"sort": "serial"}):
        r = api.http.get("/api/v1/devices", params={**other, "cursor": cursor}, headers=bearer(owner))
        assert _fields(r) == {"cursor"}
        assert r.json()["errors"][0]["code"] == "invalid"
    r = api.http.get("/api/v1/devices", params={"sort": "name", "cursor": cursor}, headers=bearer(owner))
    assert r.status_code == 200, r.text


@pytest.mark.parametrize("device_id", ["abc", "0", "-3", "1.5", str(2**63), "99999999999999999999999"])
def test_device_ids(api, owner, device_id):
    headers = bearer(owner)
    assert _fields(api.http.get(f"/api/v1/devices/{device_id}", headers=headers)) == {"device_id"}
    assert _fields(api.http.patch(f"/api/v1/devices/{device_id}", json={"name": "x"}, headers=headers)) == {"device_id"}


@pytest.mark.parametrize(
    "body,fields",
    [
        ({"name": "x" * 101}, {"name"}),
        ({"location": "x" * 201}, {"location"}),
        ({"name": "bad\x07bell"}, {"name"}),
        ({"location": "\ud800"}, {"location"}),
        ({"name": ["list"]}, {"name"}),
        ({"location": 12}, {"location"}),
        ({"name": "x" * 1001}, {"name"}),
    ],
)
def test_rename(api, owner, device, body, fields):
    _label, item = device
    # json.dumps escapes lone surrogates, as a hostile client would send them
    r = api.http.patch(
        f"/api/v1/devices/{item['id']}",
        content=json.dumps(body),
        headers={"content-type": "application/json", **bearer(owner)},
    )
    assert _fields(r) == fields
    after = api.http.get(f"/api/v1/devices/{item['id']}", headers=bearer(owner)).json()
    assert (after["name"], after["location"]) == (item["name"], item["location"])


def test_rename_trims_and_may_clear(api, owner):
    add_inventory(api, company_id=company_id(owner), name="Spare")
    item = api.http.get("/api/v1/devices", params={"q": "spare"}, headers=bearer(owner)).json()["items"][0]
    r = api.http.patch(
        f"/api/v1/devices/{item['id']}", json={"name": "  Freezer 9 ", "location": ""}, headers=bearer(owner)
    )
    assert (r.json()["name"], r.json()["location"]) == ("Freezer 9", "")
    r = api.http.patch(f"/api/v1/devices/{item['id']}", json={}, headers=bearer(owner))  # nothing to change
    assert (r.status_code, r.json()["name"]) == (200, "Freezer 9")
    r = api.http.patch(
        f"/api/v1/devices/{item['id']}", json={"name": "x" * 100, "location": "y" * 200}, headers=bearer(owner)
    )
    assert r.status_code == 200


@pytest.mark.parametrize(
    "body,fields",
    [
        ({}, {"serial", "activation_code"}),
        ({"serial": "", "activation_code": ""}, {"serial", "activation_code"}),
        ({"serial": "ABC", "activation_code": "ABCD-EFGH-JKM"}, {"serial", "activation_code"}),
        ({"serial": "ABCDE12345", "activation_code": "UUUU-UUUU-UUUU"}, {"activation_code"}),
        ({"serial": "ABCDE1234\x00", "activation_code": "ABCD-EFGH-JKMN"}, {"serial"}),
        (
            {"serial": "ABCDE12345", "activation_code": "ABCD-EFGH-JKMN", "name": "x" * 101, "location": "\x00"},
            {"name", "location"},
        ),
        ({"serial": 12345, "activation_code": None}, {"serial", "activation_code"}),
        ({"serial": "x" * 101, "activation_code": "ABCD-EFGH-JKMN"}, {"serial"}),
    ],
)
def test_activation(api, owner, body, fields):
    assert _fields(api.http.post("/api/v1/devices/activate", json=body, headers=bearer(owner))) == fields


@pytest.mark.parametrize("payload", [b"", b"{", b"[]", b"null", b'"x"', b'{"alarm": "maybe"}', b'{"alarm": [1]}'])
def test_heartbeat_body(api, device, payload):
    label, _item = device
    r = api.http.post(
        f"/api/v1/devices/{label.serial}/heartbeat",
        content=payload,
        headers={"content-type": "application/json", "Authorization": f"Device {label.device_secret}"},
    )
    assert r.status_code == 422, r.text
    assert all(e["field"] for e in r.json()["errors"])


@pytest.mark.parametrize("serial", ["%00", "%ED%A0%80", "a%2Fb", "x" * 101])
def test_heartbeat_serial(api, device, serial):
    label, _item = device
    r = api.http.post(
        f"/api/v1/devices/{serial}/heartbeat",
        json={"alarm": True},
        headers={"Authorization": f"Device {label.device_secret}"},
    )
    assert r.status_code in (401, 404, 422), r.text
    assert "code" in r.json()


@pytest.mark.parametrize("method,path", [("POST", "/api/v1/devices/activate"), ("PATCH", "/api/v1/devices/1")])
@pytest.mark.parametrize("payload", [b"", b"{", b"[]", b"null", b'"x"', b"\xff\xfe"])
def test_malformed_bodies(api, owner, device, method, path, payload):
    r = api.http.request(method, path, content=payload, headers={"content-type": "application/json", **bearer(owner)})
    assert r.status_code == 422, r.text
    assert all(e["field"] for e in r.json()["errors"])


text = st.text(st.characters(codec="utf-8"), max_size=120)
value = st.none() | st.booleans() | st.integers() | text | st.lists(text, max_size=2)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    fields=st.dictionaries(
        st.sampled_from(["serial", "activation_code", "name", "location", "alarm"]), value, max_size=5
    ),
    target=st.sampled_from(["activate", "patch", "heartbeat"]),
)
def test_fuzzed_bodies_never_500(api, owner, device, fields, target):
    label, item = device
    headers = {"content-type": "application/json", **bearer(owner)}
    path, method = {
        "activate": ("/api/v1/devices/activate", "POST"),
        "patch": (f"/api/v1/devices/{item['id']}", "PATCH"),
        "heartbeat": (f"/api/v1/devices/{label.serial}/heartbeat", "POST"),
    }[target]
    if target == "heartbeat":
        headers["Authorization"] = f"Device {label.device_secret}"
    r = api.http.request(method, path, content=json.dumps(fields), headers=headers)
    assert r.status_code < 500, r.text


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    params=st.dictionaries(
        st.sampled_from(["offset", "limit", "q", "sort", "order", "status", "cursor"]),
        st.text(max_size=30)
        | st.integers().map(str)
        | st.lists(st.none() | st.booleans() | st.integers() | st.text(max_size=5), max_size=6).map(
            lambda values: _cursor([1, "serial", "asc", *values])
        ),
        max_size=6,
    )
)
def test_fuzzed_list_parameters_never_500(api, owner, params):
    r = api.http.get("/api/v1/devices", params=params, headers=bearer(owner))
    assert r.status_code in (200, 422), r.text
