"""A window onto a long list that a server pages: rows fetched in blocks around what is on screen,
blocks far from it dropped, so that any position is one request away and memory does not grow with
how far one scrolls. Qt-free; `gui/devices/model.py` adapts it to a QAbstractTableModel.

- `reset()` asks a new query's first block. What is shown stays until it arrives; then the
  listener swaps it in at once, with the row count the server gave (`total`).
- `show(first, last)` says which rows are on screen. The blocks holding them are fetched first,
  in one request where the server's page size allows (`blocks_per_request`); then the blocks
  within `margin` rows around them, one at a time. A fetch for blocks that are no longer wanted
  (the person scrolled past them) is cancelled.
- `locate(row)` gives a loaded row; a row asked for and not loaded (or stale) is *demanded*:
  the rows demanded during one turn of the event loop (one paint) become one `show()`.
- `hold()` … `release()`: nothing new is fetched in between (the person drags the scroll bar's
  handle: the rows it passes over are not worth a request); then what is shown then is.
- At most `budget` blocks are kept: the least recently used go first, never a wanted one.
- `refresh()` makes every block stale: those on screen are fetched again at once, the others
  when they come into view (shown as they were until then).
- A block whose predecessor is loaded and fresh is asked with that block's `next_cursor` as
  well as its offset, so the server can seek instead of counting rows; a server that has no
  cursors (none given, or the one sent refused) is asked by offset alone.
- Every answer is checked against the query it was asked for (`generation`): one that comes
  back after a new sort or filter is dropped, never shown.
"""

from __future__ import annotations

import asyncio
import functools
import logging
from collections import OrderedDict
from collections.abc import Awaitable, Callable, Hashable, Sequence
from dataclasses import dataclass
from typing import Any, Protocol

from akonet_desktop.client.errors import ApiFailure, ClientError

log = logging.getLogger(__name__)

BLOCK_SIZE = 200
BUDGET = 20  # blocks kept: 4,000 rows at the default size
MARGIN = 100  # rows fetched beyond each edge of the screen, after the screen's own
# What a server says about a cursor it cannot use (another sort, expired, malformed).
CURSOR_REFUSALS = frozenset({400, 409, 410, 422})


class Rows(Protocol):
    """What `pack()` makes of a page's items."""

    def __len__(self) -> int: ...

    def index_of(self, key: Hashable) -> int:
        """The position of the row with this key, or -1."""
        ...


class Page(Protocol):
    items: Sequence[Any]
    total: int  # rows matching the query
    # and, from servers that have them, `next_cursor: str | None`


Fetch = Callable[[int, int, str | None], Awaitable[Page]]  # (offset, limit, cursor) -> a Page
Apply = Callable[[], None]


class WindowListener(Protocol):
    """Told of every change, with the change itself to run (`apply`) between its own signals."""

    def window_reset(self, apply: Apply) -> None:
        """A new query's first block: everything shown is replaced."""

    def window_resized(self, old: int, new: int, apply: Apply) -> None:
        """The row count changes (rows added or removed at the end)."""

    def window_block(self, first: int, old: Rows | None, new: Rows, apply: Apply) -> None:
        """A block arrived for the rows from `first` on (`old`: the rows it replaces, if loaded)."""

    def window_page(self, page: Page) -> None:
        """Any answer, after the above (whatever else it carries: counts)."""

    def window_busy(self, busy: bool) -> None: ...

    def window_failed(self, error: Exception | None) -> None: ...


@dataclass(slots=True, eq=False)
class Block:
    rows: Rows
    next_cursor: str | None
    epoch: int  # the refresh it was fetched in


