"""A QR code drawn in the app (segno, no network): the otpauth:// link an authenticator app scans.

`qr_image` makes one pixel per module, dark on white with the standard quiet zone of four
modules; `QrCodeView` paints it at the largest whole number of pixels per module that fits, with
no smoothing, so that every module stays a sharp square at any size and screen scale.
"""

from __future__ import annotations

import segno
from PySide6.QtCore import QRect, QSize
from PySide6.QtGui import QImage, QPainter
from PySide6.QtWidgets import QSizePolicy, QWidget

QUIET_ZONE = 4  # modules of white around the symbol (ISO/IEC 18004)
DARK, LIGHT = 0, 255  # grey levels: black modules on white, whatever the theme (scanners expect it)
MIN_MODULE_PIXELS = 5  # the smallest module the view asks room for: phones scan it from a screen


def qr_image(text: str, *, quiet_zone: int = QUIET_ZONE) -> QImage:
    """One pixel per module, quiet zone included (Format_Grayscale8: 0 dark, 255 light).
    Error correction M: a screen is clean, and a smaller symbol scans from further away."""
    code = segno.make(text, error="m", micro=False, boost_error=False)
    rows = list(code.matrix_iter(scale=1, border=quiet_zone))
    size = len(rows)
    image = QImage(size, size, QImage.Format.Format_Grayscale8)
    image.fill(LIGHT)
    for y, row in enumerate(rows):
        for x, dark in enumerate(row):
            if dark:
                image.setPixel(x, y, DARK)
    return image


def module_pixels(side: int, modules: int) -> int:
    """The whole number of device pixels per module that fits `side` (at least 1)."""
    return max(1, side // max(1, modules))


class QrCodeView(QWidget):
    """Paints a QR image centred, scaled by a whole factor in device pixels (no blur)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._image: QImage | None = None
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)

    def set_text(self, text: str) -> None:
        self._image = qr_image(text) if text else None
        self.updateGeometry()
        self.update()

    @property
    def image(self) -> QImage | None:
        return self._image

    def sizeHint(self) -> QSize:
        modules = self._image.width() if self._image is not None else 45
        side = modules * MIN_MODULE_PIXELS
        return QSize(side, side)

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()

    def target_rect(self) -> QRect:
        """Where the code is painted, in logical pixels: square, centred, a whole number of device
        pixels per module."""
        if self._image is None:
            return QRect()
        ratio = self.devicePixelRatioF()
        modules = self._image.width()
        side_device = module_pixels(int(min(self.width(), self.height()) * ratio), modules) * modules
        side = side_device / ratio
        x = (self.width() - side) / 2
        y = (self.height() - side) / 2
        return QRect(round(x), round(y), round(side), round(side))

    def paintEvent(self, event) -> None:
        if self._image is None:
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, False)
        painter.drawImage(self.target_rect(), self._image)  # its own white quiet zone included
        painter.end()
