"""The activity log: written in the caller's transaction, so an action and its entry land together;
read newest first, one company at a time."""

from __future__ import annotations

import json
from collections.abc import Mapping
from datetime import datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from akonet_desktop.api.activity import ActivityKind, ActivityOut, ActivityPage, ActivityQuery
from akonet_desktop.server.context import ServerContext
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


def list_activity(ctx: ServerContext, company_id: int, query: ActivityQuery) -> ActivityPage:
    """One page of `company_id`'s entries, newest first. An actor of another company matches nothing."""
    conditions = [ActivityEntry.company_id == company_id]
    if query.actor is not None:
        conditions.append(ActivityEntry.actor_id == query.actor)
    if query.kind is not None:
        conditions.append(ActivityEntry.kind == query.kind.value)
    with ctx.sessions() as session:
        total = session.scalar(select(func.count()).select_from(ActivityEntry).where(*conditions)) or 0
        rows = []
        if query.offset < total:
            # By id, not created_at: ids grow with time, and two entries of one request share a time.
            rows = session.scalars(
                select(ActivityEntry)
                .where(*conditions)
                .order_by(ActivityEntry.id.desc())
                .offset(query.offset)
                .limit(query.limit)
            ).all()
        items = [_out(row) for row in rows]
    return ActivityPage(items=items, total=total, offset=query.offset, limit=query.limit)


def _out(row: ActivityEntry) -> ActivityOut:
    return ActivityOut(
        id=row.id,
        kind=ActivityKind(row.kind),
        actor_id=row.actor_id,
        actor_email=row.actor_email,
        target=row.target,
        details=_details(row.details),
        client_address=row.client_address,
        created_at=row.created_at,
    )


def _details(stored: str | None) -> dict[str, Any]:
    try:
        details = json.loads(stored or "{}")
    except ValueError:
        return {}
    return details if isinstance(details, dict) else {}
