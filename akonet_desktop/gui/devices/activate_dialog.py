"""« Activer dispositif »: serial number and activation code from the label, checked for shape
as they are typed (the server's own rules), an optional name and location; the server's refusals
(no such device, too many wrong codes, not allowed) shown in the dialog."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QLabel, QLineEdit, QWidget

from akonet_desktop.api.models import DeviceActivation
from akonet_desktop.client.errors import ApiFailure, ClientError
from akonet_desktop.gui.common import theme
from akonet_desktop.gui.common.messages import failure_message
from akonet_desktop.gui.common.request import WindowRequest, field_messages
from akonet_desktop.gui.common.task_dialog import TaskDialog, style_title
from akonet_desktop.gui.devices.texts import texts
from akonet_desktop.gui.forms.ui_activate_device_dialog import Ui_ActivateDeviceDialog
from akonet_desktop.rules.device import (
    CODE_ALPHABET,
    CODE_LENGTH,
    SERIAL_ALPHABET,
    SERIAL_LENGTH,
    check_activation_code,
    check_device_location,
    check_device_name,
    check_serial,
    normalize_activation_code,
    normalize_serial,
)

FIELDS = ("serial", "activation_code", "name", "location")
_CHECKS = {
    "serial": check_serial,
    "activation_code": check_activation_code,
    "name": check_device_name,
    "location": check_device_location,
}


def clearly_wrong(field: str, value: str) -> bool:
    """Wrong whatever comes next (a character that cannot be on a label, or too many): said at
    once, while a merely incomplete value waits until the field is left."""
    if field == "serial":
        raw = normalize_serial(value)
        return len(raw) > SERIAL_LENGTH or not set(raw) <= set(SERIAL_ALPHABET)
    if field == "activation_code":
        raw = normalize_activation_code(value).replace("-", "")
        return len(raw) > CODE_LENGTH or not set(raw) <= set(CODE_ALPHABET)
    return True  # name and location: every problem (too long, control characters) is final


class ActivateDeviceDialog(TaskDialog):
    activated = Signal(object)  # the new DeviceOut

    def __init__(self, client, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.client = client
        self.device = None  # the DeviceOut, once activated
        self._touched: set[str] = set()
        self._server_errors: dict[str, str] = {}
        self.ui = Ui_ActivateDeviceDialog()
        self.ui.setupUi(self)
        self._style()
        for field, edit in self._edits().items():
            edit.textEdited.connect(lambda _text, f=field: self._edited(f))
            edit.editingFinished.connect(lambda f=field: self._touch(f))
        self.ui.activateButton.clicked.connect(self.submit)
        self.ui.cancelButton.clicked.connect(self.reject)
        self.ui.retryButton.clicked.connect(self._retry_clicked)
        self._render()
        self.resize(self.width(), self.sizeHint().height())

    # --- fields ---------------------------------------------------------------------------------
    def _edits(self) -> dict[str, QLineEdit]:
        ui = self.ui
        return {
            "serial": ui.serialEdit,
            "activation_code": ui.codeEdit,
            "name": ui.nameEdit,
            "location": ui.locationEdit,
        }

    def _error_labels(self) -> dict[str, QLabel]:
        ui = self.ui
        return {
            "serial": ui.serialError,
            "activation_code": ui.codeError,
            "name": ui.nameError,
            "location": ui.locationError,
        }

    def values(self) -> dict[str, str]:
        return {field: edit.text() for field, edit in self._edits().items()}

    def offline_problems(self) -> dict[str, str]:
        """Field → message, from the same shape rules the server applies."""
        values = self.values()
        problems = {}
        for field in FIELDS:
            errors = _CHECKS[field](values[field])
            if errors:
                problems[field] = texts().field_problem(field, errors[0].code, errors[0].params)
        return problems

    def _edited(self, field: str) -> None:
        if field in ("serial", "activation_code"):
            self._uppercase(self._edits()[field])
        self._server_errors.pop(field, None)
        if field in ("serial", "activation_code"):
            self.show_failure(None)  # the answer was about the old serial or code
        self._render()

    @staticmethod
    def _uppercase(edit: QLineEdit) -> None:
        """Labels print capitals: show them so, whatever was typed (same length, same cursor)."""
        text = edit.text()
        if text != text.upper() and len(text.upper()) == len(text):
            cursor = edit.cursorPosition()
            edit.setText(text.upper())
            edit.setCursorPosition(cursor)

    def _touch(self, field: str) -> None:
        if self._edits()[field].text().strip():
            self._touched.add(field)
        self._render()

    # --- action ---------------------------------------------------------------------------------
    def submit(self) -> None:
        if self.busy:
            return
        self._touched.update(FIELDS)
        problems = self.offline_problems()
        self._render()
        if problems:
            first = next(field for field in FIELDS if field in problems)
            self._edits()[first].setFocus(Qt.FocusReason.OtherFocusReason)
            return
        self._tasks.spawn(self.activate())

    async def activate(self) -> None:
        values = self.values()
        body = DeviceActivation(
            serial=normalize_serial(values["serial"]),
            activation_code=normalize_activation_code(values["activation_code"]),
            name=values["name"].strip(),
            location=values["location"].strip(),
        )
        self._server_errors = {}
        await (
            WindowRequest(self, lambda: self.client.activate_device(body))
            .failure(self._not_found)
            .success(self._activated)
            .retry(self.activate)  # the network or the server failed: the same label, once more
            .run()
        )

    def _activated(self, device) -> None:
        self.device = device
        self.activated.emit(device)
        self.accept()

    def show_field_errors(self, failure: ApiFailure) -> bool:
        self._server_errors = field_messages(failure, FIELDS, texts().field_problem)
        if not self._server_errors:
            return False
        first = next(field for field in FIELDS if field in self._server_errors)
        self._edits()[first].setFocus(Qt.FocusReason.OtherFocusReason)
        return True

    def _not_found(self, error: ClientError) -> bool:
        """No device has this serial and code: the code selected, to be typed again; the banner says why."""
        if isinstance(error, ApiFailure) and error.code in ("device_not_found", "not_found"):
            self.ui.codeEdit.setFocus(Qt.FocusReason.OtherFocusReason)
            self.ui.codeEdit.selectAll()
        return False

    # --- rendering ------------------------------------------------------------------------------
    def banner_text(self) -> str:
        failure = self._failure
        if failure is None:
            return ""
        if isinstance(failure, ApiFailure):
            specific = texts().activation_refused(failure.code, failure.retry_after)
            if specific:
                return specific
        return failure_message(failure)

    def field_error(self, field: str) -> str:
        return self._error_labels()[field].text()

    def _render(self) -> None:
        ui = self.ui
        problems = self.offline_problems()
        for field, label in self._error_labels().items():
            shown = field in self._touched or clearly_wrong(field, self._edits()[field].text())
            message = self._server_errors.get(field) or (problems.get(field) if shown else None)
            label.setText(message or "")
            label.setVisible(bool(message))
        banner = self.banner_text()
        ui.bannerLabel.setText(banner)
        ui.bannerFrame.setVisible(bool(banner))
        ui.retryButton.setVisible(self._retry is not None)
        ui.busyBar.setVisible(self.busy)
        for edit in self._edits().values():
            edit.setReadOnly(self.busy)
        ui.activateButton.setEnabled(not self.busy)
        ui.activateButton.setText(self.tr("Activating…") if self.busy else self.tr("Activate"))

    def _style(self) -> None:
        style_title(self.ui.titleLabel, 1.5)
        colours = theme.colours()
        self.ui.introLabel.setStyleSheet(theme.text(colours.hint))
        theme.style_banner(self.ui.bannerFrame, self.ui.bannerLabel, colours)
        for label in self._error_labels().values():
            label.setStyleSheet(theme.text(colours.error))
        mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        mono.setPointSizeF(max(mono.pointSizeF(), self.font().pointSizeF()) * 1.1)
        for edit in (self.ui.serialEdit, self.ui.codeEdit):
            edit.setFont(mono)
        policy = self.ui.busyBar.sizePolicy()
        policy.setRetainSizeWhenHidden(True)  # no jump when it shows
        self.ui.busyBar.setSizePolicy(policy)
