"""« Dispositifs »: the company's devices, searched, filtered and sorted by the server, every one
of them one scroll-bar drag away (the model fetches the rows on screen); the guide's empty state
when there is none; « Activer dispositif »; details and renaming."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QItemSelection, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QWidget

from akonet_desktop.api.models import DEVICE_QUERY_MAX, DeviceOut, Me
from akonet_desktop.gui.common import theme
from akonet_desktop.gui.common.fonts import title_font
from akonet_desktop.gui.common.messages import failure_message
from akonet_desktop.gui.devices.model import BLOCK_SIZE, DevicesModel
from akonet_desktop.gui.devices.texts import STATUSES, texts
from akonet_desktop.gui.forms.ui_devices_view import Ui_DevicesView
from akonet_desktop.rules.roles import Privilege

SEARCH_DELAY_MS = 250  # typing pauses this long before the server is asked
DRAG_PAUSE_MS = 100  # the scroll bar's handle rests this long under the mouse: its rows are fetched
REFRESH_MS = 30_000  # while the view is visible
SEARCH_MAX = DEVICE_QUERY_MAX  # the API's limit for `q`

COLUMN_WIDTHS = {  # Location takes what is left
    DevicesModel.STATUS: 105,
    DevicesModel.NAME: 180,
    DevicesModel.SERIAL: 115,
    DevicesModel.MODEL: 110,
    DevicesModel.LAST_SEEN: 130,
    DevicesModel.ACTIVATED: 100,
}
LOCATION_MIN_WIDTH = 160
EMPTY_TEXT_WIDTH = 520


class DevicesView(QWidget):
    device_activated = Signal(object)  # DeviceOut, once it is in the list
    device_saved = Signal(object)  # DeviceOut, renamed

    def __init__(
        self,
        client,
        me: Me,
        parent: QWidget | None = None,
        *,
        block_size: int = BLOCK_SIZE,
        refresh_ms: int = REFRESH_MS,
        search_delay_ms: int = SEARCH_DELAY_MS,
    ) -> None:
        super().__init__(parent)
        self.client = client
        self.me = me
        self.model = DevicesModel(client.list_devices, block_size=block_size, parent=self)
        self.dialogs: list[QWidget] = []
        self._selected_id: int | None = None
        self._model_changing = False
        self._reveal_id: int | None = None
        self._following = False  # the view moves the selection itself: not the person
        self.ui = Ui_DevicesView()
        self.ui.setupUi(self)
        self._style()
        self._fill_status_combo()
        model = self.model
        # Before the table's selection model connects: selections dropped by a model change are
        # reported after these, and the selected device is then remembered, not forgotten.
        for about_to_change in (model.modelAboutToBeReset, model.layoutAboutToBeChanged, model.rowsAboutToBeRemoved):
            about_to_change.connect(self._model_about_to_change)
        self._setup_table()

        self.search_timer = QTimer(self)
        self.search_timer.setSingleShot(True)
        self.search_timer.setInterval(search_delay_ms)
        self.search_timer.timeout.connect(self.apply_filter)
        self.refresh_timer = QTimer(self)
        self.refresh_timer.setInterval(refresh_ms)
        self.refresh_timer.timeout.connect(self.refresh)

        ui = self.ui
        ui.searchEdit.setMaxLength(SEARCH_MAX)
        ui.searchEdit.textChanged.connect(lambda _text: self.search_timer.start())
        ui.searchEdit.returnPressed.connect(self.apply_filter)
        ui.statusCombo.currentIndexChanged.connect(lambda _index: self.apply_filter())
        ui.refreshButton.clicked.connect(self.refresh)
        ui.retryButton.clicked.connect(self.model.retry)
        ui.toolbarActivateButton.clicked.connect(self.open_activation)
        ui.activateButton.clicked.connect(self.open_activation)

        model.busy_changed.connect(lambda _busy: self._render())
        model.failed.connect(lambda _error: self._render())
        model.counts_changed.connect(self._render)
        model.loaded.connect(self._loaded)
        self._render()

    # What the person's kind allows (rules/roles.py); the server refuses the rest all the same.
    @property
    def can_activate(self) -> bool:
        return Privilege.ACTIVATE_DEVICE in self.me.user.privileges  # the kind's, or the role's

    @property
    def can_update_info(self) -> bool:
        """Rename a device, change its location (the details dialog)."""
        return Privilege.UPDATE_DEVICE_INFO in self.me.user.privileges

    # --- set-up ---------------------------------------------------------------------------------
    def _setup_table(self) -> None:
        table, model = self.ui.table, self.model
        table.setModel(model)
        header = table.horizontalHeader()
        header.setSortIndicator(model.sort_column, model.sort_order)
        header.setSortIndicatorShown(True)
        header.setSectionsClickable(True)
        header.setHighlightSections(False)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setMinimumSectionSize(60)
        for column, width in COLUMN_WIDTHS.items():
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(column, width)
        header.setSectionResizeMode(DevicesModel.LOCATION, QHeaderView.ResizeMode.Stretch)
        table.setMinimumWidth(sum(COLUMN_WIDTHS.values()) + LOCATION_MIN_WIDTH // 2)
        table.setSortingEnabled(True)  # asks model.sort() with the indicator above: no request
        # Every row the same height, set once: the view never measures rows (100,000 of them).
        rows = table.verticalHeader()
        rows.hide()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(table.fontMetrics().height() + 14)
        table.setTextElideMode(Qt.TextElideMode.ElideRight)
        table.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        table.selectionModel().selectionChanged.connect(self._selection_changed)
        # Rows that scrolled out of view no longer need fetching; a new query starts at the top.
        bar = table.verticalScrollBar()
        bar.valueChanged.connect(lambda _value: self._show_rows())
        model.modelReset.connect(table.scrollToTop)
        # While the handle is dragged, only the rows where it rests (or is let go) are fetched:
        # not every position it passes over.
        self.drag_timer = QTimer(self)
        self.drag_timer.setSingleShot(True)
        self.drag_timer.setInterval(DRAG_PAUSE_MS)
        self.drag_timer.timeout.connect(lambda: model.hold_fetches(False))
        bar.sliderMoved.connect(self._handle_dragged)
        bar.sliderReleased.connect(self._handle_released)
        table.doubleClicked.connect(lambda index: self.open_details(index.row()))
        for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            shortcut = QShortcut(QKeySequence(key), table)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(self._open_current)

    def _fill_status_combo(self) -> None:
        combo = self.ui.statusCombo
        current = combo.currentIndex()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(texts().any_status(), None)
        for status in STATUSES:
            combo.addItem(texts().status_name(status), status)
        combo.setCurrentIndex(max(current, 0))
        combo.blockSignals(False)

    # --- actions --------------------------------------------------------------------------------
    def start(self) -> None:
        """The first page, unless it is already on its way."""
        if not self.model.started:
            self.model.reload()

    def apply_filter(self) -> None:
        self.search_timer.stop()
        self.model.set_filter(self.ui.searchEdit.text(), self.ui.statusCombo.currentData())

    def refresh(self) -> None:
        """Fetch the rows on screen again (the others when they next show); no jump."""
        self.model.refresh(*self.visible_rows())

    def visible_rows(self) -> tuple[int, int]:
        """First and last row on screen ((0, -1): none)."""
        table = self.ui.table
        first = table.rowAt(0)
        if first < 0:
            return 0, -1
        last = table.rowAt(table.viewport().height() - 1)
        return first, self.model.rowCount() - 1 if last < 0 else last

    def _handle_dragged(self, _position: int) -> None:
        self.model.hold_fetches(True)
        self.drag_timer.start()

    def _handle_released(self) -> None:
        self.drag_timer.stop()
        self.model.hold_fetches(False)

    def _show_rows(self) -> None:
        first, last = self.visible_rows()
        if last >= first:
            self.model.show_rows(first, last)

    def selected_row(self) -> int:
        rows = self.ui.table.selectionModel().selectedRows()
        return rows[0].row() if rows else -1

    def selected_device_id(self) -> int | None:
        return self.model.device_id(self.selected_row())

    def select_device(self, device_id: int | None, *, scroll: bool = False) -> bool:
        row = self.model.row_of(device_id)
        if row < 0:
            return False
        table = self.ui.table
        table.selectRow(row)
        if scroll:
            table.scrollTo(self.model.index(row, 0), QAbstractItemView.ScrollHint.EnsureVisible)
        return True

    def open_activation(self):
        from akonet_desktop.gui.devices.activate_dialog import ActivateDeviceDialog

        if not self.can_activate:
            return None
        for dialog in self.dialogs:
            if isinstance(dialog, ActivateDeviceDialog) and dialog.isVisible():
                dialog.raise_()
                dialog.activateWindow()
                return dialog
        dialog = ActivateDeviceDialog(self.client, self)
        dialog.activated.connect(self._device_activated)
        self._keep(dialog)
        dialog.open()
        return dialog

    def open_details(self, row: int):
        from akonet_desktop.gui.devices.details_dialog import DeviceDetailsDialog

        device = self.model.device_at(row)
        if device is None:
            return None
        dialog = DeviceDetailsDialog(self.client, device, can_edit=self.can_update_info, parent=self)
        dialog.saved.connect(self._device_saved)
        self._keep(dialog)
        dialog.open()
        dialog.start()
        return dialog

    def _open_current(self) -> None:
        row = self.ui.table.currentIndex().row()
        if row >= 0:
            self.open_details(row)

    def _keep(self, dialog: QWidget) -> None:
        self.dialogs.append(dialog)
        dialog.finished.connect(lambda _result: self._forget(dialog))

    def _forget(self, dialog: QWidget) -> None:
        if dialog in self.dialogs:
            self.dialogs.remove(dialog)
        dialog.deleteLater()

    def _device_activated(self, device: DeviceOut) -> None:
        """Shown and selected at once; a refresh then brings the counts and its place."""
        self._selected_id = device.id
        self._reveal_id = device.id
        self.model.insert_device(device)
        self.select_device(device.id, scroll=True)
        self._render()
        self.refresh()
        self.device_activated.emit(device)

    def _device_saved(self, device: DeviceOut) -> None:
        self.model.update_device(device)
        self.refresh()  # the new name may sort elsewhere
        self.device_saved.emit(device)

    def shutdown(self) -> None:
        """The window closes: no more timers, requests or dialogs."""
        self.search_timer.stop()
        self.refresh_timer.stop()
        self.drag_timer.stop()
        self.model.close()
        for dialog in list(self.dialogs):
            dialog.close()

    # --- following the model --------------------------------------------------------------------
    def _model_about_to_change(self, *args) -> None:
        self._model_changing = True

    def _selection_changed(self, selected: QItemSelection, deselected: QItemSelection) -> None:
        if self._following:
            return
        device_id = self.selected_device_id()  # None for a row on its way: known when it arrives
        if device_id is not None or not self._model_changing:
            self._selected_id = device_id

    def _loaded(self) -> None:
        self._model_changing = False
        self._follow_selection()
        self._reveal_id = None
        self._render()

    def _follow_selection(self) -> None:
        """The selection shows the selected device wherever the rows loaded put it."""
        selected_row = self.selected_row()
        if self._selected_id is None:
            self._selected_id = self.model.device_id(selected_row)  # a placeholder row selected
            return
        reveal = self._reveal_id == self._selected_id
        row = self.model.row_of(self._selected_id)
        if row >= 0 and (row != selected_row or reveal):
            self._following = True
            self.select_device(self._selected_id, scroll=reveal)
            self._following = False
        elif row < 0 and self.model.device_id(selected_row) is not None:
            # The selected row now holds another device; the selected one is not loaded (it is
            # selected again if it shows up).
            self._following = True
            self.ui.table.clearSelection()
            self._following = False

    # --- rendering ------------------------------------------------------------------------------
    def is_empty(self) -> bool:
        """The company has no device at all (not: none matches the search)."""
        counts = self.model.counts
        return counts is not None and counts.total == 0 and self.model.rowCount() == 0

    def counts_text(self) -> str:
        counts = self.model.counts
        if counts is None:
            return ""
        matching = self.model.total if self.model.filtered else None
        return texts().counts(counts.total, counts.alarm, matching)

    def _render(self) -> None:
        ui, model = self.ui, self.model
        empty = self.is_empty()
        ui.stack.setCurrentWidget(ui.emptyPage if empty else ui.listPage)
        ui.countsLabel.setText("" if empty else self.counts_text())
        ui.busyBar.setVisible(model.busy)
        ui.refreshButton.setEnabled(not (model.busy and model.rowCount() == 0))
        error = model.error
        ui.bannerLabel.setText(failure_message(error) if error is not None else "")
        ui.bannerFrame.setVisible(error is not None)
        no_match = not empty and model.total == 0 and not model.busy and error is None
        if no_match:
            ui.noMatchLabel.setText(
                self.tr("No device matches your search.") if model.query else self.tr("No device has this status.")
            )
        ui.noMatchLabel.setVisible(no_match)
        ui.toolbarActivateButton.setVisible(not empty)
        if empty:  # in a stacked page a word-wrapped label is not asked for its height at its width
            ui.emptyText.setMinimumHeight(ui.emptyText.heightForWidth(EMPTY_TEXT_WIDTH))
        allowed = self.can_activate
        tip = "" if allowed else texts().not_allowed()
        for button in (ui.toolbarActivateButton, ui.activateButton):
            button.setEnabled(allowed)
            button.setToolTip(tip)

    def _style(self) -> None:
        ui = self.ui
        ui.titleLabel.setFont(title_font(ui.titleLabel.font(), 1.6))
        ui.emptyTitle.setFont(title_font(ui.emptyTitle.font(), 1.3))
        ui.activateButton.setFont(title_font(ui.activateButton.font(), 1.15))
        colours = theme.colours()
        ui.countsLabel.setStyleSheet(theme.text(colours.hint))
        ui.emptyText.setStyleSheet(theme.text(colours.hint))
        # A fixed width: a centred, word-wrapped label then gets the height its lines need.
        ui.emptyText.setFixedWidth(EMPTY_TEXT_WIDTH)
        ui.emptyLayout.setAlignment(ui.emptyText, Qt.AlignmentFlag.AlignHCenter)
        ui.noMatchLabel.setStyleSheet(theme.text(colours.hint))
        theme.style_banner(ui.bannerFrame, ui.bannerLabel, colours)
        policy = ui.busyBar.sizePolicy()
        policy.setRetainSizeWhenHidden(True)  # the table does not jump when a page loads
        ui.busyBar.setSizePolicy(policy)

    # --- events ---------------------------------------------------------------------------------
    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.start()
        self.refresh_timer.start()

    def hideEvent(self, event) -> None:
        self.refresh_timer.stop()
        super().hideEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self._fill_status_combo()
            self.model.retranslate()
            self._render()
        super().changeEvent(event)
