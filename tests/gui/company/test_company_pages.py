"""The Company and Billing pages against a real embedded server, signed in as real people of each
kind: the owner edits the profile and billing; administrators and users read the profile only
and have no Billing page."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from argon2 import PasswordHasher
from PySide6.QtCore import Qt
from sqlalchemy import update

from akonet_desktop.gui.company.billing_page import BillingPage
from akonet_desktop.gui.company.profile_page import CompanyPage
from akonet_desktop.gui.main_window import MainWindow
from akonet_desktop.server.db import make_engine, make_session_factory, transaction
from akonet_desktop.server.devices.counts import DeviceCountsCache
from akonet_desktop.server.devices.position_marks import PositionMarks
from akonet_desktop.server.models import Company, User
from tests.gui.conftest import run, wait_until
from tests.gui.devices.test_view import signed_in_client
from tests.gui.test_main_window_pages import click_nav, nav_labels
from tests.support.api import STRONG_PASSWORD
from tests.support.devices import add_devices
from tests.support.live import register_owner

OWNER, ADMIN, USER = "jefe@frio-central.es", "admin@frio-central.es", "tecnico@frio-central.es"


class _Db:
    """The live server's database, for what no page of this branch does yet (adding members)."""

    def __init__(self, url: str) -> None:
        self.engine = make_engine(url)
        self.ctx = self  # add_devices reads api.ctx.clock and api.ctx.sessions
        self.sessions = make_session_factory(self.engine)
        self.clock = self
        # add_devices forgets the counts and position marks a server process keeps; this handle keeps none.
        self.device_counts = DeviceCountsCache(0, self.now)
        self.position_marks = PositionMarks(0, self.now)

    def now(self) -> datetime:
        return datetime.now(UTC)


@pytest.fixture
def company(live_server, sqlite_url):
    """The registered owner's company with an administrator and a user; the database handle."""
    register_owner(live_server.url, live_server.maildir, OWNER)
    db = _Db(sqlite_url)
    password_hash = PasswordHasher().hash(STRONG_PASSWORD)
    now = db.now()
    with transaction(db.sessions) as session:
        owner = session.query(User).filter_by(email=OWNER).one()
        for email, kind in ((ADMIN, "admin"), (USER, "user")):
            session.add(
                User(
                    company_id=owner.company_id,
                    email=email,
                    first_name="Luis",
                    last_name="Pérez",
                    role=kind,
                    language="es",
                    password_hash=password_hash,
                    password_changed_at=now,
                    created_at=now,
                )
            )
        company_id = owner.company_id
    yield db, company_id
    db.engine.dispose()


@pytest.fixture
def open_as(qtbot, loop, live_server, company):
    opened = []

    def open_(email: str) -> MainWindow:
        client = run(loop, signed_in_client(live_server.url, email))
        window = MainWindow(run(loop, client.me()), has_mailbox=False, client=client)
        window.resize(1100, 760)
        opened.append((window, client))
        window.show()
        wait_until(loop, lambda: window.devices.model.started and not window.devices.model.busy)
        return window

    yield open_
    for window, client in opened:
        window.close()
        run(loop, client.aclose())


def show_page(qtbot, loop, window: MainWindow, label: str, key: str):
    click_nav(qtbot, window, label)
    page = window.pages[key]
    wait_until(loop, lambda: page.loaded and not page.busy)
    return page


