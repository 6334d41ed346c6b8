"""DevicesModel without a view: pages on demand, data roles, and the server doing the sorting and
filtering — first with a real AkonetClient on an httpx.MockTransport (a tiny fake of the API that
records every request), then against the real server."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta

import httpx
import pytest
from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt
from PySide6.QtGui import QIcon

from akonet_desktop.api.models import DeviceCounts, DeviceOut, DevicePage
from akonet_desktop.client.api_client import AkonetClient
from akonet_desktop.client.errors import ServerUnreachable
from akonet_desktop.gui.devices.model import DEVICE_ROLE, ID_ROLE, STATUS_ROLE, DevicesModel
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
        self.fail_next = 0

    async def handler(self, request: httpx.Request) -> httpx.Response:
        assert request.headers["Authorization"] == "Bearer acc"
        assert request.url.path == "/api/v1/devices", request.url.path
        params = dict(request.url.params)
        self.requests.append(params)
        if self.hold is not None:
            await self.hold.wait()
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
        statuses = [d.status for d in self.devices]
        counts = DeviceCounts(
            total=len(self.devices),
            active=statuses.count("active"),
            inactive=statuses.count("inactive"),
            alarm=statuses.count("alarm"),
        )
        return DevicePage(
            items=rows[offset : offset + limit], total=len(rows), offset=offset, limit=limit, counts=counts
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
    devices = DevicesModel(api.client.list_devices, page_size=200)
    yield devices
    devices.close()
    run(loop, asyncio.sleep(0))


def settle(loop, model: DevicesModel) -> None:
    run(loop, model.wait_idle())


def names(model: DevicesModel) -> list[str]:
    return [model.index(row, DevicesModel.NAME).data() for row in range(model.rowCount())]


def test_rows_grow_page_by_page_until_the_end(model, api, loop):
    assert model.rowCount() == 0 and model.canFetchMore(QModelIndex())
    for expected in (200, 400, 450):
        model.fetchMore(QModelIndex())
        settle(loop, model)
        assert model.rowCount() == expected
    assert not model.canFetchMore(QModelIndex())
    model.fetchMore(QModelIndex())  # at the end: no request
    settle(loop, model)
    assert [(r["offset"], r["limit"]) for r in api.requests] == [("0", "200"), ("200", "200"), ("400", "200")]
    assert {(r["sort"], r["order"]) for r in api.requests} == {("name", "asc")}
    assert model.total == 450 and model.counts.total == 450 and model.counts.alarm == 9
    assert len(set(model.index(row, 0).data(ID_ROLE) for row in range(450))) == 450


def test_fetch_more_returns_at_once_and_rows_arrive_later(model, api, loop):
    api.hold = asyncio.Event()
    inserted = []
    model.rowsInserted.connect(lambda parent, first, last: inserted.append((first, last)))
    model.fetchMore(QModelIndex())
    assert model.rowCount() == 0 and model.busy  # returned before any answer
    wait_until(loop, lambda: len(api.requests) == 1)
    model.fetchMore(QModelIndex())  # a page is on its way: no second request
    run(loop, asyncio.sleep(0.05))
    assert len(api.requests) == 1
    api.hold.set()
    settle(loop, model)
    assert model.rowCount() == 200
    model.fetchMore(QModelIndex())
    settle(loop, model)
    assert inserted == [(200, 399)]  # appended with beginInsertRows, not a reset


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
    model.fetchMore(QModelIndex())
    settle(loop, model)
    assert model.rowCount() == 2 and model.columnCount() == 7
    assert not model.canFetchMore(QModelIndex())

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


def test_sorting_asks_the_server_for_a_new_first_page(model, api, loop):
    model.fetchMore(QModelIndex())
    settle(loop, model)
    model.fetchMore(QModelIndex())
    settle(loop, model)
    resets = []
    model.modelReset.connect(lambda: resets.append(model.rowCount()))
    model.sort(DevicesModel.SERIAL, Qt.SortOrder.DescendingOrder)
    settle(loop, model)
    last = api.requests[-1]
    assert (last["sort"], last["order"], last["offset"]) == ("serial", "desc", "0")
    assert resets == [200]  # one reset, to the new first page
    assert model.index(0, DevicesModel.SERIAL).data() == "SN00000450"
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
    model.fetchMore(QModelIndex())
    settle(loop, model)
    model.set_filter("  Cold room 12 ", None)
    settle(loop, model)
    assert api.requests[-1]["q"] == "Cold room 12" and "status" not in api.requests[-1]
    assert sorted(names(model)) == sorted(["Cold room 12", *(f"Cold room {n}" for n in range(120, 130))])
    assert model.total == 11 and model.counts.total == 450 and model.filtered
    assert not model.canFetchMore(QModelIndex())
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
    assert model.rowCount() == 0 and model.total == 0 and not model.canFetchMore(QModelIndex())


def test_a_page_for_an_older_query_is_dropped(model, api, loop):
    api.hold = asyncio.Event()
    model.set_filter("Cold room 1", None)
    wait_until(loop, lambda: len(api.requests) == 1)
    model.set_filter("Cold room 2", None)  # replaces the pending request
    api.hold.set()
    settle(loop, model)
    assert names(model) and all(name.startswith("Cold room 2") for name in names(model))


def test_refresh_keeps_the_selected_device_selected(model, api, loop):
    for _ in range(2):
        model.fetchMore(QModelIndex())
        settle(loop, model)
    selection = QItemSelectionModel(model)
    row = model.row_of(150)
    selection.select(
        model.index(row, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
    )
    selection.setCurrentIndex(model.index(row, 0), QItemSelectionModel.SelectionFlag.NoUpdate)
    api.devices.append(device(1000, name="Cold room 0"))  # sorts first: every row moves down one
    api.devices[11] = device(12, status="alarm", alarm=True)  # "Cold room 12": loaded
    moved = []
    model.layoutChanged.connect(lambda: moved.append(True))
    model.refresh()
    settle(loop, model)
    assert moved and model.rowCount() == 400
    assert model.index(0, DevicesModel.NAME).data() == "Cold room 0"
    assert [index.row() for index in selection.selectedRows()] == [model.row_of(150)] == [row + 1]
    assert selection.currentIndex().data(ID_ROLE) == 150
    assert model.index(model.row_of(12), 0).data() == "Alarm"
    assert model.total == 451 and model.counts.total == 451 and model.canFetchMore(QModelIndex())
    assert {r["limit"] for r in api.requests[-1:]} == {"400"}  # one request up to DEVICE_PAGE_MAX


def test_refresh_without_changes_only_updates_data(model, api, loop):
    model.fetchMore(QModelIndex())
    settle(loop, model)
    signals = []
    model.dataChanged.connect(lambda *a: signals.append("data"))
    model.layoutChanged.connect(lambda *a: signals.append("layout"))
    model.modelReset.connect(lambda *a: signals.append("reset"))
    model.refresh()
    settle(loop, model)
    assert signals == ["data"]


def test_refresh_keeps_only_the_rows_asked_for(model, api, loop):
    for _ in range(3):
        model.fetchMore(QModelIndex())
        settle(loop, model)
    assert model.rowCount() == 450
    model.refresh(keep=150)  # the rows on screen end at 150: reload one page, drop the rest
    settle(loop, model)
    assert model.rowCount() == 200 and model.canFetchMore(QModelIndex())
    assert (api.requests[-1]["offset"], api.requests[-1]["limit"]) == ("0", "200")


def test_an_activated_device_shows_at_once_then_takes_its_place(model, api, loop):
    model.fetchMore(QModelIndex())
    settle(loop, model)
    new = device(999, name="Zz walk-in")  # sorts last: not in the first page
    api.devices.append(new)
    assert model.insert_device(new) == 0
    assert model.rowCount() == 201 and model.index(0, DevicesModel.NAME).data() == "Zz walk-in"
    model.fetchMore(QModelIndex())
    model.fetchMore(QModelIndex())
    settle(loop, model)
    model.fetchMore(QModelIndex())
    settle(loop, model)
    while model.canFetchMore(QModelIndex()):
        model.fetchMore(QModelIndex())
        settle(loop, model)
    # its page arrived: shown once, at its place
    assert model.rowCount() == 451
    assert model.row_of(999) == 450 and names(model).count("Zz walk-in") == 1

    renamed = device(3, name="Cold room 3 (north)")
    assert model.update_device(renamed) == model.row_of(3)
    assert model.index(model.row_of(3), DevicesModel.NAME).data() == "Cold room 3 (north)"


def test_a_failed_page_stops_fetching_until_retry(model, api, loop):
    model.fetchMore(QModelIndex())
    settle(loop, model)
    errors = []
    model.failed.connect(errors.append)
    api.fail_next = 1
    model.fetchMore(QModelIndex())
    settle(loop, model)
    assert isinstance(model.error, ServerUnreachable) and isinstance(errors[-1], ServerUnreachable)
    assert not model.canFetchMore(QModelIndex()) and model.rowCount() == 200
    model.retry()
    settle(loop, model)
    assert model.error is None and errors[-1] is None and model.rowCount() == 400


def test_a_failed_first_page_is_retried(model, api, loop):
    api.fail_next = 1
    model.reload()
    settle(loop, model)
    assert model.error is not None and model.rowCount() == 0
    model.retry()
    settle(loop, model)
    assert model.error is None and model.rowCount() == 200


# --- against the real server ----------------------------------------------------------------------


def test_model_pages_sorts_and_filters_on_the_real_server(live_server, sqlite_url, monkeypatch, capsys, loop):
    from tests.gui.devices.test_view import fill_inventory, signed_in_client
    from tests.support.live import register_owner

    email = "model@frio-norte.es"
    fill_inventory(monkeypatch, sqlite_url, 450, email)
    register_owner(live_server.url, live_server.maildir, email)
    client = run(loop, signed_in_client(live_server.url, email))
    model = DevicesModel(client.list_devices, page_size=200)
    try:
        while model.canFetchMore(QModelIndex()):
            model.fetchMore(QModelIndex())
            settle(loop, model)
        assert model.rowCount() == 450 and model.total == 450 and model.counts.total == 450
        assert len({model.index(r, 0).data(ID_ROLE) for r in range(450)}) == 450
        shown = names(model)
        assert shown == sorted(shown, key=natural_sort_key)  # the server's order, every page

        model.sort(DevicesModel.SERIAL, Qt.SortOrder.DescendingOrder)
        settle(loop, model)
        serials = [model.index(r, DevicesModel.SERIAL).data() for r in range(model.rowCount())]
        assert model.rowCount() == 200 and serials == sorted(serials, reverse=True)

        model.set_filter("Freezer", None)
        settle(loop, model)
        assert 0 < model.total < 450 and model.rowCount() == min(model.total, 200)
        assert all("freezer" in model.index(r, DevicesModel.NAME).data().lower() for r in range(model.rowCount()))

        model.set_filter("", "alarm")
        settle(loop, model)
        assert model.total == model.counts.alarm
        assert {model.index(r, 0).data(STATUS_ROLE) for r in range(model.rowCount())} <= {"alarm"}
    finally:
        model.close()
        run(loop, client.aclose())
