"""Users: the company's people and pending invitations for its owner and administrators — searched,
filtered and sorted by the server, page by page — and what can be done to each: change kind or
role, unlock, send a password reset, remove; send an invitation again or revoke it. Invite and the
roles editor open from the title row."""

from __future__ import annotations

from collections.abc import Callable, Coroutine
from typing import Any

from PySide6.QtCore import QEvent, QPoint, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QMenu, QPushButton, QWidget

from akonet_desktop.api import defaults
from akonet_desktop.api.members import MEMBER_QUERY_MAX, MemberOut, RoleOut
from akonet_desktop.api.models import Me
from akonet_desktop.client.errors import ApiFailure, ClientError
from akonet_desktop.gui.common import theme
from akonet_desktop.gui.common.confirm import confirm
from akonet_desktop.gui.common.fonts import title_font
from akonet_desktop.gui.common.messages import failure_message
from akonet_desktop.gui.common.request import FAILED, WindowRequest
from akonet_desktop.gui.common.request_page import RequestPage
from akonet_desktop.gui.forms.ui_users_view import Ui_UsersView
from akonet_desktop.gui.users.model import PAGE_SIZE, MemberKey, MembersModel, member_key
from akonet_desktop.gui.users.texts import STATUSES, texts
from akonet_desktop.rules.roles import Kind

SEARCH_DELAY_MS = 250  # typing pauses this long before the server is asked
COLUMN_WIDTHS = {  # Email takes what is left
    MembersModel.NAME: 200,
    MembersModel.POSITION: 190,
    MembersModel.STATUS: 110,
    MembersModel.LAST_SIGN_IN: 140,
}
EMAIL_MIN_WIDTH = 200
# Answers that mean the list is out of date: it is loaded again, and the banner says why.
STALE = ("not_found", "invitation_accepted")


