"""macOS delivers akonet:// links as QFileOpenEvent: they reach the receiver, before or after it connects."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, QUrl
from PySide6.QtGui import QFileOpenEvent

from akonet_desktop.gui.url_open_events import UrlOpenEvents

LINK = "akonet://registration/continue?token=" + "A" * 32


def test_links_before_the_receiver_connects_are_kept_then_delivered(qapp):
    target = QObject()
    events = UrlOpenEvents(target)
    received: list[str] = []
    assert QCoreApplication.sendEvent(target, QFileOpenEvent(QUrl(LINK)))
    assert received == []
    events.deliver_to(received.append)
    assert received == [LINK]
    QCoreApplication.sendEvent(target, QFileOpenEvent(QUrl("akonet://password/forgot")))
    assert received == [LINK, "akonet://password/forgot"]


def test_files_and_other_schemes_are_left_alone(qapp):
    target = QObject()
    events = UrlOpenEvents(target)
    received: list[str] = []
    events.deliver_to(received.append)
    assert not QCoreApplication.sendEvent(target, QFileOpenEvent("/Users/ana/report.pdf"))
    assert not QCoreApplication.sendEvent(target, QFileOpenEvent(QUrl("https://evil.example/x")))
    assert received == []
