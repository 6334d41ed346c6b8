"""Offset jumps through position marks land exactly where walking every entry lands, for every
sort, both orders and every status filter, among ties and "never" moments, however the marks
were found before (jumps in any sequence); on SQLite and PostgreSQL. And the marks' keeping: as
long as the counts, forgotten when this process changes the company's devices."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import update

from akonet_desktop.api.models import DEVICE_SORT_FIELDS, DeviceUpdate
from akonet_desktop.rules.device import DEVICE_MODELS
from akonet_desktop.server.db import transaction
from akonet_desktop.server.devices import listing
from akonet_desktop.server.devices import queries as device_queries
from akonet_desktop.server.devices.listing import inactive_cutoff
from akonet_desktop.server.devices.position_marks import OrderKey, PositionMarks
from akonet_desktop.server.models import Device, User
from tests.support.api import Api
from tests.support.clock import ManualClock
from tests.support.device_lists import expected
from tests.support.device_pages import FIXED_DEVICES, a_page, company_with
from tests.support.module_api import BACKENDS, module_api

STRIDE = 3  # marks every 3 rows: a few dozen devices hold many of them, and the list's end too


@pytest.fixture(scope="module", params=BACKENDS)
def api(request, tmp_path_factory):
    """One database per module; every example makes a company of its own."""
    with module_api(request, tmp_path_factory, "devices-marks", clock=ManualClock(), device_counts_seconds=30) as api:
        yield api


@pytest.fixture(autouse=True)
def small_stride(monkeypatch):
    monkeypatch.setattr(device_queries, "STRIDE", STRIDE)


_DEVICE = st.fixed_dictionaries(
    {
        "name": st.sampled_from(["Cold room 1", "cold room 2", "Cámara 10", "Freezer", ""]),
        "location": st.sampled_from(["Madrid", "Bilbao", ""]),
        "model": st.sampled_from(DEVICE_MODELS[:3]),
        "alarm": st.booleans(),
        "last_seen_at": st.sampled_from([None, 1, 1, 5, 40, 600]),
        "activated_at": st.sampled_from([None, 1, 5]),
    }
)
_ORDER = st.fixed_dictionaries(
    {
        "sort": st.sampled_from(DEVICE_SORT_FIELDS),
        "order": st.sampled_from(["asc", "desc"]),
        "status": st.sampled_from([None, None, "active", "inactive", "alarm"]),
    }
)


def _serials(api: Api, company: int, query: dict, offset: int, limit: int) -> list[str]:
    return [d.serial for d in a_page(api, company, **query, offset=offset, limit=limit).items]


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    specs=st.lists(_DEVICE, min_size=1, max_size=40),
    order=_ORDER,
    jumps=st.lists(st.tuples(st.integers(0, 45), st.integers(1, 7)), min_size=1, max_size=8),
)
def test_jumps_through_marks_land_where_walking_lands(api, specs, order, jumps):
    company, devices = company_with(api, specs)
    want = [d["serial"] for d in expected(devices, inactive_cutoff(api.ctx, api.ctx.clock.now()), **order)]
    for offset, limit in jumps:  # each jump reads the marks the ones before it found, or finds more
        assert _serials(api, company, order, offset, limit) == want[offset : offset + limit]


@pytest.mark.parametrize("order", ["asc", "desc"])
@pytest.mark.parametrize("sort", DEVICE_SORT_FIELDS)
def test_every_position_in_every_order_from_marks(api, sort, order):
    """Deterministic: every offset, from the start and from the end, with marks found deepest first."""
    company, devices = company_with(api, FIXED_DEVICES)
    cutoff = inactive_cutoff(api.ctx, api.ctx.clock.now())
    for status in (None, "active", "inactive", "alarm"):
        query = {"sort": sort, "order": order, "status": status}
        want = [d["serial"] for d in expected(devices, cutoff, **query)]
        for offset in reversed(range(len(want) + 1)):
            assert _serials(api, company, query, offset, 2) == want[offset : offset + 2]


def _owner(api: Api, company: int) -> User:
    now = api.ctx.clock.now()
    email = f"owner-{company}@frio-test.es"
    with transaction(api.ctx.sessions) as session:
        user = User(
            company_id=company,
            email=email,
            email_key=email,
            first_name="Ana",
            last_name="Ruiz",
            role="owner",
            language="es",
            password_hash="-",
            password_changed_at=now,
            created_at=now,
        )
        session.add(user)
        session.flush()
        session.expunge(user)
        return user


def test_a_rename_here_is_found_at_its_new_place_at_once(api):
    company, devices = company_with(api, FIXED_DEVICES)
    query = {"sort": "name", "order": "asc"}
    first = _serials(api, company, query, 0, 24)
    assert _serials(api, company, query, 20, 4) == first[20:24]  # marks found
    moved = next(d for d in devices if d["serial"] == first[0])
    listing.update_device(api.ctx, _owner(api, company), moved["id"], DeviceUpdate(name="Zz last"), "127.0.0.1")
    assert _serials(api, company, query, 20, 4) == [*first[21:24], first[0]]


def test_marks_live_as_long_as_the_counts(api):
    """Heartbeats move devices in the order by last contact without forgetting the marks: a jump
    may land where its position was, for the kept seconds; after them, where it is."""
    company, devices = company_with(api, FIXED_DEVICES)
    query = {"sort": "last_seen_at", "order": "asc"}
    before = _serials(api, company, query, 0, 24)
    assert _serials(api, company, query, 12, 3) == before[12:15]
    with api.ctx.sessions() as session:  # the first twelve are heard from now, as by a heartbeat
        heard = [d["id"] for d in devices if d["serial"] in before[:12]]
        session.execute(update(Device).where(Device.id.in_(heard)).values(last_seen_at=api.ctx.clock.now()))
        session.commit()
    after = _serials(api, company, query, 0, 24)
    assert after != before
    api.ctx.clock.advance(seconds=api.settings.device_counts_seconds)
    assert _serials(api, company, query, 12, 3) == after[12:15]


def _marks(seconds: float, clock: ManualClock) -> PositionMarks:
    return PositionMarks(seconds, clock.now)


KEY = OrderKey(7, "name", False, None)
OTHER = OrderKey(8, "name", False, None)


def _found(marks: PositionMarks, key: OrderKey, found: tuple, complete: bool = False) -> None:
    """A request's finding: it reads the generation, what is known, then keeps what it found."""
    request = marks.for_company(key.company_id)
    request.extend(key, request.known(key), found, complete)


