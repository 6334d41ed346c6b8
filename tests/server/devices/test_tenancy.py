"""Company B never reads, renames or activates company A's devices, by id or by serial."""

from __future__ import annotations

import pytest

from tests.support.api import Api
from tests.support.devices import add_inventory, add_member, bearer, company_id


@pytest.fixture
def api(make_settings, database_url):
    with Api(make_settings(database_url)) as api:
        yield api


@pytest.fixture
def two_companies(api):
    a, b = api.register("jefe@frio.es"), api.register("boss@cold.fr")
    label = add_inventory(api, company_id=company_id(a), name="Cold room 1", location="Madrid")[0]
    a_device = api.http.get("/api/v1/devices", headers=bearer(a)).json()["items"][0]
    return a, b, label, a_device


def _same(*responses) -> None:
    assert len({(r.status_code, r.content) for r in responses}) == 1, [r.text for r in responses]


def test_b_cannot_read_a_device_by_id(api, two_companies):
    _a, b, _label, device = two_companies
    theirs = api.http.get(f"/api/v1/devices/{device['id']}", headers=bearer(b))
    unknown = api.http.get("/api/v1/devices/987654", headers=bearer(b))
    assert theirs.status_code == 404
    assert theirs.json()["code"] == "device_not_found"
    _same(theirs, unknown)


def test_b_cannot_rename_a_device(api, two_companies):
    a, b, _label, device = two_companies
    theirs = api.http.patch(f"/api/v1/devices/{device['id']}", json={"name": "Ours"}, headers=bearer(b))
    unknown = api.http.patch("/api/v1/devices/987654", json={"name": "Ours"}, headers=bearer(b))
    _same(theirs, unknown)
    assert theirs.status_code == 404
    assert api.http.get(f"/api/v1/devices/{device['id']}", headers=bearer(a)).json() == device


def test_b_cannot_activate_a_device_even_with_its_label(api, two_companies):
    a, b, label, device = two_companies
    body = {"serial": label.serial, "activation_code": label.activation_code}
    theirs = api.http.post("/api/v1/devices/activate", json=body, headers=bearer(b))
    unknown = api.http.post("/api/v1/devices/activate", json={**body, "serial": "0000000000"}, headers=bearer(b))
    _same(theirs, unknown)
    assert theirs.status_code == 404
    assert api.http.get(f"/api/v1/devices/{device['id']}", headers=bearer(a)).json() == device


def test_b_lists_and_searches_only_its_own(api, two_companies):
    _a, b, label, _device = two_companies
    mine = add_inventory(api, company_id=company_id(b), name="Cold room 1")[0]
    for params in (
        {},
        {"q": label.serial},
        {"q": "Madrid"},
        {"q": "cold"},
        {"status": "inactive"},
        {"sort": "status"},
        {"sort": "name", "order": "desc"},
    ):
        page = api.http.get("/api/v1/devices", params=params, headers=bearer(b)).json()
        assert label.serial not in {d["serial"] for d in page["items"]}
        assert page["counts"]["total"] == 1
    assert (
        api.http.get("/api/v1/devices", params={"q": "cold"}, headers=bearer(b)).json()["items"][0]["serial"]
        == mine.serial
    )


def test_b_members_of_every_role_are_kept_out(api, two_companies):
    _a, b, label, device = two_companies
    for role in ("admin", "user"):
        member = add_member(api, b, f"{role}@cold.fr", role)
        assert api.http.get(f"/api/v1/devices/{device['id']}", headers=bearer(member)).status_code == 404
        assert api.http.get("/api/v1/devices", params={"q": label.serial}, headers=bearer(member)).json()["total"] == 0


def test_inventory_devices_are_nobody_s(api, two_companies):
    a, _b, _label, _device = two_companies
    add_inventory(api, 3, name="Cold room 1")
    page = api.http.get("/api/v1/devices", headers=bearer(a)).json()
    assert page["total"] == 1
