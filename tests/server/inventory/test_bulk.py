"""The bulk path (inventory demo, the benchmarks' seeding) stores devices exactly as the ordinary
inserts do, search texts and trigram index included; on SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from sqlalchemy import String, cast, select

from akonet_desktop.api.models import DeviceQuery
from akonet_desktop.server.db import transaction
from akonet_desktop.server.devices import search_index
from akonet_desktop.server.folded_text import SEPARATOR
from akonet_desktop.server.inventory import bulk
from akonet_desktop.server.inventory import labels as inventory
from akonet_desktop.server.models import Device, DeviceSearch
from tests.support.device_pages import listed
from tests.support.devices import add_company

_MOMENT = datetime(2026, 12, 1, 9, 30, tzinfo=UTC)  # whole seconds: stored with their microseconds all the same


def _rows(company: int, names: list[str]) -> list[dict]:
    return [
        inventory.device_row(
            inventory.new_label("AKO-16524"),
            _MOMENT,
            company_id=company,
            name=name,
            location="Málaga",
            alarm=i % 2 == 0,
            last_seen_at=None if i % 3 == 0 else _MOMENT - timedelta(minutes=i),
            activated_at=_MOMENT,
        )
        for i, name in enumerate(names)
    ]


_UNLIKE = ("id", "serial", "company_id", "activation_code_hash", "device_secret_hash")


def _stored(api, company: int) -> list[dict]:
    """What is stored of each device but what differs by nature (ids, serials, secrets)."""
    with api.ctx.sessions() as session:
        as_stored = (cast(c, String).label(f"{c.key}_as_stored") for c in (Device.last_seen_at, Device.created_at))
        rows = session.execute(
            select(Device.__table__, DeviceSearch.search_text, *as_stored)
            .join(DeviceSearch, DeviceSearch.device_id == Device.id)
            .where(Device.company_id == company)
            .order_by(Device.name)
        ).all()
    stored = []
    for row in rows:
        values = {k: v for k, v in row._mapping.items() if k not in _UNLIKE}
        serial, _, rest = values.pop("search_text").partition(SEPARATOR)
        assert serial == row.serial.lower()
        stored.append({**values, "searched": rest})
    return stored


def test_bulk_stores_what_the_ordinary_insert_stores(api):
    ordinary, bulky = add_company(api), add_company(api)
    names = [f"Cámara {i}" for i in range(12)]
    with transaction(api.ctx.sessions) as session:
        inventory.insert_rows(session, _rows(ordinary, names))
    with transaction(api.ctx.sessions) as session, search_index.indexing_in_bulk(session.connection()):
        assert bulk.insert_devices(session, _rows(bulky, names)) == 12
    with transaction(api.ctx.sessions) as session:  # the ordinary path still indexes row by row after
        inventory.insert_rows(session, _rows(bulky, ["Cámara 12"]))
    assert [row for row in _stored(api, bulky) if row["name"] != "Cámara 12"] == _stored(api, ordinary)
    found = listed(api, bulky, DeviceQuery(q="CÁMARA 1", limit=100))  # 1, 10, 11, 12
    assert sorted(d.name for d in found.items) == ["Cámara 1", "Cámara 10", "Cámara 11", "Cámara 12"]
    found = listed(api, bulky, DeviceQuery(status="alarm", sort="last_seen_at", limit=100))
    assert found.total == 7


def test_bulk_ids_follow_what_is_there(api):
    company = add_company(api)
    with transaction(api.ctx.sessions) as session:
        inventory.insert_rows(session, _rows(company, ["a"]))
    with transaction(api.ctx.sessions) as session, search_index.indexing_in_bulk(session.connection()):
        bulk.insert_devices(session, _rows(company, ["b", "c"]))
    with transaction(api.ctx.sessions) as session:  # and the database's own ids go on after them
        inventory.insert_rows(session, _rows(company, ["d"]))
    with api.ctx.sessions() as session:
        ids = session.scalars(select(Device.id).where(Device.company_id == company).order_by(Device.name)).all()
    assert ids == sorted(ids) and len(set(ids)) == 4
