"""Status colours (the platform's: green active, orange inactive, red alarm) as small painted
dots, always shown next to the status text: colour is never the only sign."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPen, QPixmap

from akonet_desktop.gui.common import theme
from akonet_desktop.gui.common.literal_text import escape_for_rich

DOT_SIZE = 12

_icons: dict[tuple[str, str], QIcon] = {}


def status_icon(status: str) -> QIcon:
    """A filled circle in the status colour with a thin darker ring (visible on any row colour)."""
    colour = theme.colours().status(status)
    icon = _icons.get((status, colour))
    if icon is None:
        icon = QIcon()
        for scale in (1, 2):
            icon.addPixmap(_dot(colour, scale))
        _icons[status, colour] = icon
    return icon


def _dot(colour: str, scale: int) -> QPixmap:
    color = QColor(colour)
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
    color = theme.colours().status(status)
    return f'<span style="color: {color}; font-size: large;">&#9679;</span>&nbsp;<b>{escape_for_rich(text)}</b>'
