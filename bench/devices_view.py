"""The Devices view with 100,000 devices (or --count N) for one company, on the embedded server,
in one run.

Two companies register through the API on the embedded server: one for the devices, one with none
(the baseline); then, the server stopped, `akonet-server inventory demo --count N
--preactivate-for EMAIL` fills the inventory in a child process (its memory is not counted), the
devices joining the first company as they are made (seed_s). (Seeding first and registering
after works too, but past a batch the devices join after the registration, a batch a
transaction (server/devices/joining.py): a minute more at a million.) `--data-dir DIR` keeps that folder for the
next run (seeding a million devices takes a while): an existing one is used as it is. In this
process: the embedded server, a QApplication on a qasync loop, and for each company a fresh main
window whose start view is the Devices view. Measured:

- first_rows_ms: from creating and showing the window to the first rows painted (the baseline
  paints the empty state instead);
- filter_ms: from the search box's debounce timer firing (typing pauses SEARCH_DELAY_MS before
  it fires; that delay is not included) to the filtered rows painted;
- jump_to_end_ms, jump_to_middle_ms, jump_to_start_ms: from the scroll bar set to the bottom (the
  middle, the top), as a person lets go of its handle there, to those rows painted with their
  data (not placeholders). Each comes with `_request_ms` (in requests: HTTP, the server, parsing)
  and `_client_ms` (the rest: the view asking, and painting once the answer is in);
- rss_growth_mb: peak resident memory of this process (the app and its embedded server) after
  visiting the end, the middle and the start, over the empty view's; the peak is reset between
  the baseline and the big company where Linux allows;
- scroll_to_end_ms (information): from the top, the scroll bar moved by its page step again and
  again to the bottom, each step painted with its rows' data (`--no-scroll-through` skips it);
  rss_after_scroll_mb after it.

Printed one `name=value` per line, the empty view's first (`empty_…`), then the goals' ratios.
Goals at 100,000 devices: first rows ≤ 300 ms, filter ≤ 100 ms, jumps ≤ 150 ms, RSS growth
≤ 60 MB; at 1,000,000: first rows ≤ 300 ms, filter ≤ 150 ms, jumps ≤ 200 ms.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import subprocess
import sys
import tempfile
import time
from contextlib import ExitStack
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

BIG = "flota@frio-grande.es"
EMPTY = "vacia@frio-chico.es"
SEARCH = "Freezer 12"  # typed in one burst: the debounce fires once
READY = "bench-ready"  # marker in a kept data folder: both companies exist, the devices seeded


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


class TimedFetch:
    """The model's fetch, with the time spent in requests and when the last one began and ended."""

    def __init__(self, fetch) -> None:
        self.fetch = fetch
        self.reset()

    def reset(self) -> None:
        self.spent = 0.0
        self.count = 0
        self.first_began: float | None = None
        self.last_ended: float | None = None

    async def __call__(self, **query):
        begun = time.perf_counter()
        if self.first_began is None:
            self.first_began = begun
        try:
            return await self.fetch(**query)
        finally:
            ended = time.perf_counter()
            self.spent += ended - begun
            self.count += 1
            self.last_ended = ended


def rows_on_screen_loaded(view) -> bool:
    table, model = view.ui.table, view.model
    first = table.rowAt(0)
    last = table.rowAt(table.viewport().height() - 1)
    if first < 0:
        return False
    if last < 0:
        last = model.rowCount() - 1
    return all(model.is_loaded(row) for row in range(first, last + 1))


async def jump(view, watch: PaintWatch, timed: TimedFetch, value_of, results: dict, name: str) -> None:
    """Scroll bar to value_of(bar) → the rows there painted with their data."""
    bar = view.ui.table.verticalScrollBar()
    await view.model.wait_idle()
    timed.reset()
    started = time.perf_counter()
    painted = watch.arm(lambda: rows_on_screen_loaded(view))
    bar.setValue(value_of(bar))  # as when the person lets go of the handle there
    done = await painted
    total = (done - started) * 1000
    results[f"{name}_ms"] = total
    results[f"{name}_request_ms"] = timed.spent * 1000
    if timed.first_began is not None and timed.last_ended is not None:
        client = (timed.first_began - started) + (done - timed.last_ended)
        results[f"{name}_client_ms"] = client * 1000
    else:
        results[f"{name}_client_ms"] = total  # nothing asked: the rows were held
    results[f"{name}_requests"] = timed.count
    progress(f"{name}: {total:.0f} ms")


