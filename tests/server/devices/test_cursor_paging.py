"""Cursor pages and offset pages of the devices list give the same devices in the same order,
each exactly once, for every sort, both orders, with the status filter and the search, among
ties and "never" moments; on SQLite and PostgreSQL. Hypothesis draws the devices and the pages."""

from __future__ import annotations

from contextlib import ExitStack
from datetime import timedelta

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from akonet_desktop.api.models import DEVICE_SORT_FIELDS, DeviceQuery
from akonet_desktop.rules.device import DEVICE_MODELS
from akonet_desktop.server.devices import queries as device_queries
from akonet_desktop.server.devices.listing import inactive_cutoff, list_devices
from akonet_desktop.server.settings import Settings
from tests.support.api import Api
from tests.support.clock import ManualClock
from tests.support.device_lists import expected
from tests.support.devices import add_company, add_devices
from tests.support.postgres import fresh_database


@pytest.fixture(scope="module", params=["sqlite", "postgresql"])
def api(request, tmp_path_factory):
    """One database per module; every example makes a company of its own."""
    tmp = tmp_path_factory.mktemp("devices-cursors")
    with ExitStack() as stack:
        if request.param == "sqlite":
            url = f"sqlite:///{tmp / 'db.sqlite3'}"
        else:
            request.getfixturevalue("postgres_available")
            url = stack.enter_context(fresh_database())
        settings = Settings(
            data_dir=tmp / "data",
            database_url=url,
            mail_url=f"maildir://{tmp / 'Maildir'}",
            public_url="http://akonet.test",
            outbox_worker=False,
        )
        yield stack.enter_context(Api(settings, clock=ManualClock()))


# The fixtures are per module or constant for a test: nothing to reset between examples.
_SLOW_AND_PER_TEST = [HealthCheck.too_slow, HealthCheck.function_scoped_fixture]


@pytest.fixture(params=["few", "many"])
def searched(request, monkeypatch):
    """Both ways a search is read: its few matches' ids first, or counted then paged (FEW = 0)."""
    if request.param == "many":
        monkeypatch.setattr(device_queries, "FEW", 0)
    return request.param


# Few distinct values, so that ties are the rule; minutes ago, None for "never".
_MOMENTS = st.sampled_from([None, 1, 1, 5, 40, 600])
_DEVICE = st.fixed_dictionaries(
    {
        "name": st.sampled_from(["Cold room 1", "cold room 2", "Cámara 10", "Freezer", ""]),
        "location": st.sampled_from(["Madrid", "Bilbao, Bakery", "", "madrid 2"]),
        "model": st.sampled_from(DEVICE_MODELS[:3]),
        "alarm": st.booleans(),
        "last_seen_at": _MOMENTS,
        "activated_at": _MOMENTS,
    }
)
_QUERY = st.fixed_dictionaries(
    {
        "sort": st.sampled_from(DEVICE_SORT_FIELDS),
        "order": st.sampled_from(["asc", "desc"]),
        "status": st.sampled_from([None, "active", "inactive", "alarm"]),
        "q": st.sampled_from(["", "", "room", "ro", "MADRID", "cámara 1", "zz"]),
    }
)


def _company(api: Api, specs: list[dict]) -> tuple[int, list[dict]]:
    now = api.ctx.clock.now()
    company = add_company(api)

    def moment(minutes_ago):
        return None if minutes_ago is None else now - timedelta(minutes=minutes_ago)

    rows = [
        {**spec, "company_id": company, **{k: moment(spec[k]) for k in ("last_seen_at", "activated_at")}}
        for spec in specs
    ]
    labels = add_devices(api, rows)
    ids = {item.serial: item.id for item in _offset_pages(api, company, {"sort": "serial"}, [500])[0]}
    pairs = zip(rows, labels, strict=True)
    return company, [{**row, "serial": label.serial, "id": ids[label.serial]} for row, label in pairs]


def _list(api: Api, company: int, **params):
    return list_devices(api.ctx, company, DeviceQuery(**params))


def _offset_pages(api: Api, company: int, query: dict, sizes: list[int]):
    items, offset, total, turn = [], 0, None, 0
    while total is None or offset < total:
        limit = sizes[turn % len(sizes)]
        page = _list(api, company, **query, offset=offset, limit=limit)
        assert total in (None, page.total)
        total = page.total
        items += page.items
        offset += limit
        turn += 1
        assert (page.next_cursor is None) == (offset >= total or not page.items)
    return items, total


def _cursor_pages(api: Api, company: int, query: dict, sizes: list[int], start: int = 0):
    """From an offset jump to `start`, then cursor after cursor to the end."""
    page = _list(api, company, **query, offset=start, limit=sizes[0])
    items, offset, turn = list(page.items), start + len(page.items), 1
    while page.next_cursor is not None:
        assert len(page.items) == page.limit  # a full page; the last one carries no cursor
        limit = sizes[turn % len(sizes)]
        page = _list(api, company, **query, offset=offset, limit=limit, cursor=page.next_cursor)
        assert page.offset == offset  # echoed, not used
        items += page.items
        offset += len(page.items)
        turn += 1
    return items


@settings(max_examples=80, deadline=None, suppress_health_check=_SLOW_AND_PER_TEST)
@given(
    specs=st.lists(_DEVICE, max_size=30),
    queries=st.lists(_QUERY, min_size=1, max_size=4),
    sizes=st.lists(st.integers(1, 7), min_size=1, max_size=4),
    start=st.integers(0, 35),
)
def test_cursor_pages_and_offset_pages_give_every_device_once_in_order(api, searched, specs, queries, sizes, start):
    company, devices = _company(api, specs)
    cutoff = inactive_cutoff(api.ctx, api.ctx.clock.now())
    for query in queries:
        want = [d["serial"] for d in expected(devices, cutoff, **query)]
        by_offset, total = _offset_pages(api, company, query, sizes)
        assert total == len(want)
        assert [d.serial for d in by_offset] == want
        assert [d.serial for d in _cursor_pages(api, company, query, sizes)] == want
        # a jump anywhere (near the end: read backwards), then cursors from there
        assert [d.serial for d in _cursor_pages(api, company, query, sizes, start)] == want[start:]


# Every combination of alarm and "never", each twice (ties), and an equal name for half of them.
_FIXED = [
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


@pytest.mark.parametrize("order", ["asc", "desc"])
@pytest.mark.parametrize("sort", DEVICE_SORT_FIELDS)
def test_from_every_position_in_every_order(api, searched, sort, order):
    """Deterministic: page boundaries everywhere, between ties, at the move to "never"."""
    company, devices = _company(api, _FIXED)
    cutoff = inactive_cutoff(api.ctx, api.ctx.clock.now())
    for status in (None, "active", "inactive", "alarm"):
        for q in ("", "room"):
            query = {"sort": sort, "order": order, "status": status, "q": q}
            want = [d["serial"] for d in expected(devices, cutoff, **query)]
            assert want  # the data exercise every filter
            for size in (1, 3):
                assert [d.serial for d in _cursor_pages(api, company, query, [size])] == want
    query = {"sort": sort, "order": order}
    want = [d["serial"] for d in expected(devices, cutoff, **query)]
    for start in range(len(want) + 1):  # offset jumps, read from the nearer end, then cursors
        assert [d.serial for d in _cursor_pages(api, company, query, [2], start)] == want[start:]
