"""Change a person of the company: their names, administrator or user, and a user's role. The
owner's kind is not chosen here (ownership moves by a transfer on the Company page)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QSignalBlocker, Signal
from PySide6.QtWidgets import QLabel, QWidget

from akonet_desktop.api.members import MemberOut, MemberUpdate, RoleOut
from akonet_desktop.gui.common.request import WindowRequest
from akonet_desktop.gui.forms.ui_member_dialog import Ui_MemberDialog
from akonet_desktop.gui.users.person_form import PersonFormDialog, Widget
from akonet_desktop.gui.users.texts import texts
from akonet_desktop.rules.errors import FieldError
from akonet_desktop.rules.invitation import check_invited_kind
from akonet_desktop.rules.person import check_person_name
from akonet_desktop.rules.roles import Kind


class MemberDialog(PersonFormDialog):
    saved = Signal(object)  # the MemberOut as the server now has it

    FIELDS = ("first_name", "last_name", "role", "role_id")

    def __init__(self, client, member: MemberOut, roles: Sequence[RoleOut], parent: QWidget | None = None) -> None:
        super().__init__(roles, parent)
        self.client = client
        self.member = member
        self.ui = Ui_MemberDialog()
        self.ui.setupUi(self)
        self._setup_form(member.role, member.role_id)
        self.ui.firstNameEdit.setText(member.first_name)
        self.ui.lastNameEdit.setText(member.last_name)
        self.ui.saveButton.clicked.connect(self.submit)
        self._retranslate()
        self.resize(self.width(), self.sizeHint().height())

    @property
    def is_owner(self) -> bool:
        return self.member.role == Kind.OWNER

    def _fields(self) -> dict[str, Widget]:
        ui = self.ui
        return {
            "first_name": ui.firstNameEdit,
            "last_name": ui.lastNameEdit,
            "role": ui.kindCombo,
            "role_id": ui.roleCombo,
        }

    def _error_labels(self) -> dict[str, QLabel]:
        ui = self.ui
        return {
            "first_name": ui.firstNameError,
            "last_name": ui.lastNameError,
            "role": ui.kindError,
            "role_id": ui.roleError,
        }

    def kind(self) -> str:
        return Kind.OWNER.value if self.is_owner else super().kind()

    def values(self) -> MemberUpdate:
        names = {
            "first_name": self.ui.firstNameEdit.text().strip(),
            "last_name": self.ui.lastNameEdit.text().strip(),
        }
        if self.is_owner:  # the server refuses any kind for the owner (owner_protected)
            return MemberUpdate(**names)
        return MemberUpdate(**names, role=self.kind(), role_id=self.role_id())

    def _check(self) -> list[FieldError]:
        v = self.values()
        errors = [
            *check_person_name(v.first_name or "", "first_name"),
            *check_person_name(v.last_name or "", "last_name"),
        ]
        if not self.is_owner:
            errors += check_invited_kind(v.role or "")
        return errors

    # --- action ---------------------------------------------------------------------------------
    def submit(self) -> None:
        if self._ready():
            self._tasks.spawn(self.save())

    async def save(self) -> None:
        body = self.values()
        await (
            WindowRequest(self, lambda: self.client.update_member(self.member.id, body))
            .success(self._saved)
            .retry(self.save)
            .run()
        )

    def _saved(self, member: MemberOut) -> None:
        self.member = member
        self.saved.emit(member)
        self.accept()

    # --- rendering ------------------------------------------------------------------------------
    def _retranslate(self) -> None:
        super()._retranslate()
        ui = self.ui
        ui.titleLabel.setText(self.tr("Change %1").replace("%1", texts().full_name(self.member)))
        if self.is_owner:
            with QSignalBlocker(ui.kindCombo):
                ui.kindCombo.clear()
                ui.kindCombo.addItem(texts().kind_name(Kind.OWNER), Kind.OWNER.value)
            ui.kindCombo.setToolTip(self.tr("Ownership moves only by a transfer, on the Company page."))
        self._render()

    def _render_buttons(self) -> None:
        self.ui.kindCombo.setEnabled(not self.busy and not self.is_owner)
        self.ui.saveButton.setEnabled(not self.busy)
        self.ui.saveButton.setText(self.tr("Saving…") if self.busy else self.tr("Save"))
