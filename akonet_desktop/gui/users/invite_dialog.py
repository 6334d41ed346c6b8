"""Invite a person: email, names, administrator or user (with a role), the language of the email.
Checked offline by the rules the server runs; the server's refusals (an address already in use,
already invited, too many invitations) shown where they belong."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QWidget

from akonet_desktop.api.invitations import InvitationCreate, InvitationOut
from akonet_desktop.api.members import RoleOut
from akonet_desktop.client.errors import ApiFailure, ClientError
from akonet_desktop.gui.common.i18n import UI_LANGUAGES
from akonet_desktop.gui.common.messages import failure_message
from akonet_desktop.gui.common.request import WindowRequest
from akonet_desktop.gui.forms.ui_invite_dialog import Ui_InviteDialog
from akonet_desktop.gui.registration.choices import fill_languages
from akonet_desktop.gui.users.person_form import PersonFormDialog, Widget
from akonet_desktop.rules.errors import FieldError
from akonet_desktop.rules.invitation import validate_invitation
from akonet_desktop.rules.roles import Kind

MINUTES_PER_DAY = 24 * 60
# Refusals about the address itself: shown under the email field, where it is corrected.
EMAIL_REFUSALS = ("email_in_use", "already_invited")


class InviteDialog(PersonFormDialog):
    invited = Signal(object)  # the InvitationOut

    FIELDS = ("email", "first_name", "last_name", "role", "role_id", "language")

    def __init__(
        self,
        client,
        roles: Sequence[RoleOut],
        *,
        language: str,
        link_minutes: int,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(roles, parent)
        self.client = client
        self.link_minutes = link_minutes
        self.invitation: InvitationOut | None = None
        self.ui = Ui_InviteDialog()
        self.ui.setupUi(self)
        self._setup_form(Kind.USER.value, None)
        fill_languages(self.ui.languageCombo, language if language in UI_LANGUAGES else "en")
        self.ui.sendButton.clicked.connect(self.submit)
        self._retranslate()
        self.resize(self.width(), self.sizeHint().height())

    def _fields(self) -> dict[str, Widget]:
        ui = self.ui
        return {
            "email": ui.emailEdit,
            "first_name": ui.firstNameEdit,
            "last_name": ui.lastNameEdit,
            "role": ui.kindCombo,
            "role_id": ui.roleCombo,
            "language": ui.languageCombo,
        }

    def _error_labels(self) -> dict[str, QLabel]:
        ui = self.ui
        return {
            "email": ui.emailError,
            "first_name": ui.firstNameError,
            "last_name": ui.lastNameError,
            "role": ui.kindError,
            "role_id": ui.roleError,
            "language": ui.languageError,
        }

    def values(self) -> InvitationCreate:
        ui = self.ui
        return InvitationCreate(
            email=ui.emailEdit.text().strip(),
            first_name=ui.firstNameEdit.text().strip(),
            last_name=ui.lastNameEdit.text().strip(),
            role=self.kind(),
            role_id=self.role_id(),
            language=ui.languageCombo.currentData() or "",
        )

    def _check(self) -> list[FieldError]:
        v = self.values()
        return validate_invitation(v.email, v.first_name, v.last_name, v.role, v.language)

    # --- action ---------------------------------------------------------------------------------
    def submit(self) -> None:
        if self._ready():
            self._tasks.spawn(self.send())

    async def send(self) -> None:
        body = self.values()
        await (
            WindowRequest(self, lambda: self.client.invite(body))
            .failure(self._address_refused)
            .success(self._sent)
            .retry(self.send)
            .run()
        )

    def _address_refused(self, error: ClientError) -> bool:
        if isinstance(error, ApiFailure) and error.code in EMAIL_REFUSALS:
            self._server_errors["email"] = failure_message(error)
            self.ui.emailEdit.setFocus(Qt.FocusReason.OtherFocusReason)
            self.ui.emailEdit.selectAll()
            return True
        return False

    def _sent(self, invitation: InvitationOut) -> None:
        self.invitation = invitation
        self.invited.emit(invitation)
        self.accept()

    # --- rendering ------------------------------------------------------------------------------
    def _retranslate(self) -> None:
        fill_languages(self.ui.languageCombo, self.ui.languageCombo.currentData() or "en")
        self.ui.introLabel.setText(self.intro())
        super()._retranslate()

    def intro(self) -> str:
        days = max(1, round(self.link_minutes / MINUTES_PER_DAY))
        if self.link_minutes < MINUTES_PER_DAY:
            validity = self.tr("The link works once, for %n hour(s).", "", max(1, round(self.link_minutes / 60)))
        else:
            validity = self.tr("The link works once, for %n day(s).", "", days)
        return self.tr("We email them a link to join your company; they choose their own password.") + " " + validity

    def _render_buttons(self) -> None:
        self.ui.sendButton.setEnabled(not self.busy)
        self.ui.sendButton.setText(self.tr("Sending…") if self.busy else self.tr("Send invitation"))
