"""« Activer dispositif »: serial + label code; failures look alike and are throttled per company."""

from __future__ import annotations

from collections import Counter
from concurrent.futures import ThreadPoolExecutor

import pytest
from sqlalchemy import select

from akonet_desktop.api.models import DeviceActivation
from akonet_desktop.server.devices import activation as device_activation
from akonet_desktop.server.errors import ApiError
from akonet_desktop.server.models import User
from tests.support.api import STRONG_PASSWORD, Api
from tests.support.devices import add_inventory, add_member, bearer, company_id

ACTIVATE = "/api/v1/devices/activate"
WRONG_CODE = "ZZZZ-ZZZZ-ZZZZ"


@pytest.fixture
def owner(api) -> dict:
    return api.register("jefe@frio.es")


def _activate(api: Api, signed: dict, serial: str, code: str, **extra):
    return api.http.post(ACTIVATE, json={"serial": serial, "activation_code": code, **extra}, headers=bearer(signed))


def test_activation_joins_the_device_to_the_company(api, owner, clock):
    label = add_inventory(api, model="AKO-16526A")[0]
    typed_serial = f" {label.serial[:5].lower()} {label.serial[5:].lower()} "
    typed_code = label.activation_code.replace("-", " ").lower()
    r = _activate(api, owner, typed_serial, typed_code, name=" Cold room 3 ", location="Madrid, Kitchen")
    assert r.status_code == 201, r.text
    device = r.json()
    assert device == {
        "id": device["id"],
        "serial": label.serial,
        "model": "AKO-16526A",
        "firmware": "1.0.0",
        "name": "Cold room 3",
        "location": "Madrid, Kitchen",
        "status": "inactive",
        "alarm": False,
        "last_seen_at": None,
        "activated_at": clock.now().isoformat().replace("+00:00", "Z"),
    }
    page = api.http.get("/api/v1/devices", headers=bearer(owner)).json()
    assert [d["id"] for d in page["items"]] == [device["id"]]
    assert api.http.get(f"/api/v1/devices/{device['id']}", headers=bearer(owner)).json() == device


def test_name_and_location_are_optional(api, owner):
    label = add_inventory(api)[0]
    r = _activate(api, owner, label.serial, label.activation_code)
    assert r.status_code == 201
    assert (r.json()["name"], r.json()["location"]) == ("", "")


def test_look_alike_letters_in_the_code_are_forgiven(api, owner):
    label = add_inventory(api)[0]
    code = label.activation_code.replace("1", "l").replace("0", "O")
    assert _activate(api, owner, label.serial, code).status_code == 201


def test_unknown_serial_wrong_code_and_taken_device_answer_alike(api, owner):
    other = api.register("boss@cold.fr")
    free, taken = add_inventory(api)[0], add_inventory(api, company_id=company_id(other))[0]
    unknown_serial = _activate(api, owner, "0000000000", free.activation_code)
    wrong_code = _activate(api, owner, free.serial, WRONG_CODE)
    other_company = _activate(api, owner, taken.serial, taken.activation_code)
    answers = {
        (r.status_code, r.text, r.headers.get("content-type")) for r in (unknown_serial, wrong_code, other_company)
    }
    assert len(answers) == 1
    status, body, _ = answers.pop()
    assert status == 404
    assert '"code":"device_not_found"' in body
    # nothing moved
    assert api.http.get("/api/v1/devices", headers=bearer(owner)).json()["total"] == 0
    assert api.http.get("/api/v1/devices", headers=bearer(other)).json()["total"] == 1


def test_activating_a_device_already_in_the_company_says_so(api, owner):
    label = add_inventory(api)[0]
    assert _activate(api, owner, label.serial, label.activation_code).status_code == 201
    r = _activate(api, owner, label.serial, label.activation_code)
    assert (r.status_code, r.json()["code"]) == (409, "device_already_active")


def test_the_label_wins_over_a_pre_activation_for_someone_else(api, owner):
    label = add_inventory(api, preactivated_for="someone@else.es")[0]
    assert _activate(api, owner, label.serial, label.activation_code).status_code == 201


def test_ten_wrong_codes_an_hour_then_429_even_for_the_right_one(api, owner, clock):
    labels = add_inventory(api, 2)
    for _ in range(9):
        assert _activate(api, owner, labels[0].serial, WRONG_CODE).status_code == 404
    assert _activate(api, owner, labels[0].serial, labels[0].activation_code).status_code == 201  # not a failure
    assert _activate(api, owner, "0000000000", WRONG_CODE).status_code == 404  # the tenth
    r = _activate(api, owner, labels[1].serial, labels[1].activation_code)
    assert (r.status_code, r.json()["code"]) == (429, "rate_limited")
    assert 0 < r.json()["retry_after"] <= 3601
    assert r.headers["Retry-After"] == str(r.json()["retry_after"])

    other = api.register("boss@cold.fr")  # another company has its own allowance
    assert _activate(api, other, labels[1].serial, WRONG_CODE).status_code == 404

    clock.advance(minutes=61)
    owner = api.login("jefe@frio.es", STRONG_PASSWORD).json()
    assert _activate(api, owner, labels[1].serial, labels[1].activation_code).status_code == 201


def test_shape_errors_are_422_and_not_counted(api, owner):
    label = add_inventory(api)[0]
    for _ in range(12):
        r = _activate(api, owner, "short", "not a code")
        assert r.status_code == 422
        assert {e["field"] for e in r.json()["errors"]} == {"serial", "activation_code"}
    assert _activate(api, owner, label.serial, label.activation_code).status_code == 201


def test_concurrent_guesses_verify_at_most_ten(api, owner):
    label = add_inventory(api)[0]
    body = DeviceActivation(serial=label.serial, activation_code=WRONG_CODE)
    with api.ctx.sessions() as session:
        actor = session.scalars(select(User).where(User.email == "jefe@frio.es")).one()

    def attempt(_):
        try:
            device_activation.activate(api.ctx, actor, body, "testclient")
        except ApiError as exc:
            return exc.status
        return 201

    with ThreadPoolExecutor(8) as pool:
        outcomes = Counter(pool.map(attempt, range(30)))
    assert outcomes == {404: 10, 429: 20}


def test_users_may_read_but_not_activate_or_rename(api, owner):
    label, mine = add_inventory(api)[0], add_inventory(api, company_id=company_id(owner))[0]
    device_id = api.http.get("/api/v1/devices", headers=bearer(owner)).json()["items"][0]["id"]
    user = add_member(api, owner, "tecnico@frio.es", "user")
    assert api.http.get("/api/v1/devices", headers=bearer(user)).json()["total"] == 1
    assert api.http.get(f"/api/v1/devices/{device_id}", headers=bearer(user)).json()["serial"] == mine.serial
    r = _activate(api, user, label.serial, label.activation_code)
    assert (r.status_code, r.json()["code"]) == (403, "forbidden")
    r = api.http.patch(f"/api/v1/devices/{device_id}", json={"name": "Mine now"}, headers=bearer(user))
    assert (r.status_code, r.json()["code"]) == (403, "forbidden")

    admin = add_member(api, owner, "admin@frio.es", "admin")
    assert _activate(api, admin, label.serial, label.activation_code).status_code == 201
    r = api.http.patch(f"/api/v1/devices/{device_id}", json={"name": "Freezer 2"}, headers=bearer(admin))
    assert (r.status_code, r.json()["name"]) == (200, "Freezer 2")
