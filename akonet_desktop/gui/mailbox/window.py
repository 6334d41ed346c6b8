"""The local Mailbox (embedded mode): the mails the built-in server wrote to its Maildir."""

from __future__ import annotations

import html
import re
from email.message import EmailMessage

from PySide6.QtCore import QEvent, QItemSelection, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QHeaderView, QWidget

from akonet_desktop.api.links import APP_SCHEME, app_link_for_web_link
from akonet_desktop.client.embedded import read_mailbox
from akonet_desktop.gui.common import theme
from akonet_desktop.gui.common.fonts import title_font
from akonet_desktop.gui.common.tasks import TaskGroup, in_thread
from akonet_desktop.gui.context import AppContext
from akonet_desktop.gui.forms.ui_mailbox_window import Ui_MailboxWindow
from akonet_desktop.gui.mailbox.model import MailboxModel

REFRESH_MS = 5000
EXTERNAL_SCHEMES = ("http", "https", "mailto")
_URL = re.compile(rf"\b(?:https?|{APP_SCHEME})://[^\s<>\"']+")
# QTextBrowser ignores display:none, so the mail's hidden preview line would show as body text.
_HIDDEN_BLOCK = re.compile(r"<div\b[^>]*display\s*:\s*none[^>]*>.*?</div>", re.IGNORECASE | re.DOTALL)


