"""The activity log's contract: what kinds of administrative action it records, and an entry."""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum
from typing import Any

from pydantic import Field

from akonet_desktop.api.models import ApiModel

ACTIVITY_PAGE_DEFAULT = 50
ACTIVITY_PAGE_MAX = 200
ACTIVITY_OFFSET_MAX = 10**9


class ActivityKind(StrEnum):
    INVITATION_SENT = "invitation_sent"
    INVITATION_RESENT = "invitation_resent"
    INVITATION_REVOKED = "invitation_revoked"
    INVITATION_ACCEPTED = "invitation_accepted"
    ROLE_CREATED = "role_created"
    ROLE_CHANGED = "role_changed"
    ROLE_DELETED = "role_deleted"
    USER_CHANGED = "user_changed"
    USER_REMOVED = "user_removed"
    USER_UNLOCKED = "user_unlocked"
    PASSWORD_RESET_SENT = "password_reset_sent"
    OWNERSHIP_TRANSFERRED = "ownership_transferred"
    COMPANY_EDITED = "company_edited"
    BILLING_EDITED = "billing_edited"
    DEVICE_ACTIVATED = "device_activated"
    DEVICE_RENAMED = "device_renamed"


class ActivityOut(ApiModel):
    id: int
    kind: ActivityKind
    actor_id: int | None  # None once the actor's account was removed; actor_email stays
    actor_email: str
    target: str  # what the action was about, in words a person recognises (an address, a serial)
    details: dict[str, Any]  # what changed: field -> new value, never a secret
    client_address: str
    created_at: datetime


class ActivityPage(ApiModel):
    items: list[ActivityOut]
    total: int
    offset: int
    limit: int


class ActivityQuery(ApiModel):
    """The query string of GET /activity: newest first, optionally one actor's or one kind's entries."""

    offset: int = Field(default=0, ge=0, le=ACTIVITY_OFFSET_MAX)
    limit: int = Field(default=ACTIVITY_PAGE_DEFAULT, ge=1, le=ACTIVITY_PAGE_MAX)
    actor: int | None = Field(default=None, ge=1, le=2**63 - 1)  # the actor's user id
    kind: ActivityKind | None = None
