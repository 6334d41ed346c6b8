"""Cursor pages and offset pages of the devices list give the same devices in the same order,
each exactly once, for every sort, both orders, with the status filter and the search, among
ties and "never" moments; on SQLite and PostgreSQL. Hypothesis draws the devices and the pages."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from akonet_desktop.api.models import DEVICE_SORT_FIELDS
from akonet_desktop.rules.device import DEVICE_MODELS
from akonet_desktop.server.devices import queries as device_queries
from akonet_desktop.server.devices.listing import inactive_cutoff
from tests.support.clock import ManualClock
from tests.support.device_lists import expected
from tests.support.device_pages import FIXED_DEVICES, company_with, cursor_pages, offset_pages
from tests.support.module_api import BACKENDS, module_api


@pytest.fixture(scope="module", params=BACKENDS)
def api(request, tmp_path_factory):
    """One database per module; every example makes a company of its own."""
    with module_api(request, tmp_path_factory, "devices-cursors", clock=ManualClock()) as api:
        yield api


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


@settings(max_examples=80, deadline=None, suppress_health_check=_SLOW_AND_PER_TEST)
@given(
    specs=st.lists(_DEVICE, max_size=30),
    queries=st.lists(_QUERY, min_size=1, max_size=4),
    sizes=st.lists(st.integers(1, 7), min_size=1, max_size=4),
    start=st.integers(0, 35),
)
def test_cursor_pages_and_offset_pages_give_every_device_once_in_order(api, searched, specs, queries, sizes, start):
    company, devices = company_with(api, specs)
    cutoff = inactive_cutoff(api.ctx, api.ctx.clock.now())
    for query in queries:
        want = [d["serial"] for d in expected(devices, cutoff, **query)]
        by_offset, total = offset_pages(api, company, query, sizes)
        assert total == len(want)
        assert [d.serial for d in by_offset] == want
        assert [d.serial for d in cursor_pages(api, company, query, sizes)] == want
        # a jump anywhere (near the end: read backwards), then cursors from there
        assert [d.serial for d in cursor_pages(api, company, query, sizes, start)] == want[start:]


@pytest.mark.parametrize("order", ["asc", "desc"])
@pytest.mark.parametrize("sort", DEVICE_SORT_FIELDS)
def test_from_every_position_in_every_order(api, searched, sort, order):
    """Deterministic: page boundaries everywhere, between ties, at the move to "never"."""
    company, devices = company_with(api, FIXED_DEVICES)
    cutoff = inactive_cutoff(api.ctx, api.ctx.clock.now())
    for status in (None, "active", "inactive", "alarm"):
        for q in ("", "room"):
            query = {"sort": sort, "order": order, "status": status, "q": q}
            want = [d["serial"] for d in expected(devices, cutoff, **query)]
            assert want  # the data exercise every filter
            for size in (1, 3):
                assert [d.serial for d in cursor_pages(api, company, query, [size])] == want
    query = {"sort": sort, "order": order}
    want = [d["serial"] for d in expected(devices, cutoff, **query)]
    for start in range(len(want) + 1):  # offset jumps, read from the nearer end, then cursors
        assert [d.serial for d in cursor_pages(api, company, query, [2], start)] == want[start:]
