"""A secret copied to the clipboard is taken off it after a while, unless something else was
copied since; one per application, outliving the dialog that copied."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QObject
from PySide6.QtGui import QGuiApplication

from akonet_desktop.gui.common.secret_clipboard import CLEAR_AFTER_MS, SecretClipboard, secret_clipboard
from tests.gui.conftest import wait_until


@pytest.fixture
def quick(qapp):
    """A secret clipboard whose time runs out after 50 ms, and the list of its clearings."""
    owner = QObject()  # kept alive by the fixture: the clipboard is its child
    clipboard = SecretClipboard(owner, after_ms=50)
    cleared: list[bool] = []
    clipboard.cleared.connect(lambda: cleared.append(True))
    yield clipboard, cleared


def test_the_secret_is_taken_off_the_clipboard_after_a_while(quick, loop):
    clipboard, cleared = quick
    clipboard.copy("JBSWY3DPEHPK3PXP")
    assert QGuiApplication.clipboard().text() == "JBSWY3DPEHPK3PXP" and clipboard.holding
    wait_until(loop, lambda: cleared, timeout=5)
    assert QGuiApplication.clipboard().text() == "" and not clipboard.holding


def test_what_was_copied_since_stays(quick, loop):
    clipboard, cleared = quick
    clipboard.copy("ABCD-EFGH")
    QGuiApplication.clipboard().setText("an address the person copied")
    wait_until(loop, lambda: cleared, timeout=5)
    assert QGuiApplication.clipboard().text() == "an address the person copied"


def test_clearing_with_nothing_held_leaves_the_clipboard_alone(qapp):
    owner = QObject()
    clipboard = SecretClipboard(owner)
    QGuiApplication.clipboard().setText("something else")
    clipboard.clear()
    assert QGuiApplication.clipboard().text() == "something else"


def test_one_per_application_a_minute_long(qapp):
    first = secret_clipboard()
    assert secret_clipboard() is first and first.parent() is qapp
    assert first._timer.interval() == CLEAR_AFTER_MS == 60_000
