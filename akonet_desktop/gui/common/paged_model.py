"""A table of what a server lists page by page (newest activity, a company's people), appended as
the view scrolls.

`fetchMore()` returns at once and appends the next page when it arrives; `reload()` (a new filter,
a new sort, a refresh) asks for the first page again, and the rows shown stay until it arrives.
Rows added on the server while one scrolls push the others down a place: a later page may repeat a
row already shown, and it is then skipped (by `key()`), so every row appears once.

Subclasses say what a row is keyed by, what the server is asked besides offset and limit
(`query()`), and how rows look (`data`, `headerData`).
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable, Hashable, Sequence
from typing import Any, Protocol

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal

log = logging.getLogger(__name__)

_Index = QModelIndex | QPersistentModelIndex


class Page(Protocol):
    items: Sequence[Any]
    total: int


Fetch = Callable[..., Awaitable[Any]]  # (offset=, limit=, **query) -> a Page


class PagedTableModel(QAbstractTableModel):
    """Rows are whatever the fetch's pages hold (pydantic models): no Generic base, which Qt's
    metaclass does not combine with."""

    busy_changed = Signal(bool)
    failed = Signal(object)  # the ClientError, or None once cleared
    loaded = Signal()  # a first page or a further page was applied

    COLUMNS = 0  # subclasses: how many

    def __init__(self, fetch: Fetch, *, page_size: int, page_max: int, parent=None) -> None:
        super().__init__(parent)
        self._fetch = fetch
        self.page_size = max(1, min(page_size, page_max))
        self._rows: list[Any] = []
        self._keys: set[Hashable] = set()
        self._offset = 0  # rows of the server's list consumed: the next page starts there
        self.total: int | None = None  # rows matching the query, once the server said
        self.error: Exception | None = None
        self.started = False
        self._task: asyncio.Task | None = None
        self._generation = 0
        self._retry: Callable[[], None] | None = None
        self._busy_reported = False
        self.requests = 0  # sent so far (diagnostics and tests)

    # --- what subclasses say ------------------------------------------------------------------
    def key(self, item: Any) -> Hashable:
        raise NotImplementedError

    def query(self) -> dict[str, Any]:
        """What the server is asked besides offset and limit."""
        return {}

    # --- state --------------------------------------------------------------------------------
    @property
    def busy(self) -> bool:
        return self._task is not None and not self._task.done()

    def item_at(self, row: int) -> Any | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, key: Hashable) -> int:
        """The row showing the item with this key; -1 if none is loaded."""
        for row, item in enumerate(self._rows):
            if self.key(item) == key:
                return row
        return -1

    async def wait_idle(self) -> None:
        """Until no request is pending (for tests)."""
        while self.busy:
            await asyncio.wait({self._task})
            await asyncio.sleep(0)

    # --- queries ------------------------------------------------------------------------------
    def reload(self) -> None:
        """Ask for the first page (again)."""
        self.started = True
        self._run(self._load_first(), replace=True)

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
            log.error("%s request failed", type(self).__name__, exc_info=error)
            self._set_error(error)
        self._report_busy(False)

    def _report_busy(self, busy: bool) -> None:
        if busy != self._busy_reported:
            self._busy_reported = busy
            self.busy_changed.emit(busy)

    async def _get(self, offset: int, retry: Callable[[], None]) -> Page | None:
        from akonet_desktop.client.errors import ClientError

        self.requests += 1
        try:
            return await self._fetch(offset=offset, limit=self.page_size, **self.query())
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
        self._keys = {self.key(item) for item in self._rows}
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
        fresh = [item for item in page.items if self.key(item) not in self._keys]
        if fresh:
            self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows) + len(fresh) - 1)
            self._rows.extend(fresh)
            self._keys.update(self.key(item) for item in fresh)
            self.endInsertRows()
        self._offset += len(page.items)
        self.total = self._total(page)
        self.loaded.emit()

    def _total(self, page: Page) -> int:
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
        return 0 if parent.isValid() else self.COLUMNS

    def retranslate(self) -> None:
        """Headers and cells follow the interface language."""
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.columnCount() - 1)
        if self.rowCount():
            self.dataChanged.emit(self.index(0, 0), self.index(self.rowCount() - 1, self.columnCount() - 1))
