"""The sign-in window: email, password, Remember me, and the ways out (recovery, registration).

For an account with two-step verification the server answers the right password with
`mfa_required` and no session: the window then asks for the 6-digit code (or a recovery code) in a
step of its own, with its own error line. A wrong code counts toward the same lockout as a wrong
password and is said the same way; a blocked account or an expired step (5 minutes) goes back to
the password. "Remember me" is applied once the code signs in, with the session's refresh token.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QWidget

from akonet_desktop.client.errors import ApiFailure, ClientError
from akonet_desktop.client.flows.signin import SignInForm
from akonet_desktop.gui.common import theme
from akonet_desktop.gui.common.fonts import title_font
from akonet_desktop.gui.common.i18n import UI_LANGUAGES
from akonet_desktop.gui.common.messages import (
    attempts_left_message,
    failure_message,
    field_message,
    locked_message,
    wrong_code_message,
)
from akonet_desktop.gui.common.tasks import TaskGroup, in_thread
from akonet_desktop.gui.context import AppContext
from akonet_desktop.gui.forms.ui_login_window import Ui_LoginWindow
from akonet_desktop.rules import LANGUAGE_NAMES

# Alignment through the style sheet: the Python `Qt` enum namespace costs ~20 ms to build,
# and this window paints before anything else loads.
CENTERED = " qproperty-alignment: AlignCenter;"


class LoginWindow(QWidget):
    signed_in = Signal(object)  # SignedIn
    registration_requested = Signal()
    recovery_requested = Signal(str)  # the email typed so far
    invitation_requested = Signal()  # "I have an invitation": paste its link or code
    server_settings_requested = Signal()
    mailbox_requested = Signal()
    retry_requested = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.form = SignInForm()
        self.ready = False
        self.remember_available: bool | None = None
        self.remember_reason = ""
        self._connection_error: str | None = None
        self._failure: Exception | None = None
        self._notice: str | None = None
        self.mfa = None  # the server's MfaRequired while the code step is shown
        self._code_error = ""
        self._remember_choice = False  # "Remember me" as it was when the password was sent
        self._tasks = TaskGroup()
        self.ui = Ui_LoginWindow()
        self.ui.setupUi(self)
        self._style()
        for code in UI_LANGUAGES:
            self.ui.languageCombo.addItem(LANGUAGE_NAMES[code], code)
        self.ui.languageCombo.setCurrentIndex(
            max(0, UI_LANGUAGES.index(ctx.language)) if ctx.language in UI_LANGUAGES else 1
        )
        self.ui.emailEdit.textChanged.connect(lambda text: self._edit("email", text))
        self.ui.passwordEdit.textChanged.connect(lambda text: self._edit("password", text))
        self.ui.emailEdit.returnPressed.connect(self.submit)
        self.ui.passwordEdit.returnPressed.connect(self.submit)
        self.ui.signInButton.clicked.connect(self.submit)
        self.ui.codeEdit.textChanged.connect(self._code_edited)
        self.ui.codeEdit.returnPressed.connect(self.submit_code)
        self.ui.verifyButton.clicked.connect(self.submit_code)
        self.ui.backButton.clicked.connect(lambda: self.back_to_password())
        self.ui.forgotButton.clicked.connect(lambda: self.recovery_requested.emit(self.form.email))
        self.ui.recoverButton.clicked.connect(lambda: self.recovery_requested.emit(self.form.email))
        self.ui.registerButton.clicked.connect(self.registration_requested)
        self.ui.invitationButton.clicked.connect(self.invitation_requested)
        self.ui.serverButton.clicked.connect(self.server_settings_requested)
        self.ui.mailboxButton.clicked.connect(self.mailbox_requested)
        self.ui.retryButton.clicked.connect(self.retry_requested)
        self.ui.languageCombo.activated.connect(self._language_chosen)
        self.ui.rememberCheck.setEnabled(False)
        self._refresh()

    def start(self) -> None:
        """Background checks and finishing touches, once the event loop runs (after first paint)."""
        from PySide6.QtCore import Qt  # building the Qt namespace costs ~20 ms: not before the paint

        self.ui.messageLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._tasks.spawn(self.check_keyring())

    # --- state from outside -------------------------------------------------------------------
    def set_connecting(self) -> None:
        self.ready, self._connection_error = False, None
        self._refresh()

    def set_ready(self) -> None:
        self.ready, self._connection_error = True, None
        self._refresh()

    def set_unreachable(self, message: str) -> None:
        self.ready, self._connection_error = False, message
        self._refresh()

    def show_notice(self, message: str) -> None:
        """A message about something outside the form (a link that cannot be opened)."""
        self._notice = message
        self._refresh()

    def prefill(self, email: str, remember: bool) -> None:
        self.ui.emailEdit.setText(email)
        self.ui.rememberCheck.setChecked(remember)
        self.ui.passwordEdit.setFocus()

    # --- actions ------------------------------------------------------------------------------
    def submit(self) -> None:
        if self.ready and self.form.is_valid():
            self._tasks.spawn(self.sign_in())

    def submit_code(self) -> None:
        if self.ready and self.mfa is not None and not self.form.busy and self._code_ready():
            self._tasks.spawn(self.verify_code())

    def continue_with_code(self, mfa, email: str) -> None:
        """The right password was given elsewhere (the recovery dialog signing in with the new one):
        the code step here, for that address."""
        self.ui.emailEdit.setText(email)
        self._remember_choice = self.ui.rememberCheck.isChecked() and bool(self.remember_available)
        self._ask_code(mfa)

    def back_to_password(self, notice: str | None = None) -> None:
        self.mfa = None
        self._code_error = ""
        self.ui.codeEdit.clear()
        self.ui.passwordEdit.clear()
        self._notice = notice
        self._refresh()
        self.ui.passwordEdit.setFocus()

    async def check_keyring(self) -> None:
        self.remember_available, self.remember_reason = await in_thread(self.ctx.credentials.availability)
        self._refresh()

    async def sign_in(self) -> None:
        from akonet_desktop.api.account import MfaRequired  # pydantic: not before the first paint

        client = self.ctx.client
        remember = self.ui.rememberCheck.isChecked() and bool(self.remember_available)
        self.form.busy = True
        self._failure = None
        self._refresh()
        try:
            signed = await client.login(self.form.email, self.form.password)
        except ApiFailure as error:
            self.form.failed(error.code, error.attempts_left)
            self._failure = None if error.code in ("invalid_credentials", "account_locked") else error
            return
        except ClientError as error:
            self.form.failed("network")
            self._failure = error
            return
        finally:
            self.form.busy = False
            self._refresh()
        if isinstance(signed, MfaRequired):
            self._remember_choice = remember
            self.ui.passwordEdit.clear()  # not kept in a hidden field meanwhile; "Back" asks again
            self._ask_code(signed)
            return
        self.ui.passwordEdit.clear()
        await self._remember(signed.user.email, signed.session.refresh_token, remember)
        self.signed_in.emit(signed)

    def _ask_code(self, mfa) -> None:
        self.mfa = mfa
        self._code_error = ""
        self._notice = None
        self.ui.codeEdit.clear()
        self._refresh()
        self.ui.codeEdit.setFocus()

    def _code_ready(self) -> bool:
        from akonet_desktop.gui.account.totp_texts import looks_like_code

        return looks_like_code(self.ui.codeEdit.text(), recovery_allowed=True)

    async def verify_code(self) -> None:
        from akonet_desktop.gui.account.totp_texts import compact_code

        mfa = self.mfa
        if mfa is None:
            return
        self.form.busy = True
        self._code_error = ""
        self._refresh()
        try:
            signed = await self.ctx.client.login_totp(mfa.mfa_token, compact_code(self.ui.codeEdit.text()))
        except ApiFailure as error:
            self._code_refused(error)
            return
        except ClientError as error:
            self._code_error = failure_message(error)
            return
        finally:
            self.form.busy = False
            self._refresh()
        self.mfa = None
        self.ui.codeEdit.clear()
        self.ui.passwordEdit.clear()
        self.form.succeeded()
        await self._remember(signed.user.email, signed.session.refresh_token, self._remember_choice)
        self._refresh()
        self.signed_in.emit(signed)

    def _code_refused(self, error: ApiFailure) -> None:
        blocked = error.code == "account_locked" or (error.code == "invalid_code" and error.attempts_left == 0)
        if blocked:
            self.form.failed("account_locked")  # the password step, with the blocked panel
            self.back_to_password()
        elif error.code == "invalid_code":
            self._code_error = wrong_code_message(error.attempts_left)
            self.ui.codeEdit.selectAll()
        elif error.code == "mfa_token_invalid":
            self.back_to_password(
                self.tr(
                    "The time to enter the code has run out. Enter your password again, then a new code from your app."
                )
            )
        elif error.status == 422:
            self._code_error = field_message("code", "invalid")
        else:
            self._code_error = failure_message(error)

    async def _remember(self, email: str, refresh_token: str, remember: bool) -> None:
        settings = self.ctx.settings
        settings.setValue("auth/email", email)
        settings.setValue("auth/remember", remember)
        server = self.ctx.client.base_url
        if remember:
            await in_thread(self.ctx.credentials.save, server, email, refresh_token)
        else:
            await in_thread(self.ctx.credentials.delete, server, email)

    # --- rendering ----------------------------------------------------------------------------
    def _edit(self, field: str, value: str) -> None:
        self.form.set(field, value)
        self._failure = None
        self._notice = None
        self._refresh()

    def _show_language(self) -> None:
        index = self.ui.languageCombo.findData(self.ctx.language)
        if index >= 0 and index != self.ui.languageCombo.currentIndex():
            self.ui.languageCombo.blockSignals(True)
            self.ui.languageCombo.setCurrentIndex(index)
            self.ui.languageCombo.blockSignals(False)

    def _language_chosen(self, index: int) -> None:
        self.ctx.translations.set_language(self.ui.languageCombo.itemData(index))

    def _refresh(self) -> None:
        ui = self.ui
        if self._connection_error:
            ui.connectionLabel.setText(self._connection_error)
            ui.connectionLabel.setStyleSheet(theme.text(theme.colours().error) + CENTERED)
        else:
            ui.connectionLabel.setText("" if self.ready else self.tr("Connecting to the server…"))
            ui.connectionLabel.setStyleSheet(theme.text(theme.colours().hint) + CENTERED)
        ui.connectionLabel.setVisible(bool(ui.connectionLabel.text()))
        ui.retryButton.setVisible(bool(self._connection_error))
        # Embedded mode: the registration and reset links arrive in the local mailbox.
        ui.mailboxButton.setVisible(self.ctx.maildir is not None)
        ui.busyBar.setVisible(self.form.busy or not (self.ready or self._connection_error))
        ui.signInButton.setEnabled(self.ready and self.form.is_valid())
        ui.emailEdit.setEnabled(not self.form.busy)
        ui.passwordEdit.setEnabled(not self.form.busy)
        coding = self.mfa is not None
        for widget in (
            ui.emailLabel,
            ui.emailEdit,
            ui.passwordLabel,
            ui.passwordEdit,
            ui.signInButton,
            ui.forgotButton,
            ui.registerButton,
            ui.invitationButton,
        ):
            widget.setVisible(not coding)
        ui.codePanel.setVisible(coding)
        ui.codeEdit.setReadOnly(self.form.busy)
        ui.verifyButton.setEnabled(coding and self.ready and not self.form.busy and self._code_ready())
        ui.verifyButton.setDefault(coding)
        ui.signInButton.setDefault(not coding)
        ui.backButton.setEnabled(not self.form.busy)
        ui.codeError.setText(self._code_error)
        ui.codeError.setStyleSheet(theme.text(theme.colours().error))
        ui.codeError.setVisible(bool(self._code_error))
        if coding:
            ui.rememberCheck.setEnabled(False)  # chosen with the password: applied once the code signs in
        ui.lockedPanel.setVisible(self.form.locked)
        ui.lockedLabel.setText(locked_message(self.ctx.lockout_threshold))
        ui.messageLabel.setText("" if coding else self._message())
        ui.messageLabel.setStyleSheet(theme.text(theme.colours().error))
        ui.messageLabel.setVisible(bool(ui.messageLabel.text()))
        if coding:
            pass
        elif self.remember_available is None:
            ui.rememberCheck.setEnabled(False)
            ui.rememberCheck.setToolTip(self.tr("Checking the system keyring…"))
        elif self.remember_available:
            ui.rememberCheck.setEnabled(not self.form.busy)
            ui.rememberCheck.setToolTip(
                self.tr(
                    "Stay signed in on this computer. Your password is never stored; "
                    "a revocable session key is kept in the system keyring."
                )
            )
        else:
            ui.rememberCheck.setChecked(False)
            ui.rememberCheck.setEnabled(False)
            ui.rememberCheck.setToolTip(
                self.tr(
                    "Unavailable: no secure system keyring was found (%1). AKONet never stores sessions in plain files."
                ).replace("%1", self.remember_reason)
            )

    def _code_edited(self, _text: str) -> None:
        self._code_error = ""
        self._refresh()

    def _message(self) -> str:
        if self._notice:
            return self._notice
        if self.form.locked:
            return ""
        if self._failure is not None:
            return failure_message(self._failure)
        if self.form.message_code == "invalid_credentials" and self.form.attempts_left is not None:
            return attempts_left_message(self.form.attempts_left)
        lines = [
            field_message(field, code) for field in ("email", "password") for code in self.form.field_errors(field)
        ]
        return "\n".join(lines)

    def _style(self) -> None:
        self.ui.titleLabel.setFont(title_font(self.ui.titleLabel.font(), 2.2))
        colours = theme.colours()
        self.ui.titleLabel.setStyleSheet(theme.text(colours.brand_text) + CENTERED)
        self.ui.subtitleLabel.setStyleSheet(theme.text(colours.hint) + CENTERED)
        theme.style_banner(self.ui.lockedPanel, self.ui.lockedLabel, colours)
        self.ui.codeTitle.setFont(title_font(self.ui.codeTitle.font(), 1.2))
        self.ui.codeIntro.setStyleSheet(theme.text(colours.hint))
        self.ui.emailEdit.setFocus()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self._show_language()  # chosen here, or on My account while signed in
            self._refresh()
        super().changeEvent(event)

    def closeEvent(self, event) -> None:
        self._tasks.cancel_all()
        super().closeEvent(event)
