"""Marks along a company's devices list: the sort keys of every STRIDE-th row, in one order.

An offset jump (the desktop's scroll bar dragged to the middle) walked every index entry before
its page: 50,000 of them at 100,000 devices, 1.7 ms on SQLite and more on PostgreSQL, on every
jump. With marks, a jump seeks to the mark before its position (keyset, like a cursor) and walks
fewer than STRIDE entries from there: 290 such jumps a second where walking served 190
(bench/devices_api.py, offset_middle, SQLite).

The marks of an order (a sort, its direction, a status filter) are found when a jump first needs
them, each from the one before: one seek and a walk of STRIDE entries. They are kept like the
counts (counts.py) and for as long: `device_counts_seconds` per process, forgotten when this
process changes the company's devices. So a jump lands where its position was at most those
seconds ago: renames in another process, and heartbeats in the orders by last contact and status,
move rows meanwhile, as they move the counts the jump is computed against. With
`device_counts_seconds` 0 nothing is kept and every jump walks, exactly.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta

STRIDE = 4096  # a jump walks fewer index entries than this after its mark: ~0.15 ms on SQLite at most
_ORDERS_KEPT = 1_000  # at most n / STRIDE marks each: 245 at a million devices


@dataclass(frozen=True)
class OrderKey:
    company_id: int
    sort: str
    reverse: bool  # the direction read: a page near the end is read backwards
    status: str | None


@dataclass
class _Entry:
    marks: tuple[tuple, ...]  # mark i: the keys of the row at position (i + 1) * STRIDE - 1
    complete: bool  # the last mark is the last there is: the list ended before the next
    until: datetime


@dataclass(frozen=True)
class Known:
    marks: tuple[tuple, ...]
    complete: bool
    until: datetime | None  # when these marks expire (None: there were none)


class PositionMarks:
    def __init__(self, seconds: float, now: Callable[[], datetime]) -> None:
        self._keep = timedelta(seconds=seconds)
        self._now = now
        self._entries: OrderedDict[OrderKey, _Entry] = OrderedDict()
        # Per company, how many forget()s ran: marks found across one are not kept. Per company:
        # the joiner's batches for one company must not void the marks another is finding.
        self._generations: dict[int, int] = {}
        self._lock = threading.Lock()

    def for_company(self, company_id: int) -> CompanyMarks:
        """The company's marks as one request sees them. Call it before the request's first read:
        on SQLite a read sees the database as of its transaction's first statement, and marks
        found from an older state than a forget() must not be kept after it."""
        with self._lock:
            return CompanyMarks(self, company_id, self._generations.get(company_id, 0))

    @property
    def kept(self) -> bool:
        return bool(self._keep)

    def known(self, key: OrderKey) -> Known:
        """The marks of `key` still fresh (none if nothing is kept)."""
        now = self._now()
        with self._lock:
            entry = self._entries.get(key)
            if entry is None or now >= entry.until:
                self._entries.pop(key, None)
                return Known((), False, None)
            self._entries.move_to_end(key)
            return Known(entry.marks, entry.complete, entry.until)

    def extend(self, key: OrderKey, generation: int, known: Known, marks: tuple[tuple, ...], complete: bool) -> None:
        """Keep `marks`, found from `known` by a request that began at `generation`, unless this
        process changed the company since.

        They live as long as the first of them (`known`'s): no mark is kept longer than the kept
        time. Of two requests extending the same order, the longer marks stay."""
        with self._lock:
            if not self._keep or generation != self._generations.get(key.company_id, 0):
                return
            entry = self._entries.get(key)
            if entry is not None and (len(entry.marks) > len(marks) or entry.complete):
                return
            until = known.until if known.until is not None else self._now() + self._keep
            self._entries[key] = _Entry(marks, complete, until)
            self._entries.move_to_end(key)
            while len(self._entries) > _ORDERS_KEPT:
                self._entries.popitem(last=False)

    def forget(self, company_id: int) -> None:
        """After this process changed the company's devices (activated, joined, renamed)."""
        with self._lock:
            self._generations[company_id] = self._generations.get(company_id, 0) + 1
            for key in [key for key in self._entries if key.company_id == company_id]:
                del self._entries[key]


@dataclass(frozen=True)
class CompanyMarks:
    """One company's marks, for one request: what `PositionMarks.for_company` read."""

    cache: PositionMarks
    company_id: int
    generation: int

    @property
    def kept(self) -> bool:
        return self.cache.kept

    def known(self, key: OrderKey) -> Known:
        return self.cache.known(key)

    def extend(self, key: OrderKey, known: Known, marks: tuple[tuple, ...], complete: bool) -> None:
        self.cache.extend(key, self.generation, known, marks, complete)
