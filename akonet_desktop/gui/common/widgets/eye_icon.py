"""The show/hide password icon: an eye, crossed out while the password is shown.

Drawn rather than shipped: Qt's standard pixmaps have no eye, an icon theme is not there on
Windows or macOS, and SVG would need QtSvg in the bundle. Painted in the text colour, so it
follows light and dark palettes.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPainterPath, QPen, QPixmap

SIZES = (16, 24, 32, 48)  # covers line-edit icons at 100 % to 300 % scale


def _eye(size: int, color: QColor, crossed: bool) -> QPixmap:
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    unit = size / 16
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QPen(color, 1.3 * unit, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap, Qt.PenJoinStyle.RoundJoin))
    outline = QPainterPath(QPointF(1.5 * unit, 8 * unit))
    outline.quadTo(QPointF(8 * unit, 0.5 * unit), QPointF(14.5 * unit, 8 * unit))
    outline.quadTo(QPointF(8 * unit, 15.5 * unit), QPointF(1.5 * unit, 8 * unit))
    painter.drawPath(outline)
    painter.setBrush(color)
    painter.drawEllipse(QRectF(5.75 * unit, 5.75 * unit, 4.5 * unit, 4.5 * unit))
    if crossed:
        painter.drawLine(QPointF(2.5 * unit, 13.5 * unit), QPointF(13.5 * unit, 2.5 * unit))
    painter.end()
    return pixmap


def eye_icon(color: QColor, *, crossed: bool) -> QIcon:
    icon = QIcon()
    for size in SIZES:
        icon.addPixmap(_eye(size, color, crossed))
    return icon
