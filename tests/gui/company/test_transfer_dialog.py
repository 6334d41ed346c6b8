"""The ownership transfer from the Company page, against a real embedded server: the owner picks an
active administrator and confirms with their password; both get an email and the window, without
signing out, becomes an administrator's (no Billing, a read-only Company page)."""

from __future__ import annotations

from datetime import UTC, datetime

import httpx
import pytest
from argon2 import PasswordHasher
from PySide6.QtCore import Qt

from akonet_desktop.gui.company.profile_page import CompanyPage
from akonet_desktop.gui.company.transfer_dialog import TransferOwnershipDialog
from akonet_desktop.gui.main_window import MainWindow
from akonet_desktop.server.db import make_engine, make_session_factory, transaction
from akonet_desktop.server.models import LoginAttempts, User
from tests.gui.conftest import run, wait_until
from tests.gui.devices.test_view import signed_in_client
from tests.gui.test_main_window_pages import click_nav, nav_labels
from tests.support.api import STRONG_PASSWORD
from tests.support.live import mails_to, register_owner, wait_for_mail

OWNER = "jefe@frio-central.es"  # Marta Ruiz, who registered the company
ANA, LUIS, CARLA = "ana@frio-central.es", "luis@frio-central.es", "carla@frio-central.es"
USER = "tecnico@frio-central.es"
THRESHOLD = 3  # wrong passwords before the account is blocked


class FlakyTransport(httpx.AsyncBaseTransport):
    """The real network, but the first `failures` requests to `path` never reach the server."""

    def __init__(self, path: str, failures: int = 1) -> None:
        self.inner = httpx.AsyncHTTPTransport()
        self.path, self.failures = path, failures

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        if request.url.path == self.path and self.failures > 0:
            self.failures -= 1
            raise httpx.ConnectError("connection refused", request=request)
        return await self.inner.handle_async_request(request)

    async def aclose(self) -> None:
        await self.inner.aclose()


@pytest.fixture
def server(start_live_server):
    server = start_live_server(lockout_threshold=THRESHOLD)
    register_owner(server.url, server.maildir, OWNER)
    return server


@pytest.fixture
def add_people(server, sqlite_url):
    """Members added straight into the live server's database (email, kind, first and last name)."""
    engine = make_engine(sqlite_url)
    sessions = make_session_factory(engine)
    password_hash = PasswordHasher().hash(STRONG_PASSWORD)

    def add(*people: tuple[str, str, str, str], locked: tuple[str, ...] = ()) -> None:
        now = datetime.now(UTC)
        with transaction(sessions) as session:
            owner = session.query(User).filter_by(email=OWNER).one()
            for email, kind, first_name, last_name in people:
                session.add(
                    User(
                        company_id=owner.company_id,
                        email=email,
                        first_name=first_name,
                        last_name=last_name,
                        role=kind,
                        language="en",
                        password_hash=password_hash,
                        password_changed_at=now,
                        created_at=now,
                    )
                )
            for email in locked:
                blocked = dict(failures=THRESHOLD, pending=0, pending_until=now, locked_at=now, updated_at=now)
                session.add(LoginAttempts(email=email, **blocked))

    yield add
    engine.dispose()


@pytest.fixture
def two_admins(add_people):
    add_people(
        (LUIS, "admin", "Luis", "Pérez"),
        (ANA, "admin", "Ana", "García"),
        (CARLA, "admin", "Carla", "Blanco"),  # blocked: too many wrong passwords
        (USER, "user", "Tomás", "Vidal"),
        locked=(CARLA,),
    )


@pytest.fixture
def open_as(qtbot, loop, server):
    opened = []

    def open_(email: str, transport: httpx.AsyncBaseTransport | None = None) -> MainWindow:
        client = run(loop, signed_in_client(server.url, email, transport))
        window = MainWindow(run(loop, client.me()), has_mailbox=False, client=client)
        window.resize(1100, 760)
        opened.append((window, client))
        window.show()
        wait_until(loop, lambda: window.devices.model.started and not window.devices.model.busy)
        return window

    yield open_
    for window, client in opened:
        window.close()  # its pages shut down: their dialogs close and cancel what they asked
        run(loop, client.aclose())


def company_page(qtbot, loop, window: MainWindow) -> CompanyPage:
    click_nav(qtbot, window, "Company")
    page = window.pages["company"]
    wait_until(loop, lambda: page.loaded and not page.busy)
    return page


def open_dialog(qtbot, loop, window: MainWindow) -> TransferOwnershipDialog:
    page = company_page(qtbot, loop, window)
    assert page.ui.ownershipFrame.isVisible()
    qtbot.mouseClick(page.ui.transferButton, Qt.MouseButton.LeftButton)
    dialog = page.transfer_dialog
    assert dialog is not None and dialog.isVisible()
    wait_until(loop, lambda: dialog.admins is not None and not dialog.busy)
    return dialog


