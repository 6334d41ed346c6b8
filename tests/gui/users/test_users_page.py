"""The Users page in a real window against a real embedded server: the owner invites an
administrator and a user through the Invite dialog, the mails arrive in the Mailbox, each person
joins through the "Join" dialog and shows as active; a locked member is unlocked from the page;
kinds and roles change; people are removed and invitations revoked after a confirmation; the
roles editor creates, changes and deletes roles."""

from __future__ import annotations

import re

import httpx
import pytest
from PySide6.QtCore import QCoreApplication, QSettings, Qt

from akonet_desktop.api.invitations import InvitationAccept, InvitationCreate
from akonet_desktop.api.models import DeviceActivation
from akonet_desktop.client.api_client import AkonetClient
from akonet_desktop.client.credentials import CredentialStore
from akonet_desktop.client.flows.invitation import InvitationStep
from akonet_desktop.gui.common.i18n import Translations
from akonet_desktop.gui.context import AppContext
from akonet_desktop.gui.devices.details_dialog import DeviceDetailsDialog
from akonet_desktop.gui.invitation.accept_dialog import InvitationDialog
from akonet_desktop.gui.mailbox.window import MailboxWindow
from akonet_desktop.gui.pages import USERS
from akonet_desktop.gui.users import roles_dialog as roles_dialog_module
from akonet_desktop.gui.users import view as view_module
from akonet_desktop.gui.users.invite_dialog import InviteDialog
from akonet_desktop.gui.users.member_dialog import MemberDialog
from akonet_desktop.gui.users.model import MembersModel
from akonet_desktop.gui.users.roles_dialog import RolesDialog
from akonet_desktop.gui.users.view import UsersView
from akonet_desktop.rules.roles import Kind
from tests.gui.conftest import run, wait_until
from tests.gui.devices.test_view import add_device, english_locale, open_main
from tests.gui.test_main_window_pages import click_nav, nav_labels
from tests.support.api import STRONG_PASSWORD
from tests.support.live import register_owner, token_in, wait_for_mail

__all__ = ["english_locale", "open_main"]  # fixtures shared with the Devices tests

OWNER = "jefe@frio-central.es"
ADMIN = "admin@frio-central.es"
TECH = "tecnico@frio-central.es"
PASSWORD = STRONG_PASSWORD  # what open_main signs in with


@pytest.fixture(autouse=True)
def english(tmp_path, english_locale):
    """The English translation installed, as the app does: its plural forms ("1 person", "3 people")."""
    translations = Translations(QSettings(str(tmp_path / "language.ini"), QSettings.Format.IniFormat))
    translations.set_language("en", remember=False)
    yield
    for translator in translations._installed:  # other tests see the source texts
        QCoreApplication.removeTranslator(translator)


@pytest.fixture
def owner(live_server) -> str:
    register_owner(live_server.url, live_server.maildir, OWNER)
    return OWNER


@pytest.fixture
def confirmations(monkeypatch) -> list[str]:
    """Every confirmation asked is answered "yes" and its title kept (a modal box would block)."""
    asked: list[str] = []

    def yes(parent, title, text, action) -> bool:
        asked.append(title)
        return True

    monkeypatch.setattr(view_module, "confirm", yes)
    monkeypatch.setattr(roles_dialog_module, "confirm", yes)
    return asked


def settled(view: UsersView) -> bool:
    return view.model.started and not view.model.busy and view.loaded and not view.busy


def open_users(qtbot, loop, window) -> UsersView:
    click_nav(qtbot, window, "Users")
    view: UsersView = window.pages[USERS]
    assert window.ui.pages.currentWidget() is view
    wait_until(loop, lambda: settled(view))
    return view


def cells(view: UsersView, column: int) -> list[str]:
    return [view.model.index(row, column).data() for row in range(view.model.rowCount())]


def row_of(view: UsersView, email: str) -> int:
    return cells(view, MembersModel.EMAIL).index(email)


def select(qtbot, view: UsersView, email: str) -> None:
    table = view.ui.table
    index = view.model.index(row_of(view, email), MembersModel.NAME)
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=table.visualRect(index).center())
    assert view.selected_member().email == email


def refreshed(loop, view: UsersView, predicate) -> None:
    view.refresh()
    wait_until(loop, lambda: settled(view) and predicate())


