"""Turning two-step verification off (DELETE /me/totp {password, code}): the password and a current
code (or an unused recovery code), each refusal under its field with the attempts left."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QWidget

from akonet_desktop.api import defaults
from akonet_desktop.client.errors import ApiFailure, ClientError
from akonet_desktop.gui.account.totp_setup_dialog import blocked
from akonet_desktop.gui.account.totp_texts import compact_code, looks_like_code
from akonet_desktop.gui.common import theme
from akonet_desktop.gui.common.messages import (
    failure_message,
    field_message,
    locked_message,
    wrong_code_message,
    wrong_password_message,
)
from akonet_desktop.gui.common.request import WindowRequest, field_messages
from akonet_desktop.gui.common.task_dialog import TaskDialog, style_title
from akonet_desktop.gui.forms.ui_totp_disable_dialog import Ui_TotpDisableDialog


class TotpDisableDialog(TaskDialog):
    disabled = Signal()

    def __init__(self, client, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.client = client
        self._errors: dict[str, str] = {}
        self._locked = False
        self.ui = Ui_TotpDisableDialog()
        self.ui.setupUi(self)
        self._style()
        ui = self.ui
        ui.passwordEdit.textChanged.connect(lambda _t: self._edited("password"))
        ui.codeEdit.textChanged.connect(lambda _t: self._edited("code"))
        ui.codeEdit.returnPressed.connect(self.submit)
        ui.turnOffButton.clicked.connect(self.submit)
        ui.cancelButton.clicked.connect(self.reject)
        ui.retryButton.clicked.connect(self._retry_clicked)
        ui.passwordEdit.setFocus(Qt.FocusReason.OtherFocusReason)
        self._render()

    @property
    def can_submit(self) -> bool:
        ui = self.ui
        return (
            not self.busy
            and not self._locked
            and bool(ui.passwordEdit.text())
            and looks_like_code(ui.codeEdit.text(), recovery_allowed=True)
        )

    def submit(self) -> None:
        if self.can_submit:
            self._start(self.turn_off)

    async def turn_off(self) -> None:
        password, code = self.ui.passwordEdit.text(), compact_code(self.ui.codeEdit.text())
        await (
            WindowRequest(self, lambda: self.client.disable_totp(password, code))
            .failure(self._refused_here)
            .retry(self.turn_off, refusals=("rate_limited",))
            .success(self._done)
            .run()
        )

    def _done(self, _result) -> None:
        self.accept()
        self.disabled.emit()

    def _refused_here(self, error: ClientError) -> bool:
        if not isinstance(error, ApiFailure):
            return False
        if blocked(error):
            self._locked = True
            self.ui.passwordEdit.clear()
            self.ui.codeEdit.clear()
            return False
        if error.code == "invalid_credentials":
            self._errors["password"] = wrong_password_message(error.attempts_left)
            self.ui.passwordEdit.setFocus(Qt.FocusReason.OtherFocusReason)
            self.ui.passwordEdit.selectAll()
            return True
        if error.code == "invalid_code":
            self._errors["code"] = wrong_code_message(error.attempts_left)
            self.ui.codeEdit.setFocus(Qt.FocusReason.OtherFocusReason)
            self.ui.codeEdit.selectAll()
            return True
        return False

    def show_field_errors(self, failure: ApiFailure) -> bool:
        self._errors.update(field_messages(failure, ("password", "code"), field_message))
        return bool(self._errors)

    def _edited(self, field: str) -> None:
        self._errors.pop(field, None)
        if not self._locked:
            self.show_failure(None)
        self._render()

    def field_error(self, field: str) -> str:
        return {"password": self.ui.passwordError, "code": self.ui.codeError}[field].text()

    def _render(self) -> None:
        ui, busy = self.ui, self.busy
        for field, label in (("password", ui.passwordError), ("code", ui.codeError)):
            label.setText(self._errors.get(field, ""))
            label.setVisible(bool(self._errors.get(field)))
        for edit in (ui.passwordEdit, ui.codeEdit):
            edit.setReadOnly(busy)
            edit.setEnabled(not self._locked)
        failure = self._failure
        if failure is None:
            banner = ""
        elif isinstance(failure, ApiFailure) and blocked(failure):
            banner = locked_message(defaults.LOCKOUT_THRESHOLD)
        else:
            banner = failure_message(failure)
        ui.bannerLabel.setText(banner)
        ui.bannerFrame.setVisible(bool(banner))
        ui.retryButton.setVisible(failure is not None and self._retry is not None)
        ui.busyBar.setVisible(busy)
        ui.turnOffButton.setEnabled(self.can_submit)
        ui.turnOffButton.setText(self.tr("Turning off…") if busy else self.tr("Turn off"))
        ui.cancelButton.setText(self.tr("Close") if self._locked else self.tr("Cancel"))

    def _style(self) -> None:
        style_title(self.ui.titleLabel, 1.5)
        colours = theme.colours()
        theme.style_banner(self.ui.bannerFrame, self.ui.bannerLabel, colours)
        self.ui.introLabel.setStyleSheet(theme.text(colours.hint))
        for label in (self.ui.passwordError, self.ui.codeError):
            label.setStyleSheet(theme.text(colours.error))
        policy = self.ui.busyBar.sizePolicy()
        policy.setRetainSizeWhenHidden(True)
        self.ui.busyBar.setSizePolicy(policy)
