"""« Transfer ownership »: the owner hands the company over to one of its active administrators,
confirmed with their own password (POST /company/owner).

The list is the company's active administrators (GET /users sorted by kind: the owner, then the
administrators, then the users, so the pages stop at the first user). A wrong password is said
under the password field with the attempts left: it counts toward the sign-in lockout, as the
server says. Once done, `transferred` carries the server's answer: the new owner, the caller as
an administrator now, and the company (the main window rebuilds itself from it).
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QListWidgetItem, QWidget

from akonet_desktop.api.company import OwnershipTransferred
from akonet_desktop.api.members import MEMBER_PAGE_MAX, MemberOut
from akonet_desktop.client.errors import ApiFailure, ClientError
from akonet_desktop.gui.common import theme
from akonet_desktop.gui.common.literal_text import escape_for_rich
from akonet_desktop.gui.common.messages import failure_message, field_message
from akonet_desktop.gui.common.request import WindowRequest, field_messages
from akonet_desktop.gui.common.task_dialog import TaskDialog, style_title
from akonet_desktop.gui.forms.ui_transfer_ownership_dialog import Ui_TransferOwnershipDialog
from akonet_desktop.rules._text import fold
from akonet_desktop.rules.roles import Kind
from akonet_desktop.rules.sort_key import natural_sort_key

FILTER_FROM = 8  # more administrators than this: a search field above the list
_UNBOUNDED = 16_777_215  # QWIDGETSIZE_MAX
LIST_ROWS = (3, 8)  # the list shows every administrator, at least this many rows and at most that many
_GONE = ("not_an_administrator", "not_found")  # the chosen person can no longer receive the company


def _blocked(error: ApiFailure) -> bool:
    """Blocked now (the last attempt was wrong) or already: no password is tried any more."""
    return error.code == "account_locked" or (error.code == "invalid_credentials" and error.attempts_left == 0)


def person(member: MemberOut) -> str:
    return f"{member.first_name} {member.last_name}".strip() or member.email


async def active_administrators(client) -> list[MemberOut]:
    """Every active administrator of the caller's company, by name. GET /users sorted by kind lists
    the owner, the administrators, then the users: paging stops at the first user."""
    found: list[MemberOut] = []
    offset = 0
    while True:
        page = await client.list_members(offset=offset, limit=MEMBER_PAGE_MAX, sort="role", status="active")
        found += [m for m in page.items if m.entry == "user" and m.role == Kind.ADMIN]
        offset += len(page.items)
        if not page.items or offset >= page.total or page.items[-1].role == Kind.USER:
            break
    return sorted(found, key=lambda m: (natural_sort_key(m.last_name), natural_sort_key(m.first_name), m.email))


class TransferOwnershipDialog(TaskDialog):
    transferred = Signal(object)  # the OwnershipTransferred answer

    def __init__(self, client, company_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.client = client
        self.company_name = company_name
        self.admins: list[MemberOut] | None = None  # None until the list arrives
        self.answer: OwnershipTransferred | None = None  # the server's, once transferred
        self._action = ""  # "load" or "transfer": the request last made
        self._password_error = ""
        self._refused: MemberOut | None = None  # the person the server would not hand the company to
        self._locked = False  # too many wrong passwords: the account is blocked, no more tries
        self.ui = Ui_TransferOwnershipDialog()
        self.ui.setupUi(self)
        self._style()
        self.ui.adminList.itemSelectionChanged.connect(self._chosen_changed)
        self.ui.filterEdit.textChanged.connect(lambda _text: self._fill_list())
        self.ui.passwordEdit.textEdited.connect(lambda _text: self._password_edited())
        self.ui.confirmButton.clicked.connect(self.submit)
        self.ui.cancelButton.clicked.connect(self.reject)
        self.ui.retryButton.clicked.connect(self._retry_clicked)
        self._render()
        self._fit_height()

    def start(self) -> None:
        """Fetch the administrators (once the dialog is open)."""
        self._start(self.load)

    # --- the list -------------------------------------------------------------------------------
    async def load(self) -> None:
        self._action = "load"
        await (
            WindowRequest(self, lambda: active_administrators(self.client)).retry(self.load).success(self._loaded).run()
        )

    def _loaded(self, admins: list[MemberOut]) -> None:
        self.admins = admins
        self._fill_list()
        self._render()
        self._fit_list()
        (self.ui.adminList if admins else self.ui.cancelButton).setFocus(Qt.FocusReason.OtherFocusReason)

    def _shown_admins(self) -> list[MemberOut]:
        words = fold(self.ui.filterEdit.text()).split()
        return [
            m
            for m in self.admins or []
            if all(word in fold(f"{m.first_name} {m.last_name} {m.email}") for word in words)
        ]

    def _fill_list(self) -> None:
        """The administrators matching the search, the chosen one still chosen if it still shows."""
        chosen = self.chosen()
        ui = self.ui
        ui.adminList.blockSignals(True)
        ui.adminList.clear()
        for member in self._shown_admins():
            item = QListWidgetItem(f"{person(member)} · {member.email}")
            item.setData(Qt.ItemDataRole.UserRole, member.id)
            ui.adminList.addItem(item)
            if chosen is not None and member.id == chosen.id:
                ui.adminList.setCurrentItem(item)
        ui.adminList.blockSignals(False)
        self._chosen_changed()

    def _fit_list(self) -> None:
        """As tall as the administrators (a few rows at least, a scroll bar past a screenful),
        and the dialog no taller than that needs."""
        admin_list = self.ui.adminList
        fewest, most = LIST_ROWS
        rows = min(max(len(self.admins or []), fewest), most)
        row_height = admin_list.sizeHintForRow(0) if admin_list.count() else admin_list.fontMetrics().height()
        height = rows * row_height + 2 * admin_list.frameWidth()
        admin_list.setMinimumHeight(height)
        admin_list.setMaximumHeight(height if len(self.admins or []) <= most else _UNBOUNDED)
        self._fit_height()

    def _needed_height(self) -> int:
        """What the contents need at the dialog's width (wrapped texts take fewer lines than the
        size hint, which is for a narrower width, assumes)."""
        self.layout().activate()
        height = self.heightForWidth(self.width())
        return height if height > 0 else self.sizeHint().height()

    def _fit_height(self) -> None:
        self.resize(self.width(), self._needed_height())

    def chosen(self) -> MemberOut | None:
        item = self.ui.adminList.currentItem()
        if item is None or not item.isSelected():
            return None
        user_id = item.data(Qt.ItemDataRole.UserRole)
        return next((m for m in self.admins or [] if m.id == user_id), None)

    def _chosen_changed(self) -> None:
        if self._action == "transfer" and not self._locked:
            self.show_failure(None)  # the last answer was about someone else
        self._render()

    def _password_edited(self) -> None:
        self._password_error = ""
        self._render()

    # --- the transfer ---------------------------------------------------------------------------
    @property
    def can_confirm(self) -> bool:
        return not self.busy and not self._locked and self.chosen() is not None and bool(self.ui.passwordEdit.text())

    def submit(self) -> None:
        if self.can_confirm:
            self._start(self.transfer)

    async def transfer(self) -> None:
        target, password = self.chosen(), self.ui.passwordEdit.text()
        if target is None or not password or self._locked:
            return
        self._action = "transfer"
        self._password_error = ""
        self._refused = None
        await (
            WindowRequest(self, lambda: self.client.transfer_ownership(target.id, password))
            .failure(lambda error: self._refused_here(error, target))
            .retry(self.transfer, refusals=("rate_limited", "service_unavailable"))
            .success(self._transferred)
            .run()
        )

    def _transferred(self, result: OwnershipTransferred) -> None:
        self.answer = result
        self.accept()  # closed first: what the window does next may replace the page behind it
        self.transferred.emit(result)

    def _refused_here(self, error: ClientError, target: MemberOut) -> bool:
        """A wrong password: under its field. Blocked, or someone who can no longer receive the
        company: in the banner (False), with what follows from it."""
        if not isinstance(error, ApiFailure):
            return False
        if error.code == "invalid_credentials" and error.attempts_left != 0:
            self._password_error = (
                self.tr("The password is not correct.")
                if error.attempts_left is None
                else self.tr(
                    "The password is not correct. %n attempt(s) left before your account is blocked.",
                    "",
                    error.attempts_left,
                )
            )
            self.ui.passwordEdit.setFocus(Qt.FocusReason.OtherFocusReason)
            self.ui.passwordEdit.selectAll()
            return True
        if _blocked(error):
            self._locked = True
            self.ui.passwordEdit.clear()
        elif error.code in _GONE:
            self._refused = target
            self.admins = [m for m in self.admins or [] if m.id != target.id]
            self._fill_list()
        return False

    def show_field_errors(self, failure: ApiFailure) -> bool:
        self._password_error = field_messages(failure, ("password",), field_message).get("password", "")
        return bool(self._password_error)

    # --- rendering ------------------------------------------------------------------------------
    def banner_text(self) -> str:
        failure = self._failure
        if failure is None:
            return ""
        if isinstance(failure, ApiFailure):
            if _blocked(failure):
                return self.tr(
                    "Your account is blocked after too many wrong passwords, and the company is still yours. "
                    "We sent you an email explaining how to reactivate your account by choosing a new password."
                )
            if failure.code in _GONE and self._refused is not None:
                return self.tr(
                    "%1 is no longer an active administrator of the company (blocked, removed or given another "
                    "role). Choose someone else."
                ).replace("%1", person(self._refused))
            if failure.code == "owner_only":
                return self.tr(
                    "You are no longer the owner of this company, so you cannot transfer it. "
                    "Sign out and sign in again to see what you can do now."
                )
        return failure_message(failure)

    def field_error(self) -> str:
        return self.ui.passwordError.text()

    def _intro(self) -> str:
        chosen = self.chosen()
        owner_line = (
            self.tr(
                "<b>%1</b> becomes the owner: only they can edit the company profile, see billing and "
                "transfer the company again."
            ).replace("%1", escape_for_rich(person(chosen)))
            if chosen is not None
            else self.tr(
                "The administrator you choose becomes the owner: only they can edit the company profile, "
                "see billing and transfer the company again."
            )
        )
        lines = (
            owner_line,
            self.tr("You become an administrator: you keep managing devices and people."),
            self.tr("You both receive an email about the change."),
        )
        intro = self.tr("Hand <b>%1</b> over to one of its administrators. Once you confirm:")
        return (
            f"<p>{intro.replace('%1', escape_for_rich(self.company_name))}</p>"
            f"<ul>{''.join(f'<li>{line}</li>' for line in lines)}</ul>"
        )

    def _render(self) -> None:
        ui, busy = self.ui, self.busy
        loaded = self.admins is not None
        nobody = loaded and not self.admins
        ui.introLabel.setText(self._intro())
        banner = self.banner_text()
        ui.bannerLabel.setText(banner)
        ui.bannerFrame.setVisible(bool(banner))
        ui.retryButton.setVisible(self._failure is not None and self._retry is not None)
        ui.busyBar.setVisible(busy)
        ui.emptyLabel.setVisible(nobody)
        ui.adminLabel.setVisible(not nobody)
        ui.adminList.setVisible(not nobody)
        ui.adminList.setEnabled(loaded and not busy)
        ui.filterEdit.setVisible(len(self.admins or []) > FILTER_FROM)
        ui.filterEdit.setReadOnly(busy)
        for widget in (ui.passwordLabel, ui.passwordEdit):
            widget.setVisible(not nobody)
        ui.passwordEdit.setReadOnly(busy)
        ui.passwordEdit.setEnabled(not self._locked)
        ui.passwordError.setText(self._password_error)
        ui.passwordError.setVisible(bool(self._password_error))
        ui.confirmButton.setEnabled(self.can_confirm)
        transferring = busy and self._action == "transfer"
        ui.confirmButton.setText(self.tr("Transferring…") if transferring else self.tr("Transfer ownership"))
        ui.cancelButton.setText(self.tr("Close") if nobody or self._locked else self.tr("Cancel"))
        ui.cancelButton.setEnabled(not transferring)
        if self.height() < (needed := self._needed_height()):  # a banner or an error appeared: no squeezing
            self.resize(self.width(), needed)

    def _style(self) -> None:
        style_title(self.ui.titleLabel, 1.5)
        colours = theme.colours()
        theme.style_banner(self.ui.bannerFrame, self.ui.bannerLabel, colours)
        self.ui.adminList.setStyleSheet("QListWidget::item { padding: 4px 6px; }")
        self.ui.passwordError.setStyleSheet(theme.text(colours.error))
        policy = self.ui.busyBar.sizePolicy()
        policy.setRetainSizeWhenHidden(True)  # no jump when it shows
        self.ui.busyBar.setSizePolicy(policy)
