"""The Devices view in a real window against a real server: pre-activated devices listed after
registration, the scroll bar dragged to the end of thousands (one jump, the last device painted),
the guide's empty state, « Activer dispositif » typed with real keys, sorting, searching and
status filtering done by the server, renaming, and the role "user"."""

from __future__ import annotations

import asyncio
import csv
import io

import httpx
import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QLocale, QPoint, Qt
from PySide6.QtWidgets import QDialog, QStyledItemDelegate
from sqlalchemy import create_engine, text

from akonet_desktop.api.models import DeviceUpdate, Me
from akonet_desktop.client.api_client import AkonetClient
from akonet_desktop.gui.devices.activate_dialog import ActivateDeviceDialog
from akonet_desktop.gui.devices.details_dialog import DeviceDetailsDialog
from akonet_desktop.gui.devices.model import STATUS_ROLE, DevicesModel
from akonet_desktop.gui.main_window import MainWindow
from akonet_desktop.rules.roles import privileges
from tests.gui.conftest import run
from tests.gui.conftest import wait_until as _wait_until
from tests.support.api import STRONG_PASSWORD
from tests.support.live import register_owner

# --- helpers (also used by tests/gui/devices/test_model.py) -----------------------------------------------


@pytest.fixture(autouse=True)
def english_locale():
    """Dates and numbers as the app shows them in English (the container's locale is C)."""
    saved = QLocale()
    QLocale.setDefault(QLocale("en_US"))
    yield
    QLocale.setDefault(saved)


def wait_until(loop, predicate, timeout: float = 15.0) -> None:
    """Until `predicate` holds with no request left in flight. (qasync's run_until_complete
    processes Qt events once more after the loop stops: a request still running then would
    be stepped outside the loop, which httpx cannot do. The app's loop never stops.)"""

    def quiet() -> bool:
        current = asyncio.current_task(loop)
        return all(task.done() or task is current for task in asyncio.all_tasks(loop))

    _wait_until(loop, lambda: predicate() and quiet(), timeout)


def _server_cli(monkeypatch, sqlite_url: str, args: list[str]) -> None:
    from akonet_desktop.server.cli import main

    # The CLI exports its flags as AKONET_* variables: monkeypatch puts them back afterwards.
    monkeypatch.setenv("AKONET_DATABASE_URL", sqlite_url)
    assert main([*args, "--database-url", sqlite_url]) == 0


def fill_inventory(monkeypatch, sqlite_url: str, count: int, email: str | None = None) -> None:
    """`akonet-server inventory demo --count N [--preactivate-for EMAIL]` on the server's database."""
    _server_cli(
        monkeypatch,
        sqlite_url,
        ["inventory", "demo", "--count", str(count), *(["--preactivate-for", email] if email else [])],
    )


def devices_in_companies(sqlite_url: str) -> int:
    engine = create_engine(sqlite_url)
    try:
        with engine.connect() as connection:
            return connection.execute(text("SELECT count(*) FROM devices WHERE company_id IS NOT NULL")).scalar_one()
    finally:
        engine.dispose()


def add_device(monkeypatch, sqlite_url: str, capsys, model: str = "AKO-16524") -> dict[str, str]:
    """`akonet-server inventory add`: the printed label (serial, activation_code, …)."""
    capsys.readouterr()
    _server_cli(monkeypatch, sqlite_url, ["inventory", "add", "--model", model])
    out = capsys.readouterr().out
    return next(csv.DictReader(io.StringIO(out)))


class RecordingTransport(httpx.AsyncBaseTransport):
    """The real network, with every request's URL kept."""

    def __init__(self) -> None:
        self.inner = httpx.AsyncHTTPTransport()
        self.urls: list[httpx.URL] = []

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        self.urls.append(request.url)
        return await self.inner.handle_async_request(request)

    async def aclose(self) -> None:
        await self.inner.aclose()

    def device_queries(self) -> list[dict[str, str]]:
        return [dict(url.params) for url in self.urls if url.path == "/api/v1/devices"]


async def signed_in_client(url: str, email: str, transport: httpx.AsyncBaseTransport | None = None) -> AkonetClient:
    client = AkonetClient(url, transport=transport)
    await client.login(email, STRONG_PASSWORD)
    return client


