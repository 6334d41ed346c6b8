"""Devices pre-activated for an email join the company registered with it, in the same step."""

from __future__ import annotations

import pytest

from akonet_desktop.server.db import transaction
from akonet_desktop.server.inventory import labels as inventory
from tests.support.api import Api
from tests.support.devices import add_inventory, bearer, company_id


def _preactivate(api: Api, serial: str, email: str) -> inventory.Preactivated:
    with transaction(api.ctx.sessions) as session:
        return inventory.preactivate(session, api.ctx.clock.now(), serial, email)


def _serials(api: Api, signed: dict) -> set[str]:
    return {d["serial"] for d in api.http.get("/api/v1/devices", headers=bearer(signed)).json()["items"]}


def test_pre_activated_devices_are_the_start_view_after_registration(api, clock):
    labels = add_inventory(api, 3)
    add_inventory(api, 2)  # not for them
    for label in labels:
        assert not _preactivate(api, label.serial, "Jefe@Frio.ES").joined
    clock.advance(minutes=5)
    owner = api.register("jefe@frio.es")
    page = api.http.get("/api/v1/devices", headers=bearer(owner)).json()
    assert {d["serial"] for d in page["items"]} == {label.serial for label in labels}
    activated = clock.now().isoformat().replace("+00:00", "Z")
    assert {d["activated_at"] for d in page["items"]} == {activated}


def test_another_address_gets_none_even_with_the_same_tax_number(api):
    label = add_inventory(api)[0]
    _preactivate(api, label.serial, "jefe@frio.es")
    stranger = api.register("intruso@frio.es")  # same company data, same tax number
    assert _serials(api, stranger) == set()
    owner = api.register("jefe@frio.es")
    assert _serials(api, owner) == {label.serial}


def test_a_pre_activated_device_activated_meanwhile_stays_where_it_is(api):
    label = add_inventory(api)[0]
    _preactivate(api, label.serial, "jefe@frio.es")
    first = api.register("boss@cold.fr")
    r = api.http.post(
        "/api/v1/devices/activate",
        headers=bearer(first),
        json={"serial": label.serial, "activation_code": label.activation_code},
    )
    assert r.status_code == 201
    owner = api.register("jefe@frio.es")
    assert _serials(api, owner) == set()
    assert _serials(api, first) == {label.serial}


def test_pre_activating_for_an_existing_account_joins_at_once(api):
    owner = api.register("jefe@frio.es")
    label = add_inventory(api)[0]
    done = _preactivate(api, label.serial, "JEFE@frio.es")
    assert (done.joined, done.email, done.serial) == (True, "JEFE@frio.es", label.serial)
    assert _serials(api, owner) == {label.serial}


def test_pre_activation_refuses_what_it_cannot_do(api):
    owner = api.register("jefe@frio.es")
    mine = add_inventory(api, company_id=company_id(owner))[0]
    for serial, email, problem in (
        ("0000000000", "a@b.es", "no device"),
        (mine.serial, "a@b.es", "already in a company"),
        ("bad", "a@b.es", "serial"),
        (mine.serial, "not-an-email", "email"),
    ):
        with pytest.raises(inventory.InventoryError) as error:
            _preactivate(api, serial, email)
        assert problem in str(error.value)
