"""The company's devices as a table of every matching device, fetched in blocks around what the
view shows (client/row_window.py keeps the blocks; this is its Qt face).

`rowCount()` is the number of matching devices from the first answer, so the scroll bar spans
the whole list and any position is one jump away. A row not loaded yet shows a light placeholder
and is asked for (with its neighbours, one block); blocks far from the view are dropped.
Sorting and filtering happen on the server: `sort()` and `set_filter()` ask for the new query's
first block (the rows shown stay until it arrives, then the model resets to it). `refresh()`
fetches the rows on screen again; the views' selection and current row follow their device by id
(persistent indexes), and the scroll position stays.
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable, Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QColor

from akonet_desktop.api.models import DEVICE_PAGE_MAX, DeviceCounts, DeviceOut, DevicePage
from akonet_desktop.client.row_window import BLOCK_SIZE, BUDGET, MARGIN, Apply, RowWindow
from akonet_desktop.gui.common import theme
from akonet_desktop.gui.common.literal_text import literal_tooltip
from akonet_desktop.gui.devices.device_rows import DeviceRows, SharedStrings, optional_timestamp
from akonet_desktop.gui.devices.look import status_icon
from akonet_desktop.gui.devices.texts import STATUSES, texts

log = logging.getLogger(__name__)

ID_ROLE = Qt.ItemDataRole.UserRole
DEVICE_ROLE = Qt.ItemDataRole.UserRole + 1  # a DeviceOut
STATUS_ROLE = Qt.ItemDataRole.UserRole + 2  # "active" | "inactive" | "alarm"
SORT_VALUE_ROLE = Qt.ItemDataRole.UserRole + 3  # the raw value the server sorts on
PLACEHOLDER = "…"  # in the Name column of a row on its way

Fetch = Callable[..., Awaitable[DevicePage]]
_ROLES = frozenset(
    {
        Qt.ItemDataRole.DisplayRole,
        Qt.ItemDataRole.DecorationRole,
        Qt.ItemDataRole.ToolTipRole,
        Qt.ItemDataRole.AccessibleTextRole,
        Qt.ItemDataRole.ForegroundRole,
        ID_ROLE,
        DEVICE_ROLE,
        STATUS_ROLE,
        SORT_VALUE_ROLE,
    }
)
_Index = QModelIndex | QPersistentModelIndex


class DevicesModel(QAbstractTableModel):
    STATUS, NAME, SERIAL, MODEL, LOCATION, LAST_SEEN, ACTIVATED = range(7)
    SORT_FIELDS = ("status", "name", "serial", "model", "location", "last_seen_at", "activated_at")

    busy_changed = Signal(bool)
    failed = Signal(object)  # the ClientError, or None once cleared
    counts_changed = Signal()  # `counts` and `total` have new values
    loaded = Signal()  # an answer was applied (a new query's first block, a block, a refresh)

    def __init__(
        self,
        fetch: Fetch,
        *,
        block_size: int = BLOCK_SIZE,
        budget: int = BUDGET,
        margin: int = MARGIN,
        parent=None,
    ) -> None:
        super().__init__(parent)
        self._fetch = fetch
        self._shared = SharedStrings()
        block_size = max(1, min(block_size, DEVICE_PAGE_MAX))
        self.window = RowWindow(
            self._get,
            self._pack,
            self,
            block_size=block_size,
            budget=budget,
            margin=margin,
            blocks_per_request=DEVICE_PAGE_MAX // block_size,  # rows on screen in one request
        )
        # Devices activated here, shown first until a block brings them at their place.
        self._pinned = DeviceRows(self._shared)
        self.query = ""
        self.status: str | None = None
        self.sort_column = self.NAME
        self.sort_order = Qt.SortOrder.AscendingOrder
        self.counts: DeviceCounts | None = None  # the whole company's, whatever the query
        self.started = False  # a first block was asked for

    # --- state --------------------------------------------------------------------------------
    @property
    def total(self) -> int | None:
        """Devices matching the query, once the server said."""
        return self.window.total

    @property
    def error(self) -> Exception | None:
        return self.window.error

    @property
    def busy(self) -> bool:
        return self.window.busy

    @property
    def requests(self) -> int:
        """Sent so far (diagnostics and tests)."""
        return self.window.requests

    @property
    def block_size(self) -> int:
        return self.window.block_size

    @property
    def held(self) -> int:
        """Rows held in memory (pinned ones apart)."""
        return self.window.held

    @property
    def filtered(self) -> bool:
        return bool(self.query) or self.status is not None

    def sort_field(self) -> str:
        return self.SORT_FIELDS[self.sort_column]

    def sort_direction(self) -> str:
        return "desc" if self.sort_order == Qt.SortOrder.DescendingOrder else "asc"

    def is_loaded(self, row: int) -> bool:
        return self._peek(row) is not None

    async def wait_idle(self) -> None:
        """Until no request is pending or about to start (for tests and the benchmark)."""
        await self.window.wait_idle()

    # --- queries ------------------------------------------------------------------------------
    def reload(self) -> None:
        """Ask for the first block of the current query (again)."""
        self.started = True
        self.window.reset()

    def set_filter(self, text: str, status: str | None = None) -> None:
        text = text.strip()
        status = status or None
        if self.started and (text, status) == (self.query, self.status):
            return
        self.query, self.status = text, status
        self.reload()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self.SORT_FIELDS):
            return
        if (column, order) == (self.sort_column, self.sort_order):
            return  # views call sort() again when sorting is turned on: no second request
        self.sort_column, self.sort_order = column, order
        if self.started:
            self.reload()

    def show_rows(self, first: int, last: int) -> None:
        """Rows first…last are on screen: fetch what they need, cancel fetches they no longer
        need (rows asked for by `data()` are fetched anyway; this also cancels)."""
        pinned = len(self._pinned)
        self.window.show(max(0, first - pinned), last - pinned)

    def hold_fetches(self, held: bool) -> None:
        """While held, rows shown are not fetched (the scroll bar's handle is being dragged);
        once released, the rows shown then are."""
        if held:
            self.window.hold()
        else:
            self.window.release()

    def refresh(self, first: int | None = None, last: int | None = None) -> None:
        """Fetch rows first…last again (by default the rows last shown); the others are fetched
        again when next shown. Busy with a new query: nothing more to do."""
        if not self.started:
            self.reload()
            return
        if first is not None and last is not None:
            pinned = len(self._pinned)
            first, last = max(0, first - pinned), max(0, last - pinned)
        self.window.refresh(first, last)

    def retry(self) -> None:
        if not self.started:
            self.reload()
        else:
            self.window.retry()

    def close(self) -> None:
        """Cancel what is pending (the window closes)."""
        self.window.close()

    # --- rows ---------------------------------------------------------------------------------
    def row_of(self, device_id: int | None) -> int:
        """The row of a loaded device, or -1."""
        if device_id is None:
            return -1
        pinned = self._pinned.index_of(device_id)
        if pinned >= 0:
            return pinned
        row = self.window.row_of(device_id)
        return -1 if row < 0 else len(self._pinned) + row

    def device_at(self, row: int) -> DeviceOut | None:
        located = self._peek(row)
        return None if located is None else located[0].device(located[1])

    def device_id(self, row: int) -> int | None:
        located = self._peek(row)
        return None if located is None else located[0].ids[located[1]]

    def update_device(self, device: DeviceOut) -> int:
        """A device changed here (renamed): its row shows it at once. Returns the row or -1."""
        row = self.row_of(device.id)
        if row >= 0:
            rows, at = self._peek(row)
            rows.set(at, device)
            self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))
        return row

    def insert_device(self, device: DeviceOut) -> int:
        """A device activated here: updated where it is loaded, else shown first until a block
        brings it. Returns its row."""
        row = self.update_device(device)
        if row >= 0:
            return row
        self.beginInsertRows(QModelIndex(), 0, 0)
        pinned, self._pinned = self._pinned, DeviceRows(self._shared, [device])
        self._pinned.extend(pinned.device(i) for i in range(len(pinned)))
        self.endInsertRows()
        return 0

    # --- the window's requests and answers (client/row_window.py's WindowListener) -----------
    async def _get(self, offset: int, limit: int, cursor: str | None) -> DevicePage:
        return await self._fetch(
            offset=offset,
            limit=limit,
            q=self.query,
            sort=self.sort_field(),
            order=self.sort_direction(),
            status=self.status,
            cursor=cursor,
        )

    def _pack(self, items: Sequence[DeviceOut]) -> DeviceRows:
        return DeviceRows(self._shared, items)

    def window_reset(self, apply: Apply) -> None:
        self.beginResetModel()
        self._shared = SharedStrings()  # a new query: forget the old one's strings
        self._pinned = DeviceRows(self._shared)
        apply()
        self.endResetModel()

    def window_resized(self, old: int, new: int, apply: Apply) -> None:
        pinned = len(self._pinned)
        if new > old:
            self.beginInsertRows(QModelIndex(), pinned + old, pinned + new - 1)
            apply()
            self.endInsertRows()
        else:
            self.beginRemoveRows(QModelIndex(), pinned + new, pinned + old - 1)
            apply()
            self.endRemoveRows()

    def window_block(self, first: int, old: DeviceRows | None, new: DeviceRows, apply: Apply) -> None:
        self._unpin(new.ids)
        top = len(self._pinned) + first
        moves = self._moves(top, old, new) if old is not None else None
        if not moves:
            apply()
            last = min(top + len(new), self.rowCount()) - 1
            if last >= top:
                self.dataChanged.emit(self.index(top, 0), self.index(last, self.columnCount() - 1))
            return
        # Devices of this block now at other rows (a refresh): the selection and current row
        # follow them by id; the views keep their scroll position.
        self.layoutAboutToBeChanged.emit()
        # Again: the views make persistent indexes of their own while told of the change (rows
        # not yet seen above). Leaving one behind would give two the same place, which corrupts
        # Qt's bookkeeping of them (a crash when the selection model is deleted).
        moves = self._moves(top, old, new)
        persistent = self.persistentIndexList()
        apply()
        self.changePersistentIndexList(persistent, self._targets(persistent, moves))
        self.layoutChanged.emit()

    def _targets(self, persistent: list[QModelIndex], moves: dict[int, int]) -> list[QModelIndex]:
        """Where each persistent index goes. Never two to one place (a device found in a stale
        block where an index already stands): the one that moved there is dropped instead."""
        staying = {(index.row(), index.column()) for index in persistent if index.row() not in moves}
        targets = []
        for index in persistent:
            row, column = index.row(), index.column()
            to = moves.get(row, row)
            if to != row and ((to, column) in staying or to < 0):
                targets.append(QModelIndex())
            else:
                staying.add((to, column))
                targets.append(self.index(to, column))
        return targets

    def window_page(self, page: DevicePage) -> None:
        self.counts = page.counts
        self.counts_changed.emit()
        self.loaded.emit()

    def window_busy(self, busy: bool) -> None:
        self.busy_changed.emit(busy)

    def window_failed(self, error: Exception | None) -> None:
        self.failed.emit(error)

    def _moves(self, top: int, old: DeviceRows, new: DeviceRows) -> dict[int, int]:
        """{row: new row} of the persistent indexes in a replaced block whose device moved
        (new row -1: no longer among the loaded rows)."""
        moves: dict[int, int] = {}
        index_of_block = (top - len(self._pinned)) // self.window.block_size
        for index in self.persistentIndexList():
            row = index.row()
            at = row - top
            if not 0 <= at < len(old) or row in moves:
                continue
            device_id = old.ids[at]
            found = new.index_of(device_id)
            if found >= 0:
                moved = top + found
            else:
                moved = self._pinned.index_of(device_id)
                if moved < 0:
                    moved = self.window.row_of(device_id, skip=index_of_block)
                    moved = -1 if moved < 0 else len(self._pinned) + moved
            if moved != row:
                moves[row] = moved
        return moves

    def _unpin(self, ids: Sequence[int]) -> None:
        """Pinned devices that a block brought: shown at their place from now on."""
        if not len(self._pinned):
            return
        for device_id in set(ids).intersection(self._pinned.ids):
            row = self._pinned.index_of(device_id)
            self.beginRemoveRows(QModelIndex(), row, row)
            self._pinned.remove(row)
            self.endRemoveRows()

    def _peek(self, row: int) -> tuple[DeviceRows, int] | None:
        """A loaded row, without asking for it."""
        pinned = len(self._pinned)
        if 0 <= row < pinned:
            return self._pinned, row
        index, at = divmod(row - pinned, self.window.block_size)
        block = self.window.blocks.get(index) if row >= pinned else None
        return None if block is None or at >= len(block.rows) else (block.rows, at)

    def _locate(self, row: int) -> tuple[DeviceRows, int] | None:
        """A loaded row; one not loaded is asked for."""
        pinned = len(self._pinned)
        if row < pinned:
            return (self._pinned, row) if row >= 0 else None
        return self.window.locate(row - pinned)

    def _placeholder(self, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return PLACEHOLDER if column == self.NAME else None
        if role == Qt.ItemDataRole.ForegroundRole:
            return QColor(theme.colours().hint)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return self.tr("Loading…")
        return None

    # --- QAbstractTableModel ------------------------------------------------------------------
    def rowCount(self, parent: _Index = QModelIndex()) -> int:
        if parent.isValid() or self.window.total is None:
            return 0
        return len(self._pinned) + self.window.total

    def columnCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else 7

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role not in _ROLES or not index.isValid():
            return None  # views ask for a dozen roles per cell: most answers are "none"
        row, column = index.row(), index.column()
        if row >= self.rowCount():
            return None
        if role == Qt.ItemDataRole.ForegroundRole:  # grey for placeholders only
            return None if self._peek(row) is not None else self._placeholder(column, role)
        located = self._locate(row)
        if located is None:
            return self._placeholder(column, role)
        rows, at = located
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.STATUS:
                return texts().status_name(STATUSES[rows.status[at]])
            if column == self.NAME:
                return rows.name[at]
            if column == self.SERIAL:
                return rows.serial[at]
            if column == self.MODEL:
                return rows.model[at]
            if column == self.LOCATION:
                return rows.location[at]
            if column == self.LAST_SEEN:
                return texts().relative(optional_timestamp(rows.seen[at]))
            return texts().date(optional_timestamp(rows.activated[at]))
        if role == Qt.ItemDataRole.DecorationRole:
            return status_icon(STATUSES[rows.status[at]]) if column == self.STATUS else None
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == self.STATUS:
                return texts().status_explanation(STATUSES[rows.status[at]])
            if column == self.LAST_SEEN:
                return texts().moment(optional_timestamp(rows.seen[at]))
            if column == self.ACTIVATED:
                return texts().moment(optional_timestamp(rows.activated[at]))
            return literal_tooltip(self.data(index, Qt.ItemDataRole.DisplayRole)) or None
        if role == ID_ROLE:
            return rows.ids[at]
        if role == STATUS_ROLE:
            return STATUSES[rows.status[at]]
        if role == DEVICE_ROLE:
            return rows.device(at)
        if role == SORT_VALUE_ROLE:
            return {
                self.STATUS: STATUSES[rows.status[at]],
                self.NAME: rows.name[at],
                self.SERIAL: rows.serial[at],
                self.MODEL: rows.model[at],
                self.LOCATION: rows.location[at],
                self.LAST_SEEN: optional_timestamp(rows.seen[at]),
                self.ACTIVATED: optional_timestamp(rows.activated[at]),
            }[column]
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return self.data(index, Qt.ItemDataRole.DisplayRole)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return {
                self.STATUS: self.tr("Status"),
                self.NAME: self.tr("Name"),
                self.SERIAL: self.tr("Serial number"),
                self.MODEL: self.tr("Model"),
                self.LOCATION: self.tr("Location"),
                self.LAST_SEEN: self.tr("Last seen"),
                self.ACTIVATED: self.tr("Activated"),
            }.get(section)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tr("Click to sort by this column; click again to reverse the order.")
        return None

    def retranslate(self) -> None:
        """Headers, statuses and dates follow the interface language."""
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.columnCount() - 1)
        if self.rowCount():
            self.dataChanged.emit(self.index(0, 0), self.index(self.rowCount() - 1, self.columnCount() - 1))
