"""Sign-in sessions: opaque access and refresh tokens, rotation with reuse detection."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import Connection, bindparam, insert, select, update
from sqlalchemy.orm import Session, joinedload

from akonet_desktop.api.errors import ErrorCode
from akonet_desktop.api.models import SessionTokens
from akonet_desktop.rules.roles import Privilege, privileges, read_privileges
from akonet_desktop.server.accounts.tokens import new_successor_salt, new_token, successor_tokens, token_hash
from akonet_desktop.server.context import ServerContext
from akonet_desktop.server.db import transaction
from akonet_desktop.server.errors import ApiError
from akonet_desktop.server.models import AuthSession, SessionToken, User

ACCESS = "access"
REFRESH = "refresh"


_NEW_SESSION = insert(AuthSession.__table__).returning(AuthSession.__table__.c.id)
_NEW_TOKENS = insert(SessionToken.__table__)


def _session_end(ctx: ServerContext, started: datetime) -> datetime:
    return started + timedelta(days=ctx.settings.session_max_days)


def _token_pair(
    connection: Connection,
    ctx: ServerContext,
    auth_session_id: int,
    now: datetime,
    ends_at: datetime,
    tokens: tuple[str, str] | None = None,
) -> SessionTokens:
    """Stores and returns a new (access, refresh) pair: `tokens`, or new random ones."""
    access_ttl = min(timedelta(minutes=ctx.settings.access_token_minutes), ends_at - now)
    refresh_ttl = min(timedelta(days=ctx.settings.refresh_token_days), ends_at - now)
    access, refresh = tokens or (new_token(), new_token())
    # Core on the connection: sign-in is the hot path, and ORM bookkeeping buys nothing here.
    connection.execute(
        _NEW_TOKENS,
        [
            {
                "token_hash": token_hash(token),
                "session_id": auth_session_id,
                "kind": kind,
                "created_at": now,
                "expires_at": now + ttl,
                "used_at": None,
            }
            for token, kind, ttl in ((access, ACCESS, access_ttl), (refresh, REFRESH, refresh_ttl))
        ],
    )
    return SessionTokens(
        access_token=access,
        refresh_token=refresh,
        expires_in=int(access_ttl.total_seconds()),
        refresh_expires_in=int(refresh_ttl.total_seconds()),
    )


@dataclass(frozen=True)
class Origin:
    """Where a sign-in came from, as the person's sessions list shows it."""

    client: str = ""  # the User-Agent, cleaned (http/deps.py client_agent)
    address: str = ""  # the client address as the server saw it


def start_session(
    connection: Connection, ctx: ServerContext, user_id: int, now: datetime, origin: Origin | None = None
) -> SessionTokens:
    origin = origin or Origin()
    auth_session_id = connection.execute(
        _NEW_SESSION,
        {
            "user_id": user_id,
            "created_at": now,
            "revoked_at": None,
            "revoked_reason": None,
            "successor_salt": new_successor_salt(),
            "client": origin.client,
            "address": origin.address,
            "last_used_at": now,
        },
    ).scalar_one()
    return _token_pair(connection, ctx, auth_session_id, now, _session_end(ctx, now))


def revoke_user_sessions(session: Session, user_id: int, now: datetime, reason: str) -> None:
    session.execute(
        update(AuthSession)
        .where(AuthSession.user_id == user_id, AuthSession.revoked_at.is_(None))
        .values(revoked_at=now, revoked_reason=reason)
    )


def _revoke(session: Session, auth_session_id: int, now: datetime, reason: str) -> None:
    session.execute(
        update(AuthSession)
        .where(AuthSession.id == auth_session_id, AuthSession.revoked_at.is_(None))
        .values(revoked_at=now, revoked_reason=reason)
    )


def refresh(ctx: ServerContext, refresh_token: str) -> SessionTokens:
    """The pair that replaces `refresh_token`, which is spent.

    Presented again within `refresh_reuse_grace_seconds` of its rotation, while the pair that
    replaced it is still unused, it gets that same pair again: that is a client retrying after
    its answer was lost (a timeout, a dropped connection), or sending the same refresh from two
    requests at once; ending the session then would sign the person out. Any other reuse may be
    a thief's, and ends the whole family.
    """
    now = ctx.clock.now()
    presented = token_hash(refresh_token)
    reused = False
    with transaction(ctx.sessions) as session:
        row = session.execute(
            select(SessionToken, AuthSession)
            .join(AuthSession, AuthSession.id == SessionToken.session_id)
            .where(SessionToken.token_hash == presented, SessionToken.kind == REFRESH)
        ).one_or_none()
        if row is None:
            raise ApiError(401, ErrorCode.REFRESH_INVALID, "This session is not valid; sign in again.")
        token, auth_session = row
        ends_at = _session_end(ctx, auth_session.created_at)
        if auth_session.revoked_at is not None or token.expires_at <= now or ends_at <= now:
            raise ApiError(401, ErrorCode.REFRESH_INVALID, "This session has ended; sign in again.")
        salt = auth_session.successor_salt
        successors = successor_tokens(salt, refresh_token) if salt else None
        spent = session.execute(
            update(SessionToken)
            .where(SessionToken.token_hash == presented, SessionToken.used_at.is_(None))
            .values(used_at=now)
        ).rowcount
        if spent == 1:
            session.execute(update(AuthSession).where(AuthSession.id == auth_session.id).values(last_used_at=now))
            return _token_pair(session.connection(), ctx, auth_session.id, now, ends_at, successors)
        if successors is not None:
            again = _same_successors(session, ctx, presented, auth_session.id, successors, now)
            if again is not None:
                return again
        # An old refresh token came back: whoever holds the family may be a thief. End it.
        _revoke(session, auth_session.id, now, "refresh_reuse")
        reused = True
    if reused:
        raise ApiError(401, ErrorCode.REFRESH_REUSED, "This session was ended for your safety; sign in again.")
    raise AssertionError("unreachable")


