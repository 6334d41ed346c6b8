"""macOS: a link for the app's URL scheme arrives as a QFileOpenEvent, not as an argument.

When the system opens akonet://… (declared in the bundle's Info.plist), it launches the app or
messages the running one; Qt turns that into QEvent.FileOpen on the application object. This
filter turns those events into links for AppController.activate. Events that come before the
controller exists (the launching link, during the first paint) are kept until it connects.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QFileOpenEvent

from akonet_desktop.api.links import APP_SCHEME


class UrlOpenEvents(QObject):
    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self._pending: list[str] = []
        self._receiver: Callable[[str], None] | None = None
        parent.installEventFilter(self)

    def deliver_to(self, receiver: Callable[[str], None]) -> None:
        self._receiver = receiver
        pending, self._pending = self._pending, []
        for link in pending:
            receiver(link)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.FileOpen or not isinstance(event, QFileOpenEvent):
            return False
        url = event.url()
        if url.scheme().lower() != APP_SCHEME:
            return False  # a file dropped on the Dock icon: not ours to handle
        link = url.toString()
        if self._receiver is None:
            self._pending.append(link)
        else:
            self._receiver(link)
        return True
