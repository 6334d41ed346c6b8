"""Diagnostics for start-up benchmarks: report the first paint of a window, then quit."""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget


class _FirstPaint(QObject):
    def __init__(self, started: float, done: Callable[[], None], parent: QObject) -> None:
        super().__init__(parent)
        self._started = started
        self._done = done
        self._seen = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and not self._seen:
            self._seen = True
            print(f"first_paint_ms={(time.perf_counter() - self._started) * 1000:.1f}", flush=True)
            QTimer.singleShot(0, self._done)
        return False


def exit_after_first_paint(window: QWidget, started: float, done: Callable[[], None]) -> None:
    window.installEventFilter(_FirstPaint(started, done, parent=window))
