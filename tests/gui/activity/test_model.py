"""ActivityModel without a view, on a fake fetch: pages on demand, an entry shown once when newer
ones shift the pages, the kind filter, and a failure with its retry."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from PySide6.QtCore import QModelIndex

from akonet_desktop.api.activity import ActivityKind, ActivityOut, ActivityPage
from akonet_desktop.client.errors import ServerUnreachable
from akonet_desktop.gui.activity.model import ENTRY_ROLE, ActivityModel
from tests.gui.conftest import run

START = datetime(2026, 11, 25, 10, tzinfo=UTC)


def entry(number: int, kind: ActivityKind = ActivityKind.DEVICE_RENAMED) -> ActivityOut:
    return ActivityOut(
        id=number,
        kind=kind,
        actor_id=1,
        actor_email="jefe@frio.es",
        target=f"SN{number:08d}",
        details={"name": f"Room {number}"},
        client_address="127.0.0.1",
        created_at=START + timedelta(minutes=number),
    )


class FakeLog:
    """GET /activity over a list, newest first; records each request."""

    def __init__(self, count: int) -> None:
        self.entries = [entry(n) for n in range(1, count + 1)]
        self.requests: list[dict] = []
        self.fail_next = 0

    async def fetch(self, *, offset: int, limit: int, kind: str | None = None) -> ActivityPage:
        self.requests.append({"offset": offset, "limit": limit, "kind": kind})
        if self.fail_next:
            self.fail_next -= 1
            raise ServerUnreachable("down")
        matching = [e for e in reversed(self.entries) if kind is None or e.kind == kind]
        return ActivityPage(items=matching[offset : offset + limit], total=len(matching), offset=offset, limit=limit)


def ids(model: ActivityModel) -> list[int]:
    return [model.index(row, 0).data(ENTRY_ROLE).id for row in range(model.rowCount())]


def test_pages_come_on_demand_newest_first(loop):
    log = FakeLog(7)
    model = ActivityModel(log.fetch, page_size=3)
    assert not model.canFetchMore(QModelIndex())  # nothing asked yet
    model.reload()
    run(loop, model.wait_idle())
    assert ids(model) == [7, 6, 5] and model.total == 7
    while model.canFetchMore(QModelIndex()):
        model.fetchMore(QModelIndex())
        model.fetchMore(QModelIndex())  # a page on its way: no second request
        run(loop, model.wait_idle())
    assert ids(model) == [7, 6, 5, 4, 3, 2, 1]
    assert [r["offset"] for r in log.requests] == [0, 3, 6]


def test_an_entry_pushed_to_the_next_page_is_shown_once(loop):
    log = FakeLog(6)
    model = ActivityModel(log.fetch, page_size=3)
    model.reload()
    run(loop, model.wait_idle())
    log.entries.append(entry(7))  # written meanwhile: entry 4 comes again on the second page
    model.fetchMore(QModelIndex())
    run(loop, model.wait_idle())
    model.fetchMore(QModelIndex())
    run(loop, model.wait_idle())
    assert ids(model) == [6, 5, 4, 3, 2, 1]
    assert not model.canFetchMore(QModelIndex())
    model.refresh()
    run(loop, model.wait_idle())
    assert ids(model) == [7, 6, 5]


def test_the_kind_filter_is_the_servers(loop):
    log = FakeLog(4)
    log.entries.append(entry(5, ActivityKind.DEVICE_ACTIVATED))
    model = ActivityModel(log.fetch, page_size=3)
    model.reload()
    run(loop, model.wait_idle())
    model.set_kind("device_activated")
    run(loop, model.wait_idle())
    assert ids(model) == [5] and model.filtered
    assert log.requests[-1]["kind"] == "device_activated"
    requests = len(log.requests)
    model.set_kind("device_activated")  # unchanged: no request
    assert len(log.requests) == requests


def test_a_failure_keeps_the_rows_and_retry_asks_again(loop):
    log = FakeLog(5)
    model = ActivityModel(log.fetch, page_size=3)
    model.reload()
    run(loop, model.wait_idle())
    log.fail_next = 1
    model.fetchMore(QModelIndex())
    run(loop, model.wait_idle())
    assert isinstance(model.error, ServerUnreachable)
    assert ids(model) == [5, 4, 3] and not model.canFetchMore(QModelIndex())
    model.retry()
    run(loop, model.wait_idle())
    assert model.error is None and ids(model) == [5, 4, 3, 2, 1]