def invite_through_dialog(qtbot, loop, view: UsersView, email: str, first: str, last: str, kind: str, role=None):
    qtbot.mouseClick(view.ui.inviteButton, Qt.MouseButton.LeftButton)
    dialog = next(d for d in view.dialogs if isinstance(d, InviteDialog))
    ui = dialog.ui
    qtbot.keyClicks(ui.emailEdit, email)
    qtbot.keyClicks(ui.firstNameEdit, first)
    qtbot.keyClicks(ui.lastNameEdit, last)
    ui.kindCombo.setCurrentIndex(ui.kindCombo.findData(kind))
    assert ui.roleCombo.isVisibleTo(dialog) is (kind == Kind.USER)
    if role is not None:
        ui.roleCombo.setCurrentIndex(ui.roleCombo.findText(role))
    ui.languageCombo.setCurrentIndex(ui.languageCombo.findData("en"))
    intro = ui.introLabel.text()
    qtbot.mouseClick(ui.sendButton, Qt.MouseButton.LeftButton)
    wait_until(loop, lambda: dialog.invitation is not None and settled(view) and email in cells(view, 1))
    return intro


def app_context(tmp_path, memory_keyring, client, maildir=None) -> AppContext:
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    return AppContext(
        settings=settings,
        translations=Translations(settings),
        credentials=CredentialStore(memory_keyring),
        client=client,
        maildir=maildir,
    )


def invitation_link_in_mailbox(qtbot, loop, mailbox: MailboxWindow, email: str) -> str:
    """The akonet:// link of the newest mail to `email`, as the Mailbox shows it."""
    mailbox.show()
    wait_until(loop, lambda: mailbox.loaded and mailbox.model.rowCount() > 0)
    for row in range(mailbox.model.rowCount()):
        mailbox.select_row(row)
        message = mailbox.selected_message()
        if message["To"] == email:
            text = mailbox.ui.browser.toPlainText() + message.get_body(("plain",)).get_content()
            return re.search(r"akonet://invitation/accept\?token=[\w-]+", text).group(0)
    raise AssertionError(f"no mail to {email} in the Mailbox")


def join(qtbot, loop, ctx: AppContext, link: str) -> InvitationDialog:
    dialog = InvitationDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.continue_with_link(link)
    wait_until(loop, lambda: dialog.flow.step == InvitationStep.ACCOUNT and not dialog.busy)
    qtbot.keyClicks(dialog.ui.passwordEdit, PASSWORD)
    qtbot.keyClicks(dialog.ui.confirmationEdit, PASSWORD)
    joined = []
    dialog.signed_in.connect(joined.append)
    qtbot.mouseClick(dialog.ui.joinButton, Qt.MouseButton.LeftButton)
    wait_until(loop, lambda: bool(joined))  # in the asyncio loop: qtbot.waitSignal would step requests outside it
    return joined[0]


# --- the scenario ----------------------------------------------------------------------


def test_the_owner_invites_an_administrator_and_a_user_and_both_join(
    qtbot, loop, owner, open_main, live_server, tmp_path, memory_keyring, screenshot
):
    window = open_main(owner)
    assert "Users" in nav_labels(window)
    view = open_users(qtbot, loop, window)
    assert cells(view, MembersModel.EMAIL) == [OWNER]
    assert cells(view, MembersModel.POSITION) == ["Owner"]
    assert cells(view, MembersModel.NAME)[0].endswith("(you)")
    assert view.ui.countsLabel.text() == "1 person"

    invite_through_dialog(qtbot, loop, view, ADMIN, "Ana", "Ruiz", Kind.ADMIN)
    assert view.ui.noticeLabel.text() == f"Invitation sent to {ADMIN}."
    assert view.selected_member().email == ADMIN  # the new invitation is selected
    assert view.ui.resendButton.isVisible() and view.ui.revokeButton.isVisible()
    assert not view.ui.editButton.isVisible()
    intro = invite_through_dialog(qtbot, loop, view, TECH, "Luis", "Perez", Kind.USER, role="Technician")
    assert intro.endswith("The link works once, for 7 days.")  # the server's lifetime of the link
    row = row_of(view, TECH)
    assert cells(view, MembersModel.STATUS)[row] == "Invited"
    assert cells(view, MembersModel.POSITION)[row] == "User · Technician"
    assert view.ui.countsLabel.text() == "3 people"
    screenshot(window, "users_page")

    mailbox = MailboxWindow(app_context(tmp_path, memory_keyring, None, live_server.maildir))
    qtbot.addWidget(mailbox)
    wait_for_mail(live_server.maildir, ADMIN)
    wait_for_mail(live_server.maildir, TECH)
    for email, kind in ((ADMIN, "admin"), (TECH, "user")):
        link = invitation_link_in_mailbox(qtbot, loop, mailbox, email)
        client = AkonetClient(live_server.url)
        try:
            signed = join(qtbot, loop, app_context(tmp_path / email, memory_keyring, client), link)
            assert signed.user.email == email and signed.user.role == kind
        finally:
            run(loop, client.aclose())

    refreshed(loop, view, lambda: cells(view, MembersModel.STATUS) == ["Active"] * 3)
    assert sorted(zip(cells(view, MembersModel.EMAIL), cells(view, MembersModel.POSITION), strict=True)) == [
        (ADMIN, "Administrator"),
        (OWNER, "Owner"),
        (TECH, "User · Technician"),
    ]
    assert all(cells(view, MembersModel.LAST_SIGN_IN))  # joining signs in