async def scroll_through(view, watch: PaintWatch, timed: TimedFetch, results: dict) -> None:
    """From the top to the bottom by the scroll bar's page step, each step painted with its rows."""
    from PySide6.QtWidgets import QAbstractSlider

    table = view.ui.table
    bar = table.verticalScrollBar()
    bar.setValue(0)
    await view.model.wait_idle()
    timed.reset()
    requests = view.model.requests
    started = time.perf_counter()
    steps = 0
    while bar.value() < bar.maximum():
        painted = watch.arm(lambda: rows_on_screen_loaded(view))
        bar.triggerAction(QAbstractSlider.SliderAction.SliderPageStepAdd)
        await painted
        steps += 1
        if steps % 500 == 0:
            progress(f"scrolled {steps} pages")
    results["scroll_to_end_ms"] = (time.perf_counter() - started) * 1000
    results["scroll_requests_ms"] = timed.spent * 1000
    results["scroll_steps"] = steps
    results["scroll_requests"] = view.model.requests - requests
    bottom = table.rowAt(table.viewport().height() - 1)
    results["last_row_reached"] = 1 if bottom in (-1, view.model.rowCount() - 1) else 0


async def measure(url: str, email: str, results: dict[str, float], prefix: str, scroll: bool) -> None:
    from PySide6.QtTest import QTest

    from akonet_desktop.api.models import Me
    from akonet_desktop.client.api_client import AkonetClient
    from akonet_desktop.gui.main_window import MainWindow
    from tests.support.api import STRONG_PASSWORD

    client = AkonetClient(url)
    signed = await client.login(email, STRONG_PASSWORD)
    me = Me(user=signed.user, company=signed.company)
    await asyncio.sleep(0.2)  # the sign-in's hashing is over: it is not the view's memory
    peak_reset = reset_peak()

    # --- opening the view: to the first rows (or the empty state) painted ---------------------
    started = time.perf_counter()
    window = MainWindow(me, has_mailbox=True, client=client)
    view = window.devices
    table = view.ui.table
    timed = TimedFetch(view.model._fetch)
    view.model._fetch = timed
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
        first = watch.arm(lambda: view.model.rowCount() > 0 and rows_on_screen_loaded(view))
        window.resize(1180, 680)
        window.show()
        painted = await first
    results[f"{prefix}first_rows_ms"] = (painted - started) * 1000
    results[f"{prefix}first_rows_request_ms"] = timed.spent * 1000
    progress(f"{prefix}first rows painted")
    await view.model.wait_idle()

    # --- a search: from the debounce firing to the filtered rows painted ----------------------
    fired: list[float] = []
    view.search_timer.timeout.disconnect()
    view.search_timer.timeout.connect(lambda: fired.append(time.perf_counter()))
    view.search_timer.timeout.connect(view.apply_filter)
    filtered = asyncio.get_running_loop().create_future()

    def loaded() -> None:
        if view.model.query == SEARCH and not view.model.window.switching and not filtered.done():
            if prefix:
                view.ui.noMatchLabel.repaint()
                filtered.set_result(time.perf_counter())
            elif not watch.future:
                watch.arm(lambda: rows_on_screen_loaded(view)).add_done_callback(
                    lambda f: filtered.done() or filtered.set_result(f.result())
                )

    view.model.loaded.connect(loaded)
    timed.reset()
    if prefix:  # the empty state has no search box on screen: type into it all the same
        view.ui.searchEdit.setText(SEARCH)
    else:
        view.ui.searchEdit.setFocus()
        QTest.keyClicks(view.ui.searchEdit, SEARCH)
    progress(f"{prefix}typed")
    done_at = await filtered
    progress(f"{prefix}filtered")
    results[f"{prefix}filter_ms"] = (done_at - fired[0]) * 1000
    results[f"{prefix}filter_request_ms"] = timed.spent * 1000
    results[f"{prefix}filter_rows"] = view.model.total
    view.model.loaded.disconnect(loaded)

    # --- back to everything; jumps to the end, the middle and the start -----------------------
    view.ui.searchEdit.clear()
    view.apply_filter()
    await view.model.wait_idle()
    if not prefix:
        await jump(view, watch, timed, lambda bar: bar.maximum(), results, "jump_to_end")
        await jump(view, watch, timed, lambda bar: bar.maximum() // 2, results, "jump_to_middle")
        await jump(view, watch, timed, lambda bar: 0, results, "jump_to_start")
        await view.model.wait_idle()
        results["rows_held"] = view.model.held
    await asyncio.sleep(0.1)
    current, peak = rss_mb()
    results[f"{prefix}rss_mb"] = current
    results[f"{prefix}rss_peak_mb"] = peak
    results[f"{prefix}peak_reset"] = 1 if peak_reset else 0

    # --- information: scrolling page by page through the whole list ----------------------------
    if not prefix and scroll:
        progress("scrolling through, page by page")
        await scroll_through(view, watch, timed, results)
        await view.model.wait_idle()
        results["rows_held_after_scroll"] = view.model.held
        await asyncio.sleep(0.1)
        results["rss_after_scroll_mb"], results["rss_peak_after_scroll_mb"] = rss_mb()
    window.close()
    await client.aclose()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--count", type=int, default=100_000)
    parser.add_argument("--data-dir", type=Path, help="keep the seeded folder here (reused when it exists)")
    parser.add_argument("--no-scroll-through", action="store_true", help="skip scroll_to_end_ms (long at 1M)")
    args = parser.parse_args()

    with ExitStack() as stack:
        if args.data_dir is not None:
            data_dir = args.data_dir.resolve()
            data_dir.mkdir(parents=True, exist_ok=True)
        else:
            data_dir = Path(stack.enter_context(tempfile.TemporaryDirectory(prefix="akonet-bench-"))) / "data"
            data_dir.mkdir()
        fresh = not (data_dir / READY).exists()
        if fresh and any(data_dir.iterdir()):
            parser.error(f"{data_dir} holds what an unfinished run left: remove it, or give another --data-dir")
        from akonet_desktop.client.embedded import EmbeddedServer

        seed_s = None
        if fresh:
            from tests.support.live import register_owner

            with EmbeddedServer(data_dir) as server:
                register_owner(server.url, server.maildir, EMPTY)
                register_owner(server.url, server.maildir, BIG)
            seed_s = seed(data_dir, args.count)
            (data_dir / READY).write_text(f"{args.count}\n")

        import qasync
        from PySide6.QtCore import QLocale
        from PySide6.QtWidgets import QApplication

        from akonet_desktop.gui.devices.view import SEARCH_DELAY_MS

        app = QApplication([sys.argv[0]])
        app.setQuitOnLastWindowClosed(False)
        QLocale.setDefault(QLocale("en_US"))
        loop = qasync.QEventLoop(app)
        asyncio.set_event_loop(loop)
        server = EmbeddedServer(data_dir)
        url = server.start()
        try:
            results: dict[str, float] = {}
            with loop:
                loop.run_until_complete(measure(url, EMPTY, results, "empty_", False))
                loop.run_until_complete(measure(url, BIG, results, "", not args.no_scroll_through))
        finally:
            server.stop()

    print(f"devices={args.count}")
    print(f"seed_s={seed_s:.1f}" if seed_s is not None else "seed_s=0  # a kept data folder")
    print(f"search_debounce_ms={SEARCH_DELAY_MS}  # typing pause before the request; not in filter_ms")
    for name in (
        "first_rows_ms",
        "first_rows_request_ms",
        "filter_ms",
        "filter_request_ms",
        "filter_rows",
        "jump_to_end_ms",
        "jump_to_end_request_ms",
        "jump_to_end_client_ms",
        "jump_to_end_requests",
        "jump_to_middle_ms",
        "jump_to_middle_request_ms",
        "jump_to_middle_client_ms",
        "jump_to_middle_requests",
        "jump_to_start_ms",
        "jump_to_start_request_ms",
        "jump_to_start_client_ms",
        "jump_to_start_requests",
        "rows_held",
        "rss_mb",
        "rss_peak_mb",
        "peak_reset",
        "scroll_to_end_ms",
        "scroll_requests_ms",
        "scroll_steps",
        "scroll_requests",
        "last_row_reached",
        "rows_held_after_scroll",
        "rss_after_scroll_mb",
        "rss_peak_after_scroll_mb",
    ):
        for key in (f"empty_{name}", name):
            if key in results:
                value = results[key]
                print(f"{key}={value:.1f}" if key.endswith(("_ms", "_mb")) else f"{key}={int(value)}")
    growth = results["rss_peak_mb"] - results["empty_rss_peak_mb"]
    print(f"rss_growth_mb={growth:.1f}  # after the end, the middle and the start")
    if "rss_peak_after_scroll_mb" in results:
        print(f"rss_growth_after_scroll_mb={results['rss_peak_after_scroll_mb'] - results['empty_rss_peak_mb']:.1f}")
    million = args.count >= 1_000_000
    goals = {"first_rows": 300, "filter": 150 if million else 100, "jump": 200 if million else 150}
    for name, goal in (
        ("first_rows", goals["first_rows"]),
        ("filter", goals["filter"]),
        ("jump_to_end", goals["jump"]),
        ("jump_to_middle", goals["jump"]),
    ):
        print(f"{name}_goal_ratio={results[f'{name}_ms'] / goal:.2f}  # ≤ 1 meets {goal} ms")
    print(f"rss_growth_goal_ratio={growth / 60:.2f}  # ≤ 1 meets 60 MB")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
