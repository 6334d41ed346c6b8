"""A dialog whose requests end with it, and which re-renders when the language changes.

It is the window a WindowRequest (gui/common/request.py) runs in: `busy`, the banner's failure
and what its Retry runs, the 422 field errors, a render.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QDialog, QLabel, QWidget

from akonet_desktop.client.errors import ApiFailure, ClientError
from akonet_desktop.gui.common import theme
from akonet_desktop.gui.common.fonts import title_font
from akonet_desktop.gui.common.request import Action
from akonet_desktop.gui.common.tasks import TaskGroup


def style_title(label: QLabel, scale: float) -> None:
    label.setFont(title_font(label.font(), scale))
    label.setStyleSheet(theme.text(theme.colours().brand_text))


class TaskDialog(QDialog):
    """Subclasses set `self.ui` (a compiled form) and implement `_render()`; they show `_failure` in
    their banner and the Retry button when `_retry` is set, which `_retry_clicked` runs."""

    busy = False  # dialogs whose form model holds the busy state make this a property

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._tasks = TaskGroup()
        self.closed = False
        self._failure: ClientError | None = None
        self._retry: Action | None = None

    def _render(self) -> None:
        raise NotImplementedError

    def _retranslate(self) -> None:
        """After the form's own texts were retranslated: what the code sets."""
        self._render()

    # --- requests ---------------------------------------------------------------------------------
    def _start(self, action: Action) -> None:
        if not self.busy and not self.closed:
            self._tasks.spawn(action())

    def _retry_clicked(self) -> None:
        if self._retry is not None:
            self._start(self._retry)

    def show_failure(self, failure: ClientError | None, retry: Action | None = None) -> None:
        """Shown at the next render."""
        self._failure, self._retry = failure, retry

    def show_field_errors(self, failure: ApiFailure) -> bool:
        return False  # no fields of its own: the banner says "Some fields need your attention."

    # --- language and closing ---------------------------------------------------------------------
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "ui"):
            self.ui.retranslateUi(self)
            self._retranslate()
        super().changeEvent(event)

    def _shutdown(self) -> None:
        self.closed = True
        self._tasks.cancel_all()

    def done(self, result: int) -> None:
        self._shutdown()
        super().done(result)

    def closeEvent(self, event) -> None:
        self._shutdown()
        super().closeEvent(event)


class FlowTaskDialog(TaskDialog):
    """A TaskDialog driven by a Qt-free flow model (client/flows), which holds the busy state."""

    flow: Any  # set by the subclass before its first request

    @property
    def busy(self) -> bool:
        return self.flow.busy

    @busy.setter
    def busy(self, busy: bool) -> None:
        self.flow.busy = busy
