"""The company's devices as a table, fetched from the server page by page.

Sorting and filtering happen on the server: `sort()` and `set_filter()` ask for a new first page
(the rows shown stay until it arrives, then the model resets to it). `fetchMore()` returns at
once and appends the next page when it arrives. `refresh()` reloads the pages already loaded and
keeps the views' selection and scroll position (persistent indexes follow each device by id).

Rows are stored by column (arrays of numbers, lists of strings, repeated strings shared), about
200 bytes per device: 100,000 devices stay within a few tens of megabytes.
"""

from __future__ import annotations

import asyncio
import logging
import math
from array import array
from collections.abc import Awaitable, Callable, Iterable, Sequence
from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal

from akonet_desktop.api.models import DEVICE_PAGE_MAX, DeviceCounts, DeviceOut, DevicePage
from akonet_desktop.gui.common.literal_text import literal_tooltip
from akonet_desktop.gui.devices.look import status_icon
from akonet_desktop.gui.devices.texts import STATUSES, texts

log = logging.getLogger(__name__)

PAGE_SIZE = 200
ID_ROLE = Qt.ItemDataRole.UserRole
DEVICE_ROLE = Qt.ItemDataRole.UserRole + 1  # a DeviceOut
STATUS_ROLE = Qt.ItemDataRole.UserRole + 2  # "active" | "inactive" | "alarm"
SORT_VALUE_ROLE = Qt.ItemDataRole.UserRole + 3  # the raw value the server sorts on

Fetch = Callable[..., Awaitable[DevicePage]]
_ROLES = frozenset(
    {
        Qt.ItemDataRole.DisplayRole,
        Qt.ItemDataRole.DecorationRole,
        Qt.ItemDataRole.ToolTipRole,
        Qt.ItemDataRole.AccessibleTextRole,
        ID_ROLE,
        DEVICE_ROLE,
        STATUS_ROLE,
        SORT_VALUE_ROLE,
    }
)
_Index = QModelIndex | QPersistentModelIndex
_NONE = math.nan
_STATUS_CODE = {status: code for code, status in enumerate(STATUSES)}


def timestamp_of(moment: datetime | None) -> float:
    if moment is None:
        return _NONE
    if moment.tzinfo is None:  # the API sends UTC
        moment = moment.replace(tzinfo=UTC)
    return moment.timestamp()


def _moment(timestamp: float) -> datetime | None:
    return None if math.isnan(timestamp) else datetime.fromtimestamp(timestamp, UTC)


def _optional(timestamp: float) -> float | None:
    return None if math.isnan(timestamp) else timestamp


class DeviceRows:
    """Devices by column. Row i is (ids[i], status[i], …); no object per row or per cell."""

    __slots__ = (
        "ids",
        "status",
        "alarm",
        "seen",
        "activated",
        "serial",
        "name",
        "model",
        "location",
        "firmware",
        "_shared",
    )

    def __init__(self, shared: dict[str, str] | None = None) -> None:
        self.ids = array("q")
        self.status = bytearray()
        self.alarm = bytearray()
        self.seen = array("d")
        self.activated = array("d")
        self.serial: list[str] = []
        self.name: list[str] = []
        self.model: list[str] = []
        self.location: list[str] = []
        self.firmware: list[str] = []
        # Models, firmware versions and locations repeat: one string object for each value.
        self._shared = {} if shared is None else shared

    def __len__(self) -> int:
        return len(self.ids)

    def extend(self, devices: Iterable[DeviceOut]) -> None:
        share = self._shared.setdefault
        for device in devices:
            self.ids.append(device.id)
            self.status.append(_STATUS_CODE.get(device.status, 0))
            self.alarm.append(1 if device.alarm else 0)
            self.seen.append(timestamp_of(device.last_seen_at))
            self.activated.append(timestamp_of(device.activated_at))
            self.serial.append(device.serial)
            self.name.append(device.name)
            self.model.append(share(device.model, device.model))
            self.location.append(share(device.location, device.location))
            self.firmware.append(share(device.firmware, device.firmware))

    def set(self, row: int, device: DeviceOut) -> None:
        share = self._shared.setdefault
        self.ids[row] = device.id
        self.status[row] = _STATUS_CODE.get(device.status, 0)
        self.alarm[row] = 1 if device.alarm else 0
        self.seen[row] = timestamp_of(device.last_seen_at)
        self.activated[row] = timestamp_of(device.activated_at)
        self.serial[row] = device.serial
        self.name[row] = device.name
        self.model[row] = share(device.model, device.model)
        self.location[row] = share(device.location, device.location)
        self.firmware[row] = share(device.firmware, device.firmware)

    def remove(self, row: int) -> None:
        self.truncate_range(row, row + 1)

    def truncate(self, length: int) -> None:
        self.truncate_range(length, len(self))

    def truncate_range(self, start: int, end: int) -> None:
        for column in (
            self.ids,
            self.status,
            self.alarm,
            self.seen,
            self.activated,
            self.serial,
            self.name,
            self.model,
            self.location,
            self.firmware,
        ):
            del column[start:end]

    def index_of(self, device_id: int) -> int:
        try:
            return self.ids.index(device_id)
        except ValueError:
            return -1

    def device(self, row: int) -> DeviceOut:
        return DeviceOut.model_construct(
            id=self.ids[row],
            serial=self.serial[row],
            model=self.model[row],
            firmware=self.firmware[row],
            name=self.name[row],
            location=self.location[row],
            status=STATUSES[self.status[row]],
            alarm=bool(self.alarm[row]),
            last_seen_at=_moment(self.seen[row]),
            activated_at=_moment(self.activated[row]),
        )


