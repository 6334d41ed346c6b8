"""Draws the application icon and writes it in each platform's format.

    .venv/bin/pip install pillow && .venv/bin/python tools/make_icons.py

Writes resources/icons/akonet.png (window icon, Linux), akonet.ico (Windows) and akonet.icns
(macOS). The files are committed: the build never needs Pillow. Drawn with Qt, so that the
icon and the app share one renderer; Pillow only packs the sizes into .ico and .icns.
"""

from __future__ import annotations

import io
import math
import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PIL import Image  # noqa: E402
from PySide6.QtCore import QBuffer, QPointF, QRectF, Qt  # noqa: E402
from PySide6.QtGui import QColor, QGuiApplication, QImage, QLinearGradient, QPainter, QPainterPath, QPen  # noqa: E402

ICONS = Path(__file__).resolve().parent.parent / "resources" / "icons"
SIZE = 1024


def draw(size: int) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    p = QPainter(image)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    margin = size * 0.06
    tile = QRectF(margin, margin, size - 2 * margin, size - 2 * margin)
    gradient = QLinearGradient(tile.topLeft(), tile.bottomRight())
    gradient.setColorAt(0, QColor("#1f7ae0"))
    gradient.setColorAt(1, QColor("#0b3d91"))
    path = QPainterPath()
    path.addRoundedRect(tile, size * 0.2, size * 0.2)
    p.fillPath(path, gradient)

    # A snowflake: six arms with two barbs each (refrigeration), white on blue.
    centre = tile.center()
    arm = tile.width() * 0.34
    pen = QPen(QColor("white"), size * 0.042, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap)
    p.setPen(pen)
    for k in range(6):
        angle = math.radians(90 + 60 * k)
        tip = QPointF(centre.x() + arm * math.cos(angle), centre.y() - arm * math.sin(angle))
        p.drawLine(centre, tip)
        for along, barb in ((0.45, 0.24), (0.72, 0.17)):
            base = QPointF(centre.x() + arm * along * math.cos(angle), centre.y() - arm * along * math.sin(angle))
            for side in (-1, 1):
                a = angle + side * math.radians(45)
                end = QPointF(base.x() + arm * barb * math.cos(a), base.y() - arm * barb * math.sin(a))
                p.drawLine(base, end)
    p.setBrush(QColor("white"))
    p.setPen(Qt.PenStyle.NoPen)
    p.drawEllipse(centre, size * 0.05, size * 0.05)
    p.end()
    return image


def to_pillow(image: QImage) -> Image.Image:
    buffer = QBuffer()
    buffer.open(QBuffer.OpenModeFlag.ReadWrite)
    image.save(buffer, "PNG")
    return Image.open(io.BytesIO(bytes(buffer.data()))).convert("RGBA")


def main() -> int:
    _app = QGuiApplication(sys.argv[:1])
    ICONS.mkdir(parents=True, exist_ok=True)
    big = to_pillow(draw(SIZE))
    big.resize((256, 256), Image.Resampling.LANCZOS).save(ICONS / "akonet.png", optimize=True)
    big.save(ICONS / "akonet.ico", sizes=[(s, s) for s in (16, 24, 32, 48, 64, 128, 256)])
    big.save(ICONS / "akonet.icns")
    for name in ("akonet.png", "akonet.ico", "akonet.icns"):
        print(f"{ICONS / name}: {(ICONS / name).stat().st_size // 1024} KiB")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
