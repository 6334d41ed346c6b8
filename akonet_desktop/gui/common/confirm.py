"""Asking before something that cannot be undone (removing a person, deleting a role)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QAbstractButton, QMessageBox, QWidget


def confirmation_box(parent: QWidget, title: str, text: str, action: str) -> tuple[QMessageBox, QAbstractButton]:
    """The question and the button that does `action`. The text names people, roles and addresses
    as they were typed: plain text, or a name like "<b>x</b>" would be rendered as markup."""
    box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.NoButton, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    do = box.addButton(action, QMessageBox.ButtonRole.DestructiveRole)
    cancel = box.addButton(QCoreApplication.translate("Confirm", "Cancel"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(cancel)
    box.setEscapeButton(cancel)
    return box, do


def confirm(parent: QWidget, title: str, text: str, action: str) -> bool:
    """True when the person chose `action` (the button says what happens, e.g. "Remove"); Cancel
    is the default, so Enter pressed by habit does nothing irreversible."""
    box, do = confirmation_box(parent, title, text, action)
    box.exec()
    return box.clickedButton() is do
