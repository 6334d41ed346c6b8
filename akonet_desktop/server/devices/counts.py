"""A company's device counts by status, kept a few seconds per server process.

Every page of the list shows them, and counting reads an index entry per device: at 100,000
devices that is most of a page's cost, and an organisation's desktops ask every 30 seconds. So
each process keeps a company's counts for `device_counts_seconds` (by the server's clock) and
serves them to every page meanwhile.

How stale they may be: statuses move on their own (heartbeats; the inactivity cut-off passes
with time), so the counts are those of at most that many seconds ago, as any figure on a screen
refreshed every 30 seconds is. What this process itself changes (a device activated, devices
joining at registration) it forgets at once, so the person who just activated a device sees it
counted; another process's activation shows within those seconds. While one request recounts
a company whose counts are due, the others keep serving the previous ones instead of counting
too.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import and_, false, func, select, true
from sqlalchemy.orm import Session

from akonet_desktop.api.models import DeviceCounts
from akonet_desktop.server.models import Device

_COMPANIES_KEPT = 10_000  # about 200 bytes each


def count(session: Session, company_id: int, cutoff: datetime) -> DeviceCounts:
    """Four index range counts (never one scan computing a status per row)."""

    def counted(*conditions):
        return select(func.count()).select_from(Device).where(Device.company_id == company_id, *conditions)

    ok = Device.alarm == false()
    total, alarms, never, silent = (
        session.connection()
        .execute(
            select(
                counted().scalar_subquery(),
                counted(Device.alarm == true()).scalar_subquery(),
                counted(and_(ok, Device.last_seen_at.is_(None))).scalar_subquery(),
                counted(and_(ok, Device.last_seen_at < cutoff)).scalar_subquery(),
            )
        )
        .one()
    )
    inactive = never + silent
    return DeviceCounts(total=total, alarm=alarms, inactive=inactive, active=total - alarms - inactive)


@dataclass
class _Entry:
    counts: DeviceCounts
    until: datetime


class DeviceCountsCache:
    def __init__(self, seconds: float, now: Callable[[], datetime]) -> None:
        self._keep = timedelta(seconds=seconds)
        self._now = now
        self._entries: OrderedDict[int, _Entry] = OrderedDict()
        self._counting: set[int] = set()
        self._forgotten = 0  # how many times forget() ran: counts begun before one are not kept
        self._lock = threading.Lock()

    def get(self, session: Session, company_id: int, cutoff: datetime) -> DeviceCounts:
        now = self._now()
        with self._lock:
            entry = self._entries.get(company_id)
            if entry is not None and (now < entry.until or company_id in self._counting):
                self._entries.move_to_end(company_id)
                return entry.counts
            self._counting.add(company_id)
            forgotten = self._forgotten
        try:
            counts = count(session, company_id, cutoff)
        finally:
            with self._lock:
                self._counting.discard(company_id)
        with self._lock:
            if self._keep and forgotten == self._forgotten:
                self._entries[company_id] = _Entry(counts, now + self._keep)
                self._entries.move_to_end(company_id)
                while len(self._entries) > _COMPANIES_KEPT:
                    self._entries.popitem(last=False)
        return counts

    def forget(self, company_id: int) -> None:
        """After this process changed which devices the company has."""
        with self._lock:
            self._forgotten += 1
            self._entries.pop(company_id, None)
