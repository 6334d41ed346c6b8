"""One qasync loop for the whole session (pytest-qt has no qasync support), and a real server."""

from __future__ import annotations

import asyncio
import contextlib
import gc
import os
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
import pytestqt.plugin
import qasync
from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QWidget

from akonet_desktop.gui.common.gui_thread_gc import GuiThreadCollector
from akonet_desktop.gui.common.i18n import Translations
from akonet_desktop.gui.common.secret_clipboard import secret_clipboard
from akonet_desktop.server.app import create_app
from akonet_desktop.server.runner import ServerThread
from tests.support.keyring_memory import MemoryKeyring
from tests.support.processes import free_port


@pytest.fixture(scope="session")
def loop(qapp) -> Iterator[qasync.QEventLoop]:
    event_loop = qasync.QEventLoop(qapp)
    asyncio.set_event_loop(event_loop)
    # A dialog closing alone on screen must not make Qt quit and stop the loop mid-test.
    qapp.setQuitOnLastWindowClosed(False)
    # pytest-qt processes Qt events between test phases; with qasync that steps our tasks,
    # which then find no running loop. Process them inside the loop instead.
    original = pytestqt.plugin._process_events

    async def pump() -> None:
        original()
        await asyncio.sleep(0)

    def process_inside_loop() -> None:
        if event_loop.is_running() or event_loop.is_closed():
            original()
        else:
            event_loop.run_until_complete(pump())

    pytestqt.plugin._process_events = process_inside_loop
    yield event_loop
    pytestqt.plugin._process_events = original
    asyncio.set_event_loop(event_loop)  # asyncio.run() in other tests may have unset it
    leftovers = asyncio.all_tasks(event_loop)
    for task in leftovers:
        task.cancel()
    if leftovers:
        # Bounded: a task that ignores its cancellation (a window a failed test left open, say)
        # must not hang the session after its last test; pytest reports that test's failure.
        event_loop.run_until_complete(asyncio.wait(leftovers, timeout=10))
    event_loop.close()
    asyncio.set_event_loop(None)


def run(loop: qasync.QEventLoop, coro):
    """Run a coroutine to completion while Qt keeps processing events."""
    return loop.run_until_complete(coro)


def wait_until(loop: qasync.QEventLoop, predicate: Callable[[], bool], timeout: float = 15.0) -> None:
    async def poll() -> None:
        deadline = time.monotonic() + timeout
        while not predicate():
            if time.monotonic() > deadline:
                raise AssertionError("condition not met in time")
            await asyncio.sleep(0.02)

    loop.run_until_complete(poll())


def wait_until_quiet(loop: qasync.QEventLoop, predicate: Callable[[], bool], timeout: float = 15.0) -> None:
    """Until `predicate` holds and no request is in flight: qasync processes Qt events once more
    after run_until_complete stops, and a request stepped then has no running loop."""

    def quiet() -> bool:
        current = asyncio.current_task(loop)
        return all(task.done() or task is current for task in asyncio.all_tasks(loop))

    wait_until(loop, lambda: predicate() and quiet(), timeout)


@pytest.fixture
def memory_keyring() -> MemoryKeyring:
    return MemoryKeyring()


@pytest.fixture
def start_live_server(make_settings, sqlite_url) -> Iterator[Callable[..., ServerThread]]:
    """Starts a real server on loopback with a Maildir, as in embedded mode, with any other
    settings (lockout_threshold=5, say); stopped after the test."""
    with contextlib.ExitStack() as servers:

        def start(**overrides) -> ServerThread:
            port = free_port()
            settings = make_settings(
                sqlite_url,
                outbox_worker=True,
                outbox_poll_seconds=0.1,
                public_url=f"http://127.0.0.1:{port}",
                **overrides,
            )
            server = servers.enter_context(ServerThread(create_app(settings), port=port))
            server.maildir = settings.data_dir.parent / "Maildir"  # as make_settings lays it out
            return server

        yield start


@pytest.fixture
def live_server(start_live_server) -> ServerThread:
    """A real server on loopback with a Maildir, as in embedded mode."""
    return start_live_server()


@pytest.fixture(autouse=True)
def _qasync_loop(loop, qapp) -> Iterator[None]:
    """Every GUI test runs with the session's qasync loop in place, and with cyclic garbage
    collected on this thread only, as the app does (gui/common/gui_thread_gc.py): the live servers
    of these tests run in threads of this process, and a window in a reference cycle collected on
    one of them crashed the session at random. Set up first, so torn down last: what the test
    left is collected here, after its servers stopped, before the next test starts any."""
    collector = GuiThreadCollector(qapp)
    yield
    collector.stop()
    collector.deleteLater()
    gc.collect()


@pytest.fixture(autouse=True)
def _no_secret_left_on_the_clipboard(qapp) -> Iterator[None]:
    """The app's secret clipboard outlives windows: its clearing must not fire in a later test."""
    yield
    secret_clipboard().clear()


@pytest.fixture(autouse=True)
def _source_texts_after_each_test(monkeypatch) -> Iterator[None]:
    """Translators and the default locale are app-wide: a test that switches the language (the
    My account page does, as the app does) must not change what the next test reads. Every
    language a test installed is removed after it, and the default locale put back."""
    used: list[Translations] = []
    set_language = Translations.set_language

    def recording(self: Translations, language: str, **options) -> None:
        used.append(self)
        set_language(self, language, **options)

    monkeypatch.setattr(Translations, "set_language", recording)
    locale = QLocale()
    yield
    for translations in used:
        for translator in translations._installed:
            QCoreApplication.removeTranslator(translator)
        translations._installed = []
    QLocale.setDefault(locale)


def screenshots_dir(tmp_path: Path) -> Path:
    """`make screenshots` sets AKONET_SCREENSHOTS_DIR=docs/screenshots; tests alone keep them in tmp."""
    target = Path(os.environ.get("AKONET_SCREENSHOTS_DIR") or tmp_path / "screenshots")
    target.mkdir(parents=True, exist_ok=True)
    return target


@pytest.fixture
def screenshot(tmp_path: Path, qapp) -> Callable[[QWidget, str], Path]:
    def save(widget: QWidget, name: str) -> Path:
        qapp.processEvents()
        path = screenshots_dir(tmp_path) / f"{name}.png"
        assert widget.grab().save(str(path)), path
        return path

    return save
