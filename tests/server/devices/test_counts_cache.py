"""A company's device counts, kept a few seconds per process: how long, what forgets them, and
what happens while they are being counted again."""

from __future__ import annotations

import threading
from datetime import UTC, datetime, timedelta

import pytest

from akonet_desktop.api.models import DeviceCounts
from akonet_desktop.server.db import transaction
from akonet_desktop.server.devices import counts as counts_module
from akonet_desktop.server.devices.counts import DeviceCountsCache
from akonet_desktop.server.inventory import labels as inventory
from tests.support.devices import add_inventory, bearer, company_id

CUTOFF = datetime(2026, 12, 1, tzinfo=UTC)


def _counts(total: int) -> DeviceCounts:
    return DeviceCounts(total=total, active=total, inactive=0, alarm=0)


class _Counter:
    """Stands for the database: each count answers one more device than the last."""

    def __init__(self) -> None:
        self.calls = 0

    def __call__(self, _session, _company, _cutoff) -> DeviceCounts:
        self.calls += 1
        return _counts(self.calls)


@pytest.fixture
def counter(monkeypatch) -> _Counter:
    counter = _Counter()
    monkeypatch.setattr(counts_module, "count", counter)
    return counter


def test_counts_are_kept_for_the_setting_by_the_servers_clock(counter):
    now = [datetime(2026, 12, 1, 12, tzinfo=UTC)]
    cache = DeviceCountsCache(5, lambda: now[0])
    assert cache.get(None, 1, CUTOFF).total == 1
    now[0] += timedelta(seconds=4.9)
    assert cache.get(None, 1, CUTOFF).total == 1
    assert cache.get(None, 2, CUTOFF).total == 2  # per company
    now[0] += timedelta(seconds=0.2)
    assert cache.get(None, 1, CUTOFF).total == 3
    cache.forget(1)
    assert cache.get(None, 1, CUTOFF).total == 4


def test_zero_seconds_counts_every_time(counter):
    cache = DeviceCountsCache(0, lambda: CUTOFF)
    assert [cache.get(None, 1, CUTOFF).total for _ in range(3)] == [1, 2, 3]


def test_while_one_request_counts_again_the_others_serve_the_previous_counts(monkeypatch):
    now = [datetime(2026, 12, 1, 12, tzinfo=UTC)]
    cache = DeviceCountsCache(5, lambda: now[0])
    monkeypatch.setattr(counts_module, "count", lambda *_: _counts(10))
    cache.get(None, 1, CUTOFF)
    now[0] += timedelta(seconds=6)
    counting, release = threading.Event(), threading.Event()

    def slow_count(*_):
        counting.set()
        assert release.wait(10)
        return _counts(11)

    monkeypatch.setattr(counts_module, "count", slow_count)
    recount = threading.Thread(target=cache.get, args=(None, 1, CUTOFF))
    recount.start()
    assert counting.wait(10)
    assert cache.get(None, 1, CUTOFF).total == 10  # not a second count: the previous ones
    release.set()
    recount.join(10)
    assert cache.get(None, 1, CUTOFF).total == 11


def test_counts_begun_before_a_forget_are_not_kept(monkeypatch):
    cache = DeviceCountsCache(5, lambda: CUTOFF)
    answers = iter([_counts(1), _counts(2)])

    def count_then_forget(*_):
        cache.forget(1)  # a device joined while this count was reading
        return next(answers)

    monkeypatch.setattr(counts_module, "count", count_then_forget)
    assert cache.get(None, 1, CUTOFF).total == 1
    monkeypatch.setattr(counts_module, "count", lambda *_: next(answers))
    assert cache.get(None, 1, CUTOFF).total == 2


def test_a_page_shows_counts_a_few_seconds_old_and_an_activation_at_once(api, clock):
    owner = api.register("jefe@frio.es")
    headers = bearer(owner)
    company = company_id(owner)
    add_inventory(api, 2, company_id=company)

    def total():
        return api.http.get("/api/v1/devices", headers=headers).json()["total"]

    assert total() == 2
    # Written by another process (here: straight to the database, past the test helpers).
    label = inventory.new_label("AKO-16524")
    with transaction(api.ctx.sessions) as session:
        inventory.insert_rows(session, [inventory.device_row(label, clock.now(), company_id=company)])
    assert total() == 2
    clock.advance(seconds=api.settings.device_counts_seconds)
    assert total() == 3
    # Activated through this process: counted on the next page.
    label = add_inventory(api)[0]
    r = api.http.post(
        "/api/v1/devices/activate",
        headers=headers,
        json={"serial": label.serial, "activation_code": label.activation_code},
    )
    assert r.status_code == 201, r.text
    assert total() == 4
