"""A password field with a show/hide toggle (promoted from QLineEdit in the forms)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QTimer
from PySide6.QtGui import QAction, QPalette
from PySide6.QtWidgets import QLineEdit, QWidget


class PasswordInput(QLineEdit):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEchoMode(QLineEdit.EchoMode.Password)
        self.toggle_action = QAction(self)
        self.toggle_action.setCheckable(True)
        self.toggle_action.setObjectName("togglePasswordAction")
        self.toggle_action.toggled.connect(self._set_visible)
        self.addAction(self.toggle_action, QLineEdit.ActionPosition.TrailingPosition)
        self._drawn = False  # the icon is drawn after the field's first paint (see paintEvent)

    @property
    def revealed(self) -> bool:
        return self.echoMode() == QLineEdit.EchoMode.Normal

    def _set_visible(self, visible: bool) -> None:
        self.setEchoMode(QLineEdit.EchoMode.Normal if visible else QLineEdit.EchoMode.Password)
        self._retranslate()

    def _retranslate(self) -> None:
        from akonet_desktop.gui.common.widgets.eye_icon import eye_icon

        revealed = self.revealed
        color = self.palette().color(QPalette.ColorRole.PlaceholderText)
        self.toggle_action.setIcon(eye_icon(color, crossed=revealed))
        self.toggle_action.setText(self.tr("Hide password") if revealed else self.tr("Show password"))
        self.toggle_action.setToolTip(self.toggle_action.text())

    def paintEvent(self, event) -> None:
        super().paintEvent(event)
        if not self._drawn:
            # Drawing it builds PySide's Qt namespace (~30 ms): the window shows first, the
            # eye follows in the next turn of the event loop.
            self._drawn = True
            QTimer.singleShot(0, self._retranslate)

    def changeEvent(self, event: QEvent) -> None:
        if self._drawn and event.type() in (QEvent.Type.LanguageChange, QEvent.Type.PaletteChange):
            self._retranslate()
        super().changeEvent(event)
