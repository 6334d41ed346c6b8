"""The signed-in window: company header, left navigation, and the pages of gui/pages.py that the
signed-in person may see (Devices first, the start view), rebuilt in place when their kind
changes (set_me: after they hand the company over, say). While the company requires two-step
verification the person has not set up, My account is the only page; it unlocks the others."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSignalBlocker, Signal
from PySide6.QtWidgets import QMainWindow, QWidget

from akonet_desktop.api.company import OwnershipTransferred
from akonet_desktop.api.models import Me
from akonet_desktop.gui.common import theme
from akonet_desktop.gui.common.fonts import title_font
from akonet_desktop.gui.devices.texts import texts
from akonet_desktop.gui.devices.view import DevicesView
from akonet_desktop.gui.forms.ui_main_window import Ui_MainWindow
from akonet_desktop.gui.pages import ACCOUNT, COMPANY, DEVICES, Page, visible_pages
from akonet_desktop.rules.roles import Kind

NOTICE_MS = 20_000


class MainWindow(QMainWindow):
    sign_out_requested = Signal()
    mailbox_requested = Signal()
    language_requested = Signal(str)  # chosen on My account: the app switches its interface to it

    def __init__(self, me: Me, *, has_mailbox: bool, client, parent: QWidget | None = None) -> None:
        """`client`: the signed-in AkonetClient the pages ask."""
        super().__init__(parent)
        self.me = me
        self.client = client
        self.ui = Ui_MainWindow()
        self.ui.setupUi(self)
        self.shown_pages: list[Page] = []
        self.pages: dict[str, QWidget] = {}  # by Page.key; self.ui.pages is the stack that shows them
        # The Devices page, which everyone sees (the Devices menu acts on it); None only while a
        # required two-step verification is not set up.
        self.devices: DevicesView | None = None
        self._build_pages()
        self.ui.navList.currentRowChanged.connect(self.ui.pages.setCurrentIndex)
        self.ui.mailboxAction.setVisible(has_mailbox)
        self.ui.toolsMenu.menuAction().setVisible(has_mailbox)
        self.ui.signOutButton.clicked.connect(self.sign_out_requested)
        self.ui.signOutAction.triggered.connect(self.sign_out_requested)
        self.ui.quitAction.triggered.connect(self.close)
        self.ui.mailboxAction.triggered.connect(self.mailbox_requested)
        self.ui.activateAction.triggered.connect(lambda: self.devices and self.devices.open_activation())
        self.ui.refreshAction.triggered.connect(lambda: self.devices and self.devices.refresh())
        self._style()
        self._retranslate()

    # --- pages ----------------------------------------------------------------------------------
    def _build_pages(self, current: str = DEVICES) -> None:
        """The pages of gui/pages.py that `self.me` may see, each built for them; `current` shown
        (Devices, the start view, when it is not among them). Pages already there (shut down by the
        caller) leave the stack once the new one shows, so none of them is shown again."""
        old = list(self.pages.values())
        self.shown_pages = visible_pages(self.me.user.role, setup_required=self.setup_required)
        self.pages = {}
        for page in self.shown_pages:
            widget = page.factory(self.client, self.me, self.ui.pages)
            self.pages[page.key] = widget
            self.ui.pages.addWidget(widget)
        self.devices = self.pages.get(DEVICES)
        if ACCOUNT in self.pages:
            account = self.pages[ACCOUNT]
            account.me_changed.connect(self._account_changed)
            account.language_chosen.connect(self.language_requested)
        if COMPANY in self.pages:
            company = self.pages[COMPANY]
            company.company_saved.connect(self._company_saved)  # the new name in the header at once
            company.ownership_transferred.connect(self._ownership_transferred)
        keys = [page.key for page in self.shown_pages]
        row = keys.index(current) if current in keys else 0
        self.ui.pages.setCurrentWidget(self.pages[keys[row]])
        for widget in old:
            self.ui.pages.removeWidget(widget)
            widget.deleteLater()
        with QSignalBlocker(self.ui.navList):
            self.ui.navList.clear()
            self.ui.navList.addItems([page.title() for page in self.shown_pages])
            self.ui.navList.setCurrentRow(row)
        self.ui.activateAction.setEnabled(self.devices is not None and self.devices.can_activate)
        self.ui.devicesMenu.menuAction().setVisible(self.devices is not None)

    @property
    def setup_required(self) -> bool:
        return self.me.totp_setup_required and not self.me.user.totp_enabled

    def set_me(self, me: Me) -> None:
        """The signed-in person changed kind (they handed the company over, say): the header and
        the pages they may see now, without signing out. Every page is built again for the new `me`
        (each page reads it when built), the old ones shut down; the page shown stays if allowed."""
        row = self.ui.navList.currentRow()
        current = self.shown_pages[row].key if 0 <= row < len(self.shown_pages) else DEVICES
        self._shut_down_pages()
        self.me = me
        self._build_pages(current)
        self._retranslate()

    def _shut_down_pages(self) -> None:
        for widget in self.pages.values():  # no timers, requests or dialogs outlive their page
            shutdown = getattr(widget, "shutdown", None)
            if shutdown is not None:
                shutdown()

    def show_notice(self, text: str) -> None:
        """A message that needs no answer (a refused link, say), in the status bar for a while."""
        self.statusBar().showMessage(text, NOTICE_MS)

    def _account_changed(self, me: Me) -> None:
        """My account saved names or language, or turned two-step verification on or off. When that
        unlocks the window (a required set-up done), every page is built, Devices shown; otherwise
        the header and the pages that show what changed follow."""
        if (me.totp_setup_required and not me.user.totp_enabled) != self.setup_required:
            self._shut_down_pages()
            self.me = me
            self._build_pages(DEVICES)
            self._retranslate()
            return
        self.me = me
        for widget in self.pages.values():
            follow = getattr(widget, "person_changed", None)
            if follow is not None:
                follow(me)
        self._retranslate()

    def _company_saved(self, company) -> None:
        self.me = self.me.model_copy(update={"company": company})
        self._retranslate()

    def _ownership_transferred(self, done: OwnershipTransferred) -> None:
        """The answer names the caller as they are now (an administrator) and the company: the
        same `Me` as GET /me would give, with no second request that could fail."""
        self.set_me(Me(user=done.previous_owner, company=done.company))
        new_owner = f"{done.owner.first_name} {done.owner.last_name}".strip() or done.owner.email
        self.show_notice(
            self.tr("Ownership transferred to %1. You are now an administrator of the company.").replace(
                "%1", new_owner
            )
        )

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
        can_activate = self.devices is not None and self.devices.can_activate
        self.ui.activateAction.setToolTip("" if can_activate else texts().not_allowed())

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
        self._shut_down_pages()
        super().closeEvent(event)
