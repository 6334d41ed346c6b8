"""What the My account GUI tests share: a registered owner's main window on a real embedded
server, the My account page, and codes computed like an authenticator app."""

from __future__ import annotations

import time

import pyotp

from akonet_desktop.api.models import SignedIn
from akonet_desktop.client.api_client import AkonetClient
from akonet_desktop.gui.main_window import MainWindow
from akonet_desktop.gui.pages import ACCOUNT
from tests.gui.conftest import run, wait_until
from tests.gui.test_main_window_pages import click_nav
from tests.support.api import STRONG_PASSWORD

EMAIL = "jefe@frio-central.es"


def app_code(secret: str, steps_ahead: int = 0) -> str:
    """What an authenticator app shows now (or `steps_ahead` periods later: a code works once, and
    the server accepts the next period's, for clocks that drift)."""
    return pyotp.TOTP(secret).at(time.time() + 30 * steps_ahead)


def signed_in(loop, url: str, email: str = EMAIL, password: str = STRONG_PASSWORD) -> AkonetClient:
    client = AkonetClient(url)
    signed = run(loop, client.login(email, password))
    assert isinstance(signed, SignedIn), signed
    return client


def open_window(qtbot, loop, client: AkonetClient) -> MainWindow:
    window = MainWindow(run(loop, client.me()), has_mailbox=False, client=client)
    qtbot.addWidget(window)
    window.resize(1100, 820)
    window.show()
    if window.devices is not None:
        wait_until(loop, lambda: window.devices.model.started and not window.devices.model.busy)
    return window


def show_account(qtbot, loop, window: MainWindow):
    if window.ui.navList.count() > 1:
        click_nav(qtbot, window, "My account")
    page = window.pages[ACCOUNT]
    wait_until(loop, lambda: page.loaded and not page.busy)
    return page
