"""`akonet-desktop`: the desktop application's entry point."""

from __future__ import annotations

import argparse
import logging
import os
import sys
import time
from collections.abc import Callable
from pathlib import Path

from akonet_desktop.api.links import PASSWORD_RESET_LINK, REGISTRATION_LINK
from akonet_desktop.gui.link_launch import OPEN_LINK, LinkLaunchRefused, opened_link

DESCRIPTION = f"""\
AKONet Desktop: register your company, sign in and manage your devices.

With no server configured, the app starts its own built-in server on this computer
(127.0.0.1, on a port chosen at the first start and kept, so that links in its emails keep
working), with its database and a local mailbox (Tools › Mailbox) in your user data folder:
nothing else to install. To use your organisation's AKONet server instead,
pass --server URL, or set it with "Server…" under the sign-in window (remembered).

A link from an AKONet email ({REGISTRATION_LINK.app_link_example} or
{PASSWORD_RESET_LINK.app_link_example}) may be given as the last argument: the app continues the
registration or the password reset it belongs to. If the app is already running for the same
data folder, the link goes to that window and this launch exits.
"""


def parse_args(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="akonet-desktop", description=DESCRIPTION, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument(
        "--server", metavar="URL", help="an organisation's AKONet server, e.g. https://akonet.example.com"
    )
    parser.add_argument(
        "--data-dir",
        metavar="DIR",
        type=Path,
        help="where the built-in server keeps its database and mailbox (default: your user data folder)",
    )
    parser.add_argument(
        "--exit-after-first-paint",
        action="store_true",
        help="diagnostics: print the milliseconds to the first painted window, then quit",
    )
    parser.add_argument(
        "--self-test",
        action="store_true",
        help="check this installation (built-in server, a registration, translations, forms) "
        "in a fresh temporary folder or --data-dir, then exit 0 (1 on failure)",
    )
    parser.add_argument("link", nargs="?", help="an akonet:// link from an email")
    parser.add_argument(
        OPEN_LINK, metavar="LINK", help="how the system opens an akonet:// link: then the only argument"
    )
    # Qt adds its own arguments (-platform, -style…); leave those to QApplication.
    args, _qt_args = parser.parse_known_args(argv)
    return args


def without_console(attach: Callable[[], bool] | None = None) -> bool:
    """A windowed Windows app has no console: sys.stdout and sys.stderr are None, and a library
    that writes to them or asks them isatty() would fail. Give them somewhere to go: the
    terminal it was started from, if any (so that --help and --self-test print there), else
    nowhere (and the log goes to a file)."""
    missing = sys.stdout is None or sys.stderr is None
    if missing and (attach or _attach_parent_console)():
        return False
    for name in ("stdout", "stderr"):
        if getattr(sys, name) is None:
            setattr(sys, name, open(os.devnull, "w", encoding="utf-8"))
    return missing


def _attach_parent_console() -> bool:
    if sys.platform != "win32":
        return False
    import ctypes

    if not ctypes.windll.kernel32.AttachConsole(-1):  # ATTACH_PARENT_PROCESS: none when started from Explorer
        return False
    console = open("CONOUT$", "w", encoding="utf-8", errors="replace", buffering=1)
    sys.stdout = sys.stdout or console
    sys.stderr = sys.stderr or console
    return True


def _log_file() -> Path:
    from platformdirs import user_log_path

    return user_log_path("AKONet Desktop", "AKONet", ensure_exists=True) / "akonet-desktop.log"


def main(argv: list[str] | None = None) -> int:
    started = time.perf_counter()
    argv = sys.argv[1:] if argv is None else argv
    no_console = without_console()  # first: --help prints while parsing
    try:
        link = opened_link(argv)
    except LinkLaunchRefused as error:
        refused: LinkLaunchRefused | None = error
        link, argv = None, []
    else:
        refused = None
    if link is not None:
        argv = []  # a link launch: nothing of the command line reaches Qt or the options
    args = parse_args(argv)
    if link is not None:
        args.link = link
    if no_console:  # then warnings and errors go to a file that support can ask for
        logging.basicConfig(
            level=logging.WARNING,
            filename=_log_file(),
            encoding="utf-8",
            format="%(asctime)s %(levelname)s %(name)s: %(message)s",
        )
    else:
        logging.basicConfig(level=logging.WARNING)
    if refused is not None:
        logging.getLogger(__name__).error("refused a link launch: %s", refused)
        print(f"akonet-desktop: refused a link launch: {refused}", file=sys.stderr)
        return 2

    # Before QApplication: a missing system library must get its install command, not Qt's abort.
    from akonet_desktop.gui.platform_check import check

    if status := check(argv):
        return status

    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from akonet_desktop.gui.common.i18n import Translations
    from akonet_desktop.gui.context import AppContext
    from akonet_desktop.gui.signin.login_window import LoginWindow

    app = QApplication([sys.argv[0], *argv])
    if args.self_test:
        from akonet_desktop.gui.self_test import run_self_test

        return run_self_test(args.data_dir)

    from PySide6.QtGui import QIcon

    from akonet_desktop.gui.single_instance import SingleInstance
    from akonet_desktop.resources import resource_path

    # macOS sends links as events, the launching one included. The filter sees every event of
    # every object (~30 ms before the first paint, and a Python call per event ever after), so
    # only where links come that way.
    url_opens = None
    if sys.platform == "darwin":
        from akonet_desktop.gui.url_open_events import UrlOpenEvents

        url_opens = UrlOpenEvents(app)

    # Before any window: a second launch (the OS opening an emailed link) must not flash one.
    instance = SingleInstance(args.data_dir)
    if not instance.claim() and instance.hand_over(args.link):
        return 0

    app.setOrganizationName("AKONet")
    app.setApplicationName("AKONet Desktop")
    app.setQuitOnLastWindowClosed(False)  # we stop the loop ourselves, after a clean shutdown
    app.setWindowIcon(QIcon(str(resource_path("icons", "akonet.png"))))
    settings = QSettings()
    translations = Translations(settings)
    translations.set_language(translations.initial_language(), remember=False)

    from akonet_desktop.client.credentials import CredentialStore

    ctx = AppContext(settings=settings, translations=translations, credentials=CredentialStore())
    # The sign-in window paints first; the event loop, the HTTP client and the embedded server
    # load after, so the person sees the app at once.
    login = LoginWindow(ctx)
    if args.exit_after_first_paint:
        from akonet_desktop.gui.first_paint import exit_after_first_paint

        exit_after_first_paint(login, started, app.quit)
    login.show()
    app.processEvents()
    if args.exit_after_first_paint:
        instance.close()
        return 0
    if sys.platform == "win32" and getattr(sys, "frozen", False):
        # akonet:// links open this app: an unpacked bundle registers itself for the user, an app
        # the MSI installed finds the installer's registration and writes nothing (the Info.plist
        # and the desktop entry do this on macOS and Linux).
        from akonet_desktop.gui.url_scheme_windows import register_url_scheme

        register_url_scheme(sys.executable)

    import asyncio

    import qasync

    from akonet_desktop.client.embedded import EmbeddedServer
    from akonet_desktop.gui.common.gui_thread_gc import GuiThreadCollector
    from akonet_desktop.gui.controller import SERVER_KEY, AppController

    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    # From here on the built-in server's thread allocates too: collect cycles on this thread only.
    collector = GuiThreadCollector(app)
    server_url = args.server or settings.value(SERVER_KEY, "", str) or None
    controller = AppController(ctx, server_url=server_url, embedded=EmbeddedServer(args.data_dir), login=login)
    instance.activation_requested.connect(controller.activate)
    if url_opens is not None:
        url_opens.deliver_to(controller.activate)
    instance.listen()
    controller.start(args.link)

    closing = asyncio.Event()
    app.lastWindowClosed.connect(closing.set)

    with loop:
        loop.run_until_complete(closing.wait())
        instance.close()
        loop.run_until_complete(controller.shutdown())
    collector.stop()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
