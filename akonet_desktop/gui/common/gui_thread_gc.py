"""Python's cyclic garbage is collected on the GUI thread, never on the embedded server's.

Qt objects must be destroyed on the thread that owns them. Python's collector runs in whichever
thread happens to allocate when a generation's threshold is passed; with the built-in server in
a thread of this process (client/embedded.py), that is often the server's thread. A window or
dialog caught in a reference cycle (a lambda connected to its own signal is enough) is then
destroyed there, and the app crashes at random. So automatic collection is turned off and a
timer on the GUI thread collects with the same thresholds, generation by generation (pyqtgraph's
GarbageCollector does the same, for the same reason).
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

INTERVAL_MS = 500  # garbage waits at most this long; a young-generation pass costs well under a millisecond


class GuiThreadCollector(QObject):
    """Create it on the GUI thread once the QApplication exists; `stop()` gives collection back to Python."""

    def __init__(self, parent: QObject | None = None, *, interval_ms: int = INTERVAL_MS) -> None:
        super().__init__(parent)
        self.thresholds = gc.get_threshold()
        self.collections = 0  # passes made (diagnostics and tests)
        gc.disable()
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.collect)
        self.timer.start()

    def collect(self) -> None:
        """What the automatic collector would have done by now: each older generation once its count passed."""
        young, middle, old = gc.get_count()
        if young <= self.thresholds[0]:
            return
        generation = 0
        if middle > self.thresholds[1]:
            generation = 2 if old > self.thresholds[2] else 1
        gc.collect(generation)
        self.collections += 1

    def stop(self) -> None:
        self.timer.stop()
        gc.enable()
