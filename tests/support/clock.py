from __future__ import annotations

from datetime import UTC, datetime, timedelta

from akonet_desktop.server.clock import Clock


class ManualClock(Clock):
    """Moves only when a test says so: expiry is tested without sleeping."""

    def __init__(self, start: datetime | None = None) -> None:
        self._now = start or datetime.now(UTC)

    def now(self) -> datetime:
        return self._now

    def advance(self, **delta: float) -> None:
        self._now += timedelta(**delta)
