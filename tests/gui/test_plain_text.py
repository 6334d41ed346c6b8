"""Text from the server or typed by people shows literally, never as markup (issue 12, point 12).

Qt renders a label's, a message box's or a tooltip's text as HTML when it looks like HTML
(Qt::AutoText). With invitations, the company name a person sees was typed by someone else. So:
every QLabel of ui/*.ui declares its textFormat, PlainText but for the short list below of labels
showing rich text we write, where every piece of data is escaped; the confirmation boxes are plain;
tooltips that carry data show it as typed. Checked statically, then in real windows against a real
embedded server, with a company, people, a device and a role named in markup."""

from __future__ import annotations

import html
import re
import xml.etree.ElementTree as ET
from collections.abc import Iterable
from pathlib import Path

import pytest
from PySide6.QtCore import QAbstractItemModel, QSettings, Qt
from PySide6.QtGui import Qt as GuiQt
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QLabel, QWidget

from akonet_desktop.api.invitations import InvitationCreate
from akonet_desktop.api.models import DeviceUpdate
from akonet_desktop.client.api_client import AkonetClient
from akonet_desktop.client.credentials import CredentialStore
from akonet_desktop.client.flows.invitation import InvitationStep
from akonet_desktop.gui.common.confirm import confirmation_box
from akonet_desktop.gui.common.i18n import Translations
from akonet_desktop.gui.context import AppContext
from akonet_desktop.gui.devices.details_dialog import DeviceDetailsDialog
from akonet_desktop.gui.invitation.accept_dialog import InvitationDialog
from akonet_desktop.gui.mailbox.window import MailboxWindow
from akonet_desktop.gui.pages import ACTIVITY, COMPANY, USERS
from akonet_desktop.gui.users import roles_dialog as roles_dialog_module
from akonet_desktop.gui.users import view as users_view_module
from akonet_desktop.gui.users.member_dialog import MemberDialog
from akonet_desktop.gui.users.roles_dialog import RolesDialog
from tests.gui.conftest import run
from tests.gui.devices.test_view import fill_inventory, open_main, signed_in_client, wait_until
from tests.gui.test_main_window_pages import click_nav
from tests.support.api import STRONG_PASSWORD
from tests.support.live import register_owner, wait_for_mail

__all__ = ["open_main"]  # the Devices tests' fixture

ROOT = Path(__file__).resolve().parents[2]
GUI = ROOT / "akonet_desktop" / "gui"

# The labels that show rich text written by us (form class, label): every piece of data put into
# them goes through gui/common/literal_text.escape_for_rich. Every other QLabel is PlainText.
RICH_LABELS = {
    ("DeviceDetailsDialog", "statusValue"),  # the status dot and the status name, bold
    ("InvitationDialog", "accountIntro"),  # "You are invited to join <b>company</b> on AKONet…"
    ("RecoveryDialog", "inboxIntro"),  # "If an account uses <b>address</b>, we sent it…"
    ("RegistrationWizard", "inboxIntro"),  # "We sent an email to <b>address</b>…"
    ("TransferOwnershipDialog", "introLabel"),  # "Hand <b>company</b> over…", "<b>person</b> becomes…", a list
}

OWNER = "jefe@acme-frio.es"
ADMIN = "adam@acme-frio.es"
COMPANY_NAME = "<b>Acme</b><img src=x>"
OWNER_FIRST = "<i>Eve</i>"
ADMIN_FIRST = "<s>Adam</s>"
ADMIN_LAST = "&lt;Zed&gt;"  # an entity: rich text would show "<Zed>"
DEVICE_NAME = "<a href=x>Fridge</a>"
DEVICE_LOCATION = "<b>Cellar</b>"
ROLE_NAME = "<u>Pump crew</u>"
# What was typed → a word that shows wherever it is shown, rendered as markup or not.
TYPED = {
    COMPANY_NAME: "Acme",
    OWNER_FIRST: "Eve",
    ADMIN_FIRST: "Adam",
    ADMIN_LAST: "Zed",
    DEVICE_NAME: "Fridge",
    DEVICE_LOCATION: "Cellar",
    ROLE_NAME: "Pump crew",
}