def listed(dialog: TransferOwnershipDialog) -> list[str]:
    return [dialog.ui.adminList.item(row).text() for row in range(dialog.ui.adminList.count())]


def click_admin(qtbot, dialog: TransferOwnershipDialog, email: str) -> None:
    admin_list = dialog.ui.adminList
    item = next(admin_list.item(r) for r in range(admin_list.count()) if email in admin_list.item(r).text())
    qtbot.mouseClick(admin_list.viewport(), Qt.MouseButton.LeftButton, pos=admin_list.visualItemRect(item).center())


def rebuilt_for_an_administrator(window: MainWindow) -> bool:
    """The window rebuilt without Billing, and its new pages done with their first requests."""
    company = window.pages.get("company")
    return (
        "billing" not in window.pages
        and company is not None
        and company.loaded
        and not company.busy
        and not window.devices.model.busy
    )


def role_of(loop, window: MainWindow, email: str) -> str:
    """What the server says now, asked with the window's own session."""
    page = run(loop, window.client.list_members(q=email))
    return next(m.role for m in page.items if m.email == email)


def test_the_owner_hands_the_company_to_an_administrator(qtbot, loop, open_as, two_admins, server, screenshot):
    window = open_as(OWNER)
    assert "Billing" in nav_labels(window)
    dialog = open_dialog(qtbot, loop, window)
    ui = dialog.ui
    # The active administrators by name: neither the owner, the user, nor the blocked administrator.
    assert listed(dialog) == [f"Ana García · {ANA}", f"Luis Pérez · {LUIS}"]
    assert not ui.emptyLabel.isVisible() and not ui.filterEdit.isVisible()
    assert "Frío Industrial SL" in ui.introLabel.text() and "administrator" in ui.introLabel.text()
    assert not ui.confirmButton.isEnabled()

    click_admin(qtbot, dialog, LUIS)
    assert dialog.chosen().email == LUIS and "<b>Luis Pérez</b> becomes the owner" in ui.introLabel.text()
    assert not ui.confirmButton.isEnabled()  # no password yet
    qtbot.keyClicks(ui.passwordEdit, STRONG_PASSWORD)
    assert ui.confirmButton.isEnabled()
    screenshot(dialog, "transfer_ownership")

    old_page = window.pages["company"]
    answers = []
    dialog.transferred.connect(answers.append)
    qtbot.mouseClick(ui.confirmButton, Qt.MouseButton.LeftButton)
    wait_until(loop, lambda: rebuilt_for_an_administrator(window))

    # The dialog closed (and went with the owner's Company page); the server's answer came out of it.
    assert [(a.owner.email, a.previous_owner.email, a.previous_owner.role) for a in answers] == [(LUIS, OWNER, "admin")]
    # Both hear of it.
    assert "You are now the owner" in wait_for_mail(server.maildir, LUIS)[-1]["Subject"]
    wait_until(loop, lambda: any("transferred the ownership" in m["Subject"] for m in mails_to(server.maildir, OWNER)))
    # The same window, now an administrator's: no Billing, the Company page read-only and still shown.
    assert window.isVisible() and window.me.user.role == "admin"
    assert "Billing" not in nav_labels(window) and "Company" in nav_labels(window)
    assert window.ui.userLabel.text() == "Marta Ruiz · Administrator"
    assert "Ownership transferred to Luis Pérez" in window.statusBar().currentMessage()
    page = window.pages["company"]
    assert page is not old_page and old_page.closed  # the owner's page was shut down, then replaced
    assert window.ui.pages.currentWidget() is page
    assert page.ui.readOnlyLabel.isVisible()
    assert page.ui.readOnlyLabel.text() == "Only the company's owner can change its profile."
    assert page.ui.nameEdit.isReadOnly() and not page.ui.saveButton.isVisible()
    assert not page.ui.ownershipFrame.isVisible() and page.open_transfer() is None
    # The server agrees.
    assert role_of(loop, window, LUIS) == "owner" and role_of(loop, window, OWNER) == "admin"
    # The rebuilt Devices page still works for the menu (it asks for its rows once shown).
    click_nav(qtbot, window, "Devices")
    assert window.ui.pages.currentWidget() is window.devices and window.ui.activateAction.isEnabled()
    wait_until(loop, lambda: window.devices.model.started and not window.devices.model.busy)


