"""Turning two-step verification on: password → scan the QR code (or type the key) and confirm a
code → the recovery codes, shown once, to copy or save as a text file.

POST /me/totp {password} gives a pending secret and its otpauth:// link; the QR code is drawn here
(gui/account/qr.py), nothing goes over the network but the API's own calls. POST /me/totp/confirm
{code} turns it on and answers the ten recovery codes. Wrong passwords and wrong codes count toward
the sign-in lockout: each is said under its field with the attempts left.
"""

from __future__ import annotations

from enum import StrEnum

from PySide6.QtCore import QStandardPaths, Qt, Signal
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QFileDialog, QWidget

from akonet_desktop.api import defaults
from akonet_desktop.api.account import RecoveryCodes, TotpSetup
from akonet_desktop.api.models import Me
from akonet_desktop.client.errors import ApiFailure, ClientError
from akonet_desktop.client.private_file import write_private_text
from akonet_desktop.gui.account.totp_texts import compact_code, grouped_key, looks_like_code
from akonet_desktop.gui.common import theme
from akonet_desktop.gui.common.messages import (
    failure_message,
    field_message,
    locked_message,
    wrong_code_message,
    wrong_password_message,
)
from akonet_desktop.gui.common.request import WindowRequest, field_messages
from akonet_desktop.gui.common.secret_clipboard import secret_clipboard
from akonet_desktop.gui.common.task_dialog import TaskDialog, style_title
from akonet_desktop.gui.forms.ui_totp_setup_dialog import Ui_TotpSetupDialog


class SetupStep(StrEnum):
    PASSWORD = "password"
    SCAN = "scan"
    CODES = "codes"


def blocked(error: ApiFailure) -> bool:
    """The account is blocked (now, by this attempt, or already): nothing more is tried."""
    return error.code == "account_locked" or (
        error.code in ("invalid_credentials", "invalid_code") and error.attempts_left == 0
    )


