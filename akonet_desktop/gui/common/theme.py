"""The few colours the app sets itself, in a light and a dark variant.

Controls take their colours from the system's palette and follow it. The app's own accents
(titles, errors, hints, success, banners, the side bar, status dots) come from here: the dark
variant when the palette's window colour is dark (Windows or Linux in dark mode), so that text
keeps its contrast against it. The macOS bundle stays in the light appearance (Info.plist).
Read when a window styles itself, after the QApplication exists.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget


@dataclass(frozen=True)
class Colours:
    brand: str  # the header bar and the main button's fill (white text on it, either way)
    brand_text: str  # titles
    error: str
    hint: str  # secondary text
    intro: str
    success: str
    unmet: str  # a password rule not met yet
    banner_fill: str
    banner_border: str
    banner_text: str
    side_fill: str
    side_border: str
    side_selected_fill: str
    side_selected_text: str
    active: str
    inactive: str
    alarm: str
    unknown: str

    def status(self, status: str) -> str:
        return {"active": self.active, "inactive": self.inactive, "alarm": self.alarm}.get(status, self.unknown)


LIGHT = Colours(
    brand="#0b5cad",
    brand_text="#0b5cad",
    error="#b3261e",
    hint="#555555",
    intro="#4a4a4a",
    success="#18733a",
    unmet="#6b6b6b",
    banner_fill="#fdecea",
    banner_border="#f1aeb5",
    banner_text="#6e1212",
    side_fill="#f6f8fa",
    side_border="#d0d7de",
    side_selected_fill="#dbe9f9",
    side_selected_text="#0b5cad",
    active="#2e7d32",
    inactive="#ef6c00",
    alarm="#c62828",
    unknown="#757575",
)
DARK = Colours(
    brand="#0b5cad",
    brand_text="#7cb4f5",
    error="#f28b82",
    hint="#a8a8a8",
    intro="#c4c4c4",
    success="#81c995",
    unmet="#a6a6a6",
    banner_fill="#4a1f1c",
    banner_border="#8c3b35",
    banner_text="#f6c7c3",
    side_fill="#2b2d30",
    side_border="#45484d",
    side_selected_fill="#1d3b5c",
    side_selected_text="#9cc7f7",
    active="#66bb6a",
    inactive="#ffa726",
    alarm="#ef5350",
    unknown="#9e9e9e",
)


def colours() -> Colours:
    app = QGuiApplication.instance()
    if app is None:
        return LIGHT
    return DARK if QGuiApplication.palette().window().color().lightness() < 128 else LIGHT


def text(colour: str) -> str:
    """A label's style sheet: this colour of text."""
    return f"color: {colour};"


def banner(c: Colours, frame: str = "bannerFrame") -> str:
    """The style sheet of a banner frame (the one named `frame`): a tinted box."""
    return f"QFrame#{frame} {{ background: {c.banner_fill}; border: 1px solid {c.banner_border}; border-radius: 6px; }}"


def style_banner(frame: QWidget, label: QWidget, c: Colours) -> None:
    """A failure banner: the tinted frame, and its text in the matching colour."""
    frame.setStyleSheet(banner(c, frame.objectName()))
    label.setStyleSheet(text(c.banner_text))
