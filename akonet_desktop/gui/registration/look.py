"""The wizard's look: title font, error and banner colours, spacing the .ui cannot express."""

from __future__ import annotations

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel

from akonet_desktop.gui.forms.ui_registration_wizard import Ui_RegistrationWizard

ERROR_COLOUR = "#b3261e"

STYLE = f"""
QLabel[role="error"] {{ color: {ERROR_COLOUR}; }}
QLabel[role="intro"] {{ color: #4a4a4a; }}
QLabel[role="info"] {{ color: #1b7f3b; }}
QLabel#titleLabel {{ color: #0b5cad; }}
QFrame#bannerFrame {{ background: #fdecea; border: 1px solid #f1aeb5; border-radius: 6px; }}
QLabel#bannerLabel {{ color: #6e1212; background: transparent; border: none; }}
"""


def apply(dialog, ui: Ui_RegistrationWizard) -> None:
    dialog.setStyleSheet(STYLE)
    title = QFont(ui.titleLabel.font())
    title.setPointSizeF(title.pointSizeF() * 1.6)
    title.setBold(True)
    ui.titleLabel.setFont(title)
    for label in dialog.findChildren(QLabel):
        name = label.objectName()
        if name.endswith("Error"):
            label.setProperty("role", "error")
            label.setVisible(False)
        elif name.endswith("Intro"):
            label.setProperty("role", "intro")
        elif name.endswith("Label") and label.buddy() is not None:
            font = QFont(label.font())
            font.setWeight(QFont.Weight.DemiBold)
            label.setFont(font)
    ui.resendStatusLabel.setProperty("role", "info")
    ui.bannerFrame.setVisible(False)
    ui.busyBar.setVisible(False)
