"""The main window's pages come from the registry (gui/pages.py), filtered by the person's kind
with rules/roles.py: a page registered for some kinds appears for them only, and its navigation
item shows it. Real windows against a real server; the kind is set on the window's `Me`."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QLabel, QWidget

from akonet_desktop.api.models import Me
from akonet_desktop.gui import pages
from akonet_desktop.gui.common.i18n import Translations
from akonet_desktop.gui.devices.activate_dialog import ActivateDeviceDialog
from akonet_desktop.gui.main_window import MainWindow
from akonet_desktop.gui.pages import ACTIVITY, DEVICES, Page, allowed_to, visible_pages
from akonet_desktop.rules.roles import Kind, Privilege, is_administrator, privileges
from tests.gui.conftest import run
from tests.gui.devices.test_view import signed_in_client, wait_until
from tests.support.live import register_owner

EMAIL = "jefe@frio-central.es"


class RecordingPage(QLabel):
    """A page that remembers being shut down with its window."""

    def __init__(self, text: str, parent: QWidget) -> None:
        super().__init__(text, parent)
        self.shut_down = False

    def shutdown(self) -> None:
        self.shut_down = True


ADMINISTRATION = Page(
    "administration",
    "Administration",
    lambda client, me, parent: RecordingPage("admin", parent),
    visible_to=is_administrator,
)
BILLING = Page(
    "billing",
    "Billing",
    lambda client, me, parent: QLabel("billing", parent),
    visible_to=allowed_to(Privilege.SEE_BILLING),
)


@pytest.fixture
def registered(monkeypatch):
    """Two made-up pages registered after Devices: the registry alone, whatever pages the product has."""
    monkeypatch.setattr(pages, "PAGES", (pages.PAGES[0], ADMINISTRATION, BILLING))


@pytest.fixture
def open_as(qtbot, loop, live_server):
    """A MainWindow for the registered owner, seen as a person of the given kind."""
    register_owner(live_server.url, live_server.maildir, EMAIL)
    client = run(loop, signed_in_client(live_server.url, EMAIL))
    me = run(loop, client.me())

    def open_(kind: str) -> MainWindow:
        window = MainWindow(
            Me(
                user=me.user.model_copy(update={"role": kind, "privileges": sorted(privileges(kind))}),
                company=me.company,
            ),
            has_mailbox=False,
            client=client,
        )
        qtbot.addWidget(window)  # closed, then deleted on this thread after the test, even one that failed
        window.show()
        wait_until(loop, lambda: window.devices.model.started and not window.devices.model.busy)
        return window

    yield open_
    run(loop, client.aclose())  # after pytest-qt has closed the windows


def nav_labels(window: MainWindow) -> list[str]:
    return [window.ui.navList.item(row).text() for row in range(window.ui.navList.count())]


def click_nav(qtbot, window: MainWindow, label: str) -> None:
    nav = window.ui.navList
    item = nav.findItems(label, Qt.MatchFlag.MatchExactly)[0]
    qtbot.mouseClick(nav.viewport(), Qt.MouseButton.LeftButton, pos=nav.visualItemRect(item).center())


@pytest.mark.parametrize(
    "kind,expected",
    [
        (Kind.OWNER, [DEVICES, pages.USERS, pages.COMPANY, pages.BILLING, ACTIVITY, pages.ACCOUNT]),
        (Kind.ADMIN, [DEVICES, pages.USERS, pages.COMPANY, ACTIVITY, pages.ACCOUNT]),
        (Kind.USER, [DEVICES, pages.COMPANY, pages.ACCOUNT]),
    ],
)
def test_the_products_pages_by_kind(kind, expected):
    assert [page.key for page in visible_pages(kind)] == expected


@pytest.mark.parametrize("kind", list(Kind))
def test_a_required_two_step_set_up_leaves_my_account_alone(kind):
    assert [page.key for page in visible_pages(kind, setup_required=True)] == [pages.ACCOUNT]


def test_an_unknown_kind_sees_what_everyone_sees():
    assert visible_pages("someone-else") == [p for p in pages.PAGES if p.visible_to(Kind.USER)]


def test_devices_comes_first_for_everyone_and_users_and_activity_for_administrators():
    for kind in Kind:
        keys = [page.key for page in visible_pages(kind)]
        assert keys[0] == DEVICES
        assert (ACTIVITY in keys) is is_administrator(kind)
        assert (pages.USERS in keys) is is_administrator(kind)
    assert visible_pages("someone-else") == visible_pages(Kind.USER)  # an unknown kind: what everyone sees


@pytest.mark.parametrize(
    "kind,expected",
    [
        (Kind.OWNER, ["Devices", "Administration", "Billing"]),
        (Kind.ADMIN, ["Devices", "Administration"]),
        (Kind.USER, ["Devices"]),
    ],
)
def test_registered_pages_show_for_the_kinds_allowed(qtbot, registered, open_as, kind, expected):
    window = open_as(kind)
    assert nav_labels(window) == expected
    assert window.ui.pages.count() == len(expected)
    assert list(window.pages) == [DEVICES, "administration", "billing"][: len(expected)]
    # Devices stays first and selected, the start view after sign-in
    assert window.ui.navList.currentRow() == 0
    assert window.ui.pages.currentWidget() is window.devices is window.pages[DEVICES]
    assert window.devices.isVisible()


def test_clicking_a_navigation_item_shows_its_page(qtbot, registered, open_as):
    window = open_as(Kind.OWNER)
    click_nav(qtbot, window, "Billing")
    assert window.ui.pages.currentWidget() is window.pages["billing"]
    assert window.pages["billing"].isVisible() and not window.devices.isVisible()
    assert not window.devices.refresh_timer.isActive()  # a hidden Devices page stops polling

    click_nav(qtbot, window, "Administration")
    assert window.ui.pages.currentWidget() is window.pages["administration"]

    click_nav(qtbot, window, "Devices")
    assert window.ui.pages.currentWidget() is window.devices and window.devices.isVisible()
    assert window.devices.refresh_timer.isActive()


@pytest.mark.parametrize("kind,allowed", [(Kind.OWNER, True), (Kind.ADMIN, True), (Kind.USER, False)])
def test_the_devices_menu_acts_on_the_devices_page(qtbot, registered, open_as, kind, allowed):
    window = open_as(kind)
    click_nav(qtbot, window, "Devices")
    assert window.ui.activateAction.isEnabled() is allowed
    window.ui.activateAction.trigger()
    opened = [d for d in window.devices.dialogs if isinstance(d, ActivateDeviceDialog)]
    assert len(opened) == (1 if allowed else 0)
    for dialog in opened:
        dialog.reject()


def test_closing_the_window_shuts_its_pages_down(qtbot, registered, open_as):
    window = open_as(Kind.ADMIN)
    administration = window.pages["administration"]
    window.close()
    assert administration.shut_down
    assert not window.devices.refresh_timer.isActive()


@pytest.mark.parametrize("kind,name", [(Kind.OWNER, "Owner"), (Kind.ADMIN, "Administrator"), (Kind.USER, "User")])
def test_the_header_names_the_kind(qtbot, open_as, kind, name):
    assert open_as(kind).ui.userLabel.text() == f"Marta Ruiz · {name}"


def test_page_labels_follow_the_interface_language(qtbot, open_as, tmp_path, qapp):
    window = open_as(Kind.OWNER)
    translations = Translations(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    try:
        translations.set_language("fr", remember=False)
        qapp.processEvents()
        assert nav_labels(window)[0] == "Dispositifs"
        assert nav_labels(window) == [page.title() for page in window.shown_pages]
        assert window.ui.userLabel.text() == "Marta Ruiz · Propriétaire"
    finally:
        translations.set_language("en", remember=False)
        qapp.processEvents()
    assert nav_labels(window) == [page.label for page in window.shown_pages]  # the English source texts