# --- statically --------------------------------------------------------------------------------


def _labels_of_forms() -> Iterable[tuple[str, str, list[str]]]:
    """(form class, label name, its textFormat values) for every QLabel of ui/*.ui."""
    for path in sorted((ROOT / "ui").glob("*.ui")):
        root = ET.parse(path).getroot()
        form = root.findtext("class")
        for widget in root.iter("widget"):
            if widget.get("class") == "QLabel":
                formats = [p.findtext("enum") for p in widget.findall("property") if p.get("name") == "textFormat"]
                yield form, widget.get("name"), formats


def test_every_label_of_the_forms_declares_its_text_format_and_only_the_listed_ones_are_rich():
    labels = list(_labels_of_forms())
    assert len(labels) > 150
    undeclared = [(form, name) for form, name, formats in labels if len(formats) != 1]
    assert not undeclared, f"declare textFormat (Qt::TextFormat::PlainText) for {undeclared[:10]}…"
    rich = {(form, name) for form, name, (fmt,) in labels if fmt != "Qt::TextFormat::PlainText"}
    assert rich == RICH_LABELS
    assert all(fmt == "Qt::TextFormat::RichText" for form, name, (fmt,) in labels if (form, name) in rich)


def test_labels_made_in_code_come_from_plain_label_and_message_boxes_from_confirm():
    made: list[str] = []
    for path in GUI.rglob("*.py"):
        if "forms" in path.parts:
            continue
        source = path.read_text(encoding="utf-8")
        made += [f"{path.relative_to(GUI)}: QLabel(" for _ in re.finditer(r"\bQLabel\(", source)]
        made += [f"{path.relative_to(GUI)}: QMessageBox(" for _ in re.finditer(r"\bQMessageBox\(", source)]
    assert sorted(made) == ["common/confirm.py: QMessageBox(", "common/literal_text.py: QLabel("]


# --- in real windows ---------------------------------------------------------------------------


def shown(text: str, text_format: Qt.TextFormat) -> str:
    """What Qt draws for `text` in that format: the text itself, or the text of the HTML it is."""
    rich = text_format == Qt.TextFormat.RichText or (
        text_format == Qt.TextFormat.AutoText and GuiQt.mightBeRichText(text)
    )
    if not rich:
        return text
    document = QTextDocument()
    document.setHtml(text)
    return document.toPlainText()


def form_of(widget: QWidget) -> str:
    """The form (Ui_X → "X") a widget belongs to: the nearest one up its parents."""
    while widget is not None:
        ui = getattr(widget, "ui", None)
        if type(ui).__name__.startswith("Ui_"):
            return type(ui).__name__[3:]
        widget = widget.parentWidget()
    return "?"


def _typed_in(text: str) -> list[str]:
    return [typed for typed, word in TYPED.items() if re.search(rf"\b{re.escape(word)}\b", text)]