def test_the_owner_edits_the_company_profile(qtbot, loop, open_as, screenshot):
    window = open_as(OWNER)
    assert [label for label in nav_labels(window) if label in ("Company", "Billing")] == ["Company", "Billing"]
    page: CompanyPage = show_page(qtbot, loop, window, "Company", "company")
    ui = page.ui
    assert ui.nameEdit.text() == "Frío Industrial SL" and ui.countryCombo.currentData() == "ES"
    assert ui.countryCombo.currentText() == "Spain" and ui.idTypeCombo.currentData() == "es_cif"
    assert ui.saveButton.isVisible() and not ui.saveButton.isEnabled()  # nothing changed yet
    assert not ui.readOnlyLabel.isVisible() and not ui.nameEdit.isReadOnly()

    # Checked as typed, with the rules the server runs.
    ui.phoneEdit.setText("12")
    assert page.field_error("phone") and not ui.saveButton.isEnabled()
    ui.phoneEdit.setText("+34 912 345 679")
    assert page.field_error("phone") == ""
    ui.postalCodeEdit.setText("28013;")
    assert page.field_error("postal_code")
    ui.postalCodeEdit.setText("28013")
    ui.addressLineEdit.setText("Calle Mayor 1")
    ui.cityEdit.setText("Madrid")
    ui.nameEdit.setText("Frío Central SL")
    assert ui.saveButton.isEnabled()
    screenshot(window, "company_profile")

    qtbot.mouseClick(ui.saveButton, Qt.MouseButton.LeftButton)
    wait_until(loop, lambda: not page.busy and page.company.city == "Madrid")
    saved = run(loop, page.client.get_company())
    assert (saved.address_line, saved.postal_code, saved.city, saved.phone) == (
        "Calle Mayor 1",
        "28013",
        "Madrid",
        "+34912345679",
    )
    assert ui.phoneEdit.text() == "+34912345679"  # as the server normalised it
    assert saved.name == "Frío Central SL" and window.ui.companyLabel.text() == "Frío Central SL"
    assert not ui.saveButton.isEnabled() and not ui.bannerFrame.isVisible()


def test_changing_country_offers_its_identification_types(qtbot, loop, open_as):
    page = show_page(qtbot, loop, open_as(OWNER), "Company", "company")
    ui = page.ui
    ui.countryCombo.setCurrentIndex(ui.countryCombo.findData("FR"))
    codes = [ui.idTypeCombo.itemData(i) for i in range(ui.idTypeCombo.count())]
    assert "fr_siren" in codes and "es_cif" not in codes
    assert page.field_error("id_number")  # a Spanish CIF is no French number
    assert not ui.saveButton.isEnabled()


@pytest.mark.parametrize("email", [ADMIN, USER])
def test_administrators_and_users_read_the_profile_only(qtbot, loop, open_as, email, screenshot):
    window = open_as(email)
    assert "Company" in nav_labels(window) and "Billing" not in nav_labels(window)
    assert "billing" not in window.pages
    page = show_page(qtbot, loop, window, "Company", "company")
    ui = page.ui
    assert ui.readOnlyLabel.isVisible()
    assert ui.readOnlyLabel.text() == "Only the company's owner can change its profile."
    assert not ui.saveButton.isVisible()
    assert ui.nameEdit.isReadOnly() and not ui.countryCombo.isEnabled()
    assert ui.nameEdit.text() == "Frío Industrial SL"
    if email == ADMIN:
        screenshot(window, "company_read_only")


def test_the_owner_sees_billing_and_edits_its_details(qtbot, loop, open_as, company, screenshot):
    db, company_id = company
    registered = datetime.now(UTC) - timedelta(days=70)
    with transaction(db.sessions) as session:
        session.execute(update(Company).where(Company.id == company_id).values(created_at=registered))
    add_devices(db, [{"company_id": company_id, "activated_at": registered} for _ in range(3)])

    window = open_as(OWNER)
    page: BillingPage = show_page(qtbot, loop, window, "Billing", "billing")
    ui = page.ui
    assert "2.50 EUR" in ui.planValue.text()
    assert ui.billedDevicesValue.text() == "3" and ui.amountValue.text() == "7.50 EUR"
    assert page.statements.rowCount() in (2, 3)  # 70 days back: two or three month starts passed
    assert page.statements.index(0, 2).data() == "7.50 EUR"
    assert "no payment" in ui.noPaymentLabel.text().lower()
    assert ui.billingEmailEdit.text() == OWNER
    screenshot(window, "billing")

    ui.billingEmailEdit.setText("facturas@")
    assert page.field_error("billing_email") and not ui.saveButton.isEnabled()
    ui.billingEmailEdit.setText("facturas@frio-central.es")
    ui.billingAddressEdit.setPlainText("Frío Industrial SL\nCalle Mayor 1\n28013 Madrid")
    qtbot.mouseClick(ui.saveButton, Qt.MouseButton.LeftButton)
    wait_until(loop, lambda: not page.busy and page.billing.billing_email == "facturas@frio-central.es")
    saved = run(loop, page.client.get_billing())
    assert saved.billing_address == "Frío Industrial SL\nCalle Mayor 1\n28013 Madrid"
    assert not ui.saveButton.isEnabled()