def test_a_locked_member_is_unlocked_from_the_page_and_told_by_email(qtbot, loop, owner, open_main, live_server):
    member_joins(loop, live_server, TECH)
    with httpx.Client(base_url=f"{live_server.url}/api/v1", timeout=30) as http:
        for _ in range(6):
            http.post("/auth/login", json={"email": TECH, "password": "Wrong-Password-1"})
        assert http.post("/auth/login", json={"email": TECH, "password": PASSWORD}).json()["code"] == "account_locked"

    window = open_main(owner)
    view = open_users(qtbot, loop, window)
    assert cells(view, MembersModel.STATUS)[row_of(view, TECH)] == "Locked"
    select(qtbot, view, TECH)
    assert view.ui.unlockButton.isEnabled()
    qtbot.mouseClick(view.ui.unlockButton, Qt.MouseButton.LeftButton)
    wait_until(loop, lambda: settled(view) and cells(view, MembersModel.STATUS)[row_of(view, TECH)] == "Active")
    assert view.ui.noticeLabel.text() == f"{TECH} is unlocked and was told by email."
    assert view.selected_member().email == TECH  # still selected after the reload
    assert not view.ui.unlockButton.isEnabled()
    mails = wait_for_mail(live_server.maildir, TECH, count=3)  # invitation, lockout, unlocked
    assert OWNER in mails[-1].get_body(("plain",)).get_content()  # who unlocked it
    with httpx.Client(base_url=f"{live_server.url}/api/v1", timeout=30) as http:
        assert http.post("/auth/login", json={"email": TECH, "password": PASSWORD}).status_code == 200


def test_kind_and_role_change_then_removal_after_confirmation(
    qtbot, loop, owner, open_main, live_server, confirmations
):
    member_joins(loop, live_server, TECH)
    window = open_main(owner)
    view = open_users(qtbot, loop, window)
    select(qtbot, view, TECH)
    assert cells(view, MembersModel.POSITION)[row_of(view, TECH)] == "User · Viewer"  # no role chosen: Viewer

    qtbot.mouseClick(view.ui.editButton, Qt.MouseButton.LeftButton)
    dialog = next(d for d in view.dialogs if isinstance(d, MemberDialog))
    ui = dialog.ui
    ui.roleCombo.setCurrentIndex(ui.roleCombo.findText("Technician"))
    ui.lastNameEdit.clear()
    qtbot.mouseClick(ui.saveButton, Qt.MouseButton.LeftButton)
    assert dialog.field_error("last_name") == "Enter the last name."  # checked before anything is sent
    qtbot.keyClicks(ui.lastNameEdit, "Mora")
    qtbot.mouseClick(ui.saveButton, Qt.MouseButton.LeftButton)
    wait_until(
        loop, lambda: settled(view) and cells(view, MembersModel.POSITION)[row_of(view, TECH)] != "User · Viewer"
    )
    assert cells(view, MembersModel.POSITION)[row_of(view, TECH)] == "User · Technician"
    assert cells(view, MembersModel.NAME)[row_of(view, TECH)] == "Luis Mora"
    assert view.ui.noticeLabel.text() == f"Changes to {TECH} saved."

    # made an administrator: no role any more
    select(qtbot, view, TECH)
    dialog = view.open_edit()
    dialog.ui.kindCombo.setCurrentIndex(dialog.ui.kindCombo.findData("admin"))
    assert not dialog.ui.roleCombo.isVisibleTo(dialog)
    qtbot.mouseClick(dialog.ui.saveButton, Qt.MouseButton.LeftButton)
    wait_until(
        loop, lambda: settled(view) and cells(view, MembersModel.POSITION)[row_of(view, TECH)] == "Administrator"
    )

    # the owner's own row: neither removable nor of another kind
    select(qtbot, view, OWNER)
    assert not view.ui.removeButton.isEnabled()
    dialog = view.open_edit()
    assert not dialog.ui.kindCombo.isEnabled() and dialog.ui.kindCombo.currentText() == "Owner"
    dialog.reject()

    select(qtbot, view, TECH)
    assert view.ui.removeButton.isEnabled()
    qtbot.mouseClick(view.ui.removeButton, Qt.MouseButton.LeftButton)
    wait_until(loop, lambda: settled(view) and TECH not in cells(view, MembersModel.EMAIL))
    assert confirmations == ["Remove Luis Mora?"]
    assert view.ui.noticeLabel.text() == f"{TECH} was removed from the company."
    with httpx.Client(base_url=f"{live_server.url}/api/v1", timeout=30) as http:
        assert http.post("/auth/login", json={"email": TECH, "password": PASSWORD}).status_code == 401


