"""The activity log as a table, newest first, fetched from the server page by page.

`fetchMore()` returns at once and appends the next page when it arrives; `refresh()` and a new
kind filter ask for the first page again (the rows shown stay until it arrives). Entries written
while one scrolls push the older ones down a place: a later page may repeat an entry already
shown, and it is then skipped (by id), so every entry appears once.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal

from akonet_desktop.api.activity import ACTIVITY_PAGE_MAX, ActivityOut, ActivityPage
from akonet_desktop.gui.activity.texts import texts

log = logging.getLogger(__name__)

PAGE_SIZE = 100
ENTRY_ROLE = Qt.ItemDataRole.UserRole  # the ActivityOut

Fetch = Callable[..., Awaitable[ActivityPage]]
_Index = QModelIndex | QPersistentModelIndex


class ActivityModel(QAbstractTableModel):
    WHEN, WHO, WHAT, TARGET, DETAILS = range(5)

    busy_changed = Signal(bool)
    failed = Signal(object)  # the ClientError, or None once cleared
    loaded = Signal()  # a first page or a further page was applied

    def __init__(self, fetch: Fetch, *, page_size: int = PAGE_SIZE, parent=None) -> None:
        super().__init__(parent)
        self._fetch = fetch
        self.page_size = max(1, min(page_size, ACTIVITY_PAGE_MAX))
        self._rows: list[ActivityOut] = []
        self._ids: set[int] = set()
        self._offset = 0  # entries of the server's list consumed: the next page starts there
        self.kind: str | None = None
        self.total: int | None = None  # entries matching the filter, once the server said
        self.error: Exception | None = None
        self.started = False
        self._task: asyncio.Task | None = None
        self._generation = 0
        self._retry: Callable[[], None] | None = None
        self._busy_reported = False
        self.requests = 0  # sent so far (diagnostics and tests)

    # --- state --------------------------------------------------------------------------------
    @property
    def busy(self) -> bool:
        return self._task is not None and not self._task.done()

    @property
    def filtered(self) -> bool:
        return self.kind is not None

    def entry_at(self, row: int) -> ActivityOut | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    async def wait_idle(self) -> None:
        """Until no request is pending (for tests)."""
        while self.busy:
            await asyncio.wait({self._task})
            await asyncio.sleep(0)

    # --- queries ------------------------------------------------------------------------------
    def reload(self) -> None:
        """Ask for the first page (again): the newest entries."""
        self.started = True
        self._run(self._load_first(), replace=True)

    refresh = reload  # newest first: what changed is at the top

    def set_kind(self, kind: str | None) -> None:
        kind = kind or None
        if self.started and kind == self.kind:
            return
        self.kind = kind
        self.reload()

    def retry(self) -> None:
        if self.busy:
            return
        retry, self._retry = self._retry, None
        self._set_error(None)
        (retry or self.reload)()

    def close(self) -> None:
        """Cancel what is pending (the page closes)."""
        self._generation += 1
        if self._task is not None:
            self._task.cancel()

    # --- lazy population ----------------------------------------------------------------------
    def canFetchMore(self, parent: _Index = QModelIndex()) -> bool:
        if parent.isValid() or self.error is not None or self.total is None:
            return False
        return self._offset < self.total

    def fetchMore(self, parent: _Index = QModelIndex()) -> None:
        """Returns at once: the next page is appended when it arrives."""
        if self.canFetchMore(parent) and not self.busy:
            self._run(self._load_page(), replace=False)

    # --- requests -----------------------------------------------------------------------------
    def _run(self, coro, *, replace: bool) -> None:
        if self.busy:
            if not replace:
                coro.close()
                return
            self._task.cancel()
        if replace:
            self._generation += 1
        self._task = asyncio.ensure_future(coro)
        self._task.add_done_callback(self._finished)
        self._report_busy(True)

    def _finished(self, task: asyncio.Task) -> None:
        if task is not self._task:
            return  # replaced: the new one reports
        if not task.cancelled() and task.exception() is not None:
            error = task.exception()
            log.error("activity request failed", exc_info=error)
            self._set_error(error)
        self._report_busy(False)

    def _report_busy(self, busy: bool) -> None:
        if busy != self._busy_reported:
            self._busy_reported = busy
            self.busy_changed.emit(busy)

    async def _get(self, offset: int, retry: Callable[[], None]) -> ActivityPage | None:
        from akonet_desktop.client.errors import ClientError

        self.requests += 1
        try:
            return await self._fetch(offset=offset, limit=self.page_size, kind=self.kind)
        except ClientError as error:
            self._retry = retry
            self._set_error(error)
            return None

    async def _load_first(self) -> None:
        generation = self._generation
        page = await self._get(0, self.reload)
        if page is None or generation != self._generation:
            return
        self._set_error(None)
        self.beginResetModel()
        self._rows = list(page.items)
        self._ids = {entry.id for entry in self._rows}
        self._offset = len(page.items)
        self.total = self._total(page)
        self.endResetModel()
        self.loaded.emit()

    async def _load_page(self) -> None:
        generation, offset = self._generation, self._offset
        page = await self._get(offset, self.fetchMore)
        if page is None or generation != self._generation or offset != self._offset:
            return
        self._set_error(None)
        fresh = [entry for entry in page.items if entry.id not in self._ids]
        if fresh:
            self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows) + len(fresh) - 1)
            self._rows.extend(fresh)
            self._ids.update(entry.id for entry in fresh)
            self.endInsertRows()
        self._offset += len(page.items)
        self.total = self._total(page)
        self.loaded.emit()

    def _total(self, page: ActivityPage) -> int:
        if len(page.items) < self.page_size:
            return self._offset  # a short page is the last one, whatever total said
        return max(page.total, self._offset)

    def _set_error(self, error: Exception | None) -> None:
        if error is self.error:
            return
        self.error = error
        if error is None:
            self._retry = None
        self.failed.emit(error)

    # --- QAbstractTableModel ------------------------------------------------------------------
    def rowCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else 5

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
                return self.tr("From the address %1").replace("%1", entry.client_address or "?")
            if column == self.DETAILS:
                return texts().details(entry.details, limit=None) or None
            return self.data(index, Qt.ItemDataRole.DisplayRole) or None
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

    def retranslate(self) -> None:
        """Headers, kinds and dates follow the interface language."""
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.columnCount() - 1)
        if self.rowCount():
            self.dataChanged.emit(self.index(0, 0), self.index(self.rowCount() - 1, self.columnCount() - 1))
