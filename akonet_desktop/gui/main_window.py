"""The signed-in window: company header, left navigation, and the pages of gui/pages.py that the
signed-in person may see (Devices first, the start view)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QMainWindow, QWidget

from akonet_desktop.api.models import Me
from akonet_desktop.gui.common import theme
from akonet_desktop.gui.common.fonts import title_font
from akonet_desktop.gui.devices.texts import texts
from akonet_desktop.gui.devices.view import DevicesView
from akonet_desktop.gui.forms.ui_main_window import Ui_MainWindow
from akonet_desktop.gui.pages import COMPANY, DEVICES, visible_pages
from akonet_desktop.rules.roles import Kind

NOTICE_MS = 20_000


class MainWindow(QMainWindow):
    sign_out_requested = Signal()
    mailbox_requested = Signal()

    def __init__(self, me: Me, *, has_mailbox: bool, client, parent: QWidget | None = None) -> None:
        """`client`: the signed-in AkonetClient the pages ask."""
        super().__init__(parent)
        self.me = me
        self.ui = Ui_MainWindow()
        self.ui.setupUi(self)
        self.shown_pages = visible_pages(me.user.role)
        self.pages: dict[str, QWidget] = {}  # by Page.key; self.ui.pages is the stack that shows them
        for page in self.shown_pages:
            widget = page.factory(client, me, self.ui.pages)
            self.pages[page.key] = widget
            self.ui.pages.addWidget(widget)
            self.ui.navList.addItem(page.title())
        self.ui.navList.currentRowChanged.connect(self.ui.pages.setCurrentIndex)
        self.ui.navList.setCurrentRow(0)
        # The Devices menu acts on the Devices page, which everyone sees.
        self.devices: DevicesView = self.pages[DEVICES]
        self.ui.mailboxAction.setVisible(has_mailbox)
        self.ui.toolsMenu.menuAction().setVisible(has_mailbox)
        self.ui.signOutButton.clicked.connect(self.sign_out_requested)
        self.ui.signOutAction.triggered.connect(self.sign_out_requested)
        self.ui.quitAction.triggered.connect(self.close)
        self.ui.mailboxAction.triggered.connect(self.mailbox_requested)
        self.ui.activateAction.triggered.connect(self.devices.open_activation)
        self.ui.activateAction.setEnabled(self.devices.can_activate)
        self.ui.refreshAction.triggered.connect(self.devices.refresh)
        if COMPANY in self.pages:  # a renamed company shows its new name in the header at once
            self.pages[COMPANY].company_saved.connect(self._company_saved)
        self._style()
        self._retranslate()

    def show_notice(self, text: str) -> None:
        """A message that needs no answer (a refused link, say), in the status bar for a while."""
        self.statusBar().showMessage(text, NOTICE_MS)

    def _company_saved(self, company) -> None:
        self.me = self.me.model_copy(update={"company": company})
        self._retranslate()

    def _role_name(self) -> str:
        return {
            Kind.OWNER: self.tr("Owner"),
            Kind.ADMIN: self.tr("Administrator"),
            Kind.USER: self.tr("User"),
        }.get(self.me.user.role, self.me.user.role)  # a kind this version does not know: as the server says it

    def _retranslate(self) -> None:
        user = self.me.user
        self.ui.companyLabel.setText(self.me.company.name)
        self.ui.userLabel.setText(f"{user.first_name} {user.last_name} · {self._role_name()}")
        for row, page in enumerate(self.shown_pages):
            self.ui.navList.item(row).setText(page.title())
        self.ui.activateAction.setToolTip("" if self.devices.can_activate else texts().not_allowed())

    def _style(self) -> None:
        self.ui.brandLabel.setFont(title_font(self.ui.brandLabel.font(), 1.3))
        c = theme.colours()
        self.ui.header.setStyleSheet(
            f"QFrame#header {{ background: {c.brand}; }} QFrame#header QLabel {{ color: white; }}"
        )
        self.ui.navList.setStyleSheet(
            f"QListWidget {{ border: none; border-right: 1px solid {c.side_border}; background: {c.side_fill}; }}"
            "QListWidget::item { padding: 10px 14px; }"
            f"QListWidget::item:selected {{ background: {c.side_selected_fill}; color: {c.side_selected_text}; "
            "font-weight: bold; }"
        )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self._retranslate()
        super().changeEvent(event)

    def closeEvent(self, event) -> None:
        for widget in self.pages.values():  # no timers, requests or dialogs outlive the window
            shutdown = getattr(widget, "shutdown", None)
            if shutdown is not None:
                shutdown()
        super().closeEvent(event)
