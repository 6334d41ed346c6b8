"""The Activity page in a real window against a real server: an activation appears in the log,
the kind filter asks the server, pages load as one scrolls, and only owners and administrators
see the page."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from akonet_desktop.api.models import DeviceActivation, DeviceUpdate
from akonet_desktop.gui.activity.model import ENTRY_ROLE, ActivityModel
from akonet_desktop.gui.activity.view import ActivityView
from akonet_desktop.gui.pages import ACTIVITY
from akonet_desktop.rules.roles import Kind
from tests.gui.conftest import run
from tests.gui.devices.test_view import add_device, english_locale, open_main, signed_in_client, wait_until
from tests.gui.test_main_window_pages import click_nav, nav_labels
from tests.support.live import register_owner

__all__ = ["english_locale", "open_main"]  # fixtures shared with the Devices tests

EMAIL = "jefe@frio-central.es"


@pytest.fixture
def owner(live_server) -> str:
    register_owner(live_server.url, live_server.maildir, EMAIL)
    return EMAIL


def cells(view: ActivityView, column: int) -> list[str]:
    model = view.model
    return [model.index(row, column).data() for row in range(model.rowCount())]


def settled(view: ActivityView) -> bool:
    return view.model.started and not view.model.busy


def test_an_activation_appears_in_the_log(qtbot, loop, owner, open_main, monkeypatch, sqlite_url, capsys):
    label = add_device(monkeypatch, sqlite_url, capsys, model="AKO-16526A")
    window = open_main(owner)
    assert "Activity" in nav_labels(window)
    click_nav(qtbot, window, "Activity")
    view: ActivityView = window.pages[ACTIVITY]
    assert window.ui.pages.currentWidget() is view and view.isVisible()
    wait_until(loop, lambda: settled(view))
    assert view.model.rowCount() == 0
    assert view.ui.emptyLabel.isVisible()
    assert view.ui.emptyLabel.text() == "No administrative action was recorded yet."

    activation = DeviceActivation(serial=label["serial"], activation_code=label["activation_code"])
    device = run(loop, view.client.activate_device(activation))
    qtbot.mouseClick(view.ui.refreshButton, Qt.MouseButton.LeftButton)
    wait_until(loop, lambda: settled(view) and view.model.rowCount() == 1)
    assert cells(view, ActivityModel.WHAT) == ["Device activated"]
    assert cells(view, ActivityModel.WHO) == [EMAIL]
    assert cells(view, ActivityModel.TARGET) == [label["serial"]]
    assert cells(view, ActivityModel.DETAILS) == ["model: AKO-16526A"]
    assert cells(view, ActivityModel.WHEN)[0]  # a local date and time
    entry = view.model.index(0, 0).data(ENTRY_ROLE)
    assert entry.client_address == "127.0.0.1"
    assert label["activation_code"] not in str(entry.model_dump())
    assert not view.ui.emptyLabel.isVisible()
    # "1 entry" once the English plural forms are translated; "1 entry(ies)" until then
    assert view.ui.countsLabel.text().startswith("1 entr")

    # back on the page after an action elsewhere: the newest entries without a click on Refresh
    click_nav(qtbot, window, "Devices")
    wait_until(loop, lambda: settled(window.devices))
    run(loop, view.client.update_device(device.id, DeviceUpdate(name="Cold room 3")))
    click_nav(qtbot, window, "Activity")
    wait_until(loop, lambda: settled(view) and view.model.rowCount() == 2)
    assert cells(view, ActivityModel.WHAT) == ["Device renamed or moved", "Device activated"]
    assert cells(view, ActivityModel.DETAILS)[0] == "name: Cold room 3"


def test_the_kind_filter_asks_the_server(qtbot, loop, owner, open_main, monkeypatch, sqlite_url, capsys, screenshot):
    label = add_device(monkeypatch, sqlite_url, capsys)
    window = open_main(owner)
    view: ActivityView = window.pages[ACTIVITY]
    device = run(
        loop,
        view.client.activate_device(DeviceActivation(serial=label["serial"], activation_code=label["activation_code"])),
    )
    run(loop, view.client.update_device(device.id, DeviceUpdate(name="Cold room 1", location="Madrid")))
    click_nav(qtbot, window, "Activity")
    wait_until(loop, lambda: settled(view) and view.model.rowCount() == 2)
    assert cells(view, ActivityModel.WHAT) == ["Device renamed or moved", "Device activated"]
    assert cells(view, ActivityModel.DETAILS)[0] == "location: Madrid · name: Cold room 1"
    screenshot(window, "activity")

    combo = view.ui.kindCombo
    assert combo.itemText(0) == "All actions" and combo.count() == 17
    combo.setCurrentIndex(combo.findData("device_activated"))
    wait_until(loop, lambda: settled(view) and view.model.rowCount() == 1)
    assert cells(view, ActivityModel.WHAT) == ["Device activated"]
    combo.setCurrentIndex(combo.findData("role_created"))
    wait_until(loop, lambda: settled(view) and view.model.rowCount() == 0)
    assert view.ui.emptyLabel.text() == "No action of this kind was recorded."
    combo.setCurrentIndex(0)
    wait_until(loop, lambda: settled(view) and view.model.rowCount() == 2)


def test_pages_load_as_one_scrolls_newest_first(qtbot, loop, owner, live_server, monkeypatch, sqlite_url, capsys):
    label = add_device(monkeypatch, sqlite_url, capsys)
    client = run(loop, signed_in_client(live_server.url, owner))
    try:
        device = run(
            loop,
            client.activate_device(DeviceActivation(serial=label["serial"], activation_code=label["activation_code"])),
        )
        for n in range(6):
            run(loop, client.update_device(device.id, DeviceUpdate(name=f"Room {n}")))
        me = run(loop, client.me())
        view = ActivityView(client, me, page_size=3)
        qtbot.addWidget(view)
        view.resize(900, 200)
        view.show()
        wait_until(loop, lambda: settled(view))
        assert view.model.total == 7
        assert view.model.rowCount() < 7  # the first pages, as many as the table needs to fill its height

        def scrolled_to_the_end() -> bool:
            view.ui.table.scrollToBottom()  # the table asks the model for more at the bottom
            return not view.model.canFetchMore()

        wait_until(loop, lambda: scrolled_to_the_end() and settled(view))
        assert view.model.rowCount() == 7 and view.model.requests == 3
        assert cells(view, ActivityModel.DETAILS) == [f"name: Room {n}" for n in range(5, -1, -1)] + [
            "model: AKO-16524"
        ]
        view.shutdown()
    finally:
        run(loop, client.aclose())


@pytest.mark.parametrize("kind,shown", [(Kind.OWNER, True), (Kind.ADMIN, True), (Kind.USER, False)])
def test_only_owners_and_administrators_see_the_page(qtbot, loop, owner, open_main, kind, shown):
    window = open_main(owner, role=kind)
    wait_until(loop, lambda: window.devices.model.started and not window.devices.model.busy)
    assert ("Activity" in nav_labels(window)) is shown
    assert (ACTIVITY in window.pages) is shown