@pytest.fixture
def open_main(qtbot, loop, live_server):
    """MainWindow(me) on a signed-in client; closed (and the client too) after the test."""
    opened = []

    def open_(email: str, *, role: str | None = None, transport=None) -> MainWindow:
        client = run(loop, signed_in_client(live_server.url, email, transport))
        me = run(loop, client.me())
        if role is not None:
            # seen as a person of that kind would be: the kind's privileges come with it
            user = me.user.model_copy(update={"role": role, "privileges": sorted(privileges(role))})
            me = Me(user=user, company=me.company)
        window = MainWindow(me, has_mailbox=False, client=client)
        window.resize(1180, 680)
        opened.append((window, client))
        window.show()
        return window

    yield open_
    for window, client in opened:
        window.close()
        run(loop, client.aclose())


def rows_shown_loaded(view) -> bool:
    first, last = view.visible_rows()
    return last >= first and all(view.model.is_loaded(row) for row in range(first, last + 1))


def rows(view) -> int:
    return view.model.rowCount()


def column(view, column_number: int, role=Qt.ItemDataRole.DisplayRole) -> list:
    """The column's loaded rows (reading them does not ask for the others)."""
    model = view.model
    return [model.index(row, column_number).data(role) for row in range(model.rowCount()) if model.is_loaded(row)]


def settled(view) -> bool:
    return view.model.started and not view.model.busy


# --- the guide's start view ------------------------------------------------------------------------


def test_preactivated_devices_are_listed_after_registration(
    qtbot, loop, live_server, sqlite_url, monkeypatch, open_main, screenshot
):
    email = "jefa@frio-levante.es"
    fill_inventory(monkeypatch, sqlite_url, 250, email)  # pre-activated before the company exists
    register_owner(live_server.url, live_server.maildir, email)

    window = open_main(email)
    view = window.devices
    wait_until(loop, lambda: settled(view) and rows(view) == 250)  # every device, from the first answer
    assert view.ui.stack.currentWidget() is view.ui.listPage
    assert not view.ui.emptyTitle.isVisible()
    assert view.model.counts.total == 250
    assert view.ui.countsLabel.text().startswith("250 device")
    alarms = view.model.counts.alarm
    assert (f"{alarms} in alarm" in view.ui.countsLabel.text()) == (alarms > 0)
    assert set(column(view, DevicesModel.STATUS)) <= {"Active", "Inactive", "Alarm"}
    assert view.ui.toolbarActivateButton.isVisible() and view.ui.toolbarActivateButton.isEnabled()
    table = view.ui.table
    assert table.verticalHeader().sectionResizeMode(0).name == "Fixed"
    screenshot(window, "devices_list")

    assert len(column(view, DevicesModel.NAME)) == 200  # one block loaded
    table.scrollToBottom()  # the view asks for the rows it shows
    wait_until(loop, lambda: settled(view) and view.model.is_loaded(249))
    assert len(column(view, DevicesModel.NAME)) == 250


class RecordingDelegate(QStyledItemDelegate):
    """Paints as usual and keeps what it painted: (row, text)."""

    def __init__(self, parent) -> None:
        super().__init__(parent)
        self.painted: list[tuple[int, str]] = []

    def paint(self, painter, option, index) -> None:
        self.painted.append((index.row(), index.data()))
        super().paint(painter, option, index)


