"""A person's own signed-in sessions: the list, and ending one or all the others.

An ended session's tokens stop working at once: every request checks its session
(sign_in_sessions.authenticate), and a refresh of an ended session is refused.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import exists, func, select, update

from akonet_desktop.api.account import SessionOut
from akonet_desktop.api.errors import ErrorCode
from akonet_desktop.server.accounts.sign_in_sessions import Caller
from akonet_desktop.server.context import ServerContext
from akonet_desktop.server.db import transaction
from akonet_desktop.server.errors import ApiError
from akonet_desktop.server.models import AuthSession, SessionToken


def _live(user_id: int, now: datetime, max_days: int):
    """Sessions of the person that can still be used: not ended, not past their life, and with a
    token not yet expired (a session left alone past its refresh token's life is over too)."""
    return (
        AuthSession.user_id == user_id,
        AuthSession.revoked_at.is_(None),
        AuthSession.created_at > now - timedelta(days=max_days),
        exists().where(SessionToken.session_id == AuthSession.id, SessionToken.expires_at > now),
    )


def list_sessions(ctx: ServerContext, caller: Caller) -> list[SessionOut]:
    now = ctx.clock.now()
    with ctx.reads() as session:
        rows = session.execute(
            select(
                AuthSession.id,
                AuthSession.client,
                AuthSession.address,
                AuthSession.created_at,
                AuthSession.last_used_at,
            )
            .where(*_live(caller.user.id, now, ctx.settings.session_max_days))
            # By the last use shown (a session from before migration 0009 has none: its start),
            # not by the stored column, whose NULLs each database sorts to another end.
            .order_by(func.coalesce(AuthSession.last_used_at, AuthSession.created_at).desc(), AuthSession.id.desc())
        ).all()
    out = [
        SessionOut(
            id=row.id,
            client=row.client,
            address=row.address,
            created_at=row.created_at,
            last_used_at=row.last_used_at or row.created_at,
            current=row.id == caller.auth_session_id,
        )
        for row in rows
    ]
    # The current one first: it is in use now, whatever the stored time says (written once a minute).
    return sorted(out, key=lambda s: not s.current)


def end_session(ctx: ServerContext, caller: Caller, auth_session_id: int) -> None:
    """404 for an id that is not one of the caller's live sessions: another person's, too."""
    now = ctx.clock.now()
    with transaction(ctx.sessions) as session:
        ended = session.execute(
            update(AuthSession)
            .where(
                AuthSession.id == auth_session_id,
                AuthSession.user_id == caller.user.id,
                AuthSession.revoked_at.is_(None),
            )
            .values(revoked_at=now, revoked_reason="ended_by_user")
        ).rowcount
    if not ended:
        raise ApiError(404, ErrorCode.SESSION_NOT_FOUND, "No such session of yours.")


def end_other_sessions(session, user_id: int, keep_session_id: int | None, now: datetime, reason: str) -> None:
    """Every session of the person but `keep_session_id` (None: every one)."""
    condition = [AuthSession.user_id == user_id, AuthSession.revoked_at.is_(None)]
    if keep_session_id is not None:
        condition.append(AuthSession.id != keep_session_id)
    session.execute(update(AuthSession).where(*condition).values(revoked_at=now, revoked_reason=reason))


def end_others(ctx: ServerContext, caller: Caller) -> None:
    with transaction(ctx.sessions) as session:
        end_other_sessions(session, caller.user.id, caller.auth_session_id, ctx.clock.now(), "ended_by_user")
