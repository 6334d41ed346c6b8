"""Activity: the company's activity log for its owner and administrators, newest first, page by
page, filtered by kind of action on the server."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QWidget

from akonet_desktop.api.activity import ActivityKind
from akonet_desktop.api.models import Me
from akonet_desktop.gui.activity.model import PAGE_SIZE, ActivityModel
from akonet_desktop.gui.activity.texts import texts
from akonet_desktop.gui.common import theme
from akonet_desktop.gui.common.fonts import title_font
from akonet_desktop.gui.common.messages import failure_message
from akonet_desktop.gui.forms.ui_activity_view import Ui_ActivityView

COLUMN_WIDTHS = {  # Details takes what is left
    ActivityModel.WHEN: 150,
    ActivityModel.WHO: 200,
    ActivityModel.WHAT: 190,
    ActivityModel.TARGET: 170,
}
DETAILS_MIN_WIDTH = 160


class ActivityView(QWidget):
    def __init__(self, client, me: Me, parent: QWidget | None = None, *, page_size: int = PAGE_SIZE) -> None:
        super().__init__(parent)
        self.client = client
        self.me = me
        self.model = ActivityModel(client.list_activity, page_size=page_size, parent=self)
        self.ui = Ui_ActivityView()
        self.ui.setupUi(self)
        self._style()
        self._fill_kind_combo()
        self._setup_table()

        ui, model = self.ui, self.model
        ui.kindCombo.currentIndexChanged.connect(lambda _index: self.apply_filter())
        ui.refreshButton.clicked.connect(self.refresh)
        ui.retryButton.clicked.connect(model.retry)
        model.busy_changed.connect(lambda _busy: self._render())
        model.failed.connect(lambda _error: self._render())
        model.loaded.connect(self._render)
        self._render()

    # --- set-up ---------------------------------------------------------------------------------
    def _setup_table(self) -> None:
        table = self.ui.table
        table.setModel(self.model)
        header = table.horizontalHeader()
        header.setHighlightSections(False)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setMinimumSectionSize(60)
        for column, width in COLUMN_WIDTHS.items():
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(column, width)
        header.setSectionResizeMode(ActivityModel.DETAILS, QHeaderView.ResizeMode.Stretch)
        table.setMinimumWidth(sum(COLUMN_WIDTHS.values()) // 2 + DETAILS_MIN_WIDTH)
        # Every row the same height, set once: the view never measures rows.
        rows = table.verticalHeader()
        rows.hide()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(table.fontMetrics().height() + 14)
        table.setTextElideMode(Qt.TextElideMode.ElideRight)
        table.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)

    def _fill_kind_combo(self) -> None:
        combo = self.ui.kindCombo
        current = combo.currentIndex()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(texts().any_kind(), None)
        for kind in ActivityKind:
            combo.addItem(texts().kind_name(kind), kind.value)
        combo.setCurrentIndex(max(current, 0))
        combo.blockSignals(False)

    # --- actions --------------------------------------------------------------------------------
    def start(self) -> None:
        """The first page, unless it is already on its way."""
        if not self.model.started:
            self.model.reload()

    def apply_filter(self) -> None:
        self.model.set_kind(self.ui.kindCombo.currentData())

    def refresh(self) -> None:
        self.model.refresh()

    def shutdown(self) -> None:
        """The window closes: no more requests."""
        self.model.close()

    # --- rendering ------------------------------------------------------------------------------
    def _render(self) -> None:
        ui, model = self.ui, self.model
        ui.busyBar.setVisible(model.busy)
        ui.countsLabel.setText("" if model.total is None else texts().entries(model.total))
        error = model.error
        ui.bannerLabel.setText(failure_message(error) if error is not None else "")
        ui.bannerFrame.setVisible(error is not None)
        empty = model.total == 0 and not model.busy and error is None
        ui.emptyLabel.setText(texts().empty(model.filtered) if empty else "")
        ui.emptyLabel.setVisible(empty)

    def _style(self) -> None:
        ui = self.ui
        ui.titleLabel.setFont(title_font(ui.titleLabel.font(), 1.6))
        colours = theme.colours()
        ui.countsLabel.setStyleSheet(theme.text(colours.hint))
        ui.introLabel.setStyleSheet(theme.text(colours.hint))
        ui.emptyLabel.setStyleSheet(theme.text(colours.hint))
        theme.style_banner(ui.bannerFrame, ui.bannerLabel, colours)
        policy = ui.busyBar.sizePolicy()
        policy.setRetainSizeWhenHidden(True)  # the table does not jump when a page loads
        ui.busyBar.setSizePolicy(policy)

    # --- events ---------------------------------------------------------------------------------
    def showEvent(self, event) -> None:
        super().showEvent(event)
        # Coming back to the page (after activating a device, say): the newest entries at once.
        if self.model.started:
            self.refresh()
        else:
            self.start()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self._fill_kind_combo()
            self.model.retranslate()
            self._render()
        super().changeEvent(event)