class MailboxWindow(QWidget):
    deep_link_activated = Signal(str)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.model = MailboxModel(self)
        self.loaded = False
        self._read_error: str | None = None
        self._refreshing = False
        self._restoring = False
        self._tasks = TaskGroup()
        self.ui = Ui_MailboxWindow()
        self.ui.setupUi(self)
        self._style()
        table = self.ui.table
        table.setModel(self.model)
        table.sortByColumn(MailboxModel.DATE, Qt.SortOrder.DescendingOrder)
        header = table.horizontalHeader()
        header.setSectionResizeMode(MailboxModel.DATE, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(MailboxModel.TO, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(MailboxModel.TO, 220)
        table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.ui.browser.anchorClicked.connect(self.open_link)
        self.ui.refreshButton.clicked.connect(lambda: self._tasks.spawn(self.refresh()))
        self.timer = QTimer(self)
        self.timer.setInterval(REFRESH_MS)
        self.timer.timeout.connect(lambda: self._tasks.spawn(self.refresh()))
        self._render()

    # --- actions ------------------------------------------------------------------------------
    async def refresh(self) -> None:
        if self._refreshing:
            return
        self._refreshing = True
        try:
            path = self.ctx.maildir
            messages = await in_thread(read_mailbox, path) if path is not None else []
            self._read_error = None
        except OSError as error:
            self._read_error = self.tr("The mailbox cannot be read: %1").replace("%1", str(error))
            return
        finally:
            self._refreshing = False
            self._render()
        self._reload(messages)
        self.loaded = True
        self._render()

    def open_link(self, url: QUrl) -> None:
        scheme = url.scheme().lower()
        if scheme == APP_SCHEME:
            self.deep_link_activated.emit(url.toString())
        elif (app_link := self._app_link_for(url)) is not None:
            # A mail's button is its web link, to a page of the built-in server that only says to
            # go back to the app: here, already in the app, it continues like the app link.
            self.deep_link_activated.emit(app_link)
        elif scheme in EXTERNAL_SCHEMES:
            QDesktopServices.openUrl(url)

    def _app_link_for(self, url: QUrl) -> str | None:
        if self.ctx.embedded_url is None:
            return None
        server = QUrl(self.ctx.embedded_url)
        if url.scheme() == server.scheme() and url.host() == server.host():
            # Every mail here was written by the built-in server, on the port it had then: if it
            # had to move since, the old port may now be another program's, which must not get
            # the mail's code. On the same loopback host, any port continues in the app.
            server.setPort(url.port())
        return app_link_for_web_link(url.toEncoded().data().decode("ascii"), server.toString())

    def select_row(self, row: int) -> None:
        self.ui.table.selectRow(row)

    def selected_message(self) -> EmailMessage | None:
        row = self._selected_row()
        return None if row < 0 else self.model.message_at(row)

    # --- rendering ----------------------------------------------------------------------------
    def _reload(self, messages: list[EmailMessage]) -> None:
        selected = self.model.key_at(self._selected_row())
        self._restoring = True
        try:
            self.model.reload(messages)
            row = self.model.row_of(selected)
        finally:
            self._restoring = False
        if row < 0 and self.model.rowCount() > 0:
            row = 0  # nothing chosen yet, or the chosen mail is gone: show the newest
        if row >= 0 and row != self._selected_row():
            self.ui.table.selectRow(row)

    def _selected_row(self) -> int:
        rows = self.ui.table.selectionModel().selectedRows()
        return rows[0].row() if rows else -1

    def _selection_changed(self, selected: QItemSelection, deselected: QItemSelection) -> None:
        if not self._restoring:
            self._show_selected()

    def _show_selected(self) -> None:
        ui = self.ui
        row = self._selected_row()
        message = self.model.message_at(row)
        if message is None:
            ui.subjectLabel.clear()
            ui.metaLabel.clear()
            ui.browser.clear()
            return
        date = self.model.data(self.model.index(row, MailboxModel.DATE), Qt.ItemDataRole.ToolTipRole)
        ui.subjectLabel.setText(str(message.get("Subject") or self.tr("(no subject)")))
        ui.metaLabel.setText(
            "   ·   ".join(
                [
                    self.tr("From: %1").replace("%1", str(message.get("From") or "")),
                    self.tr("To: %1").replace("%1", str(message.get("To") or "")),
                    date,
                ]
            )
        )
        ui.browser.setHtml(body_html(message))

    def _render(self) -> None:
        ui = self.ui
        empty = self.model.rowCount() == 0
        ui.stack.setCurrentWidget(ui.emptyPage if empty else ui.listPage)
        ui.errorLabel.setText(self._read_error or "")
        ui.errorLabel.setVisible(bool(self._read_error))

    def _style(self) -> None:
        self.ui.titleLabel.setFont(title_font(self.ui.titleLabel.font(), 1.6))
        self.ui.subjectLabel.setFont(title_font(self.ui.subjectLabel.font(), 1.2))
        colours = theme.colours()
        for label in (self.ui.subtitleLabel, self.ui.metaLabel, self.ui.emptyLabel):
            label.setStyleSheet(theme.text(colours.hint))
        self.ui.errorLabel.setStyleSheet(theme.text(colours.error))
        self.ui.splitter.setStretchFactor(0, 2)
        self.ui.splitter.setStretchFactor(1, 3)

    # --- events -------------------------------------------------------------------------------
    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.timer.start()
        self._tasks.spawn(self.refresh())

    def hideEvent(self, event) -> None:
        self.timer.stop()
        super().hideEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self.model.retranslate()
            self._show_selected()
        super().changeEvent(event)

    def closeEvent(self, event) -> None:
        self.timer.stop()
        self._tasks.cancel_all()
        super().closeEvent(event)


def body_html(message: EmailMessage) -> str:
    """The HTML part as sent; else the plain text, escaped, with its links made clickable."""
    part = message.get_body(("html",))
    if part is not None:
        return _HIDDEN_BLOCK.sub("", part.get_content())
    part = message.get_body(("plain",))
    text = part.get_content() if part is not None else ""
    pieces, end = [], 0
    for match in _URL.finditer(text):
        url = html.escape(match.group(0), quote=True)
        pieces += [html.escape(text[end : match.start()]), f'<a href="{url}">{url}</a>']
        end = match.end()
    pieces.append(html.escape(text[end:]))
    return f'<pre style="white-space: pre-wrap;">{"".join(pieces)}</pre>'
