"""A main-window page that makes requests: what a WindowRequest needs (gui/common/request.py),
as TaskDialog gives it to dialogs — busy state, the banner's failure and its Retry, closing."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QWidget

from akonet_desktop.client.errors import ApiFailure, ClientError
from akonet_desktop.gui.common.request import Action
from akonet_desktop.gui.common.tasks import TaskGroup


class RequestPage(QWidget):
    """Subclasses set `self.ui`, implement `_render()` and `load()` (run once, when first shown)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._tasks = TaskGroup()
        self.busy = False
        self.closed = False
        self.loaded = False
        self._failure: ClientError | None = None
        self._retry: Action | None = None

    async def load(self) -> None:
        raise NotImplementedError

    def _render(self) -> None:
        raise NotImplementedError

    def _start(self, action: Action) -> None:
        if not self.busy and not self.closed:
            self._tasks.spawn(action())

    def _retry_clicked(self) -> None:
        if self._retry is not None:
            self._start(self._retry)

    def show_failure(self, failure: ClientError | None, retry: Action | None = None) -> None:
        self._failure, self._retry = failure, retry

    def show_field_errors(self, failure: ApiFailure) -> bool:
        return False

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if not self.loaded and not self.busy:
            self._start(self.load)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "ui"):
            self.ui.retranslateUi(self)
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self._render()

    def shutdown(self) -> None:
        """The main window closes: no request outlives it."""
        self.closed = True
        self._tasks.cancel_all()
