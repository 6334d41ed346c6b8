"""GET /devices: pages, every sort both ways, search, status filter and counts, in the database."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest

from akonet_desktop.api.models import DEVICE_PAGE_MAX, DEVICE_SORT_FIELDS, DeviceSort
from akonet_desktop.rules.device import DEVICE_MODELS
from tests.support.api import STRONG_PASSWORD, Api
from tests.support.device_lists import SORT_KEYS
from tests.support.device_lists import status as status_of
from tests.support.devices import add_devices, add_inventory, bearer, company_id

LOCATIONS = ("Madrid, Kitchen", "Bilbao, Bakery", "Sevilla, Dock")


def _specs(company: int, now: datetime) -> list[dict]:
    specs = []
    for i in range(24):
        specs.append(
            {
                "company_id": company,
                "model": DEVICE_MODELS[i % len(DEVICE_MODELS)],
                "name": f"Cold room {i % 8 + 1}",  # three of each: ties broken by id
                "location": LOCATIONS[i % 3],
                "alarm": i % 7 == 3,
                "last_seen_at": None if i % 5 == 0 else now - timedelta(minutes=(i * 7) % 40, seconds=i),
                "activated_at": now - timedelta(days=i % 6),
            }
        )
    specs.append(
        {
            "company_id": company,
            "model": "AKO-16526A",
            "name": "Cámara FRÍA",
            "location": "Málaga",
            "alarm": False,
            "last_seen_at": now - timedelta(minutes=1),
            "activated_at": now,
        }
    )
    return specs


@pytest.fixture
def seeded(api, clock):
    """Company A with 25 devices; company B with 3; 4 in the inventory. -> (headers, devices)."""
    owner = api.register("jefe@frio.es")
    other = api.register("boss@cold.fr")
    now = clock.now()
    specs = _specs(company_id(owner), now)
    labels = add_devices(api, specs)
    add_inventory(api, 3, company_id=company_id(other), name="Cold room 1", location="Bilbao, Bakery")
    add_inventory(api, 4, name="Cold room 1")
    headers = bearer(owner)
    listed = api.http.get("/api/v1/devices", params={"limit": 100}, headers=headers).json()["items"]
    ids = {d["serial"]: d["id"] for d in listed}
    cutoff = now - timedelta(minutes=15)
    devices = [
        {**spec, "serial": label.serial, "id": ids[label.serial], "status": status_of(spec, cutoff)}
        for spec, label in zip(specs, labels, strict=True)
    ]
    return headers, devices


def _pages(api: Api, headers: dict, limit: int, **params) -> tuple[list[dict], int]:
    items, offset, total = [], 0, None
    while total is None or offset < total:
        r = api.http.get("/api/v1/devices", params={"offset": offset, "limit": limit, **params}, headers=headers)
        assert r.status_code == 200, r.text
        page = r.json()
        assert (page["offset"], page["limit"]) == (offset, limit)
        assert total in (None, page["total"])
        total = page["total"]
        assert len(page["items"]) == min(limit, total - offset)
        items += page["items"]
        offset += limit
    return items, total


def test_the_contract_lists_every_sort():
    assert DeviceSort.__args__ == DEVICE_SORT_FIELDS


@pytest.mark.parametrize("order", ["asc", "desc"])
def test_every_sort_pages_through_the_company_in_order(api, seeded, order):
    headers, devices = seeded
    for sort in DEVICE_SORT_FIELDS:
        expected = sorted(devices, key=SORT_KEYS[sort], reverse=order == "desc")
        items, total = _pages(api, headers, 4, sort=sort, order=order)
        assert total == len(devices)
        assert [d["serial"] for d in items] == [d["serial"] for d in expected], sort


def test_items_carry_every_field_and_the_computed_status(api, seeded):
    headers, devices = seeded
    items = {d["serial"]: d for d in _pages(api, headers, DEVICE_PAGE_MAX)[0]}
    for device in devices:
        item = items[device["serial"]]
        assert {k: item[k] for k in ("id", "model", "firmware", "name", "location", "status", "alarm")} == {
            "id": device["id"],
            "model": device["model"],
            "firmware": "1.0.0",
            "name": device["name"],
            "location": device["location"],
            "status": device["status"],
            "alarm": device["alarm"],
        }
        seen = device["last_seen_at"]
        assert item["last_seen_at"] == (None if seen is None else seen.isoformat().replace("+00:00", "Z"))
        assert item["activated_at"] is not None


def test_default_page_is_100_by_serial(api, seeded):
    headers, devices = seeded
    page = api.http.get("/api/v1/devices", headers=headers).json()
    assert (page["offset"], page["limit"], page["total"]) == (0, 100, len(devices))
    assert [d["serial"] for d in page["items"]] == sorted(d["serial"] for d in devices)


def test_offset_past_the_end_is_an_empty_page(api, seeded):
    headers, devices = seeded
    page = api.http.get("/api/v1/devices", params={"offset": 1000}, headers=headers).json()
    assert (page["items"], page["total"], page["counts"]["total"]) == ([], len(devices), len(devices))


def _counts(devices: list[dict]) -> dict:
    statuses = [d["status"] for d in devices]
    return {"total": len(devices), **{s: statuses.count(s) for s in ("active", "inactive", "alarm")}}


def test_counts_cover_the_whole_company_whatever_the_filter(api, seeded):
    headers, devices = seeded
    expected = _counts(devices)
    assert all(expected[s] for s in ("active", "inactive", "alarm"))  # the data exercise every status
    for params in ({}, {"q": "Bilbao"}, {"status": "alarm"}, {"q": "nothing like this"}, {"offset": 1000}):
        assert api.http.get("/api/v1/devices", params=params, headers=headers).json()["counts"] == expected


@pytest.mark.parametrize("status", ["active", "inactive", "alarm"])
def test_status_filter(api, seeded, status):
    headers, devices = seeded
    for sort in ("serial", "name", "status", "last_seen_at"):
        items, total = _pages(api, headers, 3, status=status, sort=sort)
        expected = sorted((d for d in devices if d["status"] == status), key=SORT_KEYS[sort])
        assert total == len(expected)
        assert [d["serial"] for d in items] == [d["serial"] for d in expected]
        assert {d["status"] for d in items} == {status}


def _search(api: Api, headers: dict, q: str, **params) -> list[str]:
    items, total = _pages(api, headers, 5, q=q, **params)
    assert total == len(items)
    return sorted(d["serial"] for d in items)


def _serials(devices, keep) -> list[str]:
    return sorted(d["serial"] for d in devices if keep(d))


@pytest.mark.parametrize(
    "q,keep",
    [
        ("room 1", lambda d: d["name"] == "Cold room 1"),
        ("COLD ROOM 1", lambda d: d["name"] == "Cold room 1"),
        ("bilbao", lambda d: d["location"].startswith("Bilbao")),
        ("ako-5041", lambda d: d["model"] == "AKO-5041"),
        ("akocontrol", lambda d: d["model"] == "AKOCONTROL"),
        ("cámara", lambda d: d["name"] == "Cámara FRÍA"),
        ("CÁMARA fría", lambda d: d["name"] == "Cámara FRÍA"),
        ("málaga", lambda d: d["location"] == "Málaga"),
        ("%", lambda d: False),  # a literal percent sign, not a wildcard
        ("_", lambda d: False),
        ("\\", lambda d: False),
        ("   ", lambda d: True),  # blank: no filter
    ],
)
def test_search_is_a_case_insensitive_substring_of_serial_name_location_model(api, seeded, q, keep):
    headers, devices = seeded
    assert _search(api, headers, q) == _serials(devices, keep)


def test_search_by_part_of_a_serial(api, seeded):
    headers, devices = seeded
    serial = devices[7]["serial"]
    assert _search(api, headers, serial[2:8].lower()) == [serial]


def test_search_and_status_combine(api, seeded):
    headers, devices = seeded
    got = _search(api, headers, "madrid", status="inactive", sort="name", order="desc")
    assert got == _serials(devices, lambda d: d["location"].startswith("Madrid") and d["status"] == "inactive")


def test_a_company_without_devices(api):
    owner = api.register("nuevo@frio.es")
    add_inventory(api, 2)
    page = api.http.get("/api/v1/devices", headers=bearer(owner)).json()
    assert page == {
        "items": [],
        "total": 0,
        "offset": 0,
        "limit": 100,
        "counts": {"total": 0, "active": 0, "inactive": 0, "alarm": 0},
        "next_cursor": None,
    }


def test_status_moves_with_the_clock(api, seeded, clock):
    _headers, devices = seeded
    clock.advance(hours=2)
    headers = bearer(api.login("jefe@frio.es", STRONG_PASSWORD).json())  # the old token expired
    counts = api.http.get("/api/v1/devices", headers=headers).json()["counts"]
    alarms = sum(d["alarm"] for d in devices)
    assert counts == {"total": len(devices), "active": 0, "inactive": len(devices) - alarms, "alarm": alarms}


def test_listing_needs_a_signed_in_caller(api, seeded):
    r = api.http.get("/api/v1/devices")
    assert (r.status_code, r.json()["code"]) == (401, "not_authenticated")
    r = api.http.get("/api/v1/devices", headers={"Authorization": "Bearer not-a-token"})
    assert r.status_code == 401


READING_ORDER = ["armoire", "Chambre 1", "chambre 2", "Chambre 10", "Chambre 10 bis", "Étage 3", "étage 20", "Zone"]


def _names(api: Api, headers: dict, **params) -> list[str]:
    items = api.http.get("/api/v1/devices", params={"limit": 100, **params}, headers=headers).json()["items"]
    return [d[params["sort"]] for d in items]


def test_names_and_locations_sort_as_people_read_them(api):
    """Case and accents aside, numbers by value, on both databases; whichever way a name is written."""
    owner = api.register("jefe@frio.es")
    headers = bearer(owner)
    shuffled = [READING_ORDER[i] for i in (5, 3, 7, 0, 6, 2, 4, 1)]
    add_devices(api, [{"company_id": company_id(owner), "name": name, "location": name} for name in shuffled[:4]])
    labels = add_inventory(api, 4)
    for label, name in zip(labels, shuffled[4:], strict=True):  # activation writes the name too
        r = api.http.post(
            "/api/v1/devices/activate",
            headers=headers,
            json={"serial": label.serial, "activation_code": label.activation_code, "name": "x", "location": name},
        )
        assert r.status_code == 201, r.text
        r = api.http.patch(f"/api/v1/devices/{r.json()['id']}", json={"name": name}, headers=headers)
        assert r.status_code == 200, r.text  # ...and so does renaming
    for field in ("name", "location"):
        assert _names(api, headers, sort=field) == READING_ORDER
        assert _names(api, headers, sort=field, order="desc") == READING_ORDER[::-1]