class Literal:
    """Checks labels, tooltips and models, and remembers where each typed text was seen."""

    def __init__(self) -> None:
        self.seen: set[tuple[str, str]] = set()

    def labels(self, top: QWidget) -> None:
        for label in top.findChildren(QLabel):
            where = f"{form_of(label)}.{label.objectName()}"
            raw, fmt = label.text(), label.textFormat()
            picture = shown(raw, fmt)
            for typed in set(_typed_in(raw) + _typed_in(picture)):
                if fmt == Qt.TextFormat.PlainText:
                    assert typed in raw, f"{where}: {raw!r}"
                else:
                    assert (form_of(label), label.objectName()) in RICH_LABELS, f"{where} is not plain: {raw!r}"
                    assert html.escape(typed) in raw, f"{where} puts {typed!r} in rich text unescaped: {raw!r}"
                assert typed in picture, f"{where} shows {picture!r}, not {typed!r} as typed"
                self.seen.add((where, typed))
        self.tooltips(top)

    def tooltip(self, where: str, tip: str | None) -> None:
        if not tip:
            return
        picture = shown(tip, Qt.TextFormat.AutoText)  # how QToolTip shows it
        for typed in set(_typed_in(tip) + _typed_in(picture)):
            assert typed in picture, f"{where} tooltip shows {picture!r}, not {typed!r} as typed"
            self.seen.add((f"{where} tooltip", typed))

    def tooltips(self, top: QWidget) -> None:
        for widget in [top, *top.findChildren(QWidget)]:
            self.tooltip(f"{form_of(widget)}.{widget.objectName()}", widget.toolTip())

    def model(self, name: str, model: QAbstractItemModel) -> None:
        for row in range(model.rowCount()):
            for column in range(model.columnCount()):
                self.tooltip(f"{name}[{column}]", model.index(row, column).data(Qt.ItemDataRole.ToolTipRole))

    def confirmation(self, asked: list[tuple[str, str, str]]) -> None:
        """The question as the real confirmation box shows it."""
        title, text, action = asked.pop()
        box, _do = confirmation_box(None, title, text, action)
        try:
            assert box.textFormat() == Qt.TextFormat.PlainText
            box.show()  # lays out its labels
            self.labels(box)
            assert any(text == label.text() for label in box.findChildren(QLabel))
        finally:
            box.close()
            box.deleteLater()

    def saw(self, where: str) -> set[str]:
        return {typed for place, typed in self.seen if place == where}


def _app_context(tmp_path: Path, memory_keyring, client=None, maildir=None) -> AppContext:
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    return AppContext(
        settings=settings,
        translations=Translations(settings),
        credentials=CredentialStore(memory_keyring),
        client=client,
        maildir=maildir,
    )


@pytest.fixture
def marked(loop, live_server, sqlite_url, monkeypatch):
    """A company, its owner, an invited administrator, a device and a role, all named in markup."""
    fill_inventory(monkeypatch, sqlite_url, 2, OWNER)
    register_owner(live_server.url, live_server.maildir, OWNER, company_name=COMPANY_NAME, first_name=OWNER_FIRST)

    async def name_things() -> None:
        owner = await signed_in_client(live_server.url, OWNER)
        try:
            invitation = InvitationCreate(
                email=ADMIN, first_name=ADMIN_FIRST, last_name=ADMIN_LAST, role="admin", language="en"
            )
            await owner.invite(invitation)
            await owner.create_role(ROLE_NAME, [])
            device = (await owner.list_devices()).items[0]
            await owner.update_device(device.id, DeviceUpdate(name=DEVICE_NAME, location=DEVICE_LOCATION))
        finally:
            await owner.aclose()

    run(loop, name_things())


@pytest.fixture
def asked(monkeypatch) -> list[tuple[str, str, str]]:
    """The confirmations asked (title, text, action), each answered "no" (a modal box would block)."""
    questions: list[tuple[str, str, str]] = []

    def no(parent, title, text, action) -> bool:
        questions.append((title, text, action))
        return False

    monkeypatch.setattr(users_view_module, "confirm", no)
    monkeypatch.setattr(roles_dialog_module, "confirm", no)
    return questions


