"""Joining by invitation in the app, against a real server: the owner invites, the mail arrives in the
Maildir, its link opens "Join <company>", the person chooses a password and lands on Devices."""

from __future__ import annotations

import asyncio

import httpx
import pytest
from PySide6.QtCore import QSettings, Qt

from akonet_desktop.api.invitations import InvitationAccept, InvitationCreate
from akonet_desktop.client.api_client import AkonetClient
from akonet_desktop.client.credentials import CredentialStore
from akonet_desktop.client.embedded import EmbeddedServer
from akonet_desktop.client.flows.invitation import InvitationStep
from akonet_desktop.gui.common.i18n import Translations
from akonet_desktop.gui.common.messages import link_message
from akonet_desktop.gui.context import AppContext
from akonet_desktop.gui.controller import AppController
from akonet_desktop.gui.invitation.accept_dialog import InvitationDialog
from tests.gui.conftest import run
from tests.gui.conftest import wait_until as _wait_until
from tests.support.api import COMPANY, STRONG_PASSWORD
from tests.support.live import register_owner, token_in, wait_for_mail

OWNER = "jefe@frio-norte.es"
INVITEE = "tecnica@frio-norte.es"
PASSWORD = "Glacier-Pump-73"


def wait_until(loop, predicate, timeout: float = 15.0) -> None:
    """Until `predicate` holds and no request is in flight (as tests/gui/test_app_start.py)."""

    def quiet() -> bool:
        current = asyncio.current_task(loop)
        return all(task.done() or task is current for task in asyncio.all_tasks(loop))

    _wait_until(loop, lambda: predicate() and quiet(), timeout)


@pytest.fixture
def controller(tmp_path, loop, memory_keyring, live_server):
    register_owner(live_server.url, live_server.maildir, OWNER)
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    ctx = AppContext(
        settings=settings, translations=Translations(settings), credentials=CredentialStore(memory_keyring)
    )
    app = AppController(ctx, server_url=live_server.url, embedded=EmbeddedServer(tmp_path / "data"))
    app.start()
    wait_until(loop, lambda: app.connected.is_set(), timeout=60)
    yield app
    run(loop, app.shutdown())
    for window in (app.login, app.main):
        if window is not None:
            window.close()


def invite(loop, live_server, role: str = "user") -> int:
    """The owner invites INVITEE through the client; the invitation's id."""

    async def go() -> int:
        async with AkonetClient(live_server.url) as owner:
            await owner.login(OWNER, STRONG_PASSWORD)
            body = InvitationCreate(email=INVITEE, first_name="Lucía", last_name="Mora", role=role, language="en")
            return (await owner.invite(body)).id

    return run(loop, go())


def register_second_mail(live_server, email: str) -> None:
    """Registers `email`, whose first mail (the invitation) is already in the Maildir."""
    with httpx.Client(base_url=f"{live_server.url}/api/v1", timeout=30) as http:
        body = {"email": email, "email_confirmation": email, "language": "en"}
        http.post("/registrations", json=body).raise_for_status()
        mails = wait_for_mail(live_server.maildir, email, count=2)
        token = token_in(next(m for m in mails if "/registration/" in m.get_body(("plain",)).get_content()))
        http.put(f"/registrations/{token}/company", json=COMPANY).raise_for_status()
        account = dict(first_name="Lucía", last_name="Mora", password=PASSWORD, password_confirmation=PASSWORD)
        http.post(f"/registrations/{token}/complete", json={**account, "language": "en"}).raise_for_status()


def open_dialog(controller) -> InvitationDialog:
    return next(d for d in controller.dialogs if isinstance(d, InvitationDialog) and d.isVisible())


def test_the_emailed_link_opens_join_and_signs_in_on_devices(qtbot, controller, loop, live_server, screenshot):
    invite(loop, live_server)
    mail = wait_for_mail(live_server.maildir, INVITEE)[-1]
    app_link = next(
        line.strip() for line in mail.get_body(("plain",)).get_content().splitlines() if "akonet://" in line
    )

    controller.handle_link(app_link)
    dialog = open_dialog(controller)
    wait_until(loop, lambda: dialog.flow.step == InvitationStep.ACCOUNT)
    ui = dialog.ui
    assert ui.stack.currentWidget() is ui.accountPage
    assert ui.titleLabel.text() == "Join Frío Industrial SL"
    assert (ui.emailEdit.text(), ui.firstNameEdit.text(), ui.lastNameEdit.text()) == (INVITEE, "Lucía", "Mora")
    assert ui.emailEdit.isReadOnly()
    assert not ui.joinButton.isEnabled()

    qtbot.keyClicks(ui.passwordEdit, PASSWORD)
    assert not ui.joinButton.isEnabled()  # not confirmed yet
    assert not ui.checklist.labels["match"].property("met")
    qtbot.keyClicks(ui.confirmationEdit, PASSWORD)
    assert ui.checklist.labels["match"].property("met")
    assert ui.joinButton.isEnabled()
    screenshot(dialog, "invitation_join")

    qtbot.mouseClick(ui.joinButton, Qt.MouseButton.LeftButton)
    wait_until(
        loop,
        lambda: controller.main is not None and controller.main.isVisible() and not controller.main.devices.model.busy,
    )
    main = controller.main
    assert main.me.user.email == INVITEE and main.me.user.role == "user"
    assert main.ui.pages.currentWidget() is main.devices
    assert not controller.login.isVisible()
    assert not dialog.isVisible()
    assert controller.ctx.settings.value("auth/email", "", str) == INVITEE


