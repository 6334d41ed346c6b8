"""The Devices view with 100,000 devices for one company, on the embedded server, in one run.

The inventory is filled first by `akonet-server inventory demo --count N --preactivate-for EMAIL`
(in a child process, so its memory is not counted), then that address and a second one (no
device: the baseline) register through the API. In this process: the embedded server, a
QApplication on a qasync loop, and for each company a fresh main window whose start view is the
Devices view. Measured:

- first_rows_ms: from creating and showing the window to the first rows painted (the baseline
  paints the empty state instead);
- filter_ms: from the search box's debounce timer firing (typing pauses SEARCH_DELAY_MS before
  it fires; that delay is not included) to the filtered rows painted;
- scroll_to_end_ms: scrolling to the bottom again and again until every page is loaded and the
  last rows are painted (pages of the view's page size, fetched by the view itself);
- rss_peak_mb: peak resident memory of this process (the app and its embedded server) while the
  view is open; the peak is reset between the baseline and the big company where Linux allows.

Printed one `name=value` per line, the empty view's first (`empty_…`), then the goals' ratios.
Goals: first rows ≤ 300 ms, filter ≤ 150 ms, RSS growth ≤ 60 MB over the empty view.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

BIG = "flota@frio-grande.es"
EMPTY = "vacia@frio-chico.es"
SEARCH = "Freezer 12"  # typed in one burst: the debounce fires once


def progress(message: str) -> None:
    print(f"# {message}", file=sys.stderr, flush=True)


def rss_mb() -> tuple[float, float]:
    """(current, peak) resident set size of this process, in MB."""
    values = {}
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith(("VmRSS:", "VmHWM:")):
                key, amount, _unit = line.split()
                values[key] = int(amount) / 1024
    return values["VmRSS:"], values["VmHWM:"]


def reset_peak() -> bool:
    """Linux ≥ 4.0: writing 5 to clear_refs resets VmHWM to the current RSS."""
    try:
        with open("/proc/self/clear_refs", "w") as refs:
            refs.write("5")
        return True
    except OSError:
        return False


def seed(data_dir: Path, count: int) -> float:
    url = f"sqlite:///{data_dir / 'akonet.sqlite3'}"
    started = time.perf_counter()
    subprocess.run(
        [
            sys.executable,
            "-m",
            "akonet_desktop.server.cli",
            "inventory",
            "demo",
            "--count",
            str(count),
            "--preactivate-for",
            BIG,
            "--database-url",
            url,
        ],
        check=True,
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
    )
    return time.perf_counter() - started


class PaintWatch:
    """Resolves a future once the table's viewport has painted while `ready()` holds; the time
    is taken after the paint itself."""

    def __init__(self, viewport) -> None:
        from PySide6.QtCore import QCoreApplication, QEvent, QObject

        watch = self

        class Filter(QObject):
            def eventFilter(self, watched, event):  # noqa: N802 - Qt's name
                if event.type() == QEvent.Type.Paint and watch.future is not None and watch.ready():
                    viewport.removeEventFilter(self)
                    QCoreApplication.sendEvent(watched, event)  # paint now, then stop the clock
                    watch.future.set_result(time.perf_counter())
                    watch.future = None
                    return True
                return False

        self.viewport = viewport
        self.filter = Filter()
        self.future: asyncio.Future | None = None
        self.ready = lambda: True

    def arm(self, ready=lambda: True) -> asyncio.Future:
        self.future = asyncio.get_running_loop().create_future()
        self.ready = ready
        self.viewport.installEventFilter(self.filter)
        self.viewport.update()
        return self.future


async def open_devices(url: str, email: str):
    """A signed-in client and the moment its main window (Devices view first) is shown."""
    from akonet_desktop.client.api_client import AkonetClient
    from tests.support.api import STRONG_PASSWORD

    client = AkonetClient(url)
    signed = await client.login(email, STRONG_PASSWORD)
    return client, signed


async def measure(url: str, email: str, results: dict[str, float], prefix: str) -> None:
    from PySide6.QtTest import QTest

    from akonet_desktop.api.models import Me
    from akonet_desktop.gui.main_window import MainWindow

    client, signed = await open_devices(url, email)
    me = Me(user=signed.user, company=signed.company)
    await asyncio.sleep(0.2)  # the sign-in's hashing is over: it is not the view's memory
    peak_reset = reset_peak()

    # --- opening the view: to the first rows (or the empty state) painted ---------------------
    started = time.perf_counter()
    window = MainWindow(me, has_mailbox=True, client=client)
    view = window.devices
    table = view.ui.table
    # Time spent in requests (HTTP, the embedded server, parsing the page), to tell it apart.
    in_requests = [0.0]
    fetch = view.model._fetch

    async def timed_fetch(**query):
        begun = time.perf_counter()
        try:
            return await fetch(**query)
        finally:
            in_requests[0] += time.perf_counter() - begun

    view.model._fetch = timed_fetch
    watch = PaintWatch(table.viewport())
    empty_page = view.ui.emptyPage
    if prefix:  # the baseline: no device, the empty state is what gets painted
        done = asyncio.get_running_loop().create_future()

        def empty_painted() -> None:
            if view.is_empty() and not done.done():
                view.ui.emptyTitle.repaint()
                done.set_result(time.perf_counter())

        view.model.loaded.connect(empty_painted)
        window.resize(1180, 680)
        window.show()
        painted = await done
        assert view.ui.stack.currentWidget() is empty_page
    else:
        first = watch.arm(lambda: view.model.rowCount() > 0)
        window.resize(1180, 680)
        window.show()
        painted = await first
    results[f"{prefix}first_rows_ms"] = (painted - started) * 1000
    progress(f"{prefix}first rows painted")
    await view.model.wait_idle()

    # --- a search: from the debounce firing to the filtered rows painted ----------------------
    fired: list[float] = []
    view.search_timer.timeout.disconnect()
    view.search_timer.timeout.connect(lambda: fired.append(time.perf_counter()))
    view.search_timer.timeout.connect(view.apply_filter)
    filtered = asyncio.get_running_loop().create_future()

    def loaded() -> None:
        if view.model.query == SEARCH and not filtered.done():
            if prefix:
                view.ui.noMatchLabel.repaint()
                filtered.set_result(time.perf_counter())
            else:
                watch.arm().add_done_callback(lambda f: filtered.set_result(f.result()))

    view.model.loaded.connect(loaded)
    in_requests[0] = 0.0
    if prefix:  # the empty state has no search box on screen: type into it all the same
        view.ui.searchEdit.setText(SEARCH)
    else:
        view.ui.searchEdit.setFocus()
        QTest.keyClicks(view.ui.searchEdit, SEARCH)
    progress(f"{prefix}typed")
    done_at = await filtered
    progress(f"{prefix}filtered")
    results[f"{prefix}filter_ms"] = (done_at - fired[0]) * 1000
    results[f"{prefix}filter_request_ms"] = in_requests[0] * 1000
    results[f"{prefix}filter_rows"] = view.model.total
    view.model.loaded.disconnect(loaded)

    # --- back to everything, then scroll to the end ----------------------------------------------
    view.ui.searchEdit.clear()
    view.apply_filter()
    await view.model.wait_idle()
    in_requests[0] = 0.0
    started = time.perf_counter()
    requests = view.model.requests
    stalls = 0
    while view.model.canFetchMore():
        before = view.model.rowCount()
        table.scrollToBottom()  # at the bottom, the view asks the model for the next page
        await asyncio.sleep(0)
        await view.model.wait_idle()
        if view.model.rowCount() == before and view.model.canFetchMore():
            stalls += 1
            view.model.fetchMore()
            await view.model.wait_idle()
    if table.isVisible():  # (the empty state shows no table)
        table.scrollToBottom()
        await watch.arm(lambda: table.rowAt(table.viewport().height() - 1) in (-1, view.model.rowCount() - 1))
    results[f"{prefix}scroll_to_end_ms"] = (time.perf_counter() - started) * 1000
    results[f"{prefix}scroll_requests_ms"] = in_requests[0] * 1000  # HTTP + server + parsing
    results[f"{prefix}rows"] = view.model.rowCount()
    results[f"{prefix}pages"] = view.model.requests - requests
    if stalls:
        results[f"{prefix}stalls"] = stalls
    await asyncio.sleep(0.1)
    current, peak = rss_mb()
    results[f"{prefix}rss_mb"] = current
    results[f"{prefix}rss_peak_mb"] = peak
    results[f"{prefix}peak_reset"] = 1 if peak_reset else 0
    window.close()
    await client.aclose()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--count", type=int, default=100_000)
    args = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix="akonet-bench-") as tmp:
        data_dir = Path(tmp) / "data"
        data_dir.mkdir()
        seed_s = seed(data_dir, args.count)

        import qasync
        from PySide6.QtCore import QLocale
        from PySide6.QtWidgets import QApplication

        from akonet_desktop.client.embedded import EmbeddedServer
        from akonet_desktop.gui.devices.view import SEARCH_DELAY_MS
        from tests.support.live import register_owner

        app = QApplication([sys.argv[0]])
        app.setQuitOnLastWindowClosed(False)
        QLocale.setDefault(QLocale("en_US"))
        loop = qasync.QEventLoop(app)
        asyncio.set_event_loop(loop)
        server = EmbeddedServer(data_dir)
        url = server.start()
        try:
            register_owner(url, server.maildir, EMPTY)
            register_owner(url, server.maildir, BIG)
            results: dict[str, float] = {}
            with loop:
                loop.run_until_complete(measure(url, EMPTY, results, "empty_"))
                loop.run_until_complete(measure(url, BIG, results, ""))
        finally:
            server.stop()

    print(f"devices={args.count}")
    print(f"seed_s={seed_s:.1f}")
    print(f"search_debounce_ms={SEARCH_DELAY_MS}  # typing pause before the request; not in filter_ms")
    for name in (
        "first_rows_ms",
        "filter_ms",
        "filter_request_ms",
        "filter_rows",
        "scroll_to_end_ms",
        "scroll_requests_ms",
        "rows",
        "pages",
        "stalls",
        "rss_mb",
        "rss_peak_mb",
        "peak_reset",
    ):
        for key in (f"empty_{name}", name):
            if key in results:
                value = results[key]
                print(f"{key}={value:.1f}" if key.endswith(("_ms", "_mb")) else f"{key}={int(value)}")
    growth = results["rss_peak_mb"] - results["empty_rss_peak_mb"]
    print(f"rss_growth_mb={growth:.1f}")
    print(f"first_rows_goal_ratio={results['first_rows_ms'] / 300:.2f}  # ≤ 1 meets 300 ms")
    print(f"filter_goal_ratio={results['filter_ms'] / 150:.2f}  # ≤ 1 meets 150 ms")
    print(f"rss_growth_goal_ratio={growth / 60:.2f}  # ≤ 1 meets 60 MB")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