def _same_successors(
    session: Session,
    ctx: ServerContext,
    presented: str,
    auth_session_id: int,
    successors: tuple[str, str],
    now: datetime,
) -> SessionTokens | None:
    """The pair that replaced the presented token, if that was within the grace period and the
    pair is unused and still valid; None otherwise (a reuse)."""
    # Read again, not from the row above: on PostgreSQL a concurrent refresh that won the UPDATE
    # committed after that row was read.
    used_at = session.scalar(select(SessionToken.used_at).where(SessionToken.token_hash == presented))
    grace = timedelta(seconds=ctx.settings.refresh_reuse_grace_seconds)
    if not grace or used_at is None or now - used_at > grace:
        return None
    access, refresh = successors
    rows = {
        row.kind: row
        for row in session.execute(
            select(SessionToken.kind, SessionToken.expires_at, SessionToken.used_at).where(
                SessionToken.token_hash.in_((token_hash(access), token_hash(refresh))),
                SessionToken.session_id == auth_session_id,
            )
        )
    }
    stored_access, stored_refresh = rows.get(ACCESS), rows.get(REFRESH)
    if stored_access is None or stored_refresh is None:
        return None
    if stored_refresh.used_at is not None or stored_refresh.expires_at <= now:
        return None  # the client already went on with that pair: the old token is not its retry
    return SessionTokens(
        access_token=access,
        refresh_token=refresh,
        expires_in=max(0, int((stored_access.expires_at - now).total_seconds())),
        refresh_expires_in=int((stored_refresh.expires_at - now).total_seconds()),
    )


# A session's last use is written when the one stored is older than this: a request a minute
# keeps "last used" accurate enough for the sessions list without a write on every request.
LAST_USED_PRECISION = timedelta(seconds=60)


@dataclass(frozen=True)
class Caller:
    user: User  # with its company and its role loaded
    auth_session_id: int

    @property
    def company_id(self) -> int:
        return self.user.company_id

    @property
    def privileges(self) -> frozenset[Privilege]:
        role = self.user.assigned_role
        if role is not None and role.company_id != self.user.company_id:
            role = None  # never another company's role, whatever a bug wrote
        return privileges(self.user.role, read_privileges(role.privileges if role else None))


# Built once, the token hash and the time given when it runs: every signed-in request runs it,
# and building it with its ORM options took as long as running it (bench/devices_api.py, `me`).
_CALLER = (
    select(User, AuthSession.id, AuthSession.last_used_at)
    .options(joinedload(User.company), joinedload(User.assigned_role))
    .join(AuthSession, AuthSession.user_id == User.id)
    .join(SessionToken, SessionToken.session_id == AuthSession.id)
    .where(
        SessionToken.token_hash == bindparam("token_hash"),
        SessionToken.kind == ACCESS,
        SessionToken.expires_at > bindparam("now"),
        AuthSession.revoked_at.is_(None),
    )
)


def authenticate(ctx: ServerContext, access_token: str) -> Caller:
    now = ctx.clock.now()
    with ctx.reads() as session:  # every signed-in request: read only, beside the writers
        row = session.execute(_CALLER, {"token_hash": token_hash(access_token), "now": now}).one_or_none()
        if row is None:
            raise ApiError(401, ErrorCode.NOT_AUTHENTICATED, "Sign in to continue.")
        user, auth_session_id, last_used_at = row
        session.expunge_all()
    if last_used_at is None or now - last_used_at >= LAST_USED_PRECISION:
        _touch(ctx, auth_session_id, now)
    return Caller(user=user, auth_session_id=auth_session_id)


def _touch(ctx: ServerContext, auth_session_id: int, now: datetime) -> None:
    """Record the session's use. Guarded by the stored time: of requests racing here, one writes."""
    sessions = AuthSession.__table__
    with ctx.engine.begin() as connection:
        connection.execute(
            update(sessions)
            .where(
                sessions.c.id == auth_session_id,
                (sessions.c.last_used_at.is_(None)) | (sessions.c.last_used_at <= now - LAST_USED_PRECISION),
            )
            .values(last_used_at=now)
        )


def logout(ctx: ServerContext, caller: Caller) -> None:
    with transaction(ctx.sessions) as session:
        _revoke(session, caller.auth_session_id, ctx.clock.now(), "logout")
