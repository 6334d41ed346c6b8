"""Which window is shown when: connecting, signing in (silently if remembered), the main
window, and the dialogs that links from emails open."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QInputDialog, QLineEdit, QWidget

from akonet_desktop.api.links import (
    INVITATION_LINK,
    PASSWORD_FORGOT_LINK,
    PASSWORD_RESET_LINK,
    REGISTRATION_LINK,
    LinkKind,
    kind_named,
)
from akonet_desktop.api.models import Me, SignedIn
from akonet_desktop.client.api_client import AkonetClient
from akonet_desktop.client.deeplinks import parse_deep_link
from akonet_desktop.client.embedded import EmbeddedServer
from akonet_desktop.client.errors import ApiFailure, ClientError
from akonet_desktop.gui.common.messages import failure_message
from akonet_desktop.gui.common.tasks import TaskGroup, in_thread
from akonet_desktop.gui.context import AppContext
from akonet_desktop.gui.main_window import MainWindow
from akonet_desktop.gui.signin.login_window import LoginWindow

log = logging.getLogger(__name__)

SERVER_KEY = "server/url"
HEALTH_ATTEMPTS = 60


class AppController(QObject):
    def __init__(
        self, ctx: AppContext, *, server_url: str | None, embedded: EmbeddedServer, login: LoginWindow | None = None
    ) -> None:
        super().__init__()
        self.ctx = ctx
        self.server_url = server_url
        self.embedded = embedded
        self.tasks = TaskGroup()
        self.login = login or LoginWindow(ctx)
        self.main: MainWindow | None = None
        self.dialogs: list[QWidget] = []
        self.connected = asyncio.Event()
        self._pending_links: list[str] = []  # arrived before the server answered
        self.login.signed_in.connect(self._signed_in)
        self.login.registration_requested.connect(lambda: self.open_registration())
        self.login.recovery_requested.connect(lambda email: self.open_recovery(email=email))
        self.login.invitation_requested.connect(lambda: self.open_invitation())
        self.login.server_settings_requested.connect(self.ask_server)
        self.login.mailbox_requested.connect(self.open_mailbox)
        self.login.retry_requested.connect(lambda: self.tasks.spawn(self.reconnect()))

    # --- start-up -------------------------------------------------------------------------------
    def start(self, link: str | None = None) -> None:
        self.login.show()
        self.login.start()
        self.tasks.spawn(self.connect(link))

    async def connect(self, link: str | None = None) -> None:
        if link:
            self._pending_links.append(link)
        self.login.set_connecting()
        try:
            url = self.server_url
            self.ctx.maildir = self.ctx.embedded_url = None
            if url is None:
                url = self.embedded.url or await in_thread(self.embedded.start)
                self.ctx.maildir, self.ctx.embedded_url = self.embedded.maildir, url
            self.ctx.client = AkonetClient(url)
            self.ctx.client.on_session_changed = self._session_changed
            await self._wait_healthy()
            self.ctx.server_policy, self.ctx.server_settings = await asyncio.gather(
                self.ctx.client.password_policy(), self._public_settings()
            )
        except ClientError as error:
            self.login.set_unreachable(failure_message(error))
            return
        except Exception as error:  # the embedded server could not start (disk, permissions…)
            log.exception("could not connect")
            self.login.set_unreachable(self.tr("The built-in server could not start: %1").replace("%1", str(error)))
            return
        self.login.set_ready()  # also shows the Mailbox button once the embedded server runs
        self.connected.set()
        if self._pending_links:
            links, self._pending_links = self._pending_links, []
            for pending in links:
                self.handle_link(pending)
        elif await self._silent_sign_in():
            return
        self._prefill_login()

    async def _wait_healthy(self) -> None:
        for attempt in range(HEALTH_ATTEMPTS):
            try:
                await self.ctx.client.health()
                return
            except ClientError:
                if attempt == HEALTH_ATTEMPTS - 1:
                    raise
                await asyncio.sleep(0.5)

    async def _silent_sign_in(self) -> bool:
        settings = self.ctx.settings
        email = settings.value("auth/email", "", str)
        if not (email and settings.value("auth/remember", False, bool)):
            return False
        token = await in_thread(self.ctx.credentials.load, self.ctx.client.base_url, email)
        if not token:
            return False
        try:
            me = await self.ctx.client.resume(token)
        except ApiFailure:
            await in_thread(self.ctx.credentials.delete, self.ctx.client.base_url, email)
            return False
        except ClientError:
            return False
        self._show_main(me)
        return True

    def _prefill_login(self) -> None:
        settings = self.ctx.settings
        self.login.prefill(settings.value("auth/email", "", str), settings.value("auth/remember", False, bool))

    def _session_changed(self, tokens) -> None:
        """Rotated refresh tokens replace the remembered one, so silent sign-in keeps working."""
        settings = self.ctx.settings
        email = settings.value("auth/email", "", str)
        if tokens is None or not email or not settings.value("auth/remember", False, bool):
            return
        self.tasks.spawn(in_thread(self.ctx.credentials.save, self.ctx.client.base_url, email, tokens.refresh_token))

    async def _public_settings(self):
        """The deployment's lockout threshold and link lifetime; they only feed two texts, so a
        server that cannot tell (an error page from a proxy, say) leaves the defaults, not a dead end."""
        try:
            return await self.ctx.client.public_settings()
        except ClientError as error:
            log.warning("the server's settings could not be read (%s); the texts keep the defaults", error)
            return None

    # --- signed in ------------------------------------------------------------------------------
    def _signed_in(self, signed: SignedIn) -> None:
        self.ctx.settings.setValue("auth/email", signed.user.email)
        self._show_main(Me(user=signed.user, company=signed.company, totp_setup_required=signed.totp_setup_required))

    def _show_main(self, me: Me) -> None:
        if self.main is not None:
            self.main.close()
        self.main = MainWindow(me, has_mailbox=self.ctx.maildir is not None, client=self.ctx.client)
        self.main.sign_out_requested.connect(lambda: self.tasks.spawn(self.sign_out()))
        self.main.mailbox_requested.connect(self.open_mailbox)
        self.main.language_requested.connect(self.ctx.translations.set_language)
        self.main.show()
        self.login.hide()

    async def sign_out(self) -> None:
        email = self.ctx.settings.value("auth/email", "", str)
        self.ctx.settings.setValue("auth/remember", False)
        await self.ctx.client.logout()
        if email:
            await in_thread(self.ctx.credentials.delete, self.ctx.client.base_url, email)
        self._prefill_login()
        self.login.show()  # before the main window closes, or the app would think it is done
        if self.main is not None:
            self.main.close()
            self.main = None

    # --- another launch, dialogs and links ------------------------------------------------------
    def activate(self, link: str | None) -> None:
        """A second launch handed over (with the link from an email, or none): come to the front."""
        self._bring_to_front()
        if not link:
            return
        if self.connected.is_set():
            self.handle_link(link)
        else:
            self._pending_links.append(link)  # connect() opens it once the server answers

    def _front_window(self):
        """Where the person is looking: the main window once signed in, else the sign-in window."""
        return self.main if self.main is not None and self.main.isVisible() else self.login

    def _bring_to_front(self) -> None:
        base = self._front_window()
        dialog = next((d for d in reversed(self.dialogs) if d.isVisible()), None)
        for window in (base, dialog):
            if window is None:
                continue
            # Not showNormal(): a window maximised before it was minimised comes back maximised.
            window.setWindowState(window.windowState() & ~Qt.WindowState.WindowMinimized)
            window.show()
            window.raise_()
            window.activateWindow()

    def handle_link(self, link: str) -> None:
        try:
            target = parse_deep_link(link)
        except ValueError as error:
            self._front_window().show_notice(self.tr("This link cannot be opened: %1").replace("%1", str(error)))
            return
        self.LINK_HANDLERS[kind_named(target.kind)](self, target.token)

    def _registration_link(self, token: str | None) -> None:
        self.open_registration(token=token)

    def _password_reset_link(self, token: str | None) -> None:
        self.open_recovery(token=token)

    def _password_forgot_link(self, _token: str | None) -> None:
        self.open_recovery(email=self.login.form.email)

    def _invitation_link(self, token: str | None) -> None:
        self.open_invitation(token=token)

    # What each kind of link in api/links.py opens (a test checks that every kind has its entry).
    LINK_HANDLERS: dict[LinkKind, Callable[[AppController, str | None], None]] = {
        REGISTRATION_LINK: _registration_link,
        PASSWORD_RESET_LINK: _password_reset_link,
        PASSWORD_FORGOT_LINK: _password_forgot_link,
        INVITATION_LINK: _invitation_link,
    }

    def open_registration(self, token: str | None = None) -> None:
        from akonet_desktop.gui.registration.wizard import RegistrationWizard

        if token and (open_wizard := self._open_dialog(RegistrationWizard)):
            open_wizard.continue_with_link(REGISTRATION_LINK.app_link(token))
            return
        self._open(RegistrationWizard(self.ctx, self.login, token=token))

    def open_recovery(self, email: str = "", token: str | None = None) -> None:
        from akonet_desktop.gui.signin.recovery_dialog import RecoveryDialog

        if token and (open_dialog := self._open_dialog(RecoveryDialog)):
            open_dialog.continue_with_link(PASSWORD_RESET_LINK.app_link(token))
            return
        # The email lets the dialog sign in by itself once the new password is set.
        email = email or self.login.form.email or self.ctx.settings.value("auth/email", "", str)
        self._open(RecoveryDialog(self.ctx, self.login, email=email, token=token))

    def open_invitation(self, token: str | None = None) -> None:
        from akonet_desktop.gui.invitation.accept_dialog import InvitationDialog

        if token and (open_dialog := self._open_dialog(InvitationDialog)):
            open_dialog.continue_with_link(INVITATION_LINK.app_link(token))
            return
        self._open(InvitationDialog(self.ctx, self.login, token=token))

    def _open_dialog(self, kind: type):
        """A dialog of that kind already open: a link for it continues there, not in a new one."""
        for dialog in self.dialogs:
            if isinstance(dialog, kind) and dialog.isVisible():
                dialog.raise_()
                dialog.activateWindow()
                return dialog
        return None

    def open_mailbox(self) -> None:
        from akonet_desktop.gui.mailbox.window import MailboxWindow

        if existing := self._open_dialog(MailboxWindow):
            return existing
        window = MailboxWindow(self.ctx)
        window.deep_link_activated.connect(self.handle_link)
        self.dialogs.append(window)
        window.show()
        return window

    def _open(self, dialog) -> None:
        dialog.signed_in.connect(self._signed_in)
        if hasattr(dialog, "code_required"):  # the recovery dialog signing in with the new password
            dialog.code_required.connect(self.login.continue_with_code)
        dialog.finished.connect(lambda _result: self.dialogs.remove(dialog) if dialog in self.dialogs else None)
        self.dialogs.append(dialog)
        dialog.open()

    def ask_server(self) -> None:
        dialog = QInputDialog(self.login)
        dialog.setWindowTitle(self.tr("Server"))
        dialog.setLabelText(
            self.tr("Your organisation's AKONet server address (leave empty to use the server built into this app):")
        )
        dialog.setTextEchoMode(QLineEdit.EchoMode.Normal)
        dialog.setTextValue(self.ctx.settings.value(SERVER_KEY, "", str))
        dialog.textValueSelected.connect(self._server_chosen)
        self.dialogs.append(dialog)
        dialog.open()

    def _server_chosen(self, url: str) -> None:
        url = url.strip().rstrip("/")
        self.ctx.settings.setValue(SERVER_KEY, url)
        self.server_url = url or None
        self.tasks.spawn(self.reconnect())

    async def reconnect(self) -> None:
        if self.ctx.client is not None:
            await self.ctx.client.aclose()
        self.connected.clear()
        await self.connect()

    async def shutdown(self) -> None:
        self.tasks.cancel_all()
        for window in list(self.dialogs):
            window.close()  # each cancels its own pending requests
        if self.ctx.client is not None:
            await self.ctx.client.aclose()
        if self.embedded.url is not None:
            await in_thread(self.embedded.stop)
