"""« My account »: the person's names and language, their password, two-step verification and the
sessions where they are signed in. Everyone has it.

Choosing a language switches the interface at once (the main window asks the app's translator,
which remembers it for the next start) and saves it on the server, where it is the language of the
person's emails. When the company requires two-step verification and the person has none yet, this
is the only page of the window and it opens the set-up; once it is on, the window unlocks the rest
(`me_changed` with totp_setup_required false).
"""

from __future__ import annotations

from PySide6.QtCore import QSignalBlocker, Signal
from PySide6.QtWidgets import QHeaderView, QLabel, QLineEdit, QPushButton, QWidget

from akonet_desktop.api.account import MeUpdate, SessionOut
from akonet_desktop.api.models import Me
from akonet_desktop.client.errors import ApiFailure, ClientError
from akonet_desktop.gui.account.password_dialog import ChangePasswordDialog
from akonet_desktop.gui.account.sessions_model import SessionsModel
from akonet_desktop.gui.account.totp_disable_dialog import TotpDisableDialog
from akonet_desktop.gui.account.totp_setup_dialog import TotpSetupDialog
from akonet_desktop.gui.common import theme
from akonet_desktop.gui.common.i18n import UI_LANGUAGES
from akonet_desktop.gui.common.messages import failure_message, field_message
from akonet_desktop.gui.common.request import WindowRequest, field_messages
from akonet_desktop.gui.common.request_page import RequestPage
from akonet_desktop.gui.common.task_dialog import style_title
from akonet_desktop.gui.company.profile_page import ui_language
from akonet_desktop.gui.forms.ui_account_page import Ui_AccountPage
from akonet_desktop.rules import LANGUAGE_NAMES

NAME_FIELDS = ("first_name", "last_name")
MAX_NAME = 100


