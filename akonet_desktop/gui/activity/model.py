"""The activity log as a table, newest first, fetched from the server page by page
(gui/common/paged_model.py): `refresh()` and a new kind filter ask for the first page again."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt

from akonet_desktop.api.activity import ACTIVITY_PAGE_MAX, ActivityOut
from akonet_desktop.gui.activity.texts import texts
from akonet_desktop.gui.common.literal_text import literal_tooltip
from akonet_desktop.gui.common.paged_model import Fetch, PagedTableModel

PAGE_SIZE = 100
ENTRY_ROLE = Qt.ItemDataRole.UserRole  # the ActivityOut

_Index = QModelIndex | QPersistentModelIndex


class ActivityModel(PagedTableModel):
    WHEN, WHO, WHAT, TARGET, DETAILS = range(5)
    COLUMNS = 5

    def __init__(self, fetch: Fetch, *, page_size: int = PAGE_SIZE, parent=None) -> None:
        super().__init__(fetch, page_size=page_size, page_max=ACTIVITY_PAGE_MAX, parent=parent)
        self.kind: str | None = None

    def key(self, entry: ActivityOut) -> int:
        return entry.id

    def query(self) -> dict[str, Any]:
        return {"kind": self.kind}

    @property
    def filtered(self) -> bool:
        return self.kind is not None

    def entry_at(self, row: int) -> ActivityOut | None:
        return self.item_at(row)

    def refresh(self) -> None:
        """Newest first: what changed is at the top of the first page."""
        self.reload()

    def set_kind(self, kind: str | None) -> None:
        kind = kind or None
        if self.started and kind == self.kind:
            return
        self.kind = kind
        self.reload()

    # --- QAbstractTableModel ------------------------------------------------------------------
    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        entry = self.entry_at(index.row())
        if entry is None:
            return None
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            if column == self.WHEN:
                return texts().when(entry.created_at)
            if column == self.WHO:
                return entry.actor_email if entry.actor_id is not None else texts().actor_removed(entry.actor_email)
            if column == self.WHAT:
                return texts().kind_name(entry.kind)
            if column == self.TARGET:
                return entry.target
            return texts().details(entry.details)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == self.WHEN:
                return texts().when(entry.created_at, long=True)
            if column == self.WHO:
                return literal_tooltip(self.tr("From the address %1").replace("%1", entry.client_address or "?"))
            if column == self.DETAILS:
                return literal_tooltip(texts().details(entry.details, limit=None)) or None
            return literal_tooltip(self.data(index, Qt.ItemDataRole.DisplayRole)) or None
        if role == ENTRY_ROLE:
            return entry
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return {
            self.WHEN: self.tr("When"),
            self.WHO: self.tr("Who"),
            self.WHAT: self.tr("What"),
            self.TARGET: self.tr("About"),
            self.DETAILS: self.tr("Details"),
        }.get(section)