class RowWindow:
    def __init__(
        self,
        fetch: Fetch,
        pack: Callable[[Sequence[Any]], Rows],
        listener: WindowListener,
        *,
        block_size: int = BLOCK_SIZE,
        budget: int = BUDGET,
        margin: int = MARGIN,
        blocks_per_request: int = 1,
    ) -> None:
        self._fetch = fetch
        self._pack = pack
        self._listener = listener
        self.block_size = max(1, block_size)
        self.budget = max(2, budget)
        self.margin = max(0, margin)
        self.blocks_per_request = max(1, blocks_per_request)
        self.total: int | None = None  # rows matching the current query, once the server said
        self.blocks: OrderedDict[int, Block] = OrderedDict()  # least recently used first
        self.generation = 0  # the query: answers to an older one are dropped
        self.epoch = 0  # the refresh: older blocks are stale
        self.error: Exception | None = None
        self.requests = 0  # sent so far (diagnostics and tests)
        self.cancelled = 0  # fetches cancelled so far (diagnostics and tests)
        self._first: asyncio.Task | None = None  # a new query's first block
        self._tasks: dict[int, asyncio.Task] = {}  # block index -> the fetch bringing it
        self._task_blocks: dict[asyncio.Task, range] = {}  # a fetch -> the blocks it brings
        self._running: set[asyncio.Task] = set()  # every task not done, cancelled ones too
        self._failed_first = False
        self._stopped = False  # by a failure: nothing is fetched on its own until retry or refresh
        self._visible = (0, -1)  # blocks on screen, first and last
        self._around = (0, -1)  # the same with the margin
        self._shown: tuple[int, int] | None = None  # the rows last shown
        self._asked: list[int] | None = None  # [lowest, highest] row demanded this turn
        self._touched = -1  # the block last used (moved to the end of `blocks`)
        self._busy = False
        self._closed = False
        self._held = False

    # --- state --------------------------------------------------------------------------------
    @property
    def busy(self) -> bool:
        return self._first is not None or bool(self._tasks)

    @property
    def switching(self) -> bool:
        """A new query's first block is on its way (what is shown is the old query's)."""
        return self._first is not None

    @property
    def held(self) -> int:
        """Rows held in memory."""
        return sum(len(block.rows) for block in self.blocks.values())

    def pending(self) -> list[int]:
        """Blocks being fetched."""
        return sorted(self._tasks)

    def locate(self, row: int) -> tuple[Rows, int] | None:
        """(the block's rows, the position in them) of a loaded row; None, and the row demanded,
        if it is not loaded. A stale row is given and demanded."""
        index, at = divmod(row, self.block_size)
        block = self.blocks.get(index)
        if block is None or at >= len(block.rows):
            if self.total is not None and 0 <= row < self.total:
                self.demand(row)
            return None
        if index != self._touched:
            self.blocks.move_to_end(index)
            self._touched = index
        if block.epoch != self.epoch:
            self.demand(row)
        return block.rows, at

    def row_of(self, key: Hashable, *, skip: int | None = None) -> int:
        """The row of the loaded row with this key (the first found), or -1."""
        for index, block in self.blocks.items():
            if index == skip:
                continue
            at = block.rows.index_of(key)
            if at >= 0:
                return index * self.block_size + at
        return -1

    async def wait_idle(self) -> None:
        """Until no fetch is running or about to start (for tests and the benchmark)."""
        while self._running or self._asked is not None:
            if self._running:
                await asyncio.wait(set(self._running))  # never raises a task's own failure
            await asyncio.sleep(0)  # done-callbacks and a demand's flush start what follows

    # --- what the person does -----------------------------------------------------------------
    def reset(self) -> None:
        """A new query (sort, filter) or the first: ask its first block."""
        if self._closed:
            return
        self.generation += 1
        self._cancel_all()
        self._stopped = False
        self._first = self._start(self._load_first(self.generation), self._first_done)
        self._report_busy()

    def show(self, first: int, last: int) -> None:
        """Rows first…last are on screen: fetch what they need, cancel what they no longer do."""
        self._shown = (first, last)
        if self.total is None or self._first is not None:
            return  # the first answer brings its own rows
        last = min(last, self.total - 1)
        first = max(0, min(first, last))
        if last < 0:
            self._visible = self._around = (0, -1)
        else:
            size = self.block_size
            top, bottom = first // size, last // size
            bottom = min(bottom, top + self.budget // 2 - 1)  # never more than half the budget
            self._visible = (top, bottom)
            self._around = (max(0, first - self.margin) // size, min(self.total - 1, last + self.margin) // size)
        low, high = self._around
        for task, indices in list(self._task_blocks.items()):
            if not any(low <= index <= high for index in indices):
                self._cancel(task)
        self._pump()

    def hold(self) -> None:
        """Fetch nothing new until `release()` (fetches already on their way go on, unless
        what is shown moves away from them)."""
        self._held = True

    def release(self) -> None:
        """Fetch what is shown now."""
        if self._held:
            self._held = False
            if self._shown is not None:
                self.show(*self._shown)

    def demand(self, row: int) -> None:
        if self._stopped or self._first is not None or self._closed:
            return  # nothing is fetched on its own after a failure, nor for the old query
        if self._asked is None:
            self._asked = [row, row]
            asyncio.get_event_loop().call_soon(self._flush)
        elif row < self._asked[0]:
            self._asked[0] = row
        elif row > self._asked[1]:
            self._asked[1] = row

    def refresh(self, first: int | None = None, last: int | None = None) -> None:
        """Fetch the rows on screen again (by default those last shown); every other block is
        stale from now on. Nothing on screen: the first block, for the new count. After a
        failure, this is a retry (the failure stays shown until an answer comes)."""
        if self._first is not None:
            return  # a new query's first answer is on its way: fresh by definition
        self._stopped = False
        if self.total is None or self._failed_first:
            self.reset()
            return
        self.epoch += 1
        self._cancel_blocks()
        if first is None or last is None:
            first, last = self._shown or (0, 0)
        if self.total > 0 and first <= last and first < self.total:
            self.show(first, last)
        else:
            self._visible = self._around = (0, 0)
            self._spawn(0, 1)
            self._report_busy()

    def retry(self) -> None:
        """After a failure: ask again what failed (and what is on screen)."""
        if self.error is None or self.busy:
            return
        first_failed = self._failed_first or self.total is None
        self._stopped = False
        self._set_error(None)
        if first_failed:
            self.reset()
        else:
            self.show(*(self._shown or (0, 0)))

    def close(self) -> None:
        """Cancel everything pending, for good (the window closes)."""
        self._closed = True
        self.generation += 1
        self._cancel_all()

    # --- fetching -----------------------------------------------------------------------------
    def _flush(self) -> None:
        asked, self._asked = self._asked, None
        if asked is not None and not self._stopped:
            self.show(asked[0], asked[1])

    def _needs(self, index: int) -> bool:
        if self.total is None or index * self.block_size >= self.total:
            return False
        block = self.blocks.get(index)
        return block is None or block.epoch != self.epoch

    def _pump(self) -> None:
        """Start what is wanted: the screen's blocks at once, then the margin's one by one."""
        if self._stopped or self._first is not None or self._closed or self._held:
            return
        top, bottom = self._visible
        run: list[int] = []  # consecutive blocks needed, asked for together
        for index in range(top, bottom + 2):
            if index <= bottom and index not in self._tasks and self._needs(index):
                run.append(index)
                if len(run) < self.blocks_per_request:
                    continue
            if run:
                self._spawn(run[0], len(run))
                run = []
        if not self._tasks:
            low, high = self._around
            # nearest to the screen first: below it, then above it
            for index in (*range(bottom + 1, high + 1), *range(top - 1, low - 1, -1)):
                if self._needs(index):
                    self._spawn(index, 1)
                    break
        self._report_busy()

    def _start(self, coro, done: Callable[[asyncio.Task], None]) -> asyncio.Task:
        task = asyncio.ensure_future(coro)
        self._running.add(task)
        task.add_done_callback(self._running.discard)
        task.add_done_callback(done)
        return task

    def _spawn(self, first: int, count: int) -> None:
        task = self._start(self._load_blocks(first, count, self.generation, self.epoch), self._blocks_done)
        indices = range(first, first + count)
        self._task_blocks[task] = indices
        for index in indices:
            self._tasks[index] = task

    def _forget(self, task: asyncio.Task) -> bool:
        """No longer waits for this fetch; whether it was waited for."""
        indices = self._task_blocks.pop(task, None)
        for index in indices or ():
            del self._tasks[index]
        return indices is not None

    def _cancel(self, task: asyncio.Task) -> None:
        if self._forget(task) and not task.done():
            task.cancel()
            self.cancelled += 1

    def _cancel_blocks(self) -> None:
        for task in list(self._task_blocks):
            self._cancel(task)

    def _cancel_all(self) -> None:
        self._cancel_blocks()
        first, self._first = self._first, None
        if first is not None and not first.done():
            first.cancel()
        self._asked = None
        self._report_busy()

    async def _ask(self, offset: int, limit: int, cursor: str | None) -> Page:
        self.requests += 1
        if cursor is None:
            return await self._fetch(offset, limit, None)
        try:
            return await self._fetch(offset, limit, cursor)
        except ApiFailure as refused:
            if refused.status not in CURSOR_REFUSALS:
                raise
            log.info("cursor refused (%s): asking by offset", refused.code)
        self.requests += 1
        return await self._fetch(offset, limit, None)

    async def _load_first(self, generation: int) -> None:
        page = await self._ask(0, self.block_size, None)
        if generation != self.generation:
            return
        total = self._total_after(0, self.block_size, page)
        rows = self._pack(page.items) if page.items else None

        def apply() -> None:
            self.blocks.clear()
            self._touched = -1
            self.total = total
            self.epoch += 1
            if rows is not None:
                self.blocks[0] = Block(rows, getattr(page, "next_cursor", None), self.epoch)
            self._visible = self._around = (0, -1)
            self._shown = None

        self._first = None  # rows asked for from here on are the new query's
        self._failed_first = False
        self._set_error(None)
        self._listener.window_reset(apply)
        self._listener.window_page(page)

    def _first_done(self, task: asyncio.Task) -> None:
        if self._first is task:
            self._first = None
        if not task.cancelled() and task.exception() is not None:
            self._failed_first = True
            self._failed(task.exception())
        self._report_busy()

    async def _load_blocks(self, first: int, count: int, generation: int, epoch: int) -> None:
        previous = self.blocks.get(first - 1)
        cursor = previous.next_cursor if previous is not None and previous.epoch == epoch else None
        size = self.block_size
        page = await self._ask(first * size, count * size, cursor)
        task = asyncio.current_task()
        if generation != self.generation or self._tasks.get(first) is not task:
            return  # another query, or no longer wanted
        self._forget(task)
        self._take(first, count, page, epoch)

    def _blocks_done(self, task: asyncio.Task) -> None:
        wanted = self._forget(task)  # still waited for: it failed (else it forgot itself)
        if wanted and not task.cancelled() and task.exception() is not None:
            self._failed(task.exception())
        self._pump()  # what comes next: the margin, or what was waiting for this one
        self._report_busy()

    def _take(self, first: int, count: int, page: Page, epoch: int) -> None:
        self._set_error(None)
        size = self.block_size
        offset = first * size
        total = self._total_after(offset, count * size, page)
        if total != self.total:
            self._listener.window_resized(self.total, total, functools.partial(self._resize, total))
        items = page.items
        for index in range(first, first + count):
            start = (index - first) * size
            chunk = items[start : start + size]
            old = self.blocks.get(index)
            if not chunk or index * size >= total or (old is not None and old.epoch > epoch):
                continue
            rows = self._pack(chunk)
            # Only the last block of an answer can use its cursor: it is the answer's last row's.
            cursor = getattr(page, "next_cursor", None) if index == first + count - 1 else None
            block = Block(rows, cursor, epoch)
            self._listener.window_block(
                index * size, None if old is None else old.rows, rows, functools.partial(self._install, index, block)
            )
        self._listener.window_page(page)

    def _total_after(self, offset: int, limit: int, page: Page) -> int:
        """The row count an answer implies: the server's, unless its rows say otherwise (a short
        page is the last one, whatever the count said; rows given are rows that exist)."""
        received = len(page.items)
        end = offset + received
        if received < limit:
            return end if received else min(page.total, offset)
        return max(page.total, end)

    def _resize(self, total: int) -> None:
        self.total = total
        for index in [index for index in self.blocks if index * self.block_size >= total]:
            del self.blocks[index]

    def _install(self, index: int, block: Block) -> None:
        self.blocks[index] = block
        self.blocks.move_to_end(index)
        self._touched = index
        low, high = self._around
        top, bottom = self._visible
        while len(self.blocks) > self.budget:
            oldest = next(
                (i for i in self.blocks if not (low <= i <= high or top <= i <= bottom or i == index)),
                None,
            )
            if oldest is None:
                break
            del self.blocks[oldest]

    # --- reporting ----------------------------------------------------------------------------
    def _failed(self, error: BaseException | None) -> None:
        self._stopped = True
        if not isinstance(error, ClientError):
            log.error("a block of rows could not be loaded", exc_info=error)
        self._set_error(error)  # type: ignore[arg-type]

    def _set_error(self, error: Exception | None) -> None:
        if error is self.error:
            return
        self.error = error
        self._listener.window_failed(error)

    def _report_busy(self) -> None:
        busy = self.busy
        if busy != self._busy:
            self._busy = busy
            self._listener.window_busy(busy)
