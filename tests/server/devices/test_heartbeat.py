"""Heartbeats, authenticated by each device's own secret, drive the status: real data."""

from __future__ import annotations

import pytest

from tests.support.api import STRONG_PASSWORD, Api
from tests.support.devices import add_inventory, bearer, company_id

EMAIL = "jefe@frio.es"


@pytest.fixture
def api(make_settings, database_url, clock):
    with Api(make_settings(database_url, device_inactive_minutes=15), clock=clock) as api:
        yield api


@pytest.fixture
def device(api):
    owner = api.register(EMAIL)
    label = add_inventory(api, company_id=company_id(owner))[0]
    return label


def _beat(api: Api, serial: str, secret: str | None, alarm: bool = False, scheme: str = "Device"):
    headers = {} if secret is None else {"Authorization": f"{scheme} {secret}"}
    return api.http.post(f"/api/v1/devices/{serial}/heartbeat", json={"alarm": alarm}, headers=headers)


def _status(api: Api) -> tuple[str, str | None]:
    signed = api.login(EMAIL, STRONG_PASSWORD).json()  # fresh: the clock may have moved past the token
    item = api.http.get("/api/v1/devices", headers=bearer(signed)).json()["items"][0]
    return item["status"], item["last_seen_at"]


def test_active_alarm_active_inactive(api, device, clock):
    assert _status(api) == ("inactive", None)  # never heard of

    assert _beat(api, device.serial, device.device_secret).status_code == 204
    assert _status(api) == ("active", clock.now().isoformat().replace("+00:00", "Z"))

    clock.advance(minutes=1)
    assert _beat(api, device.serial, device.device_secret, alarm=True).status_code == 204
    assert _status(api)[0] == "alarm"

    clock.advance(hours=3)  # an alarm stays red, silent or not
    assert _status(api)[0] == "alarm"

    assert _beat(api, device.serial, device.device_secret, alarm=False).status_code == 204
    clock.advance(minutes=14, seconds=59)
    assert _status(api)[0] == "active"
    clock.advance(seconds=2)
    assert _status(api)[0] == "inactive"


def test_refusals_are_identical_and_change_nothing(api, device):
    other = add_inventory(api)[0]
    refusals = [
        _beat(api, device.serial, "not-the-secret"),
        _beat(api, device.serial, other.device_secret),
        _beat(api, device.serial, None),
        _beat(api, device.serial, device.device_secret, scheme="Bearer"),
        _beat(api, device.serial, "", scheme="Device"),
        _beat(api, "0000000000", device.device_secret),
        _beat(api, "not-a-serial", device.device_secret),
        _beat(api, device.serial, "x" * 300),
    ]
    assert {(r.status_code, r.content) for r in refusals} == {(refusals[0].status_code, refusals[0].content)}
    assert refusals[0].status_code == 401
    assert refusals[0].json()["code"] == "not_authenticated"
    assert _status(api) == ("inactive", None)


def test_the_serial_may_be_typed_loosely_by_a_device(api, device):
    assert _beat(api, device.serial.lower(), device.device_secret).status_code == 204
    assert _status(api)[0] == "active"


def test_an_inventory_device_may_already_report(api, device):
    spare = add_inventory(api)[0]
    assert _beat(api, spare.serial, spare.device_secret, alarm=True).status_code == 204
    assert _status(api) == ("inactive", None)  # its own company is unaffected