class DevicesModel(QAbstractTableModel):
    STATUS, NAME, SERIAL, MODEL, LOCATION, LAST_SEEN, ACTIVATED = range(7)
    SORT_FIELDS = ("status", "name", "serial", "model", "location", "last_seen_at", "activated_at")

    busy_changed = Signal(bool)
    failed = Signal(object)  # the ClientError, or None once cleared
    counts_changed = Signal()  # `counts` and `total` have new values
    loaded = Signal()  # a page, a new query or a refresh was applied

    def __init__(self, fetch: Fetch, *, page_size: int = PAGE_SIZE, parent=None) -> None:
        super().__init__(parent)
        self._fetch = fetch
        self.page_size = max(1, min(page_size, DEVICE_PAGE_MAX))
        shared: dict[str, str] = {}
        self._rows = DeviceRows(shared)  # the server's rows, in the server's order
        # Devices activated here that the loaded pages do not contain yet: shown first, until a
        # page brings them at their place.
        self._pinned = DeviceRows(shared)
        self.query = ""
        self.status: str | None = None
        self.sort_column = self.NAME
        self.sort_order = Qt.SortOrder.AscendingOrder
        self.total: int | None = None  # devices matching the query, once the server said
        self.counts: DeviceCounts | None = None  # the whole company's, whatever the query
        self.error: Exception | None = None
        self.started = False  # a first page was asked for
        self._task: asyncio.Task | None = None
        self._task_kind = ""
        self._after: str | None = None  # "page" or "refresh", asked for while busy
        self._refresh_keep: int | None = None
        self._generation = 0
        self._retry: Callable[[], None] | None = None
        self._busy_reported = False
        self.requests = 0  # sent so far (diagnostics and tests)

    # --- state --------------------------------------------------------------------------------
    @property
    def busy(self) -> bool:
        return self._task is not None and not self._task.done()

    @property
    def loaded_count(self) -> int:
        """Rows of the server's pages held (pinned rows apart)."""
        return len(self._rows)

    @property
    def filtered(self) -> bool:
        return bool(self.query) or self.status is not None

    def sort_field(self) -> str:
        return self.SORT_FIELDS[self.sort_column]

    def sort_direction(self) -> str:
        return "desc" if self.sort_order == Qt.SortOrder.DescendingOrder else "asc"

    async def wait_idle(self) -> None:
        """Until no request is pending (for tests and the benchmark)."""
        while self.busy:
            await asyncio.wait({self._task})  # never raises the task's own failure
            await asyncio.sleep(0)  # let its done-callback chain the next request, if any

    # --- queries ------------------------------------------------------------------------------
    def reload(self) -> None:
        """Ask for the first page of the current query (again)."""
        self.started = True
        self._run("first", self._load_first(), replace=True)

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

    def refresh(self, keep: int | None = None) -> None:
        """Reload the loaded rows (the first `keep` of them, rounded up to a page: the rest are
        dropped, to be fetched again on scrolling). Busy: runs once the current request ends."""
        if not self.started:
            self.reload()
            return
        self._refresh_keep = keep
        if self.busy:
            if self._task_kind != "first":
                self._after = "refresh"
            return
        self._run("refresh", self._refresh(keep), replace=False)

    def retry(self) -> None:
        if self.busy:
            return
        retry, self._retry = self._retry, None
        self._set_error(None)
        if retry is not None:
            retry()
        elif not self.started or self.total is None:
            self.reload()

    def close(self) -> None:
        """Cancel what is pending (the window closes)."""
        self._generation += 1
        if self._task is not None:
            self._task.cancel()

    # --- lazy population ----------------------------------------------------------------------
    def canFetchMore(self, parent: _Index = QModelIndex()) -> bool:
        if parent.isValid() or self.error is not None:
            return False
        return self.total is None or len(self._rows) < self.total

    def fetchMore(self, parent: _Index = QModelIndex()) -> None:
        """Returns at once: the next page is appended when it arrives."""
        if not self.canFetchMore(parent):
            return
        if self.busy:
            if self._task_kind != "first" and self._after is None:
                self._after = "page"
            return
        if self.total is None:
            self.reload()
        else:
            self._run("page", self._load_page(), replace=False)

    # --- local changes ------------------------------------------------------------------------
    def row_of(self, device_id: int | None) -> int:
        if device_id is None:
            return -1
        pinned = self._pinned.index_of(device_id)
        if pinned >= 0:
            return pinned
        row = self._rows.index_of(device_id)
        return -1 if row < 0 else len(self._pinned) + row

    def device_at(self, row: int) -> DeviceOut | None:
        located = self._locate(row)
        return None if located is None else located[0].device(located[1])

    def device_id(self, row: int) -> int | None:
        located = self._locate(row)
        return None if located is None else located[0].ids[located[1]]

    def update_device(self, device: DeviceOut) -> int:
        """A device changed here (renamed): its row shows it at once. Returns the row or -1."""
        row = self.row_of(device.id)
        if row >= 0:
            store, at = self._locate(row)
            store.set(at, device)
            self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))
        return row

    def insert_device(self, device: DeviceOut) -> int:
        """A device activated here: updated where it is loaded, else shown first until its page
        arrives. Returns its row."""
        row = self.update_device(device)
        if row >= 0:
            return row
        self.beginInsertRows(QModelIndex(), 0, 0)
        pinned, self._pinned = self._pinned, DeviceRows(self._pinned._shared)
        self._pinned.extend([device])
        self._pinned.extend(pinned.device(i) for i in range(len(pinned)))
        self.endInsertRows()
        return 0

    # --- requests -----------------------------------------------------------------------------
    def _run(self, kind: str, coro, *, replace: bool) -> None:
        if self.busy:
            if not replace:
                coro.close()
                return
            self._task.cancel()
        if replace:
            self._generation += 1
            self._after = None
        self._task_kind = kind
        self._task = asyncio.ensure_future(coro)
        self._task.add_done_callback(self._finished)
        self._report_busy(True)

    def _finished(self, task: asyncio.Task) -> None:
        if task is not self._task:
            return  # replaced: the new one reports
        if not task.cancelled() and task.exception() is not None:
            error = task.exception()
            log.error("devices request failed", exc_info=error)
            self._set_error(error)
        after, self._after = self._after, None
        if after and self.error is None:
            if after == "refresh":
                self._run("refresh", self._refresh(self._refresh_keep), replace=False)
                return
            if self.canFetchMore():
                self._run("page", self._load_page(), replace=False)
                return
        self._report_busy(False)

    def _report_busy(self, busy: bool) -> None:
        if busy != self._busy_reported:
            self._busy_reported = busy
            self.busy_changed.emit(busy)

    async def _get(self, offset: int, limit: int) -> DevicePage:
        self.requests += 1
        return await self._fetch(
            offset=offset,
            limit=limit,
            q=self.query,
            sort=self.sort_field(),
            order=self.sort_direction(),
            status=self.status,
        )

    async def _guarded(self, coro, retry: Callable[[], None]) -> Any:
        from akonet_desktop.client.errors import ClientError

        try:
            return await coro
        except ClientError as error:
            self._retry = retry
            self._set_error(error)
            return None

    async def _load_first(self) -> None:
        generation = self._generation
        page = await self._guarded(self._get(0, self.page_size), self.reload)
        if page is None or generation != self._generation:
            return
        self._set_error(None)
        self.beginResetModel()
        shared: dict[str, str] = {}  # a new query: forget the old one's strings
        self._rows = DeviceRows(shared)
        self._pinned = DeviceRows(shared)
        self._rows.extend(page.items)
        self.endResetModel()
        self._take_counts(page, len(page.items))
        self.loaded.emit()

    async def _load_page(self) -> None:
        generation, offset = self._generation, len(self._rows)
        page = await self._guarded(self._get(offset, self.page_size), lambda: self.fetchMore())
        if page is None or generation != self._generation or offset != len(self._rows):
            return
        self._set_error(None)
        items = page.items
        self._unpin([item.id for item in items])
        if items:
            first = len(self._pinned) + len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first + len(items) - 1)
            self._rows.extend(items)
            self.endInsertRows()
        self._take_counts(page, len(items))
        self.loaded.emit()

    async def _refresh(self, keep: int | None) -> None:
        generation = self._generation
        loaded = len(self._rows)
        wanted = loaded if keep is None else min(loaded, max(keep, 1))
        wanted = max(self.page_size, math.ceil(wanted / self.page_size) * self.page_size)
        items: list[DeviceOut] = []
        page: DevicePage | None = None
        while len(items) < wanted:
            limit = min(DEVICE_PAGE_MAX, wanted - len(items))
            page = await self._guarded(self._get(len(items), limit), lambda: self.refresh(keep))
            if page is None or generation != self._generation:
                return
            items.extend(page.items)
            if len(page.items) < limit:
                break
        self._set_error(None)
        self._replace(items)
        self._take_counts(page, None)
        self.loaded.emit()

    def _take_counts(self, page: DevicePage | None, received: int | None) -> None:
        if page is None:
            return
        total = page.total
        if received is not None and received < self.page_size:
            total = len(self._rows)  # a short page is the last one, whatever total said
        self.total = max(total, len(self._rows))
        self.counts = page.counts
        self.counts_changed.emit()

    # --- applying a refresh -------------------------------------------------------------------
    def _replace(self, items: Sequence[DeviceOut]) -> None:
        fresh = DeviceRows(self._rows._shared)
        fresh.extend(items)
        self._unpin(fresh.ids)
        pinned, old = len(self._pinned), self._rows
        if len(fresh) < len(old):
            self.beginRemoveRows(QModelIndex(), pinned + len(fresh), pinned + len(old) - 1)
            old.truncate(len(fresh))
            self.endRemoveRows()
        if len(fresh) > len(old):  # more rows than loaded: only when nothing was loaded
            self.beginInsertRows(QModelIndex(), pinned + len(old), pinned + len(fresh) - 1)
            old.extend(fresh.device(i) for i in range(len(old), len(fresh)))
            self.endInsertRows()
        if old.ids == fresh.ids:
            self._rows = fresh
            if len(fresh):
                self.dataChanged.emit(
                    self.index(pinned, 0), self.index(pinned + len(fresh) - 1, self.columnCount() - 1)
                )
            return
        # Same number of rows, some at other places: the selection and current row follow their
        # device by id; the views keep their scroll position.
        self.layoutAboutToBeChanged.emit()
        persistent = self.persistentIndexList()
        moved = []
        for index in persistent:
            device_id = self.device_id(index.row())
            row = -1 if device_id is None else self._pinned.index_of(device_id)
            if row < 0 and device_id is not None:
                at = fresh.index_of(device_id)
                row = -1 if at < 0 else pinned + at
            moved.append(self.index(row, index.column()) if row >= 0 else QModelIndex())
        self._rows = fresh
        self.changePersistentIndexList(persistent, moved)
        self.layoutChanged.emit()

    def _unpin(self, ids: Sequence[int]) -> None:
        """Pinned devices that a page brought: shown at their place from now on."""
        if not len(self._pinned):
            return
        for device_id in set(ids).intersection(self._pinned.ids):
            row = self._pinned.index_of(device_id)
            self.beginRemoveRows(QModelIndex(), row, row)
            self._pinned.remove(row)
            self.endRemoveRows()

    def _set_error(self, error: Exception | None) -> None:
        if error is self.error:
            return
        self.error = error
        if error is None:
            self._retry = None
        self.failed.emit(error)

    def _locate(self, row: int) -> tuple[DeviceRows, int] | None:
        pinned = len(self._pinned)
        if 0 <= row < pinned:
            return self._pinned, row
        if pinned <= row < pinned + len(self._rows):
            return self._rows, row - pinned
        return None

    # --- QAbstractTableModel ------------------------------------------------------------------
    def rowCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._pinned) + len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else 7

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role not in _ROLES or not index.isValid():
            return None  # views ask for a dozen roles per cell: most answers are "none"
        located = self._locate(index.row())
        if located is None:
            return None
        rows, at = located
        column = index.column()
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
                return texts().relative(_optional(rows.seen[at]))
            return texts().date(_optional(rows.activated[at]))
        if role == Qt.ItemDataRole.DecorationRole:
            return status_icon(STATUSES[rows.status[at]]) if column == self.STATUS else None
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == self.STATUS:
                return texts().status_explanation(STATUSES[rows.status[at]])
            if column == self.LAST_SEEN:
                return texts().moment(_optional(rows.seen[at]))
            if column == self.ACTIVATED:
                return texts().moment(_optional(rows.activated[at]))
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
                self.LAST_SEEN: _optional(rows.seen[at]),
                self.ACTIVATED: _optional(rows.activated[at]),
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
