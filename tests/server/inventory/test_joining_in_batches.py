"""Past a batch, pre-activated devices join after the registration, a batch a transaction, on the
server's joiner task; a server stopped halfway finishes at its next pass. (JOIN_BATCH made small.)"""

from __future__ import annotations

import time

import pytest
from sqlalchemy import func, select, update

from akonet_desktop.server.db import transaction
from akonet_desktop.server.devices import joining
from akonet_desktop.server.inventory import labels as inventory
from akonet_desktop.server.models import Company, Device
from tests.support.api import Api
from tests.support.devices import add_inventory, add_member, bearer, company_id

BATCH = 3


@pytest.fixture(autouse=True)
def small_batches(monkeypatch):
    monkeypatch.setattr(joining, "JOIN_BATCH", BATCH)


def _preactivate(api: Api, count: int, email: str) -> set[str]:
    labels = add_inventory(api, count)
    with transaction(api.ctx.sessions) as session:
        for label in labels:
            inventory.preactivate(session, api.ctx.clock.now(), label.serial, email)
    return {label.serial for label in labels}


def _in_company(api: Api, company: int) -> int:
    with api.ctx.sessions() as session:
        return session.scalar(select(func.count()).select_from(Device).where(Device.company_id == company))


def _listed(api: Api, signed: dict) -> set[str]:
    page = api.http.get("/api/v1/devices?limit=100", headers=bearer(signed)).json()
    assert page["total"] == page["counts"]["total"] == len(page["items"])
    return {d["serial"] for d in page["items"]}


def test_the_rest_join_right_after_the_registration(api):
    serials = _preactivate(api, 2 * BATCH + 2, "jefe@frio.es")
    _preactivate(api, 2, "otro@frio.es")  # waiting for another address: they stay waiting
    owner = api.register("jefe@frio.es")
    deadline = time.monotonic() + 20
    while _in_company(api, company_id(owner)) < len(serials) and time.monotonic() < deadline:
        time.sleep(0.05)  # the app's joiner task, woken by the registration
    assert _listed(api, owner) == serials  # every one, in the list and its counts
    with api.ctx.sessions() as session:
        waiting = session.scalar(select(func.count()).select_from(Device).where(Device.company_id.is_(None)))
    assert waiting == 2


def test_a_registration_joins_one_batch_and_says_whether_more_wait(api):
    company = company_id(api.register("otro@frio.es"))
    _preactivate(api, BATCH + 1, "jefe@frio.es")
    now = api.ctx.clock.now()
    with transaction(api.ctx.sessions) as session:
        row = session.get(Company, company)
        assert joining.join_at_registration(session, row, "JEFE@frio.es", now)  # the address as typed
        assert row.joining_for == "jefe@frio.es"
    assert _in_company(api, company) == BATCH
    with transaction(api.ctx.sessions) as session:
        row = session.get(Company, company)
        row.joining_for = None
        assert not joining.join_at_registration(session, row, "jefe@frio.es", now)
        assert row.joining_for is None
        assert joining.join_some(session, company, "jefe@frio.es", now) == 0
    assert _in_company(api, company) == BATCH + 1


def test_a_server_stopped_halfway_goes_on_at_its_next_pass(api):
    owner = api.register("jefe@frio.es")
    serials = _preactivate(api, 2 * BATCH + 1, "otra.direccion@frio.es")
    with transaction(api.ctx.sessions) as session:  # as a registration with that address left it
        session.execute(
            update(Company).where(Company.id == company_id(owner)).values(joining_for="otra.direccion@frio.es")
        )
    _listed(api, owner)  # counts kept: the pass must make this process forget them
    assert joining.join_waiting(api.ctx) == BATCH  # one batch a company a pass
    assert joining.join_waiting(api.ctx, stopping=lambda: True) == 0  # a server stopping: no more
    while joining.join_waiting(api.ctx):
        pass
    assert _listed(api, owner) == serials
    assert None not in {d.activated_at for d in _devices(api, company_id(owner))}
    with api.ctx.sessions() as session:
        assert session.get(Company, company_id(owner)).joining_for is None  # done


def test_only_the_company_that_registered_with_the_address_gets_them(api):
    """Not another company where someone with that address is a member (invited, say): devices
    waiting for an address go to the company registered with it, and to no other."""
    owner = api.register("jefe@frio.es")
    add_member(api, owner, "comprador@frio.es", "admin")
    labels = add_inventory(api, 2)
    with transaction(api.ctx.sessions) as session:  # waiting for the member's address
        session.execute(
            update(Device)
            .where(Device.serial.in_([label.serial for label in labels]))
            .values(preactivated_for="comprador@frio.es")
        )
    assert joining.join_waiting(api.ctx) == 0
    assert _listed(api, owner) == set()


def test_joining_twice_moves_nothing_twice(api):
    first = api.register("jefe@frio.es")
    serials = {label.serial for label in add_inventory(api, 2)}
    with transaction(api.ctx.sessions) as session:
        session.execute(update(Device).where(Device.serial.in_(serials)).values(company_id=company_id(first)))
        session.execute(update(Device).where(Device.serial.in_(serials)).values(preactivated_for="otra@frio.es"))
    second = api.register("otra@frio.es")  # its address, but the devices are in a company already
    with transaction(api.ctx.sessions) as session:
        session.execute(update(Company).where(Company.id == company_id(second)).values(joining_for="otra@frio.es"))
    assert _listed(api, second) == set()
    assert joining.join_waiting(api.ctx) == 0
    assert _listed(api, first) == serials


def _devices(api: Api, company: int) -> list[Device]:
    with api.ctx.sessions() as session:
        return list(session.scalars(select(Device).where(Device.company_id == company)))