class AccountPage(RequestPage):
    me_changed = Signal(object)  # the Me as it is now (names, language, two-step verification)
    language_chosen = Signal(str)  # the window switches the interface to it

    def __init__(self, client, me: Me, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.client = client
        self.me = me
        self.sessions = SessionsModel(self)
        self.dialog: QWidget | None = None  # the one dialog this page has open
        self._action = ""  # the request last made: "load", "save", "language", "sessions", "end", "end_others"
        self._server_errors: dict[str, str] = {}
        self._notice = ""  # a line under the title after something was done ("Your password was changed.")
        self._setup_done = False  # the required set-up was finished while this page was shown
        self.ui = Ui_AccountPage()
        self.ui.setupUi(self)
        self._style()
        for code in UI_LANGUAGES:
            self.ui.languageCombo.addItem(LANGUAGE_NAMES[code], code)
        self._select_language(self.interface_language())
        for edit in self._name_edits().values():
            edit.setMaxLength(MAX_NAME)
        self._show_names()
        table = self.ui.sessionsTable
        table.setModel(self.sessions)
        table.verticalHeader().hide()
        header = table.horizontalHeader()
        header.setSectionResizeMode(SessionsModel.CLIENT, QHeaderView.ResizeMode.Stretch)
        for column in (SessionsModel.ADDRESS, SessionsModel.LAST_USED, SessionsModel.ACTION):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.sessions.modelReset.connect(self._place_row_buttons)
        self.sessions.rowsRemoved.connect(lambda *_: self._place_row_buttons())
        for edit in self._name_edits().values():
            edit.textChanged.connect(lambda _text: self._names_edited())
        self.ui.languageCombo.activated.connect(self._language_picked)
        self.ui.saveButton.clicked.connect(self.save_names)
        self.ui.changePasswordButton.clicked.connect(self.open_change_password)
        self.ui.totpButton.clicked.connect(self.open_totp)
        self.ui.signOutOthersButton.clicked.connect(lambda: self._start(self.end_other_sessions))
        self.ui.refreshSessionsButton.clicked.connect(lambda: self._start(self.load))
        self.ui.retryButton.clicked.connect(self._retry_clicked)
        self._render()

    @staticmethod
    def interface_language() -> str:
        """The language the interface speaks (Translations sets the default locale with it); English,
        the source texts', when no translation was chosen (a "C" locale, say)."""
        language = ui_language()
        return language if language in UI_LANGUAGES else "en"

    @property
    def setup_required(self) -> bool:
        return self.me.totp_setup_required and not self.me.user.totp_enabled

    # --- loading --------------------------------------------------------------------------------
    async def load(self) -> None:
        self._action = "load"
        await WindowRequest(self, self._fetch).retry(self.load).success(self._loaded).run()

    async def _fetch(self) -> tuple[Me, list[SessionOut]]:
        me = await self.client.me()
        return me, await self.client.list_sessions()

    def _loaded(self, result: tuple[Me, list[SessionOut]]) -> None:
        me, sessions = result
        self.loaded = True
        self._set_me(me, announce=me != self.me)
        self.sessions.set_sessions(sessions)
        self._render()
        if self.setup_required and self.dialog is None:
            self.open_totp()  # the only thing the person can do until it is on

    def _set_me(self, me: Me, *, announce: bool = True) -> None:
        self.me = me
        self._show_names()
        if announce:
            self.me_changed.emit(me)

    # --- names and language ---------------------------------------------------------------------
    def _name_edits(self) -> dict[str, QLineEdit]:
        return {"first_name": self.ui.firstNameEdit, "last_name": self.ui.lastNameEdit}

    def _error_labels(self) -> dict[str, QLabel]:
        return {"first_name": self.ui.firstNameError, "last_name": self.ui.lastNameError}

    def _show_names(self) -> None:
        user = self.me.user
        self.ui.emailValue.setText(user.email)
        for field, edit in self._name_edits().items():
            if edit.text() != getattr(user, field):
                with QSignalBlocker(edit):
                    edit.setText(getattr(user, field))

    def name_changes(self) -> dict[str, str]:
        user = self.me.user
        values = {field: edit.text().strip() for field, edit in self._name_edits().items()}
        return {field: value for field, value in values.items() if value != getattr(user, field)}

    def name_problems(self) -> dict[str, str]:
        return {
            field: field_message(field, "required")
            for field, edit in self._name_edits().items()
            if not edit.text().strip()
        }

    def _names_edited(self) -> None:
        self._server_errors.clear()
        self._notice = ""
        if self._action == "save":
            self.show_failure(None)
        self._render()

    def save_names(self) -> None:
        changes = self.name_changes()
        if changes and not self.name_problems():
            self._start(lambda: self.save(MeUpdate(**changes), "save"))

    async def save(self, update: MeUpdate, action: str) -> None:
        self._action = action
        self._server_errors = {}
        await (
            WindowRequest(self, lambda: self.client.update_me(update))
            .retry(lambda: self.save(update, action))
            .success(lambda me: self._saved(me, action))
            .run()
        )

    def _saved(self, me: Me, action: str) -> None:
        self._set_me(me)
        if action == "save":
            self._notice = self.tr("Your name was saved.")
        self._render()

    def _select_language(self, code: str) -> None:
        index = self.ui.languageCombo.findData(code)
        with QSignalBlocker(self.ui.languageCombo):
            self.ui.languageCombo.setCurrentIndex(max(0, index))

    def _language_picked(self, index: int) -> None:
        code = self.ui.languageCombo.itemData(index)
        self.language_chosen.emit(code)  # the interface first, at once
        if code != self.me.user.language:
            self._start(lambda: self.save(MeUpdate(language=code), "language"))

    def show_field_errors(self, failure: ApiFailure) -> bool:
        self._server_errors = field_messages(failure, (*NAME_FIELDS, "language"), field_message)
        return bool(self._server_errors)

    # --- password -------------------------------------------------------------------------------
    def open_change_password(self) -> ChangePasswordDialog | None:
        if self.dialog is not None:
            self.dialog.raise_()
            return None
        dialog = ChangePasswordDialog(self.client, self.me, self)
        dialog.changed.connect(self._password_changed)
        self._open(dialog)
        dialog.start()
        return dialog

    def _password_changed(self, signed_out_others: bool) -> None:
        self._notice = (
            self.tr("Your password was changed and your other sessions were signed out.")
            if signed_out_others
            else self.tr("Your password was changed.")
        )
        self._render()
        if signed_out_others:
            self._start(self.reload_sessions)

    # --- two-step verification ------------------------------------------------------------------
    def open_totp(self) -> QWidget | None:
        """The set-up when it is off, turning it off when it is on."""
        if self.dialog is not None:
            self.dialog.raise_()
            return None
        if self.me.user.totp_enabled:
            dialog = TotpDisableDialog(self.client, self)
            dialog.disabled.connect(lambda: self._totp_switched(False))
        else:
            dialog = TotpSetupDialog(self.client, self.me, self, required=self.setup_required)
            dialog.enabled.connect(lambda: self._totp_switched(True))
        self._open(dialog)
        return dialog

    def _totp_switched(self, enabled: bool) -> None:
        user = self.me.user.model_copy(update={"totp_enabled": enabled})
        # While the recovery codes are on screen, the window is not rebuilt: the set-up dialog
        # says when it closes (_dialog_closed).
        self.me = self.me.model_copy(update={"user": user})
        self._notice = self.tr("Two-step verification is on.") if enabled else self.tr("Two-step verification is off.")
        self._render()
        if not enabled:
            self.me_changed.emit(self.me)

    def _open(self, dialog) -> None:
        self.dialog = dialog
        dialog.finished.connect(lambda _result: self._dialog_closed(dialog))
        dialog.open()

    def _dialog_closed(self, dialog) -> None:
        if self.dialog is dialog:
            self.dialog = None
        dialog.deleteLater()
        if self.closed:  # closed with the page (the window rebuilds or closes): nothing to announce
            return
        if isinstance(dialog, TotpSetupDialog) and self.me.user.totp_enabled:
            me = self.me.model_copy(update={"totp_setup_required": False})
            self._setup_done = self.me.totp_setup_required
            self.me = me
            self._render()
            self.me_changed.emit(me)  # the window unlocks its other pages when it was required

    # --- sessions -------------------------------------------------------------------------------
    async def reload_sessions(self) -> None:
        self._action = "sessions"
        await (
            WindowRequest(self, self.client.list_sessions)
            .retry(self.reload_sessions)
            .success(self.sessions.set_sessions)
            .run()
        )

    def _place_row_buttons(self) -> None:
        """A « Sign out » button on every row but this computer's."""
        table = self.ui.sessionsTable
        for row, session in enumerate(self.sessions.sessions):
            index = self.sessions.index(row, SessionsModel.ACTION)
            if session.current:
                table.setIndexWidget(index, None)
                continue
            button = QPushButton(self.tr("Sign out"), table)
            button.setObjectName(f"endSession{session.id}")
            button.setAutoDefault(False)
            button.setEnabled(not self.busy)
            button.clicked.connect(lambda _checked=False, s=session.id: self._start(lambda: self.end_session(s)))
            table.setIndexWidget(index, button)
            table.verticalHeader().setDefaultSectionSize(
                max(table.verticalHeader().defaultSectionSize(), button.sizeHint().height() + 2)
            )
        self._render()

    def row_button(self, session_id: int) -> QPushButton | None:
        return self.ui.sessionsTable.findChild(QPushButton, f"endSession{session_id}")

    async def end_session(self, session_id: int) -> None:
        self._action = "end"
        await (
            WindowRequest(self, lambda: self.client.end_session(session_id))
            .failure(lambda error: self._session_gone(error, session_id))
            .retry(lambda: self.end_session(session_id))
            .success(lambda _none: self._ended(session_id))
            .run()
        )

    def _session_gone(self, error: ClientError, session_id: int) -> bool:
        """Already ended (signed out there, expired): it leaves the list all the same."""
        if isinstance(error, ApiFailure) and error.code in ("session_not_found", "not_found"):
            self._ended(session_id)
            return True
        return False

    def _ended(self, session_id: int) -> None:
        self.sessions.remove_session(session_id)
        self._notice = self.tr("The session was signed out.")
        self._render()

    async def end_other_sessions(self) -> None:
        self._action = "end_others"
        await (
            WindowRequest(self, self.client.end_other_sessions)
            .retry(self.end_other_sessions)
            .success(lambda _none: self._others_ended())
            .run()
        )

    def _others_ended(self) -> None:
        self.sessions.keep_only_current()
        self._notice = self.tr("Every other session was signed out.")
        self._render()

    # --- rendering ------------------------------------------------------------------------------
    def shutdown(self) -> None:
        super().shutdown()
        if self.dialog is not None:
            self.dialog.close()

    def banner_text(self) -> str:
        return failure_message(self._failure) if self._failure is not None else ""

    def field_error(self, field: str) -> str:
        return self._error_labels()[field].text()

    def _render(self) -> None:
        ui, busy, user = self.ui, self.busy, self.me.user
        problems = self.name_problems()
        for field, label in self._error_labels().items():
            message = self._server_errors.get(field) or problems.get(field, "")
            label.setText(message)
            label.setVisible(bool(message))
        for edit in self._name_edits().values():
            edit.setReadOnly(busy)
        ui.languageCombo.setEnabled(not busy)
        ui.saveButton.setEnabled(not busy and bool(self.name_changes()) and not problems)
        ui.saveButton.setText(self.tr("Saving…") if busy and self._action == "save" else self.tr("Save"))
        ui.savedLabel.setText(self._notice)
        ui.savedLabel.setVisible(bool(self._notice))
        ui.setupRequiredLabel.setVisible(self.setup_required)
        ui.totpStatusLabel.setText(
            self.tr("On: signing in asks for a code from your authenticator app.")
            if user.totp_enabled
            else self.tr("Off: your password alone signs you in.")
        )
        ui.totpStatusLabel.setStyleSheet(
            theme.text(theme.colours().success if user.totp_enabled else theme.colours().hint) + "font-weight: bold;"
        )
        ui.totpButton.setText(self.tr("Turn off…") if user.totp_enabled else self.tr("Set up two-step verification…"))
        ui.totpButton.setEnabled(not busy)
        ui.changePasswordButton.setEnabled(not busy)
        ui.signOutOthersButton.setEnabled(not busy and bool(self.sessions.others()))
        ui.refreshSessionsButton.setEnabled(not busy)
        for session in self.sessions.others():
            button = self.row_button(session.id)
            if button is not None:
                button.setEnabled(not busy)
        banner = self.banner_text()
        ui.bannerLabel.setText(banner)
        ui.bannerFrame.setVisible(bool(banner))
        ui.retryButton.setVisible(self._failure is not None and self._retry is not None)
        ui.busyBar.setVisible(busy)

    def _retranslate(self) -> None:
        self._select_language(self.interface_language())
        self.sessions.retranslate()
        self._place_row_buttons()  # their text, in the new language (and a render)

    def _style(self) -> None:
        style_title(self.ui.titleLabel, 1.5)
        colours = theme.colours()
        theme.style_banner(self.ui.bannerFrame, self.ui.bannerLabel, colours)
        for title in (self.ui.passwordTitle, self.ui.totpTitle, self.ui.sessionsTitle):
            style_title(title, 1.15)
        for label in (self.ui.languageHint, self.ui.passwordText, self.ui.totpText, self.ui.sessionsText):
            label.setStyleSheet(theme.text(colours.hint))
        self.ui.setupRequiredLabel.setStyleSheet(theme.text(colours.error) + "font-weight: bold;")
        self.ui.savedLabel.setStyleSheet(theme.text(colours.success))
        for label in self._error_labels().values():
            label.setStyleSheet(theme.text(colours.error))
        policy = self.ui.busyBar.sizePolicy()
        policy.setRetainSizeWhenHidden(True)
        self.ui.busyBar.setSizePolicy(policy)
