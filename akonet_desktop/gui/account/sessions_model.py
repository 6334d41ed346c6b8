"""The signed-in sessions of the person (GET /me/sessions): a handful of rows, all sent at once.

Columns: the app and system it signed in from, the address the server saw, when it was last used,
and a last column that says "This computer" for the session of this window (the view puts a
"Sign out" button in that column on every other row).
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, Qt

from akonet_desktop.api.account import SessionOut
from akonet_desktop.gui.common.literal_text import literal_tooltip
from akonet_desktop.gui.common.moments import local_moment

SESSION_ID_ROLE = Qt.ItemDataRole.UserRole + 1


def sorted_sessions(sessions: list[SessionOut]) -> list[SessionOut]:
    """This computer's first, then the most recently used."""
    return sorted(sessions, key=lambda s: (not s.current, -s.last_used_at.timestamp(), -s.id))


class SessionsModel(QAbstractTableModel):
    CLIENT, ADDRESS, LAST_USED, ACTION = range(4)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.sessions: list[SessionOut] = []

    def set_sessions(self, sessions: list[SessionOut]) -> None:
        self.beginResetModel()
        self.sessions = sorted_sessions(sessions)
        self.endResetModel()

    def remove_session(self, session_id: int) -> None:
        for row, session in enumerate(self.sessions):
            if session.id == session_id:
                self.beginRemoveRows(QModelIndex(), row, row)
                del self.sessions[row]
                self.endRemoveRows()
                return

    def keep_only_current(self) -> None:
        """After « Sign out everywhere else »."""
        self.set_sessions([s for s in self.sessions if s.current])

    def others(self) -> list[SessionOut]:
        return [s for s in self.sessions if not s.current]

    def retranslate(self) -> None:
        """The interface language changed: headers, "This computer" and dates in the new one."""
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.columnCount() - 1)
        if self.sessions:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.sessions) - 1, self.columnCount() - 1))

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self.sessions)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else 4

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (self.tr("Application and system"), self.tr("Address"), self.tr("Last used"), "")[section]

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self.sessions):
            return None
        session = self.sessions[index.row()]
        column = index.column()
        if role == SESSION_ID_ROLE:
            return session.id
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.CLIENT:
                return session.client or self.tr("Unknown application")
            if column == self.ADDRESS:
                return session.address
            if column == self.LAST_USED:
                return local_moment(session.last_used_at)
            return self.tr("This computer") if session.current else ""
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == self.CLIENT:
                return literal_tooltip(session.client)  # sent by the client: shown as typed
            if column == self.LAST_USED:
                return self.tr("Signed in %1").replace("%1", local_moment(session.created_at, long=True))
        if role == Qt.ItemDataRole.FontRole and session.current and column == self.ACTION:
            from PySide6.QtGui import QFont

            font = QFont()
            font.setBold(True)
            return font
        return None
