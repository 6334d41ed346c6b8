"""GET /activity: who did what, from where; device actions written with the action, never alone."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import select

from akonet_desktop.api.activity import ActivityKind
from akonet_desktop.api.models import DeviceActivation
from akonet_desktop.server.company import activity
from akonet_desktop.server.db import transaction
from akonet_desktop.server.devices import activation as device_activation
from akonet_desktop.server.models import Role, User
from tests.support.api import Api
from tests.support.devices import add_inventory, add_member, bearer, company_id

ACTIVITY = "/api/v1/activity"
ACTIVATE = "/api/v1/devices/activate"
WRONG_CODE = "ZZZZ-ZZZZ-ZZZZ"


@pytest.fixture
def owner(api) -> dict:
    return api.register("jefe@frio.es")


def _activate(api: Api, signed: dict, label, code: str | None = None):
    body = {"serial": label.serial, "activation_code": code or label.activation_code, "name": "Cámara 1"}
    return api.http.post(ACTIVATE, json=body, headers=bearer(signed))


def _rename(api: Api, signed: dict, device_id: int, **changes):
    return api.http.patch(f"/api/v1/devices/{device_id}", json=changes, headers=bearer(signed))


def _log(api: Api, signed: dict, **params) -> dict:
    r = api.http.get(ACTIVITY, params=params, headers=bearer(signed))
    assert r.status_code == 200, r.text
    return r.json()


def _device_in(api: Api, signed: dict) -> int:
    add_inventory(api, company_id=company_id(signed))
    return api.http.get("/api/v1/devices", headers=bearer(signed)).json()["items"][0]["id"]


# --- who may read it ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("kind", "status"),
    [("owner", 200), ("admin", 200), ("user", 403), ("signed_out", 401)],
)
def test_owner_and_administrators_read_the_log_users_do_not(api, owner, kind, status):
    if kind == "owner":
        headers = bearer(owner)
    elif kind == "signed_out":
        headers = {}
    else:
        headers = bearer(add_member(api, owner, f"{kind}@frio.es", kind))
    r = api.http.get(ACTIVITY, headers=headers)
    assert r.status_code == status, r.text
    if status == 200:
        assert r.json() == {"items": [], "total": 0, "offset": 0, "limit": 50}
    else:
        assert r.json()["code"] == {403: "forbidden", 401: "not_authenticated"}[status]


def test_a_user_whose_role_grants_device_privileges_still_cannot_read_it(api, owner):
    user = add_member(api, owner, "tecnico@frio.es", "user")
    with transaction(api.ctx.sessions) as session:
        member = session.scalars(select(User).where(User.email == "tecnico@frio.es")).one()
        member.role_id = session.scalar(
            select(Role.id).where(Role.company_id == member.company_id, Role.builtin == "technician")
        )
    assert _activate(api, user, add_inventory(api)[0]).status_code == 201
    r = api.http.get(ACTIVITY, headers=bearer(user))
    assert (r.status_code, r.json()["code"]) == (403, "forbidden")
    assert _log(api, owner)["items"][0]["actor_email"] == "tecnico@frio.es"


# --- what device actions write -----------------------------------------------------------------


def test_activation_is_recorded_with_actor_target_time_address_and_no_code(api, owner, clock):
    label = add_inventory(api, model="AKO-16526A")[0]
    assert _activate(api, owner, label).status_code == 201
    page = _log(api, owner)
    assert page["total"] == 1
    assert page["items"] == [
        {
            "id": page["items"][0]["id"],
            "kind": "device_activated",
            "actor_id": owner["user"]["id"],
            "actor_email": "jefe@frio.es",
            "target": label.serial,
            "details": {"model": "AKO-16526A"},
            "client_address": "testclient",
            "created_at": clock.now().isoformat().replace("+00:00", "Z"),
        }
    ]
    stored = json.dumps(page)
    code = label.activation_code
    assert code not in stored and code.replace("-", "") not in stored


def test_rename_records_only_what_changed(api, owner, clock):
    device_id = _device_in(api, owner)
    admin = add_member(api, owner, "admin@frio.es", "admin")
    assert _rename(api, owner, device_id, name="Cold room 1", location="Madrid").status_code == 200
    clock.advance(minutes=5)
    assert _rename(api, admin, device_id, name="Cold room 1", location="Bilbao").status_code == 200
    assert _rename(api, admin, device_id, name="Cold room 1").status_code == 200  # nothing changed: no entry
    items = _log(api, owner)["items"]
    serial = api.http.get(f"/api/v1/devices/{device_id}", headers=bearer(owner)).json()["serial"]
    assert [(i["kind"], i["actor_email"], i["target"], i["details"]) for i in items] == [
        ("device_renamed", "admin@frio.es", serial, {"location": "Bilbao"}),
        ("device_renamed", "jefe@frio.es", serial, {"name": "Cold room 1", "location": "Madrid"}),
    ]
    assert items[0]["created_at"] == clock.now().isoformat().replace("+00:00", "Z")


def test_failed_actions_write_nothing(api, owner):
    other = api.register("boss@cold.fr")
    label = add_inventory(api)[0]
    theirs = _device_in(api, other)
    mine = _device_in(api, owner)
    user = add_member(api, owner, "viewer@frio.es", "user")
    assert _activate(api, owner, label, WRONG_CODE).status_code == 404
    assert _rename(api, owner, theirs, name="Stolen").status_code == 404
    assert _rename(api, owner, mine, name="x" * 101).status_code == 422
    assert _rename(api, user, mine, name="Mine now").status_code == 403
    assert _activate(api, user, label).status_code == 403
    assert _log(api, owner)["total"] == 0
    assert _log(api, other)["total"] == 0


def test_the_entry_and_the_action_share_one_transaction(api, owner, monkeypatch):
    """If the entry cannot be written, the device does not join the company either."""
    label = add_inventory(api)[0]
    with api.ctx.sessions() as session:
        actor = session.scalars(select(User).where(User.email == "jefe@frio.es")).one()

    def broken(*args, **kwargs):
        raise RuntimeError("the log is unavailable")

    monkeypatch.setattr(activity, "record", broken)
    body = DeviceActivation(serial=label.serial, activation_code=label.activation_code)
    with pytest.raises(RuntimeError):
        device_activation.activate(api.ctx, actor, body, "192.0.2.7")
    monkeypatch.undo()
    assert api.http.get("/api/v1/devices", headers=bearer(owner)).json()["total"] == 0
    assert _activate(api, owner, label).status_code == 201


# --- whose entries ------------------------------------------------------------------------------


def test_each_company_sees_only_its_own_entries(api, owner):
    other = api.register("boss@cold.fr")
    assert _activate(api, owner, add_inventory(api)[0]).status_code == 201
    assert _activate(api, other, add_inventory(api)[0]).status_code == 201
    assert [i["actor_email"] for i in _log(api, owner)["items"]] == ["jefe@frio.es"]
    assert [i["actor_email"] for i in _log(api, other)["items"]] == ["boss@cold.fr"]
    # filtering by an actor of another company finds nothing, as if the id did not exist
    assert _log(api, other, actor=owner["user"]["id"]) == {"items": [], "total": 0, "offset": 0, "limit": 50}
    assert _log(api, owner, actor=2**63 - 1)["total"] == 0


# --- paging, order, filters ---------------------------------------------------------------------


def test_newest_first_paged_and_filtered(api, owner, clock):
    admin = add_member(api, owner, "admin@frio.es", "admin")
    assert _activate(api, owner, add_inventory(api)[0]).status_code == 201
    device_id = _device_in(api, owner)
    for n in range(5):
        clock.advance(seconds=1)
        assert _rename(api, admin if n % 2 else owner, device_id, name=f"Room {n}").status_code == 200

    everything = _log(api, owner, limit=200)
    assert everything["total"] == 6
    names = [i["details"].get("name") for i in everything["items"]]
    assert names == ["Room 4", "Room 3", "Room 2", "Room 1", "Room 0", None]
    times = [i["created_at"] for i in everything["items"]]
    assert times == sorted(times, reverse=True)

    second = _log(api, owner, offset=2, limit=2)
    assert (second["total"], second["offset"], second["limit"]) == (6, 2, 2)
    assert second["items"] == everything["items"][2:4]
    assert _log(api, owner, offset=6)["items"] == []
    assert _log(api, owner, offset=10**9) == {"items": [], "total": 6, "offset": 10**9, "limit": 50}

    activated = _log(api, owner, kind="device_activated")
    assert [i["kind"] for i in activated["items"]] == ["device_activated"]
    assert activated["total"] == 1
    by_admin = _log(api, owner, actor=admin["user"]["id"])
    assert [i["details"]["name"] for i in by_admin["items"]] == ["Room 3", "Room 1"]
    both = _log(api, owner, actor=owner["user"]["id"], kind="device_renamed")
    assert [i["details"]["name"] for i in both["items"]] == ["Room 4", "Room 2", "Room 0"]
    assert _log(api, owner, kind="role_created")["total"] == 0


def test_every_kind_is_a_filter(api, owner):
    for kind in ActivityKind:
        assert _log(api, owner, kind=kind.value)["total"] == 0


# --- bad input ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("params", "fields"),
    [
        ({"kind": "device_exploded"}, {"kind"}),
        ({"kind": ""}, {"kind"}),
        ({"actor": "me"}, {"actor"}),
        ({"actor": "0"}, {"actor"}),
        ({"actor": str(2**63)}, {"actor"}),
        ({"offset": "-1"}, {"offset"}),
        ({"offset": "1e3"}, {"offset"}),
        ({"offset": str(10**9 + 1)}, {"offset"}),
        ({"limit": "0"}, {"limit"}),
        ({"limit": "201"}, {"limit"}),
        ({"limit": "many", "offset": "x", "kind": "?"}, {"limit", "offset", "kind"}),
    ],
)
def test_bad_query_is_422_with_field_names(api, owner, params, fields):
    r = api.http.get(ACTIVITY, params=params, headers=bearer(owner))
    assert r.status_code == 422, r.text
    assert r.json()["code"] == "validation_error"
    assert {e["field"] for e in r.json()["errors"]} == fields


def test_the_largest_page_is_allowed(api, owner):
    assert _log(api, owner, limit=200)["limit"] == 200
