"""A dialog whose requests end with it, and which re-renders when the language changes."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QDialog, QLabel, QWidget

from akonet_desktop.gui.common import theme
from akonet_desktop.gui.common.tasks import TaskGroup


def style_title(label: QLabel, scale: float) -> None:
    font = QFont(label.font())
    font.setPointSizeF(font.pointSizeF() * scale)
    font.setBold(True)
    label.setFont(font)
    label.setStyleSheet(theme.text(theme.colours().brand_text))


class TaskDialog(QDialog):
    """Subclasses set `self.ui` (a compiled form) and implement `_render()`."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._tasks = TaskGroup()

    def _render(self) -> None:
        raise NotImplementedError

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "ui"):
            self.ui.retranslateUi(self)
            self._render()
        super().changeEvent(event)

    def done(self, result: int) -> None:
        self._tasks.cancel_all()
        super().done(result)

    def closeEvent(self, event) -> None:
        self._tasks.cancel_all()
        super().closeEvent(event)