class TotpSetupDialog(TaskDialog):
    enabled = Signal()  # two-step verification is on (the recovery codes are on screen)

    def __init__(self, client, me: Me, parent: QWidget | None = None, *, required: bool = False) -> None:
        """`required`: the company requires it; the text says so."""
        super().__init__(parent)
        self.client = client
        self.me = me
        self.required = required
        self.step = SetupStep.PASSWORD
        self.setup: TotpSetup | None = None
        self.recovery_codes: list[str] = []
        self.saved_to: str | None = None
        self.file_dialog: QFileDialog | None = None
        self._errors: dict[str, str] = {}  # "password" / "code" -> message
        self._locked = False
        self._copied = ""  # what the last Copy put on the clipboard: "key" or "codes"
        self.ui = Ui_TotpSetupDialog()
        self.ui.setupUi(self)
        self._style()
        ui = self.ui
        ui.passwordEdit.textChanged.connect(lambda _t: self._edited("password"))
        ui.codeEdit.textChanged.connect(lambda _t: self._edited("code"))
        ui.passwordEdit.returnPressed.connect(self.submit_password)
        ui.codeEdit.returnPressed.connect(self.submit_code)
        ui.continueButton.clicked.connect(self.submit_password)
        ui.confirmButton.clicked.connect(self.submit_code)
        ui.copyKeyButton.clicked.connect(self.copy_key)
        ui.copyCodesButton.clicked.connect(self.copy_codes)
        ui.saveCodesButton.clicked.connect(self.open_save_dialog)
        ui.doneButton.clicked.connect(self.accept)
        ui.cancelButton.clicked.connect(self.reject)
        ui.retryButton.clicked.connect(self._retry_clicked)
        # A bound method of this dialog: the connection goes with the dialog.
        secret_clipboard().cleared.connect(self._clipboard_cleared)
        ui.passwordEdit.setFocus(Qt.FocusReason.OtherFocusReason)
        self._render()

    # --- step 1: the password -------------------------------------------------------------------
    def submit_password(self) -> None:
        if self.step == SetupStep.PASSWORD and self.ui.passwordEdit.text() and not self._locked:
            self._start(self.begin)

    async def begin(self) -> None:
        password = self.ui.passwordEdit.text()
        await (
            WindowRequest(self, lambda: self.client.start_totp(password))
            .failure(self._refused_here)
            .retry(self.begin, refusals=("rate_limited",))
            .success(self._began)
            .run()
        )

    def _began(self, setup: TotpSetup) -> None:
        self.setup = setup
        self.ui.passwordEdit.clear()  # not kept once it has served
        self.ui.qrView.set_text(setup.otpauth_uri)
        self.ui.keyValue.setText(grouped_key(setup.secret))
        self.step = SetupStep.SCAN
        self._render()
        self.ui.codeEdit.setFocus(Qt.FocusReason.OtherFocusReason)

    def copy_key(self) -> None:
        if self.setup is not None:
            secret_clipboard().copy(self.setup.secret)
            self._copied = "key"
            self._render()

    # --- step 2: the first code -----------------------------------------------------------------
    def submit_code(self) -> None:
        if self.step == SetupStep.SCAN and looks_like_code(self.ui.codeEdit.text(), recovery_allowed=False):
            self._start(self.confirm)

    async def confirm(self) -> None:
        code = compact_code(self.ui.codeEdit.text())
        await (
            WindowRequest(self, lambda: self.client.confirm_totp(code))
            .failure(self._refused_here)
            .retry(self.confirm, refusals=("rate_limited",))
            .success(self._confirmed)
            .run()
        )

    def _confirmed(self, codes: RecoveryCodes) -> None:
        self.recovery_codes = list(codes.recovery_codes)
        self.setup = None  # the secret is not kept once the app holds it
        self.ui.keyValue.clear()
        self.ui.qrView.set_text("")
        self.ui.codeEdit.clear()
        self.ui.codesText.setPlainText("\n".join(self.recovery_codes))
        self.step = SetupStep.CODES
        self._render()
        self.ui.doneButton.setFocus(Qt.FocusReason.OtherFocusReason)
        self.enabled.emit()

    # --- step 3: the recovery codes -------------------------------------------------------------
    def codes_text(self) -> str:
        """The text copied or saved: what the codes are for, then one per line."""
        header = self.tr("AKONet recovery codes for %1").replace("%1", self.me.user.email)
        note = self.tr("Each code signs you in once, in place of the code from your authenticator app.")
        return f"{header}\n{note}\n\n" + "\n".join(self.recovery_codes) + "\n"

    def copy_codes(self) -> None:
        secret_clipboard().copy(self.codes_text())
        self._copied = "codes"
        self._render()

    def _clipboard_cleared(self) -> None:
        """The secret is off the clipboard: the button says "Copy" again, not "Copied"."""
        self._copied = ""
        self._render()

    def open_save_dialog(self) -> QFileDialog:
        """Qt's own file dialog, opened (not exec'd): the event loop and its requests keep running."""
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        dialog = QFileDialog(self, self.tr("Save the recovery codes"), folder, self.tr("Text files (*.txt)"))
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setDefaultSuffix("txt")
        dialog.selectFile("akonet-recovery-codes.txt")
        dialog.fileSelected.connect(self.save_codes)
        dialog.finished.connect(lambda _result: dialog.deleteLater())
        self.file_dialog = dialog
        dialog.open()
        return dialog

    def save_codes(self, path: str) -> None:
        try:
            write_private_text(path, self.codes_text())
        except OSError as error:
            self.saved_to = None
            self._errors["save"] = self.tr("The file could not be saved: %1").replace(
                "%1", error.strerror or str(error)
            )
        else:
            self.saved_to = path
            self._errors.pop("save", None)
        self._render()

    # --- failures -------------------------------------------------------------------------------
    def _refused_here(self, error: ClientError) -> bool:
        if not isinstance(error, ApiFailure):
            return False
        if blocked(error):
            self._locked = True
            self.ui.passwordEdit.clear()
            return False
        if error.code == "invalid_credentials":
            self._errors["password"] = wrong_password_message(error.attempts_left)
            self.ui.passwordEdit.selectAll()
            return True
        if error.code == "invalid_code":
            self._errors["code"] = wrong_code_message(error.attempts_left)
            self.ui.codeEdit.selectAll()
            self.ui.codeEdit.setFocus(Qt.FocusReason.OtherFocusReason)
            return True
        if error.code == "totp_not_enabled":  # the pending secret expired: start again
            self.setup = None
            self.step = SetupStep.PASSWORD
        return False

    def show_field_errors(self, failure: ApiFailure) -> bool:
        self._errors.update(field_messages(failure, ("password", "code"), field_message))
        return bool(self._errors)

    def _edited(self, field: str) -> None:
        self._errors.pop(field, None)
        if not self._locked:
            self.show_failure(None)
        self._render()

    # --- rendering ------------------------------------------------------------------------------
    def banner_text(self) -> str:
        failure = self._failure
        if failure is None:
            return ""
        if isinstance(failure, ApiFailure) and blocked(failure):
            return locked_message(defaults.LOCKOUT_THRESHOLD)
        return failure_message(failure)

    def field_error(self, field: str) -> str:
        return {"password": self.ui.passwordError, "code": self.ui.codeError}[field].text()

    def _render(self) -> None:
        ui, busy, step = self.ui, self.busy, self.step
        ui.stack.setCurrentWidget(
            {SetupStep.PASSWORD: ui.passwordPage, SetupStep.SCAN: ui.scanPage, SetupStep.CODES: ui.codesPage}[step]
        )
        ui.titleLabel.setText(
            self.tr("Two-step verification is on")
            if step == SetupStep.CODES
            else self.tr("Turn on two-step verification")
        )
        if self.required and step == SetupStep.PASSWORD:
            ui.passwordIntro.setText(
                self.tr(
                    "Your company requires two-step verification for administrators. Enter your password to "
                    "start; you will need an authenticator app on your phone."
                )
            )
        for field, label in (("password", ui.passwordError), ("code", ui.codeError)):
            label.setText(self._errors.get(field, ""))
            label.setVisible(bool(self._errors.get(field)))
        ui.passwordEdit.setReadOnly(busy)
        ui.passwordEdit.setEnabled(not self._locked)
        ui.codeEdit.setReadOnly(busy)
        ui.codeEdit.setEnabled(not self._locked)
        ui.continueButton.setEnabled(not busy and not self._locked and bool(ui.passwordEdit.text()))
        ui.confirmButton.setEnabled(
            not busy and not self._locked and looks_like_code(ui.codeEdit.text(), recovery_allowed=False)
        )
        ui.copyKeyButton.setText(self.tr("Copied") if self._copied == "key" else self.tr("Copy key"))
        ui.copyCodesButton.setText(self.tr("Copied") if self._copied == "codes" else self.tr("Copy"))
        if "save" in self._errors:
            ui.codesSavedLabel.setText(self._errors["save"])
            ui.codesSavedLabel.setStyleSheet(theme.text(theme.colours().error))
        else:
            ui.codesSavedLabel.setText(self.tr("Saved in %1").replace("%1", self.saved_to) if self.saved_to else "")
            ui.codesSavedLabel.setStyleSheet(theme.text(theme.colours().success))
        ui.codesSavedLabel.setVisible(bool(ui.codesSavedLabel.text()))
        banner = self.banner_text()
        ui.bannerLabel.setText(banner)
        ui.bannerFrame.setVisible(bool(banner))
        ui.retryButton.setVisible(self._failure is not None and self._retry is not None)
        ui.busyBar.setVisible(busy)
        done = step == SetupStep.CODES
        ui.doneButton.setVisible(done)
        ui.cancelButton.setVisible(not done)
        ui.cancelButton.setText(self.tr("Close") if self._locked else self.tr("Cancel"))
        ui.confirmButton.setDefault(step == SetupStep.SCAN)
        ui.continueButton.setDefault(step == SetupStep.PASSWORD)
        ui.doneButton.setDefault(done)

    def _style(self) -> None:
        style_title(self.ui.titleLabel, 1.5)
        colours = theme.colours()
        theme.style_banner(self.ui.bannerFrame, self.ui.bannerLabel, colours)
        for label in (self.ui.passwordError, self.ui.codeError):
            label.setStyleSheet(theme.text(colours.error))
        for label in (self.ui.passwordIntro, self.ui.keyIntro):
            label.setStyleSheet(theme.text(colours.hint))
        fixed = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        fixed.setPointSizeF(fixed.pointSizeF() * 1.15)
        self.ui.keyValue.setFont(fixed)
        self.ui.codesText.setFont(fixed)
        policy = self.ui.busyBar.sizePolicy()
        policy.setRetainSizeWhenHidden(True)
        self.ui.busyBar.setSizePolicy(policy)
