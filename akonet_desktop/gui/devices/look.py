"""Status colours (the platform's: green active, orange inactive, red alarm) as small painted
dots, always shown next to the status text: colour is never the only sign."""

from __future__ import annotations

import html

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPen, QPixmap

STATUS_COLORS = {"active": "#2e7d32", "inactive": "#ef6c00", "alarm": "#c62828"}
DOT_SIZE = 12

BANNER_STYLE = "QFrame#bannerFrame { background: #fdecea; border: 1px solid #f1aeb5; border-radius: 6px; }"
BANNER_TEXT_STYLE = "color: #6e1212;"
ERROR_STYLE = "color: #b3261e;"
INFO_STYLE = "color: #555555;"

_icons: dict[str, QIcon] = {}


def status_icon(status: str) -> QIcon:
    """A filled circle in the status colour with a thin darker ring (visible on any row colour)."""
    icon = _icons.get(status)
    if icon is None:
        icon = QIcon()
        for scale in (1, 2):
            icon.addPixmap(_dot(status, scale))
        _icons[status] = icon
    return icon


def _dot(status: str, scale: int) -> QPixmap:
    color = QColor(STATUS_COLORS.get(status, "#757575"))
    pixmap = QPixmap(DOT_SIZE * scale, DOT_SIZE * scale)
    pixmap.setDevicePixelRatio(scale)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QPen(color.darker(140), 1))
    painter.setBrush(color)
    painter.drawEllipse(QRectF(1.5, 1.5, DOT_SIZE - 3, DOT_SIZE - 3))
    painter.end()
    return pixmap


def badge_html(status: str, text: str) -> str:
    """The same dot and text for labels (details dialog)."""
    color = STATUS_COLORS.get(status, "#757575")
    return f'<span style="color: {color}; font-size: large;">&#9679;</span>&nbsp;<b>{html.escape(text)}</b>'
