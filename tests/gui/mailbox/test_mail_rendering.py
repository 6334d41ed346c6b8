"""The Mailbox draws a mail as a mail client does: paragraphs on one white card, the button as a
coloured box around its label. Read from the pixels Qt paints for a mail the server renders."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtGui import QColor, QImage, QTextCursor, QTextDocument

from akonet_desktop.client.credentials import CredentialStore
from akonet_desktop.gui.common.i18n import Translations
from akonet_desktop.gui.context import AppContext
from akonet_desktop.gui.mailbox.window import MailboxWindow
from akonet_desktop.server.mail.blocks import ACCENT
from akonet_desktop.server.mail.message import build_message
from akonet_desktop.server.mail.templates import render_mail
from akonet_desktop.server.mail.transports import MaildirTransport
from tests.gui.conftest import wait_until

TOKEN = "Qm3kX9vTa2LpR7wYc4NdE8sHj6UfB1zG"
CARD = QColor("#ffffff")
PAGE = QColor("#f0f4f8")


@pytest.fixture
def mailbox(qtbot, loop, tmp_path, memory_keyring) -> MailboxWindow:
    rendered = render_mail(
        "account_locked",
        "en",
        first_name="Ana",
        attempts=6,
        token=TOKEN,
        expires_minutes=30,
        web_link=f"http://127.0.0.1:8000/password/reset?token={TOKEN}",
        app_link=f"akonet://password/reset?token={TOKEN}",
    )
    sent = datetime(2025, 3, 14, 9, 30, tzinfo=UTC)
    MaildirTransport(tmp_path / "Maildir").send(
        build_message(sender="AKONet <no-reply@akonet.local>", to="ana@example.com", rendered=rendered, date=sent)
    )
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    ctx = AppContext(
        settings=settings,
        translations=Translations(settings),
        credentials=CredentialStore(memory_keyring),
        maildir=Path(tmp_path / "Maildir"),
    )
    window = MailboxWindow(ctx)
    qtbot.addWidget(window)
    window.resize(900, 1500)  # the whole card in view, from the heading to the signature
    window.ui.splitter.setSizes([120, 1300])
    window.show()
    wait_until(loop, lambda: window.loaded and window.model.rowCount() == 1)
    return window


def text_rect(window: MailboxWindow, text: str):
    """Where `text` is drawn in the browser's viewport (its first and last characters' cursor rectangles)."""
    browser = window.ui.browser
    found = browser.document().find(text, 0, QTextDocument.FindFlag.FindCaseSensitively)
    assert not found.isNull(), text
    start, end = QTextCursor(found), QTextCursor(found)
    start.setPosition(found.selectionStart())
    end.setPosition(found.selectionEnd())
    return browser.cursorRect(start).united(browser.cursorRect(end))


def colour(image: QImage, x: int, y: int) -> str:
    return image.pixelColor(x, y).name()


def test_the_card_is_one_white_surface_from_heading_to_signature(mailbox):
    image = mailbox.ui.browser.viewport().grab().toImage()
    heading = text_rect(mailbox, "Your account has been blocked")
    signature = text_rect(mailbox, "The AKONet team")
    assert signature.bottom() < image.height(), "the signature is in view"
    x = heading.left() - 8  # in the card's padding, left of every block
    column = {colour(image, x, y) for y in range(heading.top() - 8, signature.bottom() + 8)}
    assert column == {CARD.name()}, "no page colour between the paragraphs"
    assert colour(image, heading.left() - 40, heading.center().y()) == PAGE.name(), "the page around the card"


def test_the_button_is_a_box_of_the_accent_colour_around_its_white_label(mailbox):
    image = mailbox.ui.browser.viewport().grab().toImage()
    label = text_rect(mailbox, "Choose a new password")
    y = label.center().y()
    for x in (label.left() - 12, label.right() + 12):  # the box's padding, beyond the text
        assert colour(image, x, y) == QColor(ACCENT).name()
    assert colour(image, label.center().x(), label.top() - 6) == QColor(ACCENT).name()
    row = [image.pixelColor(x, y) for x in range(label.left(), label.right())]
    assert max(pixel.lightness() for pixel in row) > 240, "white letters"
    assert colour(image, label.left() - 40, y) == CARD.name(), "the box ends: a button, not a bar"