def test_marks_kept_extended_and_expired():
    clock = ManualClock(datetime(2026, 12, 3, 9, 0, tzinfo=UTC))
    marks = _marks(5, clock)
    request = marks.for_company(7)
    known = request.known(KEY)
    assert known.marks == () and not known.complete
    request.extend(KEY, known, (("a", 1), ("b", 2)), False)
    clock.advance(seconds=3)
    later = marks.for_company(7)
    longer = later.known(KEY)
    assert longer.marks == (("a", 1), ("b", 2))
    later.extend(KEY, longer, (("a", 1), ("b", 2), ("c", 3)), True)
    assert marks.known(KEY).marks[-1] == ("c", 3) and marks.known(KEY).complete
    request.extend(KEY, known, (("a", 1),), False)  # a shorter find, from earlier: the longer stays
    assert len(marks.known(KEY).marks) == 3
    clock.advance(seconds=2)  # five seconds after the first marks were found: all of them go
    assert marks.known(KEY).marks == ()


def test_marks_found_across_a_change_of_their_company_are_not_kept():
    clock = ManualClock(datetime(2026, 12, 3, 9, 0, tzinfo=UTC))
    marks = _marks(5, clock)
    _found(marks, OTHER, (("x", 9),))
    request = marks.for_company(7)  # a request begins: its reads see the devices as they are now
    other_request = marks.for_company(8)
    marks.forget(7)  # this process changes company 7's devices meanwhile
    request.extend(KEY, request.known(KEY), (("a", 1),), False)
    assert marks.known(KEY).marks == ()
    # another company's marks stay, and what is found for it meanwhile is kept
    assert marks.known(OTHER).marks == (("x", 9),)
    other_request.extend(OTHER, other_request.known(OTHER), (("x", 9), ("y", 10)), False)
    assert len(marks.known(OTHER).marks) == 2
    marks.forget(8)
    assert marks.known(OTHER).marks == ()
    _found(marks, KEY, (("a", 1),))  # a request begun after the change: kept
    assert marks.known(KEY).marks == (("a", 1),)


def test_nothing_is_kept_when_the_counts_are_not():
    clock = ManualClock(datetime(2026, 12, 3, 9, 0, tzinfo=UTC))
    marks = _marks(0, clock)
    assert not marks.kept and not marks.for_company(7).kept
    _found(marks, KEY, (("a", 1),))
    assert marks.known(KEY).marks == ()


def test_the_kept_orders_are_bounded(monkeypatch):
    from akonet_desktop.server.devices import position_marks

    monkeypatch.setattr(position_marks, "_ORDERS_KEPT", 2)
    clock = ManualClock(datetime(2026, 12, 3, 9, 0, tzinfo=UTC))
    marks = _marks(5, clock)
    keys = [OrderKey(company, "name", False, None) for company in (1, 2, 3)]
    for key in keys:
        _found(marks, key, (("a", 1),))
    assert [marks.known(key).marks for key in keys] == [(), (("a", 1),), (("a", 1),)]


def test_a_jump_past_what_the_index_holds_finds_nothing(api):
    company, _ = company_with(api, FIXED_DEVICES[:5])
    assert _serials(api, company, {"sort": "name"}, 5, 3) == []
    assert _serials(api, company, {"sort": "name"}, 4, 3) != []
