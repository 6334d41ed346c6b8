"""The kind and role pickers the invitation and member forms share."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QSignalBlocker, Qt
from PySide6.QtWidgets import QComboBox

from akonet_desktop.api.members import RoleOut
from akonet_desktop.gui.users.texts import texts
from akonet_desktop.rules.invitation import INVITABLE_KINDS

_TOOLTIP = Qt.ItemDataRole.ToolTipRole


def fill_kinds(combo: QComboBox, selected: str) -> None:
    """Administrator or user: an owner is never chosen here (ownership moves by a transfer)."""
    with QSignalBlocker(combo):
        combo.clear()
        for kind in INVITABLE_KINDS:
            combo.addItem(texts().kind_name(kind), kind.value)
            combo.setItemData(combo.count() - 1, texts().kind_explanation(kind), _TOOLTIP)
        combo.setCurrentIndex(max(0, combo.findData(selected)))


def fill_roles(combo: QComboBox, roles: Sequence[RoleOut], selected: int | None) -> None:
    """The company's roles, each with what it allows as a tooltip; `selected` (a role id), else
    the built-in Viewer (it allows nothing: the safe choice), else the first."""
    with QSignalBlocker(combo):
        combo.clear()
        for role in roles:
            combo.addItem(texts().role_of(role), role.id)
            combo.setItemData(combo.count() - 1, texts().privileges_summary(role.privileges), _TOOLTIP)
        index = combo.findData(selected) if selected is not None else -1
        if index < 0:
            index = next((i for i, role in enumerate(roles) if role.builtin == "viewer"), 0)
        combo.setCurrentIndex(index if roles else -1)
