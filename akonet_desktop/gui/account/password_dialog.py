"""« Change password… » (POST /me/password): the current password, the new one twice with the live
checklist and strength meter of registration and recovery, and "Sign out my other sessions",
checked by default.

The new password is checked as typed with the server's policy (fetched when the dialog opens; the
built-in one until then), and may not be the current one. A wrong current password is said under
its field with the attempts left, in the sign-in's words: it counts toward the same lockout.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QWidget

from akonet_desktop.api import defaults
from akonet_desktop.api.models import Me
from akonet_desktop.client.errors import ApiFailure, ClientError
from akonet_desktop.gui.common import theme
from akonet_desktop.gui.common.messages import (
    failure_message,
    field_message,
    locked_message,
    wrong_password_message,
)
from akonet_desktop.gui.common.request import WindowRequest, field_messages
from akonet_desktop.gui.common.task_dialog import TaskDialog, style_title
from akonet_desktop.gui.forms.ui_change_password_dialog import Ui_ChangePasswordDialog
from akonet_desktop.rules import DEFAULT_POLICY, PasswordPolicy, password_checklist, password_strength
from akonet_desktop.rules.forms import validate_new_password

FIELDS = ("current_password", "password", "password_confirmation")
SAME_AS_CURRENT = "same_as_current"


def _blocked(error: ApiFailure) -> bool:
    return error.code == "account_locked" or (error.code == "invalid_credentials" and error.attempts_left == 0)


class ChangePasswordDialog(TaskDialog):
    changed = Signal(bool)  # the password was changed; True when the other sessions were signed out

    def __init__(
        self, client, me: Me, parent: QWidget | None = None, *, lockout_threshold: int = defaults.LOCKOUT_THRESHOLD
    ) -> None:
        """`lockout_threshold`: the server's, for the text of a blocked account."""
        super().__init__(parent)
        self.client = client
        self.me = me
        self.policy: PasswordPolicy = DEFAULT_POLICY
        self.lockout_threshold = lockout_threshold
        self._touched: set[str] = set()
        self._server_errors: dict[str, str] = {}
        self._locked = False
        self.ui = Ui_ChangePasswordDialog()
        self.ui.setupUi(self)
        self._style()
        for field, edit in self._edits().items():
            edit.textChanged.connect(lambda _text, f=field: self._edited(f))
        self.ui.changeButton.clicked.connect(self.submit)
        self.ui.cancelButton.clicked.connect(self.reject)
        self.ui.retryButton.clicked.connect(self._retry_clicked)
        self.ui.currentEdit.setFocus(Qt.FocusReason.OtherFocusReason)
        self._render()

    def start(self) -> None:
        """Once open: the server's password policy, so the checklist says what the server will check."""
        self._start(self._load_policy)

    async def _load_policy(self) -> None:
        try:
            self.policy = await self.client.password_policy()
        except ClientError:
            return  # the built-in policy stays; the server still checks its own and says what fails
        if not self.closed:
            self._render()

    # --- fields ---------------------------------------------------------------------------------
    def _edits(self):
        ui = self.ui
        return {
            "current_password": ui.currentEdit,
            "password": ui.passwordEdit,
            "password_confirmation": ui.confirmationEdit,
        }

    def _error_labels(self) -> dict[str, QLabel]:
        ui = self.ui
        return {
            "current_password": ui.currentError,
            "password": ui.passwordError,
            "password_confirmation": ui.confirmationError,
        }

    def values(self) -> dict[str, str]:
        return {field: edit.text() for field, edit in self._edits().items()}

    def offline_problems(self) -> dict[str, str]:
        v = self.values()
        user = self.me.user
        problems: dict[str, str] = {}
        if not v["current_password"]:
            problems["current_password"] = field_message("current_password", "required")
        for error in validate_new_password(
            v["password"],
            v["password_confirmation"],
            self.policy,
            email=user.email,
            first_name=user.first_name,
            last_name=user.last_name,
        ):
            problems.setdefault(error.field, field_message(error.field, error.code, error.params))
        if v["password"] and v["password"] == v["current_password"]:
            problems.setdefault("password", field_message("password", SAME_AS_CURRENT))
        return problems

    def _edited(self, field: str) -> None:
        self._touched.add(field)
        self._server_errors.pop(field, None)
        if not self._locked:
            self.show_failure(None)
        self._render()

    # --- the change -----------------------------------------------------------------------------
    @property
    def can_submit(self) -> bool:
        return not self.busy and not self._locked and not self.offline_problems() and not self._server_errors

    def submit(self) -> None:
        self._touched.update(FIELDS)
        if self.can_submit:
            self._start(self.change)
        else:
            self._render()

    async def change(self) -> None:
        v = self.values()
        sign_out = self.ui.signOutCheck.isChecked()
        self._server_errors = {}
        await (
            WindowRequest(
                self,
                lambda: self.client.change_password(
                    v["current_password"], v["password"], v["password_confirmation"], sign_out
                ),
            )
            .failure(self._refused_here)
            .retry(self.change, refusals=("rate_limited",))
            .success(lambda _none: self._changed(sign_out))
            .run()
        )

    def _changed(self, signed_out_others: bool) -> None:
        self.accept()
        self.changed.emit(signed_out_others)

    def _refused_here(self, error: ClientError) -> bool:
        if not isinstance(error, ApiFailure):
            return False
        if error.code == "invalid_credentials" and not _blocked(error):
            self._server_errors["current_password"] = wrong_password_message(error.attempts_left)
            self.ui.currentEdit.setFocus(Qt.FocusReason.OtherFocusReason)
            self.ui.currentEdit.selectAll()
            return True
        if _blocked(error):
            self._locked = True
            for edit in self._edits().values():
                edit.clear()
        return False

    def show_field_errors(self, failure: ApiFailure) -> bool:
        self._server_errors = field_messages(failure, FIELDS, field_message)
        return bool(self._server_errors)

    # --- rendering ------------------------------------------------------------------------------
    def banner_text(self) -> str:
        failure = self._failure
        if failure is None:
            return ""
        if isinstance(failure, ApiFailure) and _blocked(failure):
            return locked_message(self.lockout_threshold)
        return failure_message(failure)

    def field_error(self, field: str) -> str:
        return self._error_labels()[field].text()

    def _render(self) -> None:
        ui, busy = self.ui, self.busy
        problems = {f: m for f, m in self.offline_problems().items() if f in self._touched}
        for field, label in self._error_labels().items():
            message = self._server_errors.get(field) or problems.get(field)
            label.setText(message or "")
            label.setVisible(bool(message))
        v = self.values()
        user = self.me.user
        marks = password_checklist(
            v["password"], self.policy, email=user.email, first_name=user.first_name, last_name=user.last_name
        )
        marks["match"] = bool(v["password_confirmation"]) and v["password_confirmation"] == v["password"]
        ui.checklist.update_state(marks, password_strength(v["password"]))
        for edit in self._edits().values():
            edit.setReadOnly(busy)
            edit.setEnabled(not self._locked)
        ui.signOutCheck.setEnabled(not busy and not self._locked)
        banner = self.banner_text()
        ui.bannerLabel.setText(banner)
        ui.bannerFrame.setVisible(bool(banner))
        ui.retryButton.setVisible(self._failure is not None and self._retry is not None)
        ui.busyBar.setVisible(busy)
        ui.changeButton.setEnabled(self.can_submit)
        ui.changeButton.setText(self.tr("Changing…") if busy else self.tr("Change password"))
        ui.cancelButton.setText(self.tr("Close") if self._locked else self.tr("Cancel"))

    def _style(self) -> None:
        style_title(self.ui.titleLabel, 1.5)
        colours = theme.colours()
        theme.style_banner(self.ui.bannerFrame, self.ui.bannerLabel, colours)
        for label in self._error_labels().values():
            label.setStyleSheet(theme.text(colours.error))
        self.ui.signOutHint.setStyleSheet(theme.text(colours.hint))
        policy = self.ui.busyBar.sizePolicy()
        policy.setRetainSizeWhenHidden(True)
        self.ui.busyBar.setSizePolicy(policy)
