"""The show/hide toggle of password fields: a real click on the eye, in both directions."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QLineEdit, QToolButton

from akonet_desktop.gui.common.widgets.eye_icon import eye_icon
from akonet_desktop.gui.common.widgets.password_input import PasswordInput


def _image(field: PasswordInput) -> QImage:
    return field.toggle_action.icon().pixmap(32, 32).toImage()


def _eye_button(field: PasswordInput) -> QToolButton:
    (button,) = [b for b in field.findChildren(QToolButton) if b.defaultAction() is field.toggle_action]
    return button


def test_clicking_the_eye_shows_then_hides_the_password(qtbot):
    field = PasswordInput()
    qtbot.addWidget(field)
    field.show()
    qtbot.keyClicks(field, "Fridge-Ninja-42")
    qtbot.waitUntil(lambda: not field.toggle_action.icon().isNull())
    hidden_icon = _image(field)
    assert field.echoMode() == QLineEdit.EchoMode.Password
    assert field.toggle_action.toolTip() == "Show password"

    qtbot.mouseClick(_eye_button(field), Qt.MouseButton.LeftButton)
    assert field.echoMode() == QLineEdit.EchoMode.Normal and field.revealed
    assert field.toggle_action.toolTip() == "Hide password"
    assert _image(field) != hidden_icon  # the eye is crossed out while the password shows

    qtbot.mouseClick(_eye_button(field), Qt.MouseButton.LeftButton)
    assert field.echoMode() == QLineEdit.EchoMode.Password
    assert _image(field) == hidden_icon
    assert field.text() == "Fridge-Ninja-42"  # toggling never touches what was typed


def test_eye_is_drawn_in_the_given_colour_at_every_size():
    for crossed in (False, True):
        icon = eye_icon(QColor("#336699"), crossed=crossed)
        for size in (16, 24, 32, 48):
            image = icon.pixmap(size, size).toImage()
            assert image.width() == size
            opaque = [
                image.pixelColor(x, y)
                for x in range(size)
                for y in range(size)
                if image.pixelColor(x, y).alpha() == 255
            ]
            # premultiplied alpha may round a channel by one step
            assert opaque and all(
                abs(c.red() - 0x33) + abs(c.green() - 0x66) + abs(c.blue() - 0x99) <= 3 for c in opaque
            )
    assert (
        eye_icon(QColor("black"), crossed=True).pixmap(32, 32).toImage()
        != eye_icon(QColor("black"), crossed=False).pixmap(32, 32).toImage()
    )