class UsersView(RequestPage):
    def __init__(
        self,
        client,
        me: Me,
        parent: QWidget | None = None,
        *,
        page_size: int = PAGE_SIZE,
        search_delay_ms: int = SEARCH_DELAY_MS,
    ) -> None:
        super().__init__(parent)
        self.client = client
        self.me = me
        self.roles: list[RoleOut] = []
        self.link_minutes = defaults.INVITATION_LINK_MINUTES  # the server's, once it said
        self.dialogs: list[QWidget] = []
        self.notice = ""
        self._selected: MemberKey | None = None
        self.model = MembersModel(client.list_members, me_id=me.user.id, page_size=page_size, parent=self)
        self.ui = Ui_UsersView()
        self.ui.setupUi(self)
        self._style()
        self._fill_status_combo()
        self._setup_table()

        self.search_timer = QTimer(self)
        self.search_timer.setSingleShot(True)
        self.search_timer.setInterval(search_delay_ms)
        self.search_timer.timeout.connect(self.apply_filter)

        ui, model = self.ui, self.model
        ui.searchEdit.setMaxLength(MEMBER_QUERY_MAX)
        ui.searchEdit.textChanged.connect(lambda _text: self.search_timer.start())
        ui.searchEdit.returnPressed.connect(self.apply_filter)
        ui.statusCombo.currentIndexChanged.connect(lambda _index: self.apply_filter())
        ui.refreshButton.clicked.connect(self.refresh)
        ui.retryButton.clicked.connect(self._retry_clicked)
        ui.inviteButton.clicked.connect(self.open_invite)
        ui.rolesButton.clicked.connect(self.open_roles)
        self.actions: dict[str, tuple[QPushButton, Callable[[], Any]]] = {
            "edit": (ui.editButton, self.open_edit),
            "unlock": (ui.unlockButton, lambda: self._act(self.unlock)),
            "reset": (ui.resetButton, lambda: self._act(self.send_reset)),
            "resend": (ui.resendButton, lambda: self._act(self.resend)),
            "revoke": (ui.revokeButton, self.confirm_revoke),
            "remove": (ui.removeButton, self.confirm_remove),
        }
        for button, run in self.actions.values():
            button.clicked.connect(run)
        model.busy_changed.connect(lambda _busy: self._render())
        model.failed.connect(lambda _error: self._render())
        model.loaded.connect(self._loaded)
        self._render()

    # --- set-up ---------------------------------------------------------------------------------
    def _setup_table(self) -> None:
        table, model = self.ui.table, self.model
        table.setModel(model)
        header = table.horizontalHeader()
        header.setSortIndicator(model.sort_column, model.sort_order)
        header.setSortIndicatorShown(True)
        header.setSectionsClickable(True)
        header.setHighlightSections(False)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setMinimumSectionSize(60)
        for column, width in COLUMN_WIDTHS.items():
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(column, width)
        header.setSectionResizeMode(MembersModel.EMAIL, QHeaderView.ResizeMode.Stretch)
        table.setMinimumWidth(sum(COLUMN_WIDTHS.values()) // 2 + EMAIL_MIN_WIDTH)
        table.setSortingEnabled(True)  # asks model.sort() with the indicator above: no request
        rows = table.verticalHeader()
        rows.hide()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(table.fontMetrics().height() + 14)
        table.setTextElideMode(Qt.TextElideMode.ElideRight)
        table.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        table.selectionModel().selectionChanged.connect(lambda *_: self._selection_changed())
        table.doubleClicked.connect(lambda _index: self.open_edit())
        table.customContextMenuRequested.connect(self._context_menu)
        # The keyboard does what the mouse does: Enter changes the person, Delete removes (after asking).
        for key, run in (
            (Qt.Key.Key_Return, self.open_edit),
            (Qt.Key.Key_Enter, self.open_edit),
            (Qt.Key.Key_Delete, self._delete_pressed),
        ):
            shortcut = QShortcut(QKeySequence(key), table)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(run)

    def _fill_status_combo(self) -> None:
        combo = self.ui.statusCombo
        current = combo.currentIndex()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(texts().any_status(), None)
        for status in STATUSES:
            combo.addItem(texts().status_name(status), status)
        combo.setCurrentIndex(max(current, 0))
        combo.blockSignals(False)

    # --- loading --------------------------------------------------------------------------------
    async def load(self) -> None:
        """The roles (for the forms) and the server's invitation lifetime, once; the list loads itself."""
        settings = await WindowRequest(self, self.client.public_settings).retry(self.load).run()
        if settings is FAILED:
            return
        if settings is not None:
            self.link_minutes = settings.invitation_link_minutes
        if await self.load_roles() is not FAILED:
            self.loaded = True
            self._render()

    async def load_roles(self) -> Any:
        roles = await WindowRequest(self, self.client.list_roles).retry(self.load_roles).run()
        if roles is not FAILED:
            self.roles = list(roles)
        return roles

    def start(self) -> None:
        if not self.model.started:
            self.model.reload()

    def apply_filter(self) -> None:
        self.search_timer.stop()
        self.model.set_filter(self.ui.searchEdit.text(), self.ui.statusCombo.currentData())

    def refresh(self) -> None:
        self.model.refresh()

    # --- selection ------------------------------------------------------------------------------
    def selected_member(self) -> MemberOut | None:
        rows = self.ui.table.selectionModel().selectedRows()
        return self.model.member_at(rows[0].row()) if rows else None

    def select(self, key: MemberKey | None) -> bool:
        row = self.model.row_of(key) if key is not None else -1
        if row < 0:
            return False
        self.ui.table.selectRow(row)
        self.ui.table.scrollTo(self.model.index(row, 0), QAbstractItemView.ScrollHint.EnsureVisible)
        return True

    def _selection_changed(self) -> None:
        member = self.selected_member()
        if member is not None:
            self._selected = member_key(member)
        self._render()

    def _loaded(self) -> None:
        # The list was loaded again: the same person stays selected when they are still in it.
        if self._selected is not None and not self.select(self._selected):
            self.ui.table.clearSelection()
        self._render()

    def allowed(self, member: MemberOut | None) -> dict[str, bool]:
        """Which actions apply to this row (the server refuses the rest all the same)."""
        user = member is not None and member.entry == "user"
        invitation = member is not None and member.entry == "invitation"
        protected = user and (member.role == Kind.OWNER or self.model.is_me(member))
        return {
            "edit": user,
            "unlock": user and member.status == "locked",
            "reset": user,
            "resend": invitation,
            "revoke": invitation,
            "remove": user and not protected,
        }

    # --- actions --------------------------------------------------------------------------------
    def _act(self, action: Callable[[MemberOut], Coroutine[Any, Any, Any]]) -> None:
        member = self.selected_member()
        if member is not None and not self.busy and not self.closed:
            self.notice = ""
            self._tasks.spawn(action(member))

    async def _request(self, member: MemberOut, call, done: str, retry) -> Any:
        """One action on a row: busy, failure in the banner (the list reloaded when it was out of
        date), the notice and a reload on success."""
        result = await WindowRequest(self, call).failure(self._stale).retry(retry).run()
        if result is not FAILED:
            self.notice = done
            self.refresh()
            self._render()
        return result

    def _stale(self, error: ClientError) -> bool:
        if isinstance(error, ApiFailure) and error.code in STALE:
            self.refresh()
        return False  # the banner says what happened

    async def unlock(self, member: MemberOut) -> None:
        await self._request(
            member,
            lambda: self.client.unlock_member(member.id),
            texts().unlocked(member.email),
            lambda: self.unlock(member),
        )

    async def send_reset(self, member: MemberOut) -> None:
        await self._request(
            member,
            lambda: self.client.send_member_password_reset(member.id),
            texts().reset_sent(member.email),
            lambda: self.send_reset(member),
        )

    async def resend(self, member: MemberOut) -> None:
        await self._request(
            member,
            lambda: self.client.resend_invitation(member.id),
            texts().resent(member.email),
            lambda: self.resend(member),
        )

    async def revoke(self, member: MemberOut) -> None:
        await self._request(
            member,
            lambda: self.client.revoke_invitation(member.id),
            texts().revoked(member.email),
            lambda: self.revoke(member),
        )

    async def remove(self, member: MemberOut) -> None:
        await self._request(
            member,
            lambda: self.client.remove_member(member.id),
            texts().removed(member.email),
            lambda: self.remove(member),
        )

    def confirm_remove(self) -> None:
        member = self.selected_member()
        if member is None or not self.allowed(member)["remove"]:
            return
        name = texts().full_name(member)
        if confirm(
            self,
            self.tr("Remove %1?").replace("%1", name),
            self.tr(
                "%1 (%2) will be signed out at once and can no longer sign in. "
                "Their address is free to be invited again. This cannot be undone."
            )
            .replace("%1", name)
            .replace("%2", member.email),
            self.tr("Remove"),
        ):
            self._act(self.remove)

    def _delete_pressed(self) -> None:
        member = self.selected_member()
        if member is not None and member.entry == "invitation":
            self.confirm_revoke()
        else:
            self.confirm_remove()

    def confirm_revoke(self) -> None:
        member = self.selected_member()
        if member is None or not self.allowed(member)["revoke"]:
            return
        if confirm(
            self,
            self.tr("Revoke the invitation?"),
            self.tr("The link sent to %1 will stop working. You can invite them again later.").replace(
                "%1", member.email
            ),
            self.tr("Revoke"),
        ):
            self._act(self.revoke)

    # --- dialogs --------------------------------------------------------------------------------
    def open_invite(self):
        from akonet_desktop.gui.users.invite_dialog import InviteDialog

        if not self.loaded:
            return None
        dialog = InviteDialog(
            self.client, self.roles, language=self.me.user.language, link_minutes=self.link_minutes, parent=self
        )
        dialog.invited.connect(self._invited)
        return self._open(dialog)

    def open_edit(self):
        from akonet_desktop.gui.users.member_dialog import MemberDialog

        member = self.selected_member()
        if member is None or not self.allowed(member)["edit"] or not self.loaded:
            return None
        dialog = MemberDialog(self.client, member, self.roles, parent=self)
        dialog.saved.connect(self._member_saved)
        return self._open(dialog)

    def open_roles(self):
        from akonet_desktop.gui.users.roles_dialog import RolesDialog

        if not self.loaded:
            return None
        dialog = RolesDialog(self.client, self.roles, parent=self)
        dialog.changed.connect(self._roles_changed)
        return self._open(dialog)

    def _open(self, dialog: QWidget) -> QWidget:
        self.notice = ""
        self.dialogs.append(dialog)
        dialog.finished.connect(lambda _result: self._forget(dialog))
        dialog.open()
        self._render()
        return dialog

    def _forget(self, dialog: QWidget) -> None:
        if dialog in self.dialogs:
            self.dialogs.remove(dialog)
        dialog.deleteLater()

    def _invited(self, invitation) -> None:
        self.notice = texts().invited(invitation.email)
        self._selected = ("invitation", invitation.id)
        self.refresh()
        self._render()

    def _member_saved(self, member: MemberOut) -> None:
        self.notice = texts().saved(member.email)
        self.refresh()  # the new name or kind may sort elsewhere
        self._render()

    def _roles_changed(self) -> None:
        """Role names and privileges shown in the list, and the forms' choices, are stale."""
        self._start(self.load_roles)
        self.refresh()

    def _context_menu(self, point: QPoint) -> None:
        index = self.ui.table.indexAt(point)
        if not index.isValid():
            return
        self.ui.table.selectRow(index.row())
        menu = self.context_menu()
        menu.exec(self.ui.table.viewport().mapToGlobal(point))
        menu.deleteLater()

    def context_menu(self) -> QMenu:
        """The row's actions, as the buttons under the table offer them."""
        menu = QMenu(self)
        allowed = self.allowed(self.selected_member())
        for name, (button, run) in self.actions.items():
            if allowed[name]:
                action = QAction(button.text(), menu)
                action.setEnabled(not self.busy)
                action.triggered.connect(run)
                menu.addAction(action)
        return menu

    def shutdown(self) -> None:
        """The window closes: no more timers, requests or dialogs."""
        self.search_timer.stop()
        self.model.close()
        for dialog in list(self.dialogs):
            dialog.close()
        super().shutdown()

    # --- rendering ------------------------------------------------------------------------------
    def banner_text(self) -> str:
        failure = self._failure
        if failure is not None:
            if isinstance(failure, ApiFailure):
                specific = texts().refused(failure.code)
                if specific:
                    return specific
            return failure_message(failure)
        error = self.model.error
        return failure_message(error) if error is not None else ""

    def _retry_clicked(self) -> None:
        if self._retry is not None:
            super()._retry_clicked()
        else:
            self.model.retry()

    def _render(self) -> None:
        ui, model = self.ui, self.model
        ui.busyBar.setVisible(model.busy or self.busy)
        ui.countsLabel.setText("" if model.total is None else texts().people(model.total))
        banner = self.banner_text()
        ui.bannerLabel.setText(banner)
        ui.bannerFrame.setVisible(bool(banner))
        ui.retryButton.setVisible(self._retry is not None or (self._failure is None and model.error is not None))
        ui.noticeLabel.setText(self.notice)
        ui.noticeLabel.setVisible(bool(self.notice) and not banner)
        empty = model.total == 0 and not model.busy and model.error is None
        ui.emptyLabel.setText(texts().empty(model.filtered) if empty else "")
        ui.emptyLabel.setVisible(empty)
        ui.inviteButton.setEnabled(self.loaded)
        ui.rolesButton.setEnabled(self.loaded)
        member = self.selected_member()
        allowed = self.allowed(member)
        invitation = member is not None and member.entry == "invitation"
        for name, (button, _run) in self.actions.items():
            button.setVisible((name in ("resend", "revoke")) == invitation)
            button.setEnabled(allowed[name] and not self.busy)
        ui.removeButton.setToolTip(self._remove_tip(member))

    def _remove_tip(self, member: MemberOut | None) -> str:
        if member is not None and member.role == Kind.OWNER:
            return self.tr("The owner cannot be removed. Transfer ownership first, on the Company page.")
        if member is not None and self.model.is_me(member):
            return self.tr("You cannot remove your own account.")
        return self.tr("Remove this person from the company: their sessions end at once")

    def _style(self) -> None:
        ui = self.ui
        ui.titleLabel.setFont(title_font(ui.titleLabel.font(), 1.6))
        colours = theme.colours()
        ui.countsLabel.setStyleSheet(theme.text(colours.hint))
        ui.introLabel.setStyleSheet(theme.text(colours.hint))
        ui.emptyLabel.setStyleSheet(theme.text(colours.hint))
        ui.noticeLabel.setStyleSheet(theme.text(colours.success))
        theme.style_banner(ui.bannerFrame, ui.bannerLabel, colours)
        policy = ui.busyBar.sizePolicy()
        policy.setRetainSizeWhenHidden(True)  # the table does not jump when a page loads
        ui.busyBar.setSizePolicy(policy)

    # --- events ---------------------------------------------------------------------------------
    def showEvent(self, event) -> None:
        super().showEvent(event)  # the roles and settings, the first time
        if self.model.started:
            self.refresh()  # coming back: who accepted, who got locked meanwhile
        else:
            self.start()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._fill_status_combo()
            self.model.retranslate()
        super().changeEvent(event)  # the form's texts, then a render
