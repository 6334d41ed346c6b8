"""Secrets copied to the clipboard (a two-step verification key, recovery codes) are taken off it
again after a while, and when the app quits, as password managers do: any other app can read the
clipboard, and clipboard histories keep what it held. Only if it still holds the secret: what
the person copied since stays.

One per application, a child of it, so that the clearing happens even after the dialog that
copied is closed.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication

CLEAR_AFTER_MS = 60_000
_NAME = "secretClipboard"


class SecretClipboard(QObject):
    cleared = Signal()  # the secret's time is over: whatever showed it as copied may say so no more

    def __init__(self, parent: QObject, after_ms: int = CLEAR_AFTER_MS) -> None:
        super().__init__(parent)
        self.setObjectName(_NAME)
        self._held = ""
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(after_ms)
        self._timer.timeout.connect(self.clear)

    @property
    def holding(self) -> bool:
        return bool(self._held)

    def copy(self, text: str) -> None:
        QGuiApplication.clipboard().setText(text)
        self._held = text
        self._timer.start()

    def clear(self) -> None:
        """Takes the secret off the clipboard if the clipboard still holds it."""
        self._timer.stop()
        held, self._held = self._held, ""
        if not held:
            return
        clipboard = QGuiApplication.clipboard()
        if clipboard.text() == held:
            clipboard.clear()
        self.cleared.emit()


def secret_clipboard() -> SecretClipboard:
    """The application's one, made on first use and cleared when the application quits."""
    app = QGuiApplication.instance()
    found = app.findChild(SecretClipboard, _NAME, Qt.FindChildOption.FindDirectChildrenOnly)
    if found is None:
        found = SecretClipboard(app)
        app.aboutToQuit.connect(found.clear)
    return found