def test_a_wrong_password_says_the_attempts_left_and_transfers_nothing(qtbot, loop, open_as, two_admins, server):
    window = open_as(OWNER)
    dialog = open_dialog(qtbot, loop, window)
    ui = dialog.ui
    click_admin(qtbot, dialog, ANA)
    qtbot.keyClicks(ui.passwordEdit, "not-my-password")
    qtbot.mouseClick(ui.confirmButton, Qt.MouseButton.LeftButton)
    wait_until(loop, lambda: not dialog.busy and ui.passwordError.isVisible())

    message = dialog.field_error()  # "attempt(s)": the English plural forms come with the translations
    assert message.startswith(f"The password is not correct. {THRESHOLD - 1} attempt")
    assert message.endswith("left before your account is blocked.")
    assert not ui.bannerFrame.isVisible() and dialog.isVisible()
    assert ui.passwordEdit.selectedText() == "not-my-password"  # typed over at once
    assert role_of(loop, window, OWNER) == "owner" and role_of(loop, window, ANA) == "admin"
    assert "Billing" in nav_labels(window)

    # Typing again clears the message; the last wrong password blocks the account.
    qtbot.keyClicks(ui.passwordEdit, "still-wrong")
    assert not ui.passwordError.isVisible()
    qtbot.mouseClick(ui.confirmButton, Qt.MouseButton.LeftButton)
    wait_until(loop, lambda: not dialog.busy and " 1 attempt" in dialog.field_error())
    ui.passwordEdit.selectAll()
    qtbot.keyClicks(ui.passwordEdit, "wrong-again")
    qtbot.mouseClick(ui.confirmButton, Qt.MouseButton.LeftButton)
    wait_until(loop, lambda: not dialog.busy and ui.bannerFrame.isVisible())
    assert "blocked" in ui.bannerLabel.text() and "still yours" in ui.bannerLabel.text()
    assert not ui.retryButton.isVisible() and not ui.passwordError.isVisible()
    assert not ui.passwordEdit.isEnabled() and not ui.confirmButton.isEnabled()
    assert ui.cancelButton.text() == "Close"
    assert role_of(loop, window, OWNER) == "owner"


def test_a_network_failure_offers_retry(qtbot, loop, open_as, two_admins, server):
    window = open_as(OWNER, FlakyTransport("/api/v1/company/owner"))
    dialog = open_dialog(qtbot, loop, window)
    ui = dialog.ui
    click_admin(qtbot, dialog, ANA)
    qtbot.keyClicks(ui.passwordEdit, STRONG_PASSWORD)
    qtbot.mouseClick(ui.confirmButton, Qt.MouseButton.LeftButton)
    wait_until(loop, lambda: not dialog.busy and ui.bannerFrame.isVisible())
    assert "cannot be reached" in ui.bannerLabel.text() and ui.retryButton.isVisible()
    assert role_of(loop, window, ANA) == "admin"

    qtbot.mouseClick(ui.retryButton, Qt.MouseButton.LeftButton)
    wait_until(loop, lambda: rebuilt_for_an_administrator(window))
    assert role_of(loop, window, ANA) == "owner"


def test_without_administrators_the_dialog_says_so(qtbot, loop, open_as, add_people, screenshot):
    add_people((USER, "user", "Tomás", "Vidal"), (CARLA, "admin", "Carla", "Blanco"), locked=(CARLA,))
    window = open_as(OWNER)
    dialog = open_dialog(qtbot, loop, window)
    ui = dialog.ui
    assert ui.emptyLabel.isVisible() and "Invite an administrator first" in ui.emptyLabel.text()
    assert not ui.adminList.isVisible() and not ui.passwordEdit.isVisible()
    assert not ui.confirmButton.isEnabled() and ui.cancelButton.text() == "Close"
    dialog.submit()  # nothing to confirm: nothing asked
    assert not dialog.busy
    screenshot(dialog, "transfer_ownership_nobody")
    qtbot.mouseClick(ui.cancelButton, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible() and window.pages["company"].transfer_dialog is None


def test_many_administrators_can_be_searched(qtbot, loop, open_as, add_people):
    add_people(*((f"admin{n:02d}@frio-central.es", "admin", f"Admin{n:02d}", "Frío") for n in range(12)))
    window = open_as(OWNER)
    dialog = open_dialog(qtbot, loop, window)
    assert len(listed(dialog)) == 12 and dialog.ui.filterEdit.isVisible()
    qtbot.keyClicks(dialog.ui.filterEdit, "admin07")
    assert listed(dialog) == ["Admin07 Frío · admin07@frio-central.es"]


def test_an_administrator_has_no_transfer(qtbot, loop, open_as, two_admins):
    window = open_as(ANA)
    page = company_page(qtbot, loop, window)
    assert not page.ui.ownershipFrame.isVisible() and not page.ui.transferButton.isVisible()
    assert page.open_transfer() is None and page.transfer_dialog is None
