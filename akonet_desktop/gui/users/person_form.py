"""What the invitation and member dialogs share: fields checked as they are left (and all of them
on submit) by the same rules the server runs, the server's 422 answers under their fields, and
the role picker that only a "user" needs."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QWidget

from akonet_desktop.api.members import RoleOut
from akonet_desktop.client.errors import ApiFailure
from akonet_desktop.gui.common import theme
from akonet_desktop.gui.common.messages import failure_message
from akonet_desktop.gui.common.request import field_messages
from akonet_desktop.gui.common.task_dialog import TaskDialog, style_title
from akonet_desktop.gui.users.choices import fill_kinds, fill_roles
from akonet_desktop.gui.users.texts import texts
from akonet_desktop.rules.errors import REQUIRED, FieldError
from akonet_desktop.rules.roles import Kind

Widget = QLineEdit | QComboBox


class PersonFormDialog(TaskDialog):
    """Subclasses set `self.ui` (with kindCombo, roleCombo and per-field error labels), then call
    `_setup_form()`; they implement `_fields()`, `_error_labels()`, `_check()` and `_submit_label()`."""

    FIELDS: tuple[str, ...] = ()

    def __init__(self, roles: Sequence[RoleOut], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.roles = list(roles)
        self._touched: set[str] = set()
        self._server_errors: dict[str, str] = {}

    # --- what subclasses say --------------------------------------------------------------------
    def _fields(self) -> dict[str, Widget]:
        raise NotImplementedError

    def _error_labels(self) -> dict[str, QLabel]:
        raise NotImplementedError

    def _check(self) -> list[FieldError]:
        """The rules' errors for what is typed now."""
        raise NotImplementedError

    # --- set-up ---------------------------------------------------------------------------------
    def _setup_form(self, kind: str, role_id: int | None) -> None:
        ui = self.ui
        fill_kinds(ui.kindCombo, kind)
        fill_roles(ui.roleCombo, self.roles, role_id)
        for field, widget in self._fields().items():
            if isinstance(widget, QLineEdit):
                widget.textEdited.connect(lambda _text, f=field: self._edited(f))
                widget.editingFinished.connect(lambda f=field: self._touch(f))
            else:
                widget.currentIndexChanged.connect(lambda _index, f=field: self._edited(f))
        ui.retryButton.clicked.connect(self._retry_clicked)
        ui.cancelButton.clicked.connect(self.reject)
        style_title(ui.titleLabel, 1.5)
        colours = theme.colours()
        ui.introLabel.setStyleSheet(theme.text(colours.hint))
        theme.style_banner(ui.bannerFrame, ui.bannerLabel, colours)
        for label in self._error_labels().values():
            label.setStyleSheet(theme.text(colours.error))
        policy = ui.busyBar.sizePolicy()
        policy.setRetainSizeWhenHidden(True)  # no jump when it shows
        ui.busyBar.setSizePolicy(policy)

    def _retranslate(self) -> None:
        """Kinds and built-in role names are translated: the pickers are filled again."""
        fill_kinds(self.ui.kindCombo, self.kind())
        fill_roles(self.ui.roleCombo, self.roles, self.ui.roleCombo.currentData())
        super()._retranslate()

    # --- values ---------------------------------------------------------------------------------
    def kind(self) -> str:
        return self.ui.kindCombo.currentData() or ""

    def role_id(self) -> int | None:
        """The chosen role, for a user only."""
        return self.ui.roleCombo.currentData() if self.kind() == Kind.USER else None

    def problems(self) -> dict[str, str]:
        """Field → message, first error of each field."""
        errors = list(self._check())
        if self.kind() == Kind.USER and self.role_id() is None:
            errors.append(FieldError("role_id", REQUIRED))
        found: dict[str, str] = {}
        for error in errors:
            found.setdefault(error.field, texts().field_problem(error.field, error.code, error.params))
        return found

    def _edited(self, field: str) -> None:
        self._server_errors.pop(field, None)
        if field == "role":
            self._server_errors.pop("role_id", None)
        self._render()

    def _touch(self, field: str) -> None:
        widget = self._fields()[field]
        if not isinstance(widget, QLineEdit) or widget.text().strip():
            self._touched.add(field)
        self._render()

    def _ready(self) -> bool:
        """Everything checked; the first wrong field focused otherwise."""
        if self.busy:
            return False
        self._touched.update(self.FIELDS)
        problems = self.problems()
        self._render()
        if problems:
            first = next(field for field in self.FIELDS if field in problems)
            self._fields()[first].setFocus(Qt.FocusReason.OtherFocusReason)
            return False
        self._server_errors = {}
        return True

    def show_field_errors(self, failure: ApiFailure) -> bool:
        self._server_errors = field_messages(failure, self.FIELDS, texts().field_problem)
        if not self._server_errors:
            return False
        first = next(field for field in self.FIELDS if field in self._server_errors)
        self._fields()[first].setFocus(Qt.FocusReason.OtherFocusReason)
        return True

    def field_error(self, field: str) -> str:
        return self._error_labels()[field].text()

    def banner_text(self) -> str:
        failure = self._failure
        if failure is None:
            return ""
        if isinstance(failure, ApiFailure):
            specific = texts().refused(failure.code)
            if specific:
                return specific
        return failure_message(failure)

    # --- rendering ------------------------------------------------------------------------------
    def _render(self) -> None:
        ui = self.ui
        problems = self.problems()
        for field, label in self._error_labels().items():
            message = self._server_errors.get(field) or (problems.get(field) if field in self._touched else None)
            label.setText(message or "")
            label.setVisible(bool(message))
        is_user = self.kind() == Kind.USER
        ui.roleLabel.setVisible(is_user)
        ui.roleCombo.setVisible(is_user)
        banner = self.banner_text()
        ui.bannerLabel.setText(banner)
        ui.bannerFrame.setVisible(bool(banner))
        ui.retryButton.setVisible(self._retry is not None)
        ui.busyBar.setVisible(self.busy)
        for widget in self._fields().values():
            widget.setEnabled(not self.busy)
        self._render_buttons()

    def _render_buttons(self) -> None:
        raise NotImplementedError
