"""The app's own colours keep their contrast on light and dark palettes (WCAG AA: 4.5:1)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from akonet_desktop.client.credentials import CredentialStore
from akonet_desktop.gui.common import theme
from akonet_desktop.gui.common.i18n import Translations
from akonet_desktop.gui.context import AppContext
from akonet_desktop.gui.signin.login_window import LoginWindow

TEXT = ("brand_text", "error", "hint", "intro", "success", "unmet")


def _luminance(hex_colour: str) -> float:
    def channel(value: int) -> float:
        c = value / 255
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    colour = QColor(hex_colour)
    return 0.2126 * channel(colour.red()) + 0.7152 * channel(colour.green()) + 0.0722 * channel(colour.blue())


def contrast(a: str, b: str) -> float:
    high, low = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


@pytest.mark.parametrize(
    "colours,windows",
    [
        (theme.LIGHT, ("#ffffff", "#efefef")),  # Fusion, Windows, macOS light
        (theme.DARK, ("#1e1e1e", "#2d2d2d", "#353535")),  # Windows 11, Fusion, GNOME dark
    ],
)
def test_text_colours_are_readable_on_their_windows(colours, windows):
    for window in windows:
        low = {name: round(contrast(getattr(colours, name), window), 2) for name in TEXT}
        assert min(low.values()) >= 4.5, (window, low)
    assert contrast(colours.banner_text, colours.banner_fill) >= 4.5
    assert contrast(colours.side_selected_text, colours.side_selected_fill) >= 4.5
    assert contrast("#ffffff", colours.brand) >= 4.5  # the header bar and the main button


def test_a_window_opened_on_a_dark_palette_uses_the_dark_colours(qtbot, qapp, tmp_path, memory_keyring):
    light = QApplication.palette()
    dark = QPalette(light)
    for role, colour in (
        (QPalette.ColorRole.Window, "#2d2d2d"),
        (QPalette.ColorRole.WindowText, "#eeeeee"),
        (QPalette.ColorRole.Base, "#1e1e1e"),
        (QPalette.ColorRole.Text, "#eeeeee"),
    ):
        dark.setColor(role, QColor(colour))
    QApplication.setPalette(dark)
    try:
        assert theme.colours() is theme.DARK
        settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
        ctx = AppContext(
            settings=settings, translations=Translations(settings), credentials=CredentialStore(memory_keyring)
        )
        window = LoginWindow(ctx)
        qtbot.addWidget(window)
        assert theme.DARK.hint in window.ui.subtitleLabel.styleSheet()
        assert theme.DARK.brand_text in window.ui.titleLabel.styleSheet()
    finally:
        QApplication.setPalette(light)
    assert theme.colours() is theme.LIGHT
