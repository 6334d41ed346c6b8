"""The mails of the local Maildir as a table: Date (local time), To, Subject; newest first."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from email.message import EmailMessage
from email.utils import parsedate_to_datetime

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QDateTime,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from akonet_desktop.gui.common.literal_text import literal_tooltip

MESSAGE_ROLE = Qt.ItemDataRole.UserRole
KEY_ROLE = Qt.ItemDataRole.UserRole + 1

_Index = QModelIndex | QPersistentModelIndex
_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)


@dataclass(frozen=True)
class _Row:
    position: int  # in delivery order
    key: str
    sent: datetime
    to: str
    subject: str
    message: EmailMessage


class MailboxModel(QAbstractTableModel):
    DATE, TO, SUBJECT = range(3)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[_Row] = []
        self._sort_column = self.DATE
        self._sort_order = Qt.SortOrder.DescendingOrder

    # --- content ------------------------------------------------------------------------------
    def reload(self, messages: list[EmailMessage]) -> None:
        """`messages` oldest first, as read_maildir returns them."""
        rows = [_row(message, position) for position, message in enumerate(messages)]
        rows = self._sorted(rows)
        if [row.key for row in rows] == [row.key for row in self._rows]:
            return  # unchanged: no reset, so the view keeps its selection and scroll position
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def message_at(self, row: int) -> EmailMessage | None:
        return self._rows[row].message if 0 <= row < len(self._rows) else None

    def key_at(self, row: int) -> str | None:
        return self._rows[row].key if 0 <= row < len(self._rows) else None

    def row_of(self, key: str | None) -> int:
        for row, entry in enumerate(self._rows):
            if entry.key == key:
                return row
        return -1

    def retranslate(self) -> None:
        """Headers and dates follow the UI language (QLocale default)."""
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.columnCount() - 1)
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, self.columnCount() - 1))

    # --- QAbstractTableModel ------------------------------------------------------------------
    def rowCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else 3

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.DATE:
                return _local_text(row.sent, QLocale.FormatType.ShortFormat)
            return row.to if column == self.TO else row.subject
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == self.DATE:
                return _local_text(row.sent, QLocale.FormatType.LongFormat)
            return literal_tooltip(row.to if column == self.TO else row.subject)
        if role == MESSAGE_ROLE:
            return row.message
        if role == KEY_ROLE:
            return row.key
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = {
            self.DATE: QCoreApplication.translate("MailboxModel", "Date"),
            self.TO: QCoreApplication.translate("MailboxModel", "To"),
            self.SUBJECT: QCoreApplication.translate("MailboxModel", "Subject"),
        }
        return titles.get(section)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self._sort_column, self._sort_order = column, order
        self.layoutAboutToBeChanged.emit()
        before = [row.position for row in self._rows]
        persistent = self.persistentIndexList()
        self._rows = self._sorted(self._rows)
        moved = {row.position: new for new, row in enumerate(self._rows)}
        self.changePersistentIndexList(
            persistent,
            [self.index(moved[before[index.row()]], index.column()) for index in persistent],
        )
        self.layoutChanged.emit()

    def _sorted(self, rows: list[_Row]) -> list[_Row]:
        # Delivery order breaks ties: Date headers only have a one-second resolution.
        if self._sort_column == self.TO:
            key = lambda row: (row.to.casefold(), row.sent, row.position)  # noqa: E731
        elif self._sort_column == self.SUBJECT:
            key = lambda row: (row.subject.casefold(), row.sent, row.position)  # noqa: E731
        else:
            key = lambda row: (row.sent, row.position)  # noqa: E731
        return sorted(rows, key=key, reverse=self._sort_order == Qt.SortOrder.DescendingOrder)


def _row(message: EmailMessage, position: int) -> _Row:
    key = str(message.get("Message-ID") or "").strip() or f"#{position}"
    return _Row(
        position=position,
        key=key,
        sent=_sent_at(message),
        to=str(message.get("To") or ""),
        subject=str(message.get("Subject") or ""),
        message=message,
    )


def _sent_at(message: EmailMessage) -> datetime:
    try:
        sent = parsedate_to_datetime(str(message.get("Date")))
    except (TypeError, ValueError, IndexError):
        return _EPOCH
    return sent if sent.tzinfo else sent.replace(tzinfo=UTC)


def _local_text(sent: datetime, form: QLocale.FormatType) -> str:
    if sent == _EPOCH:
        return ""
    moment = QDateTime.fromMSecsSinceEpoch(int(sent.timestamp() * 1000)).toLocalTime()
    return QLocale().toString(moment, form)
