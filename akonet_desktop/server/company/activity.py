"""Writing the activity log: in the caller's transaction, so an action and its entry land together."""

from __future__ import annotations

import json
from collections.abc import Mapping
from datetime import datetime
from typing import Any

from sqlalchemy.orm import Session

from akonet_desktop.api.activity import ActivityKind
from akonet_desktop.server.models import ActivityEntry, User

MAX_TARGET = 300


def record(
    session: Session,
    actor: User,
    kind: ActivityKind,
    now: datetime,
    client_address: str,
    *,
    target: str = "",
    details: Mapping[str, Any] | None = None,
) -> None:
    """One entry for `actor`'s company. `details` is what changed; callers never pass secrets."""
    session.add(
        ActivityEntry(
            company_id=actor.company_id,
            actor_id=actor.id,
            actor_email=actor.email,
            kind=kind.value,
            target=target[:MAX_TARGET],
            details=json.dumps(dict(details or {}), ensure_ascii=False, sort_keys=True, default=str),
            client_address=client_address[:64],
            created_at=now,
        )
    )
