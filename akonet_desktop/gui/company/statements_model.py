"""The billing page's statements: one row per past month, newest first (a handful of rows: the
server sends them all, so there is no paging to do)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QAbstractTableModel, QDate, QLocale, QModelIndex, QObject, Qt

from akonet_desktop.api.company import BillingStatement


def month_name(day: date) -> str:
    """ "March 2026", "mars 2026": the month in the interface language."""
    return QLocale().toString(QDate(day.year, day.month, day.day), "MMMM yyyy")


def money(amount: str, currency: str) -> str:
    """The server's decimal string in the local notation ("1,234.50 EUR", "1 234,50 EUR")."""
    whole, _, cents = amount.partition(".")
    local = QLocale()
    return f"{local.toString(int(whole))}{local.decimalPoint()}{(cents or '00')[:2]} {currency}"


class StatementsModel(QAbstractTableModel):
    PERIOD, DEVICES, AMOUNT = range(3)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.statements: list[BillingStatement] = []
        self.currency = ""

    def set_statements(self, statements: list[BillingStatement], currency: str) -> None:
        self.beginResetModel()
        self.statements, self.currency = list(statements), currency
        self.endResetModel()

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self.statements)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else 3

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (self.tr("Month"), self.tr("Billed devices"), self.tr("Amount"))[section]

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        statement = self.statements[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.PERIOD:
                return month_name(statement.period_start)
            if column == self.DEVICES:
                return QLocale().toString(statement.billed_devices)
            return money(statement.amount, self.currency)
        if role == Qt.ItemDataRole.TextAlignmentRole and column != self.PERIOD:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None
