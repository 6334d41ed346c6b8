"""The roles editor: the company's roles on the left; a role's name and privileges on the right.
"New role" starts a draft that Save creates; Delete asks first and is refused while people hold
the role. Built-in roles keep their translated name until someone renames them."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QSignalBlocker, Qt, Signal
from PySide6.QtWidgets import QCheckBox, QListWidgetItem, QWidget

from akonet_desktop.api.members import RoleOut, RoleUpdate
from akonet_desktop.client.errors import ApiFailure
from akonet_desktop.gui.common import theme
from akonet_desktop.gui.common.confirm import confirm
from akonet_desktop.gui.common.messages import failure_message
from akonet_desktop.gui.common.request import FAILED, WindowRequest, field_messages
from akonet_desktop.gui.common.task_dialog import TaskDialog, style_title
from akonet_desktop.gui.forms.ui_roles_dialog import Ui_RolesDialog
from akonet_desktop.gui.users.texts import texts
from akonet_desktop.rules.members import check_role_name
from akonet_desktop.rules.roles import ROLE_PRIVILEGES, Privilege

PRIVILEGES: tuple[Privilege, ...] = tuple(p for p in Privilege if p in ROLE_PRIVILEGES)  # declaration order
FIELDS = ("name", "privileges")


class RolesDialog(TaskDialog):
    changed = Signal()  # a role was created, changed or deleted: names and privileges shown elsewhere are stale

    def __init__(self, client, roles: Sequence[RoleOut], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.client = client
        self.roles: list[RoleOut] = list(roles)
        self.current_id: int | None = None  # the role shown; None: a new role being drafted
        self._name_touched = False
        self._server_errors: dict[str, str] = {}
        self.ui = Ui_RolesDialog()
        self.ui.setupUi(self)
        self.boxes: dict[Privilege, QCheckBox] = {}
        for privilege in PRIVILEGES:
            box = QCheckBox(self.ui.privilegesBox)
            box.toggled.connect(lambda _on: self._render())
            self.ui.privilegesLayout.addWidget(box)
            self.boxes[privilege] = box
        self._style()
        ui = self.ui
        ui.rolesList.currentItemChanged.connect(lambda item, _previous: self._show(item.data(_ID) if item else None))
        ui.nameEdit.textEdited.connect(self._name_edited)
        ui.nameEdit.editingFinished.connect(self._name_left)
        ui.newButton.clicked.connect(self.new_role)
        ui.deleteButton.clicked.connect(self.delete_current)
        ui.saveButton.clicked.connect(self.submit)
        ui.closeButton.clicked.connect(self.reject)
        ui.retryButton.clicked.connect(self._retry_clicked)
        self._fill_list(self.roles[0].id if self.roles else None)
        self._retranslate()

    # --- the list -------------------------------------------------------------------------------
    def role(self, role_id: int | None) -> RoleOut | None:
        return next((role for role in self.roles if role.id == role_id), None)

    def _fill_list(self, select: int | None) -> None:
        lst = self.ui.rolesList
        with QSignalBlocker(lst):
            lst.clear()
            for role in self.roles:
                item = QListWidgetItem(texts().role_of(role))
                item.setData(_ID, role.id)
                item.setToolTip(texts().privileges_summary(role.privileges))
                lst.addItem(item)
        row = next((i for i, role in enumerate(self.roles) if role.id == select), -1)
        with QSignalBlocker(lst):
            lst.setCurrentRow(row)
        self._show(select if row >= 0 else None)

    def _show(self, role_id: int | None) -> None:
        """The role's saved name and privileges in the editor (unsaved edits of another are dropped)."""
        self.current_id = role_id
        role = self.role(role_id)
        self.ui.nameEdit.setText(texts().role_of(role) if role else "")
        for privilege, box in self.boxes.items():
            with QSignalBlocker(box):
                box.setChecked(role is not None and privilege in role.privileges)
        self._name_touched = False
        self._server_errors = {}
        self.show_failure(None)
        self._render()

    def new_role(self) -> None:
        with QSignalBlocker(self.ui.rolesList):
            self.ui.rolesList.setCurrentRow(-1)
            self.ui.rolesList.clearSelection()
        self._show(None)
        self.ui.nameEdit.setFocus(Qt.FocusReason.OtherFocusReason)

    # --- the editor -----------------------------------------------------------------------------
    def name(self) -> str:
        return self.ui.nameEdit.text().strip()

    def privileges(self) -> list[str]:
        return [p.value for p, box in self.boxes.items() if box.isChecked()]

    def dirty(self) -> bool:
        role = self.role(self.current_id)
        if role is None:
            return bool(self.name()) or bool(self.privileges())
        return self.name() != texts().role_of(role) or set(self.privileges()) != {p.value for p in role.privileges}

    def name_problem(self) -> str | None:
        errors = check_role_name(self.name())
        return texts().field_problem("name", errors[0].code, errors[0].params) if errors else None

    def _name_edited(self, _text: str) -> None:
        self._server_errors.pop("name", None)
        self._render()

    def _name_left(self) -> None:
        self._name_touched = True
        self._render()

    # --- actions --------------------------------------------------------------------------------
    def submit(self) -> None:
        if self.busy or not self.dirty():
            return
        self._name_touched = True
        if self.name_problem():
            self._render()
            self.ui.nameEdit.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        self._tasks.spawn(self.save())

    async def save(self) -> None:
        role = self.role(self.current_id)
        name, privileges = self.name(), self.privileges()
        if role is None:
            call = lambda: self.client.create_role(name, privileges)  # noqa: E731
        else:
            # Only a name that differs from what is shown renames: saving privileges alone keeps a
            # built-in role's translated name (and its translation for everyone else).
            renamed = name if name != texts().role_of(role) else None
            changes = RoleUpdate(name=renamed, privileges=privileges)
            call = lambda: self.client.update_role(role.id, changes)  # noqa: E731
        saved = await WindowRequest(self, call).retry(self.save).run()
        if saved is not FAILED:
            await self._reload(saved.id)

    def delete_current(self) -> None:
        role = self.role(self.current_id)
        if role is None or self.busy:
            return
        name = texts().role_of(role)
        if confirm(
            self,
            self.tr("Delete the role?"),
            self.tr("Delete the role « %1 »? This cannot be undone.").replace("%1", name),
            self.tr("Delete"),
        ):
            self._tasks.spawn(self.delete(role.id))

    async def delete(self, role_id: int) -> None:
        result = await (
            WindowRequest(self, lambda: self.client.delete_role(role_id)).retry(lambda: self.delete(role_id)).run()
        )
        if result is not FAILED:
            await self._reload(None)

    async def _reload(self, select: int | None) -> None:
        """The roles as the server has them now, `select` shown (else the first)."""
        self.changed.emit()
        roles = await WindowRequest(self, self.client.list_roles).retry(lambda: self._reload(select)).run()
        if roles is FAILED:
            return
        self.roles = list(roles)
        if self.role(select) is None:
            select = self.roles[0].id if self.roles else None
        self._fill_list(select)

    def show_field_errors(self, failure: ApiFailure) -> bool:
        self._server_errors = field_messages(failure, FIELDS, texts().field_problem)
        return bool(self._server_errors)

    # --- rendering ------------------------------------------------------------------------------
    def banner_text(self) -> str:
        failure = self._failure
        if failure is None:
            return ""
        if isinstance(failure, ApiFailure):
            if failure.code == "role_name_taken":
                return ""  # under the name field
            specific = texts().refused(failure.code)
            if specific:
                return specific
        return failure_message(failure)

    def field_error(self) -> str:
        return self.ui.nameError.text()

    def _render(self) -> None:
        ui = self.ui
        failure = self._failure
        taken = isinstance(failure, ApiFailure) and failure.code == "role_name_taken"
        message = (
            self._server_errors.get("name")
            or (texts().refused("role_name_taken") if taken else None)
            or (self.name_problem() if self._name_touched else None)
            or self._server_errors.get("privileges")
        )
        ui.nameError.setText(message or "")
        ui.nameError.setVisible(bool(message))
        banner = self.banner_text()
        ui.bannerLabel.setText(banner)
        ui.bannerFrame.setVisible(bool(banner))
        ui.retryButton.setVisible(self._retry is not None)
        ui.busyBar.setVisible(self.busy)
        role = self.role(self.current_id)
        if role is None:
            usage = self.tr("A new role: name it, choose what it allows, then Save.")
        elif role.users:
            usage = self.tr("Held by %1. A role cannot be deleted while people hold it.").replace(
                "%1", texts().role_users(role.users)
            )
        else:
            usage = self.tr("Nobody holds this role yet.")
        ui.usageLabel.setText(usage)
        idle = not self.busy
        ui.rolesList.setEnabled(idle)
        ui.nameEdit.setReadOnly(not idle)
        ui.privilegesBox.setEnabled(idle)
        ui.newButton.setEnabled(idle)
        ui.deleteButton.setEnabled(idle and role is not None and role.users == 0)
        ui.deleteButton.setToolTip(
            self.tr("Give the people who hold it another role first.") if role is not None and role.users else ""
        )
        ui.saveButton.setEnabled(idle and self.dirty())
        ui.saveButton.setText(self.tr("Create role") if role is None else self.tr("Save"))

    def _retranslate(self) -> None:
        for privilege, box in self.boxes.items():
            box.setText(texts().privilege_name(privilege))
        self._fill_list(self.current_id)

    def _style(self) -> None:
        style_title(self.ui.titleLabel, 1.5)
        colours = theme.colours()
        self.ui.introLabel.setStyleSheet(theme.text(colours.hint))
        self.ui.usageLabel.setStyleSheet(theme.text(colours.hint))
        self.ui.nameError.setStyleSheet(theme.text(colours.error))
        self.ui.rolesList.setStyleSheet("QListWidget::item { padding: 5px 6px; }")  # rows one can aim at
        theme.style_banner(self.ui.bannerFrame, self.ui.bannerLabel, colours)
        policy = self.ui.busyBar.sizePolicy()
        policy.setRetainSizeWhenHidden(True)
        self.ui.busyBar.setSizePolicy(policy)


_ID = Qt.ItemDataRole.UserRole
