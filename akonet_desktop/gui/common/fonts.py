"""The one title font: a label's own font, larger and bold, so titles follow the system's size."""

from __future__ import annotations

from PySide6.QtGui import QFont


def title_font(base: QFont, scale: float) -> QFont:
    """A bold copy of `base`, `scale` times its size (window titles, headings, the guide's big button)."""
    font = QFont(base)
    font.setPointSizeF(font.pointSizeF() * scale)
    font.setBold(True)
    return font
