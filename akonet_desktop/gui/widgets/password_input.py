"""A password field with a show/hide toggle (promoted from QLineEdit in the forms)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QTimer
from PySide6.QtGui import QAction
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
        # The icon loads right after the first paint: style icons cost ~25 ms at start-up.
        QTimer.singleShot(0, self._retranslate)

    @property
    def revealed(self) -> bool:
        return self.echoMode() == QLineEdit.EchoMode.Normal

    def _set_visible(self, visible: bool) -> None:
        self.setEchoMode(QLineEdit.EchoMode.Normal if visible else QLineEdit.EchoMode.Password)
        self._retranslate()

    def _retranslate(self) -> None:
        from PySide6.QtWidgets import QStyle

        revealed = self.revealed
        icon = QStyle.StandardPixmap.SP_DialogNoButton if revealed else QStyle.StandardPixmap.SP_DialogYesButton
        self.toggle_action.setIcon(self.style().standardIcon(icon))
        self.toggle_action.setText(self.tr("Hide password") if revealed else self.tr("Show password"))
        self.toggle_action.setToolTip(self.toggle_action.text())

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)
