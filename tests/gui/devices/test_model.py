"""DevicesModel without a view: the row count from the first answer, blocks fetched when rows are
asked for, a bounded number kept, fetches for rows passed cancelled, answers to an older query
dropped, refresh keeping the selection, data roles, and the server doing the sorting and
filtering — first with a real AkonetClient on an httpx.MockTransport (a tiny fake of the API that
records every request), then against the real server."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta

import httpx
import pytest
from PySide6.QtCore import QItemSelectionModel, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QIcon

from akonet_desktop.api.models import DeviceCounts, DeviceOut, DevicePage
from akonet_desktop.client.api_client import AkonetClient
from akonet_desktop.client.errors import ServerUnreachable
from akonet_desktop.gui.devices.model import DEVICE_ROLE, ID_ROLE, PLACEHOLDER, STATUS_ROLE, DevicesModel
from akonet_desktop.rules.sort_key import natural_sort_key
from tests.gui.conftest import run, wait_until

NOW = datetime.now(UTC)
RANK = {"alarm": 0, "inactive": 1, "active": 2}


def device(number: int, **changes) -> DeviceOut:
    values = dict(
        id=number,
        serial=f"SN{number:08d}",
        model=("AKO-16524", "AKO-16526A", "AKO-5041")[number % 3],
        firmware="2.1.0",
        name=f"Cold room {number}",
        location=("Madrid, Kitchen", "Lyon, Bakery")[number % 2],
        status="alarm" if number % 50 == 0 else ("inactive" if number % 10 == 0 else "active"),
        alarm=number % 50 == 0,
        last_seen_at=NOW - timedelta(minutes=number % 90),
        activated_at=NOW - timedelta(days=3),
    )
    values.update(changes)
    return DeviceOut(**values)


class FakeApi:
    """GET /devices over a list, sorting and filtering like the server; records each request."""

    def __init__(self, count: int) -> None:
        self.devices = [device(n) for n in range(1, count + 1)]
        self.requests: list[dict[str, str]] = []
        self.hold: asyncio.Event | None = None  # when set, answers wait for it
        self.held: dict[str, asyncio.Event] = {}  # offset -> an answer waits for it
        self.cancelled: list[str] = []  # offsets of the requests cancelled while held
        self.fail_next = 0
        self.cursors = False  # as today's server: none given, `cursor` ignored

    async def handler(self, request: httpx.Request) -> httpx.Response:
        assert request.headers["Authorization"] == "Bearer acc"
        assert request.url.path == "/api/v1/devices", request.url.path
        params = dict(request.url.params)
        self.requests.append(params)
        gate = self.held.get(params["offset"], self.hold)
        if gate is not None:
            try:
                await gate.wait()
            except asyncio.CancelledError:
                self.cancelled.append(params["offset"])
                raise
        if self.fail_next:
            self.fail_next -= 1
            raise httpx.ConnectError("simulated", request=request)
        return httpx.Response(200, json=self.page(params).model_dump(mode="json"))

    def page(self, params: dict[str, str]) -> DevicePage:
        rows = self.devices
        q = params.get("q", "").casefold()
        if q:
            rows = [d for d in rows if any(q in v.casefold() for v in (d.serial, d.name, d.location, d.model))]
        if "status" in params:
            rows = [d for d in rows if d.status == params["status"]]
        field = params.get("sort", "serial")
        key = (lambda d: (RANK[d.status], d.id)) if field == "status" else (lambda d: (getattr(d, field), d.id))
        rows = sorted(rows, key=key, reverse=params.get("order") == "desc")
        offset, limit = int(params["offset"]), int(params["limit"])
        start = offset
        if self.cursors and "cursor" in params:  # the rows after the cursor's device
            start = next(i for i, d in enumerate(rows) if d.id == int(params["cursor"])) + 1
        items = rows[start : start + limit]
        statuses = [d.status for d in self.devices]
        counts = DeviceCounts(
            total=len(self.devices),
            active=statuses.count("active"),
            inactive=statuses.count("inactive"),
            alarm=statuses.count("alarm"),
        )
        return DevicePage(
            items=items,
            total=len(rows),
            offset=offset,
            limit=limit,
            counts=counts,
            next_cursor=str(items[-1].id) if self.cursors and items else None,
        )


@pytest.fixture
def api(loop):
    fake = FakeApi(450)
    client = AkonetClient("http://akonet.test", transport=httpx.MockTransport(fake.handler))
    client.access_token = "acc"
    fake.client = client
    yield fake
    run(loop, client.aclose())


@pytest.fixture
def model(api, loop):
    devices = DevicesModel(api.client.list_devices, block_size=200)
    yield devices
    devices.close()
    run(loop, asyncio.sleep(0))


def settle(loop, model: DevicesModel) -> None:
    run(loop, model.wait_idle())


def names(model: DevicesModel, rows: range | None = None) -> list[str]:
    return [model.index(row, DevicesModel.NAME).data() for row in rows or range(model.rowCount())]


def started(loop, model: DevicesModel) -> DevicesModel:
    model.reload()
    settle(loop, model)
    return model


def load(loop, model: DevicesModel, rows: range) -> None:
    """Ask for these rows as a view painting them would, and wait for them."""
    names(model, rows)
    settle(loop, model)


def test_the_row_count_comes_from_the_first_answer(model, api, loop):
    assert model.rowCount() == 0 and not model.started
    resets = []
    model.modelReset.connect(lambda: resets.append(model.rowCount()))
    started(loop, model)
    assert resets == [450] and model.rowCount() == 450 and model.total == 450
    assert [(r["offset"], r["limit"]) for r in api.requests] == [("0", "200")]
    assert {(r["sort"], r["order"]) for r in api.requests} == {("name", "asc")}
    assert model.counts.total == 450 and model.counts.alarm == 9 and model.held == 200
    assert (
        model.index(199, DevicesModel.NAME).data()
        == api.page({"offset": "199", "limit": "1", "sort": "name"}).items[0].name
    )
    # Row 449 is not loaded: a light placeholder until it comes.
    assert model.index(449, DevicesModel.NAME).data() == PLACEHOLDER
    assert model.index(449, DevicesModel.SERIAL).data() is None
    assert isinstance(model.index(449, DevicesModel.NAME).data(Qt.ItemDataRole.ForegroundRole), QColor)
    assert model.index(0, DevicesModel.NAME).data(Qt.ItemDataRole.ForegroundRole) is None
    assert model.index(449, 0).data(ID_ROLE) is None and model.device_at(449) is None
    assert model.index(450, DevicesModel.NAME).data() is None  # past the end: nothing, no request
    settle(loop, model)
    # asked for by being read, then the block within the margin (100 rows) above it
    assert [r["offset"] for r in api.requests] == ["0", "400", "200"]
    assert model.index(449, 0).data(ID_ROLE) is not None and model.held == 450


def test_rows_asked_for_are_fetched_in_one_block_and_announced(model, api, loop):
    started(loop, model)
    changed, inserted = [], []
    model.dataChanged.connect(lambda first, last: changed.append((first.row(), last.row())))
    model.rowsInserted.connect(lambda *args: inserted.append(args))
    assert set(names(model, range(230, 260))) == {PLACEHOLDER}  # one paint of 30 rows
    assert model.busy is False  # asked for on the next turn of the loop, not inside data()
    settle(loop, model)
    assert [(r["offset"], r["limit"]) for r in api.requests[1:]] == [("200", "200")]
    assert changed == [(200, 399)] and not inserted
    assert PLACEHOLDER not in names(model, range(200, 400))


def test_a_jump_is_one_request_and_the_block_after_a_loaded_one_carries_its_cursor(model, api, loop):
    api.cursors = True
    started(loop, model)
    load(loop, model, range(420, 440))  # a jump to the end, then the margin above it
    last_of_first = model.device_id(199)
    assert [(r["offset"], r.get("cursor")) for r in api.requests[1:]] == [
        ("400", None),  # by offset alone: nothing loaded before it
        ("200", str(last_of_first)),  # after the loaded first block: its cursor too
    ]
    expected = [d.name for d in api.page({"offset": "0", "limit": "450", "sort": "name"}).items]
    assert names(model) == expected  # the same rows by cursor as by offset


def test_blocks_far_from_the_rows_shown_are_dropped(api, loop):
    api.devices = [device(n) for n in range(1, 2_001)]
    model = DevicesModel(api.client.list_devices, block_size=100, budget=4, margin=0)
    try:
        started(loop, model)
        for first in (1_900, 1_000, 500, 1_500, 300, 0, 1_200):
            model.show_rows(first, first + 30)
            settle(loop, model)
            assert PLACEHOLDER not in names(model, range(first, first + 30))
            assert len(model.window.blocks) <= 4 and model.held <= 400
        assert sorted(model.window.blocks) == [0, 3, 12, 15]  # the four used last
        load(loop, model, range(1_900, 1_910))  # dropped: asked for again
        assert api.requests[-1]["offset"] == "1900"
    finally:
        model.close()


def test_fetches_for_rows_scrolled_past_are_cancelled(model, api, loop):
    started(loop, model)
    api.held["200"] = asyncio.Event()
    model.show_rows(250, 280)
    wait_until(loop, lambda: api.requests[-1]["offset"] == "200")
    assert model.busy
    model.show_rows(10, 40)  # back up before the answer came: block 200 no longer wanted
    settle(loop, model)
    assert api.cancelled == ["200"] and not model.busy
    assert model.window.cancelled == 1 and not model.is_loaded(250)


def test_data_roles(model, api, loop):
    api.devices = [
        # seen a minute ago from now, not from the module's import: the suite may run for long
        device(
            1,
            name="Freezer 1",
            status="alarm",
            alarm=True,
            location="Lyon, Bakery",
            last_seen_at=datetime.now(UTC) - timedelta(minutes=1),
        ),
        device(2, name="Freezer 2", status="inactive", last_seen_at=None),
    ]
    started(loop, model)
    assert model.rowCount() == 2 and model.columnCount() == 7

    def cell(row, column, role=Qt.ItemDataRole.DisplayRole):
        return model.index(row, column).data(role)

    assert [model.headerData(c, Qt.Orientation.Horizontal) for c in range(7)] == [
        "Status",
        "Name",
        "Serial number",
        "Model",
        "Location",
        "Last seen",
        "Activated",
    ]
    assert cell(0, DevicesModel.STATUS) == "Alarm"  # the text, not only a colour
    assert cell(1, DevicesModel.STATUS) == "Inactive"
    icon = cell(0, DevicesModel.STATUS, Qt.ItemDataRole.DecorationRole)
    assert isinstance(icon, QIcon) and not icon.isNull()
    assert cell(0, DevicesModel.NAME, Qt.ItemDataRole.DecorationRole) is None
    assert "alarm" in cell(0, DevicesModel.STATUS, Qt.ItemDataRole.ToolTipRole).lower()
    assert cell(0, DevicesModel.NAME) == "Freezer 1"
    assert cell(0, DevicesModel.SERIAL) == "SN00000001"
    assert cell(0, DevicesModel.MODEL) == "AKO-16526A"
    assert cell(0, DevicesModel.LOCATION) == "Lyon, Bakery"
    assert cell(0, DevicesModel.LAST_SEEN) in ("Just now", "1 minute(s) ago")
    assert cell(1, DevicesModel.LAST_SEEN) == "Never"
    assert cell(0, DevicesModel.ACTIVATED)  # a locale date
    assert str(NOW.year) in cell(0, DevicesModel.ACTIVATED, Qt.ItemDataRole.ToolTipRole)
    assert cell(0, DevicesModel.NAME, ID_ROLE) == 1
    assert cell(1, DevicesModel.SERIAL, STATUS_ROLE) == "inactive"
    full = cell(0, DevicesModel.NAME, DEVICE_ROLE)
    assert full.id == 1 and full.alarm and full.last_seen_at is not None
    assert abs((full.last_seen_at - api.devices[0].last_seen_at).total_seconds()) < 0.01
    assert model.device_at(1).last_seen_at is None and model.device_at(5) is None
    assert model.index(9, 0).data() is None


def test_sorting_asks_the_server_for_a_new_first_block(model, api, loop):
    started(loop, model)
    load(loop, model, range(300, 310))
    resets = []
    model.modelReset.connect(lambda: resets.append(model.rowCount()))
    api.hold = asyncio.Event()
    model.sort(DevicesModel.SERIAL, Qt.SortOrder.DescendingOrder)
    wait_until(loop, lambda: api.requests[-1].get("sort") == "serial")
    assert model.index(0, DevicesModel.NAME).data() == "Cold room 1"  # shown until the answer
    assert model.index(300, DevicesModel.NAME).data() != PLACEHOLDER
    api.hold.set()
    settle(loop, model)
    last = api.requests[-1]
    assert (last["sort"], last["order"], last["offset"]) == ("serial", "desc", "0")
    assert resets == [450]  # one reset, to the new first block
    assert model.index(0, DevicesModel.SERIAL).data() == "SN00000450"
    assert model.index(300, DevicesModel.NAME).data() == PLACEHOLDER  # the old rows are gone
    model.sort(DevicesModel.SERIAL, Qt.SortOrder.DescendingOrder)  # unchanged: no request
    settle(loop, model)
    count = len(api.requests)
    model.sort(DevicesModel.STATUS, Qt.SortOrder.AscendingOrder)
    settle(loop, model)
    assert len(api.requests) == count + 1 and api.requests[-1]["sort"] == "status"
    assert model.index(0, DevicesModel.STATUS).data(STATUS_ROLE) == "alarm"
    for column, field in enumerate(DevicesModel.SORT_FIELDS):
        model.sort(column, Qt.SortOrder.DescendingOrder)
        settle(loop, model)
        assert api.requests[-1]["sort"] == field


def test_filtering_asks_the_server_and_counts_follow(model, api, loop):
    started(loop, model)
    model.set_filter("  Cold room 12 ", None)
    settle(loop, model)
    assert api.requests[-1]["q"] == "Cold room 12" and "status" not in api.requests[-1]
    assert sorted(names(model)) == sorted(["Cold room 12", *(f"Cold room {n}" for n in range(120, 130))])
    assert model.total == 11 and model.counts.total == 450 and model.filtered
    model.set_filter("", "alarm")
    settle(loop, model)
    assert api.requests[-1]["status"] == "alarm" and "q" not in api.requests[-1]
    assert model.rowCount() == 9
    assert {model.index(r, 0).data(STATUS_ROLE) for r in range(9)} == {"alarm"}
    count = len(api.requests)
    model.set_filter("", "alarm")  # unchanged: no request
    settle(loop, model)
    assert len(api.requests) == count
    model.set_filter("nothing like this", None)
    settle(loop, model)
    assert model.rowCount() == 0 and model.total == 0


def test_answers_for_an_older_query_are_dropped(model, api, loop):
    started(loop, model)
    api.held["200"] = asyncio.Event()
    load_started = names(model, range(250, 260))  # block 200 asked for, held
    assert set(load_started) == {PLACEHOLDER}
    wait_until(loop, lambda: api.requests[-1]["offset"] == "200")
    api.hold = asyncio.Event()
    model.set_filter("Cold room 1", None)
    wait_until(loop, lambda: api.requests[-1].get("q") == "Cold room 1")
    model.set_filter("Cold room 2", None)  # replaces the pending first block
    api.hold.set()
    api.held["200"].set()
    settle(loop, model)
    assert api.cancelled == ["200", "0"]  # the block passed, the first block of "Cold room 1"
    assert model.total == 111 and names(model, range(111)) == sorted(names(model, range(111)))
    assert all(name.startswith("Cold room 2") for name in names(model, range(111)))


def test_refresh_keeps_the_selected_device_selected(model, api, loop):
    started(loop, model)
    load(loop, model, range(250, 260))
    selection = QItemSelectionModel(model)
    row = model.row_of(150)
    assert 0 <= row < 200
    selection.select(
        model.index(row, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
    )
    selection.setCurrentIndex(model.index(row, 0), QItemSelectionModel.SelectionFlag.NoUpdate)
    api.devices.append(device(1000, name="Cold room 0"))  # sorts first: every row moves down one
    api.devices[11] = device(12, status="alarm", alarm=True)  # "Cold room 12": loaded
    moved, resets = [], []
    model.layoutChanged.connect(lambda: moved.append(True))
    model.modelReset.connect(lambda: resets.append(True))
    model.refresh(0, 30)  # the rows on screen
    settle(loop, model)
    assert moved and not resets and model.rowCount() == 451
    assert [r["offset"] for r in api.requests[-1:]] == ["0"]
    assert model.index(0, DevicesModel.NAME).data() == "Cold room 0"
    assert [index.row() for index in selection.selectedRows()] == [model.row_of(150)] == [row + 1]
    assert selection.currentIndex().data(ID_ROLE) == 150
    assert model.index(model.row_of(12), 0).data() == "Alarm"
    assert model.total == 451 and model.counts.total == 451
    # the other block is stale: shown as it was, fetched again when next asked for
    assert model.index(250, DevicesModel.NAME).data() != PLACEHOLDER
    settle(loop, model)
    assert api.requests[-1]["offset"] == "200"


def test_indexes_the_views_pin_during_a_move_follow_their_devices_and_never_share_a_place(model, api, loop):
    # QTableView and QItemSelectionModel make persistent indexes of their own when told that the
    # layout is about to change; one left at a place another moved to corrupted Qt's bookkeeping
    # (a crash when the selection model was deleted at exit).
    started(loop, model)
    first_id = model.device_id(0)
    pinned: list[QPersistentModelIndex] = []
    model.layoutAboutToBeChanged.connect(
        lambda *_: pinned.extend(QPersistentModelIndex(model.index(0, column)) for column in range(3))
    )
    mover = QPersistentModelIndex(model.index(3, 0))
    moving_id = model.device_id(3)
    api.devices[moving_id - 1] = device(moving_id, name="Aaa renamed")  # sorts first now
    model.refresh(0, 30)
    settle(loop, model)
    assert pinned, "the rows moved: the layout change was announced"
    assert mover.row() == 0 and model.device_id(0) == moving_id
    assert {index.row() for index in pinned} == {model.row_of(first_id)} == {1}
    places = [(index.row(), index.column()) for index in model.persistentIndexList()]
    assert len(places) == len(set(places))


def test_refresh_without_changes_only_updates_data(model, api, loop):
    started(loop, model)
    signals = []
    model.dataChanged.connect(lambda *a: signals.append("data"))
    model.layoutChanged.connect(lambda *a: signals.append("layout"))
    model.modelReset.connect(lambda *a: signals.append("reset"))
    model.rowsInserted.connect(lambda *a: signals.append("rows"))
    model.refresh(0, 30)
    settle(loop, model)
    assert signals == ["data"]


def test_an_activated_device_shows_at_once_then_takes_its_place(model, api, loop):
    started(loop, model)
    new = device(999, name="Zz walk-in")  # sorts last: not in the first block
    api.devices.append(new)
    assert model.insert_device(new) == 0
    assert model.rowCount() == 451 and model.index(0, DevicesModel.NAME).data() == "Zz walk-in"
    assert model.row_of(999) == 0
    model.refresh(0, 30)  # the view refreshes after an activation: the count grows
    settle(loop, model)
    assert model.rowCount() == 452 and model.row_of(999) == 0  # its block is not loaded yet
    load(loop, model, range(440, 452))
    # its block arrived: shown once, at its place
    assert model.rowCount() == 451
    assert model.row_of(999) == 450 and names(model).count("Zz walk-in") == 1

    renamed = device(3, name="Cold room 3 (north)")
    assert model.update_device(renamed) == model.row_of(3)
    assert model.index(model.row_of(3), DevicesModel.NAME).data() == "Cold room 3 (north)"


def test_a_failed_block_stops_fetching_until_retry(model, api, loop):
    started(loop, model)
    errors = []
    model.failed.connect(errors.append)
    api.fail_next = 1
    load(loop, model, range(250, 260))
    assert isinstance(model.error, ServerUnreachable) and isinstance(errors[-1], ServerUnreachable)
    count = len(api.requests)
    load(loop, model, range(400, 410))
    assert len(api.requests) == count  # nothing asked on its own after a failure
    model.retry()
    settle(loop, model)
    assert model.error is None and errors[-1] is None
    assert PLACEHOLDER not in names(model, range(250, 260))


def test_a_failed_first_block_is_retried(model, api, loop):
    api.fail_next = 1
    model.reload()
    settle(loop, model)
    assert model.error is not None and model.rowCount() == 0
    model.retry()
    settle(loop, model)
    assert model.error is None and model.rowCount() == 450


# --- against the real server ----------------------------------------------------------------------


def test_model_on_the_real_server(live_server, sqlite_url, monkeypatch, capsys, loop):
    from tests.gui.devices.test_view import fill_inventory, signed_in_client
    from tests.support.live import register_owner

    email = "model@frio-norte.es"
    fill_inventory(monkeypatch, sqlite_url, 450, email)
    register_owner(live_server.url, live_server.maildir, email)
    client = run(loop, signed_in_client(live_server.url, email))
    model = DevicesModel(client.list_devices, block_size=100, budget=3, margin=0)
    try:
        started(loop, model)
        assert model.rowCount() == 450 and model.total == 450 and model.counts.total == 450
        assert model.held == 100
        load(loop, model, range(440, 450))  # the end: one jump
        assert model.requests == 2 and model.held == 150
        shown = []
        for first in range(0, 450, 100):  # every row, three blocks at most at any time
            load(loop, model, range(first, min(first + 100, 450)))
            shown += names(model, range(first, min(first + 100, 450)))
            assert len(model.window.blocks) <= 3
        assert PLACEHOLDER not in shown and len(shown) == 450
        assert shown == sorted(shown, key=natural_sort_key)  # the server's order, every block
        assert len({model.device_id(r) for r in range(350, 450)}) == 100

        model.sort(DevicesModel.SERIAL, Qt.SortOrder.DescendingOrder)
        settle(loop, model)
        load(loop, model, range(0, 200))
        serials = [model.index(r, DevicesModel.SERIAL).data() for r in range(200)]
        assert model.rowCount() == 450 and serials == sorted(serials, reverse=True)

        model.set_filter("Freezer", None)
        settle(loop, model)
        assert 0 < model.total < 450 and model.rowCount() == model.total
        load(loop, model, range(model.total))
        assert all("freezer" in name.lower() for name in names(model))

        model.set_filter("", "alarm")
        settle(loop, model)
        assert model.total == model.counts.alarm
        load(loop, model, range(model.total))
        assert {model.index(r, 0).data(STATUS_ROLE) for r in range(model.rowCount())} <= {"alarm"}
    finally:
        model.close()
        run(loop, client.aclose())
