"""The title font: bold and scaled from the widget's own font, which it leaves as it was."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QFont

from akonet_desktop.gui.common.fonts import title_font


@pytest.mark.parametrize(("size", "scale"), [(10.0, 1.6), (9.0, 2.2), (13.0, 1.15)])
def test_title_font_is_a_bold_scaled_copy(qapp, size, scale):
    base = QFont("Sans")
    base.setPointSizeF(size)
    base.setItalic(True)
    title = title_font(base, scale)
    assert title.bold() and title.pointSizeF() == pytest.approx(size * scale)
    assert title.italic() and title.family() == base.family()  # the rest of the font is kept
    assert not base.bold() and base.pointSizeF() == size