def test_an_invitation_is_sent_again_then_revoked(qtbot, loop, owner, open_main, live_server, confirmations):
    window = open_main(owner)
    view = open_users(qtbot, loop, window)
    invite_through_dialog(qtbot, loop, view, TECH, "Luis", "Perez", Kind.USER)
    wait_for_mail(live_server.maildir, TECH)
    select(qtbot, view, TECH)
    qtbot.mouseClick(view.ui.resendButton, Qt.MouseButton.LeftButton)
    wait_until(loop, lambda: settled(view) and view.ui.noticeLabel.text() == f"Invitation sent again to {TECH}.")
    first, second = wait_for_mail(live_server.maildir, TECH, count=2)
    assert token_in(first) != token_in(second)  # a new link; the old one no longer works

    select(qtbot, view, TECH)
    view.window().activateWindow()  # shortcuts go to the focused widget of the active window
    view.ui.table.setFocus()
    wait_until(loop, view.ui.table.hasFocus)
    qtbot.keyClick(view.ui.table, Qt.Key.Key_Delete)  # as the Revoke button
    wait_until(loop, lambda: settled(view) and TECH not in cells(view, MembersModel.EMAIL))
    assert confirmations == ["Revoke the invitation?"]
    with httpx.Client(base_url=f"{live_server.url}/api/v1", timeout=30) as http:
        assert http.get(f"/invitations/{token_in(second)}").status_code == 404


def test_the_invite_dialog_checks_offline_and_shows_the_servers_refusal_under_the_address(
    qtbot, loop, owner, open_main, screenshot
):
    window = open_main(owner)
    view = open_users(qtbot, loop, window)
    dialog = view.open_invite()
    ui = dialog.ui
    qtbot.mouseClick(ui.sendButton, Qt.MouseButton.LeftButton)
    assert dialog.field_error("email") == "Enter the email address to invite."
    assert dialog.field_error("first_name") == "Enter the first name."
    assert view.model.requests == 1  # nothing was sent
    qtbot.keyClicks(ui.emailEdit, "not-an-address")
    ui.emailEdit.editingFinished.emit()
    assert dialog.field_error("email") == "Enter a valid email address, like name@company.com."

    ui.emailEdit.clear()
    qtbot.keyClicks(ui.emailEdit, OWNER)  # already an account
    qtbot.keyClicks(ui.firstNameEdit, "Ana")
    qtbot.keyClicks(ui.lastNameEdit, "Ruiz")
    qtbot.mouseClick(ui.sendButton, Qt.MouseButton.LeftButton)
    wait_until(loop, lambda: not dialog.busy and dialog.field_error("email") != "")
    assert dialog.field_error("email") == "This email address already belongs to an AKONet account."
    assert dialog.isVisible() and not ui.bannerFrame.isVisible()
    screenshot(dialog, "users_invite")