def test_dragging_the_scroll_bar_to_the_end_paints_the_last_device_in_one_jump(
    qtbot, loop, live_server, sqlite_url, monkeypatch, open_main, tmp_path
):
    email = "grande@frio-mayor.es"
    count = 5_000
    fill_inventory(monkeypatch, sqlite_url, count, email)
    register_owner(live_server.url, live_server.maildir, email)
    # Past a batch the rest join after the registration (server/devices/joining.py): all of them first.
    _wait_until(loop, lambda: devices_in_companies(sqlite_url) == count, timeout=60)
    transport = RecordingTransport()
    window = open_main(email, transport=transport)
    view, table = window.devices, window.devices.ui.table
    wait_until(loop, lambda: settled(view) and rows(view) == count)
    last = run(loop, view.client.list_devices(count - 1, 1, sort="name", order="asc")).items[0]
    delegate = RecordingDelegate(table)
    table.setItemDelegate(delegate)

    asked = len(transport.device_queries())  # the first block (and the question above)
    bar = table.verticalScrollBar()
    bar.setSliderDown(True)  # the person drags the handle to the bottom, passing over the rest
    for step in range(1, 11):
        bar.setSliderPosition(bar.maximum() * step // 10)
        run(loop, asyncio.sleep(0.01))  # shorter than a rest (DRAG_PAUSE_MS): nothing asked
    assert len(transport.device_queries()) == asked
    bar.setSliderDown(False)  # and lets go
    wait_until(loop, lambda: settled(view) and view.model.is_loaded(count - 1))
    delegate.painted.clear()
    image = table.viewport().grab()  # paints now, as the screen would
    image.save(str(tmp_path / "devices_end.png"))
    assert (count - 1, last.serial) in delegate.painted
    bottom = table.indexAt(QPoint(5, table.viewport().height() - 3))
    assert bottom.row() == count - 1
    assert table.visualRect(view.model.index(count - 1, DevicesModel.SERIAL)).intersects(table.viewport().rect())
    assert "…" not in [text for row, text in delegate.painted]  # no placeholder left on screen
    # One jump: the first block, the last one (and the margin above it); not every page between.
    offsets = [int(query["offset"]) for query in transport.device_queries()[asked:]]
    assert 4_800 in offsets and len(offsets) <= 2, offsets  # the last block (and the margin above)
    assert view.model.held <= 3 * view.model.block_size

    # Resting on the handle without letting go: the rows under it are fetched.
    bar.setSliderDown(True)
    bar.setSliderPosition(bar.maximum() // 2)
    wait_until(loop, lambda: settled(view) and rows_shown_loaded(view))
    bar.setSliderDown(False)
    assert int(transport.device_queries()[-1]["offset"]) in range(2_200, 2_800)


def test_without_preactivated_devices_the_empty_state_shows(qtbot, loop, live_server, open_main, screenshot):
    email = "nuevo@helados-sur.es"
    register_owner(live_server.url, live_server.maildir, email)
    window = open_main(email)
    view = window.devices
    wait_until(loop, lambda: view.ui.emptyTitle.isVisible())
    assert view.ui.emptyTitle.text() == "No device is pre-activated"
    assert view.ui.activateButton.isVisible() and view.ui.activateButton.isEnabled()
    assert not view.ui.toolbarActivateButton.isVisible()
    assert not view.ui.bannerFrame.isVisible()
    screenshot(window, "devices_empty")


# --- « Activer dispositif » ---------------------------------------------------------------------------


def test_activation_through_the_dialog_adds_a_row(
    qtbot, loop, live_server, sqlite_url, monkeypatch, capsys, open_main, screenshot
):
    email = "tecnico@camaras-norte.es"
    register_owner(live_server.url, live_server.maildir, email)
    label = add_device(monkeypatch, sqlite_url, capsys)
    window = open_main(email)
    view = window.devices
    wait_until(loop, lambda: view.ui.emptyTitle.isVisible())

    qtbot.mouseClick(view.ui.activateButton, Qt.MouseButton.LeftButton)
    dialog = next(d for d in view.dialogs if isinstance(d, ActivateDeviceDialog))
    assert dialog.isVisible()
    ui = dialog.ui
    activated, results = [], []
    dialog.activated.connect(activated.append)
    dialog.finished.connect(results.append)

    # The shape is checked offline, as the person types.
    qtbot.keyClicks(ui.serialEdit, "AB")
    assert dialog.field_error("serial") == ""  # incomplete, not wrong: nothing said yet
    qtbot.keyClicks(ui.serialEdit, "#")
    assert "serial number" in dialog.field_error("serial")  # no label has this: said at once
    ui.serialEdit.clear()
    qtbot.keyClicks(ui.serialEdit, "AB")
    qtbot.keyClick(ui.serialEdit, Qt.Key.Key_Return)  # submitting says what is missing
    assert "serial number" in dialog.field_error("serial") and "activation code" in dialog.field_error(
        "activation_code"
    )
    assert not dialog.busy
    ui.serialEdit.clear()
    qtbot.keyClicks(ui.serialEdit, label["serial"].lower())  # case does not matter
    assert dialog.field_error("serial") == ""

    # A wrong code of the right shape: the server's answer, in the dialog.
    wrong = "2222-2222-2222" if label["activation_code"] != "2222-2222-2222" else "3333-3333-3333"
    ui.codeEdit.setFocus()
    qtbot.keyClicks(ui.codeEdit, wrong)
    qtbot.keyClick(ui.codeEdit, Qt.Key.Key_Return)
    wait_until(loop, lambda: not dialog.busy and ui.bannerFrame.isVisible())
    assert "No device matches" in ui.bannerLabel.text()
    assert dialog.isVisible() and view.ui.emptyTitle.isVisible()

    ui.codeEdit.clear()
    qtbot.keyClicks(ui.codeEdit, label["activation_code"])
    assert not ui.bannerFrame.isVisible()  # the answer was about the other code
    qtbot.keyClicks(ui.nameEdit, "Walk-in cooler North")
    qtbot.keyClicks(ui.locationEdit, "Bilbao, Back store")
    screenshot(dialog, "activate_device")
    qtbot.mouseClick(ui.activateButton, Qt.MouseButton.LeftButton)
    wait_until(loop, lambda: results or (not dialog.busy and ui.bannerFrame.isVisible()))
    assert results == [QDialog.DialogCode.Accepted.value], ui.bannerLabel.text()
    new = activated[0]
    assert (new.serial, new.name) == (label["serial"], "Walk-in cooler North")

    # At once: the row, selected; then the counts from the server.
    assert column(view, DevicesModel.NAME) == ["Walk-in cooler North"]
    assert view.ui.stack.currentWidget() is view.ui.listPage
    assert view.selected_device_id() == new.id
    wait_until(loop, lambda: settled(view) and view.model.counts.total == 1)
    assert column(view, DevicesModel.SERIAL) == [label["serial"]]
    assert column(view, DevicesModel.LOCATION) == ["Bilbao, Back store"]
    assert view.selected_device_id() == new.id
    assert view.ui.countsLabel.text().startswith("1 device")


def test_activation_is_refused_for_a_device_of_another_company(
    qtbot, loop, live_server, sqlite_url, monkeypatch, capsys, open_main
):
    first, second = "uno@frio-uno.es", "dos@frio-dos.es"
    for email in (first, second):
        register_owner(live_server.url, live_server.maildir, email)
    label = add_device(monkeypatch, sqlite_url, capsys)
    window = open_main(first)
    dialog = window.devices.open_activation()
    qtbot.keyClicks(dialog.ui.serialEdit, label["serial"])
    qtbot.keyClicks(dialog.ui.codeEdit, label["activation_code"])
    done = []
    dialog.activated.connect(done.append)
    qtbot.mouseClick(dialog.ui.activateButton, Qt.MouseButton.LeftButton)
    wait_until(loop, lambda: done)

    other = open_main(second)
    dialog = other.devices.open_activation()
    qtbot.keyClicks(dialog.ui.serialEdit, label["serial"])
    qtbot.keyClicks(dialog.ui.codeEdit, label["activation_code"])
    qtbot.mouseClick(dialog.ui.activateButton, Qt.MouseButton.LeftButton)
    wait_until(loop, lambda: not dialog.busy and dialog.ui.bannerFrame.isVisible())
    assert "No device matches" in dialog.ui.bannerLabel.text()  # the same answer as a wrong code
    dialog.reject()


# --- sorting, searching and filtering by the server -------------------------------------------------


@pytest.fixture
def stocked(loop, live_server, sqlite_url, monkeypatch, open_main):
    email = "compras@frigo-centro.es"
    fill_inventory(monkeypatch, sqlite_url, 300, email)
    register_owner(live_server.url, live_server.maildir, email)
    transport = RecordingTransport()
    window = open_main(email, transport=transport)
    view = window.devices
    wait_until(loop, lambda: settled(view) and rows(view) == 300)
    return window, view, transport


def _click_header(qtbot, view, section: int) -> None:
    header = view.ui.table.horizontalHeader()
    x = header.sectionViewportPosition(section) + header.sectionSize(section) // 2
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, header.height() // 2))


def test_clicking_a_header_sorts_through_the_server(qtbot, loop, stocked):
    _window, view, transport = stocked
    _click_header(qtbot, view, DevicesModel.SERIAL)
    wait_until(loop, lambda: settled(view) and transport.device_queries()[-1].get("sort") == "serial")
    query = transport.device_queries()[-1]
    assert (query["order"], query["offset"]) == ("asc", "0")
    serials = column(view, DevicesModel.SERIAL)
    assert len(serials) == 200 and serials == sorted(serials)

    _click_header(qtbot, view, DevicesModel.SERIAL)  # again: the other way
    wait_until(loop, lambda: settled(view) and transport.device_queries()[-1].get("order") == "desc")
    serials = column(view, DevicesModel.SERIAL)
    assert serials == sorted(serials, reverse=True)

    _click_header(qtbot, view, DevicesModel.STATUS)
    wait_until(loop, lambda: settled(view) and transport.device_queries()[-1].get("sort") == "status")
    ranks = [{"alarm": 0, "inactive": 1, "active": 2}[s] for s in column(view, 0, STATUS_ROLE)]
    assert ranks == sorted(ranks)


def test_typing_in_the_search_box_filters_through_the_server(qtbot, loop, stocked):
    _window, view, transport = stocked
    before = len(transport.device_queries())
    qtbot.keyClicks(view.ui.searchEdit, "Freezer")
    wait_until(loop, lambda: settled(view) and view.model.query == "Freezer")
    queries = transport.device_queries()[before:]
    assert [q.get("q") for q in queries] == ["Freezer"]  # one request, after the typing pause
    names = column(view, DevicesModel.NAME)
    assert names and all("freezer" in name.lower() for name in names)
    assert len(names) == view.model.total < 300
    assert f"{view.model.total} matching" in view.ui.countsLabel.text()

    view.ui.searchEdit.clear()
    qtbot.keyClicks(view.ui.searchEdit, "no such device anywhere")
    wait_until(loop, lambda: settled(view) and view.model.query == "no such device anywhere")
    assert rows(view) == 0 and view.ui.noMatchLabel.isVisible()
    assert not view.ui.emptyTitle.isVisible()  # the company has devices: not the empty state
    view.ui.searchEdit.clear()
    wait_until(loop, lambda: settled(view) and view.model.query == "" and rows(view) == 300)


def test_status_filter_goes_to_the_server(qtbot, loop, stocked):
    _window, view, transport = stocked
    combo = view.ui.statusCombo
    assert [combo.itemText(i) for i in range(combo.count())] == ["All statuses", "Active", "Inactive", "Alarm"]
    combo.setCurrentIndex(combo.findData("inactive"))
    wait_until(loop, lambda: settled(view) and view.model.status == "inactive")
    assert transport.device_queries()[-1]["status"] == "inactive"
    assert set(column(view, 0, STATUS_ROLE)) == {"inactive"}
    assert rows(view) == view.model.counts.inactive
    combo.setCurrentIndex(0)
    wait_until(loop, lambda: settled(view) and view.model.status is None and rows(view) == 300)


def test_refresh_keeps_the_selection_and_the_scroll_position(qtbot, loop, stocked):
    _window, view, transport = stocked
    table = view.ui.table
    table.scrollToBottom()
    wait_until(loop, lambda: settled(view) and view.model.is_loaded(299))
    table.selectRow(250)
    chosen = view.selected_device_id()
    scrolled = table.verticalScrollBar().value()
    assert scrolled > 0
    # Someone renames a device below it so that it sorts first: every row above moves down one.
    renamed = view.model.device_id(290)
    run(loop, view.client.update_device(renamed, DeviceUpdate(name="Aaa moved to the top")))
    before, queries = len(transport.urls), len(transport.device_queries())
    qtbot.mouseClick(view.ui.refreshButton, Qt.MouseButton.LeftButton)
    wait_until(loop, lambda: len(transport.urls) > before and settled(view))
    # the rows on screen (250…) first, then the stale block within the margin above them
    assert [q["offset"] for q in transport.device_queries()[queries:]] == ["200", "0"]
    assert view.selected_device_id() == chosen and view.selected_row() == 251  # followed by id
    assert table.verticalScrollBar().value() == scrolled


def test_the_selection_follows_its_device_into_a_block_fetched_again(qtbot, loop, live_server, sqlite_url, monkeypatch):
    """Its block was dropped (scrolled far away) while the device moved: back there, the
    selection is on the device again, not on the row it had."""
    from akonet_desktop.gui.devices.view import DevicesView

    email = "lejos@frio-lejano.es"
    fill_inventory(monkeypatch, sqlite_url, 300, email)
    register_owner(live_server.url, live_server.maildir, email)
    client = run(loop, signed_in_client(live_server.url, email))
    view = DevicesView(client, run(loop, client.me()), block_size=50)
    view.model.window.budget, view.model.window.margin = 1, 0  # only the rows on screen kept
    qtbot.addWidget(view)
    view.resize(1000, 500)
    view.show()
    try:
        wait_until(loop, lambda: settled(view) and rows(view) == 300)
        table = view.ui.table
        table.selectRow(10)
        chosen, mover = view.selected_device_id(), view.model.device_id(20)
        table.scrollToBottom()
        wait_until(loop, lambda: settled(view) and view.model.is_loaded(299))
        assert not view.model.is_loaded(10)  # dropped
        run(loop, client.update_device(mover, DeviceUpdate(name="Aaa first of all")))  # rows 0…19 move down one
        table.scrollToTop()
        wait_until(loop, lambda: settled(view) and view.model.is_loaded(11))
        assert view.model.device_id(0) == mover
        assert view.selected_device_id() == chosen and view.selected_row() == 11
    finally:
        view.shutdown()
        run(loop, client.aclose())


# --- details and renaming ---------------------------------------------------------------------------


def test_double_click_opens_the_details_and_renaming_updates_the_row(qtbot, loop, stocked, screenshot):
    _window, view, _transport = stocked
    table = view.ui.table
    index = view.model.index(3, DevicesModel.NAME)
    device_id = view.model.device_id(3)
    rect = table.visualRect(index)
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    dialog = next(d for d in view.dialogs if isinstance(d, DeviceDetailsDialog))
    wait_until(loop, lambda: not dialog.busy)
    assert dialog.ui.serialValue.text() == view.model.device_at(view.model.row_of(device_id)).serial
    assert dialog.ui.modelValue.text() and dialog.ui.firmwareValue.text()
    assert not dialog.ui.nameEdit.isReadOnly() and dialog.ui.saveButton.isVisible()
    screenshot(dialog, "device_details")

    dialog.ui.nameEdit.selectAll()
    qtbot.keyClicks(dialog.ui.nameEdit, "Aaa renamed cooler")
    saved = []
    dialog.saved.connect(saved.append)
    qtbot.mouseClick(dialog.ui.saveButton, Qt.MouseButton.LeftButton)
    wait_until(loop, lambda: saved)
    assert saved[0].name == "Aaa renamed cooler"
    row = view.model.row_of(device_id)
    assert view.model.index(row, DevicesModel.NAME).data() == "Aaa renamed cooler"
    wait_until(loop, lambda: settled(view))
    assert view.model.index(0, DevicesModel.NAME).data() == "Aaa renamed cooler"  # sorted by name, server-side
    assert view.selected_device_id() == device_id


def test_a_name_too_long_is_refused_on_the_field(qtbot, loop, stocked):
    _window, view, _transport = stocked
    dialog = view.open_details(0)
    wait_until(loop, lambda: not dialog.busy)
    dialog.ui.nameEdit.setMaxLength(1000)  # as if the form let it through: the server says no
    dialog.ui.nameEdit.setText("x" * 101)
    assert "too long" in dialog.field_error("name")
    assert not dialog.ui.saveButton.isEnabled()
    dialog.reject()


# --- roles, failures, languages ---------------------------------------------------------------------


def test_a_user_role_can_look_but_not_activate_or_rename(qtbot, loop, live_server, sqlite_url, monkeypatch, open_main):
    email = "mirar@frio-oeste.es"
    fill_inventory(monkeypatch, sqlite_url, 5, email)
    register_owner(live_server.url, live_server.maildir, email)
    window = open_main(email, role="user")
    view = window.devices
    wait_until(loop, lambda: settled(view) and rows(view) == 5)
    for button in (view.ui.toolbarActivateButton, view.ui.activateButton):
        assert not button.isEnabled()
        assert "Your role does not allow this" in button.toolTip()
    assert not window.ui.activateAction.isEnabled()
    assert view.open_activation() is None
    dialog = view.open_details(0)
    wait_until(loop, lambda: not dialog.busy)
    assert dialog.ui.nameEdit.isReadOnly() and dialog.ui.locationEdit.isReadOnly()
    assert not dialog.ui.saveButton.isVisible() and dialog.ui.readOnlyLabel.isVisible()
    dialog.reject()


def test_an_unreachable_server_shows_a_message_and_retry(qtbot, loop):
    from akonet_desktop.gui.devices.view import DevicesView
    from tests.support.processes import free_port

    client = AkonetClient(f"http://127.0.0.1:{free_port()}")
    client.access_token = "whatever"
    me = Me.model_validate(
        {
            "user": {
                "id": 1,
                "email": "a@b.es",
                "first_name": "A",
                "last_name": "B",
                "role": "owner",
                "language": "en",
            },
            "company": {
                "id": 1,
                "name": "C",
                "country": "ES",
                "id_type": "es_cif",
                "id_number": "B58818501",
                "phone": "+34912345678",
            },
        }
    )
    view = DevicesView(client, me)
    qtbot.addWidget(view)
    view.show()
    try:
        wait_until(loop, lambda: view.ui.bannerFrame.isVisible())
        assert "cannot be reached" in view.ui.bannerLabel.text()
        assert view.ui.retryButton.isVisible() and not view.ui.emptyTitle.isVisible()
        qtbot.mouseClick(view.ui.retryButton, Qt.MouseButton.LeftButton)
        wait_until(loop, lambda: settled(view) and view.ui.bannerFrame.isVisible())
        assert view.model.requests == 2
    finally:
        view.shutdown()
        run(loop, client.aclose())


def test_language_change_retranslates_without_a_request(qtbot, loop, stocked):
    _window, view, transport = stocked
    before = len(transport.urls)
    QCoreApplication.sendEvent(view, QEvent(QEvent.Type.LanguageChange))
    assert view.ui.statusCombo.count() == 4 and view.ui.statusCombo.currentIndex() == 0
    assert view.model.headerData(0, Qt.Orientation.Horizontal) == "Status"
    assert len(transport.urls) == before


class DropsFirstActivation(httpx.AsyncBaseTransport):
    """The real network, but the first activation request never reaches the server."""

    def __init__(self) -> None:
        self.inner = httpx.AsyncHTTPTransport()
        self.dropped = 0

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        if request.url.path.endswith("/devices/activate") and not self.dropped:
            self.dropped += 1
            raise httpx.ConnectError("connection refused", request=request)
        return await self.inner.handle_async_request(request)

    async def aclose(self) -> None:
        await self.inner.aclose()


def test_activation_after_a_network_failure_is_retried_from_the_dialog(
    qtbot, loop, live_server, sqlite_url, monkeypatch, capsys, open_main
):
    email = "tecnico@camaras-norte.es"
    register_owner(live_server.url, live_server.maildir, email)
    label = add_device(monkeypatch, sqlite_url, capsys)
    window = open_main(email, transport=DropsFirstActivation())
    view = window.devices
    wait_until(loop, lambda: view.ui.emptyTitle.isVisible())
    dialog = view.open_activation()
    ui = dialog.ui
    assert not ui.retryButton.isVisible()
    qtbot.keyClicks(ui.serialEdit, label["serial"])
    qtbot.keyClicks(ui.codeEdit, label["activation_code"])
    qtbot.mouseClick(ui.activateButton, Qt.MouseButton.LeftButton)
    wait_until(loop, lambda: not dialog.busy and ui.bannerFrame.isVisible())
    assert "cannot be reached" in ui.bannerLabel.text()
    assert ui.retryButton.isVisible()  # what was typed is kept: one click tries again

    activated = []
    dialog.activated.connect(activated.append)
    qtbot.mouseClick(ui.retryButton, Qt.MouseButton.LeftButton)
    wait_until(loop, lambda: bool(activated))
    assert activated[0].serial == label["serial"]
