"""The company's people and pending invitations as a table, searched, filtered and sorted by the
server, page by page (gui/common/paged_model.py). A row is keyed by (entry, id): users and
invitations have separate id spaces."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont

from akonet_desktop.api.members import MEMBER_PAGE_MAX, MemberOut
from akonet_desktop.gui.common.literal_text import literal_tooltip
from akonet_desktop.gui.common.paged_model import Fetch, PagedTableModel
from akonet_desktop.gui.devices.look import status_icon
from akonet_desktop.gui.users.texts import STATUS_COLOURS, texts

PAGE_SIZE = 100
MEMBER_ROLE = Qt.ItemDataRole.UserRole  # the MemberOut

_Index = QModelIndex | QPersistentModelIndex
MemberKey = tuple[str, int]  # (entry, id)


def member_key(member: MemberOut) -> MemberKey:
    return (member.entry, member.id)


class MembersModel(PagedTableModel):
    NAME, EMAIL, POSITION, STATUS, LAST_SIGN_IN = range(5)
    COLUMNS = 5
    SORT_FIELDS = {
        NAME: "last_name",
        EMAIL: "email",
        POSITION: "role",
        STATUS: "status",
        LAST_SIGN_IN: "last_sign_in_at",
    }

    def __init__(self, fetch: Fetch, *, me_id: int | None = None, page_size: int = PAGE_SIZE, parent=None) -> None:
        super().__init__(fetch, page_size=page_size, page_max=MEMBER_PAGE_MAX, parent=parent)
        self.me_id = me_id  # the signed-in person's row says "(you)"
        self.search = ""
        self.status: str | None = None
        self.sort_column = self.NAME
        self.sort_order = Qt.SortOrder.AscendingOrder

    def key(self, member: MemberOut) -> MemberKey:
        return member_key(member)

    def query(self) -> dict[str, Any]:
        order = "desc" if self.sort_order == Qt.SortOrder.DescendingOrder else "asc"
        return {"q": self.search, "status": self.status, "sort": self.SORT_FIELDS[self.sort_column], "order": order}

    @property
    def filtered(self) -> bool:
        return bool(self.search) or self.status is not None

    def member_at(self, row: int) -> MemberOut | None:
        return self.item_at(row)

    def is_me(self, member: MemberOut) -> bool:
        return member.entry == "user" and member.id == self.me_id

    # --- queries ------------------------------------------------------------------------------
    def refresh(self) -> None:
        self.reload()

    def set_filter(self, search: str, status: str | None = None) -> None:
        search, status = search.strip(), status or None
        if self.started and (search, status) == (self.search, self.status):
            return
        self.search, self.status = search, status
        self.reload()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if column not in self.SORT_FIELDS:
            return
        if (column, order) == (self.sort_column, self.sort_order):
            return  # views call sort() again when sorting is turned on: no second request
        self.sort_column, self.sort_order = column, order
        if self.started:
            self.reload()

    # --- QAbstractTableModel ------------------------------------------------------------------
    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        member = self.member_at(index.row())
        if member is None:
            return None
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._text(member, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == self.STATUS:
                if member.entry == "invitation":
                    return texts().status_explanation(member.status) + "\n" + texts().invitation_tooltip(member)
                return texts().status_explanation(member.status)
            if column == self.POSITION:
                return texts().kind_explanation(member.role)
            if column == self.LAST_SIGN_IN:
                return texts().when(member.last_sign_in_at, long=True)
            return literal_tooltip(self._text(member, column)) or None
        if role == Qt.ItemDataRole.DecorationRole and column == self.STATUS:
            return status_icon(STATUS_COLOURS.get(member.status, member.status))
        if role == Qt.ItemDataRole.FontRole and self.is_me(member):
            font = QFont()
            font.setBold(True)
            return font
        if role == MEMBER_ROLE:
            return member
        return None

    def _text(self, member: MemberOut, column: int) -> str:
        if column == self.NAME:
            name = texts().full_name(member)
            return texts().you(name) if self.is_me(member) else name
        if column == self.EMAIL:
            return member.email
        if column == self.POSITION:
            return texts().position(member)
        if column == self.STATUS:
            return texts().status_name(member.status)
        if member.entry == "invitation":
            return ""
        return texts().when(member.last_sign_in_at)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return {
            self.NAME: self.tr("Name"),
            self.EMAIL: self.tr("Email"),
            self.POSITION: self.tr("Kind and role"),
            self.STATUS: self.tr("Status"),
            self.LAST_SIGN_IN: self.tr("Last sign-in"),
        }.get(section)