def test_i_have_an_invitation_takes_a_pasted_link_and_says_when_it_is_used(qtbot, controller, loop, live_server):
    invite(loop, live_server, role="admin")
    web_link = next(
        line.strip()
        for line in wait_for_mail(live_server.maildir, INVITEE)[-1].get_body(("plain",)).get_content().splitlines()
        if "/invitation/accept?" in line and line.strip().startswith("http")
    )
    qtbot.mouseClick(controller.login.ui.invitationButton, Qt.MouseButton.LeftButton)
    dialog = open_dialog(controller)
    ui = dialog.ui
    assert ui.stack.currentWidget() is ui.linkPage
    assert not ui.continueButton.isEnabled()
    qtbot.keyClicks(ui.linkEdit, "not a link")
    assert not ui.continueButton.isEnabled() and ui.linkError.isVisible()
    ui.linkEdit.clear()
    qtbot.keyClicks(ui.linkEdit, f"Open <{web_link}>.")
    assert ui.continueButton.isEnabled()
    qtbot.mouseClick(ui.continueButton, Qt.MouseButton.LeftButton)
    wait_until(loop, lambda: dialog.flow.step == InvitationStep.ACCOUNT)

    # Meanwhile, someone joined with this link (another computer): the dialog says so at the link.
    token = token_in(wait_for_mail(live_server.maildir, INVITEE)[-1])

    async def accept_elsewhere() -> None:
        async with AkonetClient(live_server.url) as other:
            body = dict(
                first_name="Lucía", last_name="Mora", password=PASSWORD, password_confirmation=PASSWORD, language="es"
            )
            await other.accept_invitation(token, InvitationAccept(**body))

    run(loop, accept_elsewhere())
    qtbot.keyClicks(ui.passwordEdit, PASSWORD)
    qtbot.keyClicks(ui.confirmationEdit, PASSWORD)
    qtbot.mouseClick(ui.joinButton, Qt.MouseButton.LeftButton)
    wait_until(loop, lambda: dialog.flow.step == InvitationStep.LINK)
    assert ui.linkError.text() == link_message("link_used")
    assert controller.main is None


def test_a_422_lands_under_its_field(qtbot, controller, loop, live_server):
    invite(loop, live_server)
    token = token_in(wait_for_mail(live_server.maildir, INVITEE)[-1])
    controller.open_invitation(token=token)
    dialog = open_dialog(controller)
    wait_until(loop, lambda: dialog.flow.step == InvitationStep.ACCOUNT)
    # The server's policy is stricter than this client knows: its answer shows under the field.
    dialog.flow.apply_server_errors({"password": ["common"]})
    dialog._render()
    assert dialog.ui.passwordError.isVisible()
    assert not dialog.ui.joinButton.isEnabled()


def test_an_address_that_got_an_account_meanwhile_is_said_in_the_banner(qtbot, controller, loop, live_server):
    invite(loop, live_server)
    token = token_in(wait_for_mail(live_server.maildir, INVITEE)[-1])
    controller.open_invitation(token=token)
    dialog = open_dialog(controller)
    wait_until(loop, lambda: dialog.flow.step == InvitationStep.ACCOUNT)
    register_second_mail(live_server, INVITEE)  # the invitee registered a company of their own instead
    qtbot.keyClicks(dialog.ui.passwordEdit, PASSWORD)
    qtbot.keyClicks(dialog.ui.confirmationEdit, PASSWORD)
    qtbot.mouseClick(dialog.ui.joinButton, Qt.MouseButton.LeftButton)
    wait_until(loop, lambda: dialog.ui.bannerFrame.isVisible())
    assert dialog.ui.bannerLabel.text() == "This email address already belongs to an AKONet account."
    assert not dialog.ui.retryButton.isVisible()  # trying again would be refused again
    assert controller.main is None
