"""The QR image (module grid, colours, quiet zone) and the sessions table's model, without a server."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import segno
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QTableView

from akonet_desktop.api.account import SessionOut
from akonet_desktop.gui.account.qr import QUIET_ZONE, QrCodeView, module_pixels, qr_image
from akonet_desktop.gui.account.sessions_model import SESSION_ID_ROLE, SessionsModel

URI = "otpauth://totp/AKONet:jefe%40frio-central.es?secret=JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP&issuer=AKONet"


def _grey(image: QImage, x: int, y: int) -> int:
    return QColor(image.pixel(x, y)).red()


def test_the_qr_image_is_one_pixel_per_module_with_a_white_quiet_zone():
    image = qr_image(URI)
    symbol = segno.make(URI, error="m", micro=False, boost_error=False)
    modules = symbol.symbol_size(border=0)[0]
    assert modules == 17 + 4 * symbol.version  # a QR code of that version, nothing scaled
    assert image.width() == image.height() == modules + 2 * QUIET_ZONE
    size = image.width()
    # Only black and white.
    assert {_grey(image, x, y) for x in range(size) for y in range(size)} == {0, 255}
    # The quiet zone: four white modules all around.
    for i in range(size):
        for j in range(QUIET_ZONE):
            for x, y in ((i, j), (j, i), (i, size - 1 - j), (size - 1 - j, i)):
                assert _grey(image, x, y) == 255, (x, y)
    # The three finder patterns: a dark 7x7 ring with a dark 3x3 centre, at three corners.
    for ox, oy in ((0, 0), (modules - 7, 0), (0, modules - 7)):
        x0, y0 = QUIET_ZONE + ox, QUIET_ZONE + oy
        for k in range(7):
            for x, y in ((x0 + k, y0), (x0, y0 + k), (x0 + k, y0 + 6), (x0 + 6, y0 + k)):
                assert _grey(image, x, y) == 0
        assert _grey(image, x0 + 1, y0 + 1) == 255 and _grey(image, x0 + 3, y0 + 3) == 0
    # Exactly segno's matrix, module for module.
    for y, row in enumerate(symbol.matrix):
        for x, dark in enumerate(row):
            assert _grey(image, QUIET_ZONE + x, QUIET_ZONE + y) == (0 if dark else 255)


def test_the_view_scales_by_whole_pixels_and_stays_square(qtbot):
    view = QrCodeView()
    qtbot.addWidget(view)
    view.set_text(URI)
    modules = view.image.width()
    for width, height in ((300, 300), (333, 250), (180, 500)):
        view.resize(width, height)
        rect = view.target_rect()
        assert rect.width() == rect.height()
        assert rect.width() % modules == 0 and rect.width() // modules == module_pixels(min(width, height), modules)
        assert rect.width() <= min(width, height)
        grabbed = view.grab().toImage()
        # Top-left module of the finder pattern: dark, and sharp (every pixel of it dark).
        scale = rect.width() // modules
        x0, y0 = rect.x() + QUIET_ZONE * scale, rect.y() + QUIET_ZONE * scale
        pixels = {QColor(grabbed.pixel(x0 + i, y0 + j)).red() for i in range(scale) for j in range(scale)}
        assert pixels == {0}
        quiet = (rect.x() + 1, rect.y() + 1)  # the quiet zone, inside what is painted
        assert QColor(grabbed.pixel(*quiet)).red() == 255


NOW = datetime(2026, 12, 2, 20, 0, tzinfo=UTC)


def _session(id_: int, *, current: bool = False, used: int = 0, client: str = "AKONetDesktop/0.1.0 (Windows 11)"):
    return SessionOut(
        id=id_,
        client=client,
        address=f"192.0.2.{id_}",
        created_at=NOW - timedelta(days=3),
        last_used_at=NOW - timedelta(minutes=used),
        current=current,
    )


def test_the_sessions_model_this_computer_first_then_the_latest_used(qtbot):
    model = SessionsModel()
    model.set_sessions([_session(1, used=30), _session(2, current=True, used=5), _session(3, used=1)])
    assert model.rowCount() == 3 and model.columnCount() == 4
    assert model.rowCount(model.index(0, 0)) == 0  # a table, not a tree
    ids = [model.index(row, 0).data(SESSION_ID_ROLE) for row in range(3)]
    assert ids == [2, 3, 1]
    assert model.index(0, SessionsModel.ACTION).data() == "This computer"
    assert model.index(1, SessionsModel.ACTION).data() == ""
    assert model.index(1, SessionsModel.ADDRESS).data() == "192.0.2.3"
    assert model.index(1, SessionsModel.CLIENT).data() == "AKONetDesktop/0.1.0 (Windows 11)"
    assert model.index(1, SessionsModel.LAST_USED).data()  # a local date and time
    assert [model.headerData(c, Qt.Orientation.Horizontal) for c in range(3)] == [
        "Application and system",
        "Address",
        "Last used",
    ]
    assert [s.id for s in model.others()] == [3, 1]

    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    removed = []
    model.rowsRemoved.connect(lambda _parent, first, last: removed.append((first, last)))
    model.remove_session(3)
    assert removed == [(1, 1)] and [s.id for s in model.sessions] == [2, 1]
    model.remove_session(99)  # already gone: nothing happens
    model.keep_only_current()
    assert [s.id for s in model.sessions] == [2]
    assert model.data(QModelIndex()) is None


def test_a_client_name_that_looks_like_markup_is_shown_as_typed():
    model = SessionsModel()
    model.set_sessions([_session(1, client="<b>evil</b><img src=x>")])
    tooltip = model.index(0, SessionsModel.CLIENT).data(Qt.ItemDataRole.ToolTipRole)
    assert "<b>" not in tooltip and "&lt;b&gt;" in tooltip
