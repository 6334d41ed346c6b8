"""The wizard's look: title font, error and banner colours, spacing the .ui cannot express."""

from __future__ import annotations

from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import QLabel

from akonet_desktop.gui.common import theme
from akonet_desktop.gui.common.fonts import title_font
from akonet_desktop.gui.forms.ui_registration_wizard import Ui_RegistrationWizard


def style_sheet(c: theme.Colours) -> str:
    return f"""
QLabel[role="error"] {{ color: {c.error}; }}
QLabel[role="intro"] {{ color: {c.intro}; }}
QLabel[role="info"] {{ color: {c.success}; }}
QLabel#titleLabel {{ color: {c.brand_text}; }}
{theme.banner(c)}
QLabel#bannerLabel {{ color: {c.banner_text}; background: transparent; border: none; }}
QPushButton#primaryButton {{
    background: {c.brand}; color: white; border: 1px solid #094a8c; border-radius: 5px;
    padding: 6px 22px; font-weight: bold;
}}
QPushButton#primaryButton:hover {{ background: #0d6ac7; }}
QPushButton#primaryButton:pressed {{ background: #094a8c; }}
QPushButton#primaryButton:focus {{ border: 2px solid #f2b01e; }}
QPushButton#primaryButton:disabled {{ background: #a9c2dc; border-color: #a9c2dc; color: #eef3f8; }}
"""


def apply(dialog, ui: Ui_RegistrationWizard) -> None:
    ui.titleLabel.setFont(title_font(ui.titleLabel.font(), 1.6))
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
    # Read-only reads as such: the window's colour instead of an input's white.
    palette = ui.usernameEdit.palette()
    palette.setColor(QPalette.ColorRole.Base, palette.color(QPalette.ColorRole.Window))
    ui.usernameEdit.setPalette(palette)
    ui.resendStatusLabel.setProperty("role", "info")
    ui.bannerFrame.setVisible(False)
    ui.busyBar.setVisible(False)
    # Last: setting the sheet polishes the widgets, and [role=...] is matched at polish time.
    dialog.setStyleSheet(style_sheet(theme.colours()))
