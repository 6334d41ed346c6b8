"""The activity log's texts that depend on data: the kinds of action, the changed fields, counts.

Every string is a literal self.tr(...) call on `ActivityTexts` (one context for the translators).
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from typing import Any

from PySide6.QtCore import QObject

from akonet_desktop.api.activity import ActivityKind
from akonet_desktop.gui.common.moments import local_moment

DETAILS_MAX = 200  # characters of the details summary in a cell; the tooltip has it all


class ActivityTexts(QObject):
    """Stateless; `texts()` gives the shared instance."""

    def kind_name(self, kind: ActivityKind | str) -> str:
        """What was done, as a person says it; an unknown kind (a newer server) as it came."""
        names = {
            ActivityKind.INVITATION_SENT: self.tr("Invitation sent"),
            ActivityKind.INVITATION_RESENT: self.tr("Invitation sent again"),
            ActivityKind.INVITATION_REVOKED: self.tr("Invitation revoked"),
            ActivityKind.INVITATION_ACCEPTED: self.tr("Invitation accepted"),
            ActivityKind.ROLE_CREATED: self.tr("Role created"),
            ActivityKind.ROLE_CHANGED: self.tr("Role changed"),
            ActivityKind.ROLE_DELETED: self.tr("Role deleted"),
            ActivityKind.USER_CHANGED: self.tr("User changed"),
            ActivityKind.USER_REMOVED: self.tr("User removed"),
            ActivityKind.USER_UNLOCKED: self.tr("Account unlocked"),
            ActivityKind.PASSWORD_RESET_SENT: self.tr("Password reset sent"),
            ActivityKind.OWNERSHIP_TRANSFERRED: self.tr("Ownership transferred"),
            ActivityKind.COMPANY_EDITED: self.tr("Company profile edited"),
            ActivityKind.BILLING_EDITED: self.tr("Billing details edited"),
            ActivityKind.DEVICE_ACTIVATED: self.tr("Device activated"),
            ActivityKind.DEVICE_RENAMED: self.tr("Device renamed or moved"),
        }
        return names.get(kind, str(kind))

    def any_kind(self) -> str:
        return self.tr("All actions")

    def field_name(self, field: str) -> str:
        """A changed field's name in the details; fields this version does not know, as they came."""
        return {
            "name": self.tr("name"),
            "location": self.tr("location"),
            "model": self.tr("model"),
            "email": self.tr("email"),
            "first_name": self.tr("first name"),
            "last_name": self.tr("last name"),
            "role": self.tr("kind"),
            "role_id": self.tr("role"),
            "privileges": self.tr("privileges"),
            "language": self.tr("language"),
        }.get(field, field.replace("_", " "))

    def details(self, details: Mapping[str, Any], limit: int | None = DETAILS_MAX) -> str:
        """ "name: Cold room 1 · location: Madrid"; empty values shown as "(empty)"."""
        parts = [f"{self.field_name(field)}: {self._value(value)}" for field, value in details.items()]
        summary = " · ".join(parts)
        if limit is not None and len(summary) > limit:
            summary = summary[: limit - 1] + "…"
        return summary

    def _value(self, value: Any) -> str:
        if value is None or value == "":
            return self.tr("(empty)")
        if isinstance(value, bool):
            return self.tr("yes") if value else self.tr("no")
        if isinstance(value, list | tuple):
            return ", ".join(str(item) for item in value) or self.tr("(none)")
        return str(value)

    def entries(self, total: int) -> str:
        return self.tr("%Ln entry(ies)", "", total)

    def empty(self, filtered: bool) -> str:
        if filtered:
            return self.tr("No action of this kind was recorded.")
        return self.tr("No administrative action was recorded yet.")

    def actor_removed(self, email: str) -> str:
        return self.tr("%1 (removed)").replace("%1", email)

    def when(self, moment: datetime, *, long: bool = False) -> str:
        """Local date and time in the interface language."""
        return local_moment(moment, long=long)


_TEXTS: ActivityTexts | None = None


def texts() -> ActivityTexts:
    global _TEXTS
    if _TEXTS is None:
        _TEXTS = ActivityTexts()
    return _TEXTS