def test_names_in_markup_show_literally_everywhere(
    qtbot, loop, marked, live_server, open_main, asked, tmp_path, memory_keyring
):
    check = Literal()

    # The invited administrator: the mail in the Mailbox, then "Join <company>".
    mail = wait_for_mail(live_server.maildir, ADMIN)[-1]
    link = re.search(r"akonet://invitation/accept\?token=[\w-]+", mail.get_body(("plain",)).get_content()).group(0)
    mailbox = MailboxWindow(_app_context(tmp_path / "mailbox", memory_keyring, maildir=live_server.maildir))
    qtbot.addWidget(mailbox)
    mailbox.show()
    wait_until(loop, lambda: mailbox.loaded and mailbox.model.rowCount() > 0)
    for row in range(mailbox.model.rowCount()):
        mailbox.select_row(row)
        check.labels(mailbox)
    check.model("mailbox", mailbox.model)

    client = AkonetClient(live_server.url)
    try:
        join = InvitationDialog(_app_context(tmp_path / "invitee", memory_keyring, client))
        qtbot.addWidget(join)
        join.show()
        join.continue_with_link(link)
        wait_until(loop, lambda: join.flow.step == InvitationStep.ACCOUNT and not join.busy)
        check.labels(join)
        qtbot.keyClicks(join.ui.passwordEdit, STRONG_PASSWORD)
        qtbot.keyClicks(join.ui.confirmationEdit, STRONG_PASSWORD)
        joined = []
        join.signed_in.connect(joined.append)
        qtbot.mouseClick(join.ui.joinButton, Qt.MouseButton.LeftButton)
        wait_until(loop, lambda: bool(joined))
    finally:
        run(loop, client.aclose())

    # The owner's window: the header, Devices and the device's dialog.
    window = open_main(OWNER)
    devices = window.devices
    wait_until(loop, lambda: devices.model.started and not devices.model.busy and devices.model.rowCount() == 2)
    check.labels(window)
    check.model("devices", devices.model)
    row = next(r for r in range(2) if devices.model.device_at(r).name == DEVICE_NAME)
    details: DeviceDetailsDialog = devices.open_details(row)
    wait_until(loop, lambda: not details.busy)
    check.labels(details)
    details.reject()

    # Company, and the ownership transfer to the administrator.
    click_nav(qtbot, window, "Company")
    company = window.pages[COMPANY]
    wait_until(loop, lambda: company.loaded and not company.busy)
    check.labels(company)
    qtbot.mouseClick(company.ui.transferButton, Qt.MouseButton.LeftButton)
    transfer = company.transfer_dialog
    wait_until(loop, lambda: transfer.admins is not None and not transfer.busy)
    transfer.ui.adminList.setCurrentRow(0)
    assert transfer.chosen().email == ADMIN
    check.labels(transfer)
    transfer.reject()

    # Users: the list, removing the administrator (asked first), changing them, the roles.
    click_nav(qtbot, window, "Users")
    users = window.pages[USERS]
    wait_until(loop, lambda: users.model.started and not users.model.busy and users.loaded and not users.busy)
    check.labels(users)
    check.model("users", users.model)
    row = next(r for r in range(users.model.rowCount()) if users.model.member_at(r).email == ADMIN)
    users.ui.table.selectRow(row)
    assert users.selected_member().email == ADMIN
    users.confirm_remove()
    check.confirmation(asked)
    member: MemberDialog = users.open_edit()
    check.labels(member)
    member.reject()
    roles: RolesDialog = users.open_roles()
    roles.ui.rolesList.setCurrentRow(next(i for i, role in enumerate(roles.roles) if role.name == ROLE_NAME))
    check.labels(roles)
    roles.delete_current()
    check.confirmation(asked)
    roles.reject()

    # Activity: what was done, with the names as typed.
    click_nav(qtbot, window, "Activity")
    activity = window.pages[ACTIVITY]
    wait_until(loop, lambda: activity.model.started and not activity.model.busy)
    check.labels(activity)
    check.model("activity", activity.model)

    # Each name was seen where it matters (the checks above ran on something).
    assert check.saw("MainWindow.companyLabel") == {COMPANY_NAME}
    assert check.saw("MainWindow.userLabel") == {OWNER_FIRST}
    assert check.saw("DeviceDetailsDialog.titleLabel") == {DEVICE_NAME}
    assert check.saw("InvitationDialog.titleLabel") == {COMPANY_NAME}
    assert check.saw("InvitationDialog.accountIntro") == {COMPANY_NAME}
    assert check.saw("TransferOwnershipDialog.introLabel") == {COMPANY_NAME, ADMIN_FIRST, ADMIN_LAST}
    assert check.saw("MemberDialog.titleLabel") == {ADMIN_FIRST, ADMIN_LAST}
    assert check.saw("?.qt_msgbox_label") == {ADMIN_FIRST, ADMIN_LAST, ROLE_NAME}
    tooltips = {typed for place, typed in check.seen if place.split("[")[0] in ("devices", "users", "mailbox")}
    assert {COMPANY_NAME, OWNER_FIRST, ADMIN_FIRST, ADMIN_LAST, DEVICE_NAME, DEVICE_LOCATION} <= tooltips
