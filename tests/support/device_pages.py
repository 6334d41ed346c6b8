"""The devices list read as a person's desktop reads it: a company made of given devices, its
pages by offset, and pages by cursor after a jump; for the paging tests."""

from __future__ import annotations

from datetime import timedelta

from akonet_desktop.api.models import DevicePage, DeviceQuery
from akonet_desktop.rules.device import DEVICE_MODELS
from akonet_desktop.server.devices.listing import list_devices
from tests.support.api import Api
from tests.support.devices import add_company, add_devices

# Every combination of alarm and "never", each twice (ties), and an equal name for half of them.
FIXED_DEVICES = [
    {
        "name": "Cold room 1" if i % 2 else f"Freezer {i}",
        "location": ("Madrid", "Bilbao")[i % 3 == 0],
        "model": DEVICE_MODELS[i % 2],
        "alarm": i % 4 < 2,
        "last_seen_at": (None, 1, 40)[i // 4 % 3],
        "activated_at": (None, 5)[i % 5 == 0],
    }
    for i in range(24)
]


def company_with(api: Api, specs: list[dict]) -> tuple[int, list[dict]]:
    now = api.ctx.clock.now()
    company = add_company(api)

    def moment(minutes_ago):
        return None if minutes_ago is None else now - timedelta(minutes=minutes_ago)

    rows = [
        {**spec, "company_id": company, **{k: moment(spec[k]) for k in ("last_seen_at", "activated_at")}}
        for spec in specs
    ]
    labels = add_devices(api, rows)
    ids = {item.serial: item.id for item in offset_pages(api, company, {"sort": "serial"}, [500])[0]}
    pairs = zip(rows, labels, strict=True)
    return company, [{**row, "serial": label.serial, "id": ids[label.serial]} for row, label in pairs]


def listed(api: Api, company: int, query: DeviceQuery) -> DevicePage:
    """The page as a desktop reads it: the answer's JSON, read into the API's model."""
    return DevicePage.model_validate_json(list_devices(api.ctx, company, query).json())


def a_page(api: Api, company: int, **params) -> DevicePage:
    return listed(api, company, DeviceQuery(**params))


def offset_pages(api: Api, company: int, query: dict, sizes: list[int]):
    items, offset, total, turn = [], 0, None, 0
    while total is None or offset < total:
        limit = sizes[turn % len(sizes)]
        page = a_page(api, company, **query, offset=offset, limit=limit)
        assert total in (None, page.total)
        total = page.total
        items += page.items
        offset += limit
        turn += 1
        assert (page.next_cursor is None) == (offset >= total or not page.items)
    return items, total


def cursor_pages(api: Api, company: int, query: dict, sizes: list[int], start: int = 0):
    """From an offset jump to `start`, then cursor after cursor to the end."""
    page = a_page(api, company, **query, offset=start, limit=sizes[0])
    items, offset, turn = list(page.items), start + len(page.items), 1
    while page.next_cursor is not None:
        assert len(page.items) == page.limit  # a full page; the last one carries no cursor
        limit = sizes[turn % len(sizes)]
        page = a_page(api, company, **query, offset=offset, limit=limit, cursor=page.next_cursor)
        assert page.offset == offset  # echoed, not used
        items += page.items
        offset += len(page.items)
        turn += 1
    return items
