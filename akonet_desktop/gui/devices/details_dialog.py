"""A device's details: serial, model, firmware, status, last contact, activation; its name and
location, editable by whoever may update device information (rules/roles.py), read-only for others."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QLineEdit, QWidget

from akonet_desktop.api.models import DeviceOut, DeviceUpdate
from akonet_desktop.client.errors import ApiFailure
from akonet_desktop.gui.common import theme
from akonet_desktop.gui.common.messages import failure_message
from akonet_desktop.gui.common.request import WindowRequest, field_messages
from akonet_desktop.gui.common.task_dialog import TaskDialog, style_title
from akonet_desktop.gui.devices.device_rows import timestamp_of
from akonet_desktop.gui.devices.look import badge_html
from akonet_desktop.gui.devices.texts import texts
from akonet_desktop.gui.forms.ui_device_details_dialog import Ui_DeviceDetailsDialog
from akonet_desktop.rules.device import (
    MAX_DEVICE_LOCATION_LENGTH,
    MAX_DEVICE_NAME_LENGTH,
    check_device_location,
    check_device_name,
)

FIELDS = ("name", "location")
_CHECKS = {"name": check_device_name, "location": check_device_location}


class DeviceDetailsDialog(TaskDialog):
    saved = Signal(object)  # the renamed DeviceOut

    def __init__(self, client, device: DeviceOut, *, can_edit: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.client = client
        self.device = device
        self.can_edit = can_edit
        self._action = ""  # "load" or "save": the request last made
        self._server_errors: dict[str, str] = {}
        self.ui = Ui_DeviceDetailsDialog()
        self.ui.setupUi(self)
        self._style()
        self.ui.nameEdit.setMaxLength(MAX_DEVICE_NAME_LENGTH)
        self.ui.locationEdit.setMaxLength(MAX_DEVICE_LOCATION_LENGTH)
        self.ui.nameEdit.setText(device.name)
        self.ui.locationEdit.setText(device.location)
        for field, edit in self._edits().items():
            edit.textChanged.connect(lambda _text, f=field: self._edited(f))
        self.ui.saveButton.clicked.connect(self.submit)
        self.ui.closeButton.clicked.connect(self.reject)
        self.ui.retryButton.clicked.connect(self._retry_clicked)
        self._render()
        self.resize(self.width(), self.sizeHint().height())

    def start(self) -> None:
        """Fetch the device afresh (status and last contact move on their own)."""
        self._tasks.spawn(self.load())

    # --- fields ---------------------------------------------------------------------------------
    def _edits(self) -> dict[str, QLineEdit]:
        return {"name": self.ui.nameEdit, "location": self.ui.locationEdit}

    def _error_labels(self) -> dict[str, QLabel]:
        return {"name": self.ui.nameError, "location": self.ui.locationError}

    def changes(self) -> DeviceUpdate:
        name, location = self.ui.nameEdit.text().strip(), self.ui.locationEdit.text().strip()
        return DeviceUpdate(
            name=name if name != self.device.name else None,
            location=location if location != self.device.location else None,
        )

    def offline_problems(self) -> dict[str, str]:
        problems = {}
        for field, edit in self._edits().items():
            errors = _CHECKS[field](edit.text())
            if errors:
                problems[field] = texts().field_problem(field, errors[0].code, errors[0].params)
        return problems

    def _edited(self, field: str) -> None:
        self._server_errors.pop(field, None)
        if self._action == "save":
            self.show_failure(None)
        self._render()

    # --- actions --------------------------------------------------------------------------------
    async def load(self) -> None:
        self._action = "load"
        await (
            WindowRequest(self, lambda: self.client.get_device(self.device.id))
            .retry(self.load)
            .success(self._loaded)
            .run()
        )

    def _loaded(self, fresh: DeviceOut) -> None:
        untouched = {field: edit.text() == getattr(self.device, field) for field, edit in self._edits().items()}
        self.device = fresh
        for field, edit in self._edits().items():
            if untouched[field]:  # never overwrite what the person is typing
                edit.setText(getattr(fresh, field))
        self._render()

    def submit(self) -> None:
        if self.busy or not self.can_edit:
            return
        problems = self.offline_problems()
        if problems:
            self._render()
            return
        changes = self.changes()
        if changes.name is None and changes.location is None:
            self.accept()  # nothing to save
            return
        self._tasks.spawn(self.save(changes))

    async def save(self, changes: DeviceUpdate) -> None:
        self._action = "save"
        self._server_errors = {}
        await (
            WindowRequest(self, lambda: self.client.update_device(self.device.id, changes))
            .retry(lambda: self.save(changes))  # shown until a field changes: the same changes
            .success(self._saved)
            .run()
        )

    def _saved(self, device: DeviceOut) -> None:
        self.device = device
        self.saved.emit(device)
        self.accept()

    def show_field_errors(self, failure: ApiFailure) -> bool:
        self._server_errors = field_messages(failure, FIELDS, texts().field_problem)
        return bool(self._server_errors)

    # --- rendering ------------------------------------------------------------------------------
    def banner_text(self) -> str:
        failure = self._failure
        if failure is None:
            return ""
        if isinstance(failure, ApiFailure):
            specific = texts().update_refused(failure.code)
            if specific:
                return specific
        return failure_message(failure)

    def field_error(self, field: str) -> str:
        return self._error_labels()[field].text()

    def _render(self) -> None:
        ui, device, t = self.ui, self.device, texts()
        title = device.name or device.serial
        ui.titleLabel.setText(title)
        self.setWindowTitle(self.tr("AKONet Desktop — %1").replace("%1", title))
        ui.statusValue.setText(badge_html(device.status, t.status_name(device.status)))
        ui.statusValue.setToolTip(t.status_explanation(device.status))
        ui.serialValue.setText(device.serial)
        ui.modelValue.setText(device.model)
        ui.firmwareValue.setText(device.firmware)
        seen = timestamp_of(device.last_seen_at)
        ui.lastSeenValue.setText(
            t.relative(None) if device.last_seen_at is None else f"{t.relative(seen)} · {t.moment(seen, short=True)}"
        )
        ui.lastSeenValue.setToolTip(t.moment(seen))
        activated = timestamp_of(device.activated_at)
        ui.activatedValue.setText(t.moment(activated, short=True) if device.activated_at else "")
        ui.activatedValue.setToolTip(t.moment(activated) if device.activated_at else "")
        problems = self.offline_problems()
        for field, label in self._error_labels().items():
            message = self._server_errors.get(field) or problems.get(field)
            label.setText(message or "")
            label.setVisible(bool(message))
        banner = self.banner_text()
        ui.bannerLabel.setText(banner)
        ui.bannerFrame.setVisible(bool(banner))
        ui.retryButton.setVisible(self._retry is not None)  # not after a refusal: it would be refused again
        ui.busyBar.setVisible(self.busy)
        for edit in self._edits().values():
            edit.setReadOnly(self.busy or not self.can_edit)
        ui.saveButton.setVisible(self.can_edit)
        ui.saveButton.setEnabled(not self.busy and not problems)
        ui.saveButton.setText(self.tr("Saving…") if self.busy and self._action == "save" else self.tr("Save"))
        ui.readOnlyLabel.setText("" if self.can_edit else t.not_allowed())
        ui.readOnlyLabel.setVisible(not self.can_edit)
        ui.closeButton.setText(self.tr("Cancel") if self.can_edit else self.tr("Close"))

    def _style(self) -> None:
        style_title(self.ui.titleLabel, 1.5)
        colours = theme.colours()
        theme.style_banner(self.ui.bannerFrame, self.ui.bannerLabel, colours)
        self.ui.readOnlyLabel.setStyleSheet(theme.text(colours.hint))
        for caption in (
            self.ui.statusCaption,
            self.ui.serialCaption,
            self.ui.modelCaption,
            self.ui.firmwareCaption,
            self.ui.lastSeenCaption,
            self.ui.activatedCaption,
        ):
            caption.setStyleSheet(theme.text(colours.hint))
        for label in self._error_labels().values():
            label.setStyleSheet(theme.text(colours.error))
        self.ui.serialValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        for value in (self.ui.modelValue, self.ui.firmwareValue, self.ui.lastSeenValue, self.ui.activatedValue):
            value.setWordWrap(True)
        policy = self.ui.busyBar.sizePolicy()
        policy.setRetainSizeWhenHidden(True)
        self.ui.busyBar.setSizePolicy(policy)