def test_the_roles_editor_creates_changes_and_deletes_a_role(qtbot, loop, owner, open_main, confirmations, screenshot):
    window = open_main(owner)
    view = open_users(qtbot, loop, window)
    qtbot.mouseClick(view.ui.rolesButton, Qt.MouseButton.LeftButton)
    dialog: RolesDialog = next(d for d in view.dialogs if isinstance(d, RolesDialog))
    ui = dialog.ui
    names = lambda: [ui.rolesList.item(i).text() for i in range(ui.rolesList.count())]  # noqa: E731
    assert sorted(names()) == ["Technician", "Viewer"]
    assert not ui.saveButton.isEnabled()  # nothing changed yet

    qtbot.mouseClick(ui.newButton, Qt.MouseButton.LeftButton)
    assert ui.nameEdit.text() == "" and ui.saveButton.text() == "Create role"
    dialog.boxes["activate_device"].setChecked(True)
    qtbot.mouseClick(ui.saveButton, Qt.MouseButton.LeftButton)
    assert dialog.field_error() == "Enter a name for the role."
    qtbot.keyClicks(ui.nameEdit, "Installer")
    qtbot.mouseClick(ui.saveButton, Qt.MouseButton.LeftButton)
    wait_until(loop, lambda: not dialog.busy and "Installer" in names())
    assert ui.rolesList.currentItem().text() == "Installer"
    role = dialog.role(dialog.current_id)
    assert [p.value for p in role.privileges] == ["activate_device"]
    screenshot(dialog, "users_roles")

    # a name another role has: said under the name
    ui.nameEdit.clear()
    qtbot.keyClicks(ui.nameEdit, "Technician")
    qtbot.mouseClick(ui.saveButton, Qt.MouseButton.LeftButton)
    wait_until(loop, lambda: not dialog.busy and dialog.field_error() != "")
    assert dialog.field_error() == "Another role already has this name."

    # privileges only: the name stays
    ui.nameEdit.clear()
    qtbot.keyClicks(ui.nameEdit, "Installer")
    dialog.boxes["update_device_info"].setChecked(True)
    qtbot.mouseClick(ui.saveButton, Qt.MouseButton.LeftButton)
    wait_until(loop, lambda: not dialog.busy and len(dialog.role(dialog.current_id).privileges) == 2)

    qtbot.mouseClick(ui.deleteButton, Qt.MouseButton.LeftButton)
    wait_until(loop, lambda: not dialog.busy and "Installer" not in names())
    assert confirmations == ["Delete the role?"]
    dialog.reject()


def test_a_role_held_by_someone_cannot_be_deleted_and_a_builtin_keeps_its_translated_name(
    qtbot, loop, owner, open_main, live_server
):
    member_joins(loop, live_server, TECH)  # holds Viewer
    window = open_main(owner)
    view = open_users(qtbot, loop, window)
    dialog = view.open_roles()
    ui = dialog.ui
    viewer = next(i for i in range(ui.rolesList.count()) if ui.rolesList.item(i).text() == "Viewer")
    ui.rolesList.setCurrentRow(viewer)
    assert not ui.deleteButton.isEnabled()
    assert ui.usageLabel.text() == "Held by 1 user. A role cannot be deleted while people hold it."
    dialog.boxes["activate_device"].setChecked(True)  # privileges only: no rename
    qtbot.mouseClick(ui.saveButton, Qt.MouseButton.LeftButton)
    wait_until(loop, lambda: not dialog.busy and "activate_device" in dialog.role(dialog.current_id).privileges)
    assert dialog.role(dialog.current_id).builtin == "viewer"  # still translated for everyone
    dialog.reject()


def test_a_viewer_cannot_rename_devices_and_sees_no_users_page(
    qtbot, loop, owner, open_main, live_server, monkeypatch, sqlite_url, capsys
):
    label = add_device(monkeypatch, sqlite_url, capsys)

    async def activate() -> None:
        async with AkonetClient(live_server.url) as client:
            await client.login(OWNER, STRONG_PASSWORD)
            await client.activate_device(
                DeviceActivation(serial=label["serial"], activation_code=label["activation_code"])
            )

    run(loop, activate())
    member_joins(loop, live_server, TECH)
    window = open_main(TECH)
    assert "Users" not in nav_labels(window) and "Billing" not in nav_labels(window)
    devices = window.devices
    wait_until(loop, lambda: devices.model.started and not devices.model.busy and devices.model.rowCount() == 1)
    assert not devices.can_activate and not devices.can_update_info
    dialog = devices.open_details(0)
    assert isinstance(dialog, DeviceDetailsDialog)
    assert dialog.ui.nameEdit.isReadOnly() and not dialog.ui.saveButton.isVisible()
    assert dialog.ui.readOnlyLabel.text() == (
        "Your role does not allow this. An administrator of your company can change your role."
    )
    dialog.close()


def member_joins(loop, live_server, email: str, role_id: int | None = None) -> None:
    """The owner invites `email` as a user (Viewer unless `role_id`); the person accepts."""

    async def go() -> None:
        async with AkonetClient(live_server.url) as owner:
            await owner.login(OWNER, STRONG_PASSWORD)
            body = InvitationCreate(email=email, first_name="Luis", last_name="Perez", role_id=role_id, language="en")
            await owner.invite(body)
        token = token_in(wait_for_mail(live_server.maildir, email)[-1])
        async with AkonetClient(live_server.url) as person:
            accept = InvitationAccept(
                first_name="Luis", last_name="Perez", password=PASSWORD, password_confirmation=PASSWORD, language="en"
            )
            await person.accept_invitation(token, accept)

    run(loop, go())
