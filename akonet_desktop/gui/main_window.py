"""The signed-in window: company header, left navigation, the Devices start view."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QMainWindow, QWidget

from akonet_desktop.api.models import Me
from akonet_desktop.gui.forms.ui_main_window import Ui_MainWindow


class MainWindow(QMainWindow):
    sign_out_requested = Signal()
    mailbox_requested = Signal()

    def __init__(self, me: Me, *, has_mailbox: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.me = me
        self.ui = Ui_MainWindow()
        self.ui.setupUi(self)
        self.ui.navList.setCurrentRow(0)
        self.ui.mailboxAction.setVisible(has_mailbox)
        self.ui.toolsMenu.menuAction().setVisible(has_mailbox)
        self.ui.signOutButton.clicked.connect(self.sign_out_requested)
        self.ui.signOutAction.triggered.connect(self.sign_out_requested)
        self.ui.quitAction.triggered.connect(self.close)
        self.ui.mailboxAction.triggered.connect(self.mailbox_requested)
        # Activation arrives with the devices module; until then the action says so instead
        # of pretending to work.
        self.ui.activateButton.setEnabled(False)
        self._style()
        self._retranslate()

    def _role_name(self) -> str:
        return {"owner": self.tr("Owner"), "admin": self.tr("Administrator"), "user": self.tr("User")}[self.me.user.role]

    def _retranslate(self) -> None:
        user = self.me.user
        self.ui.companyLabel.setText(self.me.company.name)
        self.ui.userLabel.setText(f"{user.first_name} {user.last_name} · {self._role_name()}")
        self.ui.activateButton.setToolTip(self.tr("Device activation is not available in this version yet."))

    def _style(self) -> None:
        for label, scale in ((self.ui.brandLabel, 1.3), (self.ui.devicesTitle, 1.6), (self.ui.emptyTitle, 1.3)):
            font = QFont(label.font())
            font.setPointSizeF(font.pointSizeF() * scale)
            font.setBold(True)
            label.setFont(font)
        self.ui.header.setStyleSheet("QFrame#header { background: #0b5cad; } QFrame#header QLabel { color: white; }")
        self.ui.emptyText.setStyleSheet("color: #555555;")
        self.ui.emptyText.setMaximumWidth(560)
        self.ui.devicesLayout.setAlignment(self.ui.emptyText, Qt.AlignmentFlag.AlignHCenter)
        self.ui.navList.setStyleSheet(
            "QListWidget { border: none; border-right: 1px solid #d0d7de; background: #f6f8fa; }"
            "QListWidget::item { padding: 10px 14px; }"
            "QListWidget::item:selected { background: #dbe9f9; color: #0b5cad; font-weight: bold; }"
        )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self._retranslate()
        super().changeEvent(event)
