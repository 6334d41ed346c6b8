"""Live password rules (✓/✗ per rule) and a strength meter, fed by the flow models."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QLabel, QProgressBar, QVBoxLayout, QWidget

from akonet_desktop.gui.common import theme
from akonet_desktop.gui.common.literal_text import plain_label
from akonet_desktop.gui.common.messages import password_rule, strength_label


class PasswordChecklist(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(2)
        self.meter = QProgressBar(self)
        self.meter.setObjectName("strengthMeter")
        self.meter.setRange(0, 4)
        self.meter.setTextVisible(True)
        self.meter.setMaximumHeight(16)
        self._layout.addWidget(self.meter)
        self.labels: dict[str, QLabel] = {}
        self._state: dict[str, bool] = {}
        self._score = 0

    def update_state(self, checklist: dict[str, bool], score: int) -> None:
        if list(checklist) != list(self._state):
            for label in self.labels.values():
                label.deleteLater()
            self.labels = {}
            for code in checklist:
                label = plain_label(self)
                label.setObjectName(f"rule_{code}")
                self.labels[code] = label
                self._layout.addWidget(label)
        self._state = dict(checklist)
        self._score = score
        self._render()

    def _render(self) -> None:
        colours = theme.colours()
        for code, met in self._state.items():
            label = self.labels[code]
            # Text and mark, not colour alone, say whether a rule is met.
            label.setText(f"{'✓' if met else '✗'}  {password_rule(code)}")
            label.setStyleSheet(theme.text(colours.success if met else colours.unmet))
            label.setProperty("met", met)
        self.meter.setValue(self._score)
        self.meter.setFormat(strength_label(self._score))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._render()
        super().changeEvent(event)
