"""Text from the server or from people shown exactly as typed, never as markup.

Qt guesses whether a label's, a message box's or a tooltip's text is HTML (Qt::AutoText and
Qt::mightBeRichText): a company named "<b>Acme</b><img src=…>" would be rendered, and with
invitations the company name a person sees was typed by someone else. So every QLabel of ui/*.ui
declares its textFormat (PlainText but for the few, listed in tests/gui/test_plain_text.py, that
show rich text we write — those put data in only through `escape_for_rich`), labels made in code
come from `plain_label`, message boxes are plain (common/confirm.py), and tooltips that carry data
go through `literal_tooltip`.
"""

from __future__ import annotations

import html

# QtGui's Qt: the namespace with everything of QtCore's plus mightBeRichText/convertFromPlainText.
from PySide6.QtGui import Qt
from PySide6.QtWidgets import QLabel, QWidget


def plain_label(parent: QWidget | None = None, text: str = "") -> QLabel:
    """A QLabel that shows its text literally, whatever it contains."""
    label = QLabel(parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setText(text)
    return label


def escape_for_rich(text: str) -> str:
    """A piece of data to put into rich text we write ("Join <b>%1</b>"): it shows as typed."""
    return html.escape(text)


def literal_tooltip(text: str | None) -> str | None:
    """A tooltip (widget or ToolTipRole) that shows `text` as typed. Qt renders a tooltip as rich
    text when it looks like markup; only then is it turned into the equivalent HTML, whitespace
    kept as a plain tooltip keeps it, so every other tooltip stays exactly what it was."""
    if not text or not Qt.mightBeRichText(text):
        return text
    return Qt.convertFromPlainText(text, Qt.WhiteSpaceMode.WhiteSpacePre)
