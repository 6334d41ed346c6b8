"""Cyclic garbage is collected on the GUI thread only, while the collector runs."""

from __future__ import annotations

import gc
import threading
import weakref

from akonet_desktop.gui.common.gui_thread_gc import GuiThreadCollector


class Cycle:
    def __init__(self) -> None:
        self.me = self


def test_a_cycle_made_on_another_thread_is_collected_on_this_one(qapp):
    collector = GuiThreadCollector(interval_ms=10_000)  # the test calls collect() itself
    try:
        assert not gc.isenabled()  # the fixture's collector runs too: collection stays off
        refs = []

        def allocate() -> None:
            for _ in range(5 * collector.thresholds[0]):  # past every threshold of an automatic pass
                refs.append(weakref.ref(Cycle()))

        worker = threading.Thread(target=allocate)
        worker.start()
        worker.join()
        assert all(ref() is not None for ref in refs)  # nothing collected there
        collector.collect()
        assert all(ref() is None for ref in refs[:-1]) and collector.collections == 1
    finally:
        collector.timer.stop()  # leave gc off: the per-test collector gives it back at teardown
        collector.deleteLater()


def test_nothing_is_collected_below_the_threshold(qapp):
    collector = GuiThreadCollector(interval_ms=10_000)
    try:
        gc.collect()
        collector.collect()
        assert collector.collections == 0
    finally:
        collector.timer.stop()
        collector.deleteLater()
