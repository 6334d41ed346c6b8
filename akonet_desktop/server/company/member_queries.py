"""GET /users in SQL: the company's people and its pending invitations, as one filtered, sorted list.

Both tables go into one UNION ALL, so that paging, sorting, search and the status filter see a
single list and run in the database, as the devices list does.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ColumnElement, Subquery, case, cast, func, literal, null, or_, select, union_all
from sqlalchemy.orm import Session

from akonet_desktop.api.members import MemberOut, MemberQuery
from akonet_desktop.rules._text import fold
from akonet_desktop.rules.roles import Kind
from akonet_desktop.server.company.roles import pending_invitation
from akonet_desktop.server.db import SQLITE_FOLD
from akonet_desktop.server.models import Invitation, LoginAttempts, Role, User, UTCDateTime


def members(company_id: int, now: datetime) -> Subquery:
    people = (
        select(
            literal("user").label("entry"),
            User.id,
            User.email,
            User.first_name,
            User.last_name,
            User.role,
            User.role_id,
            Role.name.label("role_name"),
            Role.builtin.label("role_builtin"),
            case((LoginAttempts.locked_at.is_not(None), "locked"), else_="active").label("status"),
            User.last_sign_in_at,
            User.created_at,
            cast(null(), UTCDateTime()).label("expires_at"),
        )
        .outerjoin(Role, Role.id == User.role_id)
        .outerjoin(LoginAttempts, LoginAttempts.email == User.email_key)
        .where(User.company_id == company_id)
    )
    invited = (
        select(
            literal("invitation"),
            Invitation.id,
            Invitation.email,
            Invitation.first_name,
            Invitation.last_name,
            Invitation.role,
            Invitation.role_id,
            Role.name,
            Role.builtin,
            literal("invited"),
            cast(null(), UTCDateTime()),
            Invitation.created_at,
            Invitation.expires_at,
        )
        .outerjoin(Role, Role.id == Invitation.role_id)
        .where(Invitation.company_id == company_id, *pending_invitation(now))
    )
    return union_all(people, invited).subquery("members")


def _escape_like(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _search(session: Session, m: Subquery, q: str) -> ColumnElement[bool]:
    fields = (m.c.email, m.c.first_name, m.c.last_name)
    if session.get_bind().dialect.name != "sqlite":
        pattern = f"%{_escape_like(q)}%"
        return or_(*(f.ilike(pattern, escape="\\") for f in fields))
    folded = fold(q)
    if folded.isascii():
        # SQLite's LIKE ignores ASCII case by itself.
        return or_(*(f.like(f"%{_escape_like(folded)}%", escape="\\") for f in fields))
    # ...but not beyond ASCII ("ÁLVAREZ" vs "álvarez"): fold in Python, once a row.
    text = m.c.first_name + literal("\x1f") + m.c.last_name + literal("\x1f") + m.c.email
    return getattr(func, SQLITE_FOLD)(text).like(f"%{_escape_like(folded)}%", escape="\\")


def _filters(session: Session, m: Subquery, query: MemberQuery) -> list:
    filters = []
    q = query.q.strip()
    if q:
        filters.append(_search(session, m, q))
    if query.status is not None:
        filters.append(m.c.status == query.status)
    return filters


def _order_by(m: Subquery, query: MemberQuery) -> list:
    descending = query.order == "desc"

    def ordered(key, nullable: bool = False):
        key = key.desc() if descending else key.asc()
        if nullable:  # never signed in counts as the oldest, on both databases
            key = key.nulls_last() if descending else key.nulls_first()
        return key

    if query.sort == "last_name":
        keys = [ordered(func.lower(m.c.last_name)), ordered(func.lower(m.c.first_name))]
    elif query.sort == "role":
        # Owner, administrators, then users by the name of their role.
        rank = case((m.c.role == Kind.OWNER.value, 0), (m.c.role == Kind.ADMIN.value, 1), else_=2)
        keys = [ordered(rank), ordered(func.lower(func.coalesce(m.c.role_name, "")))]
    elif query.sort == "email":
        keys = [ordered(func.lower(m.c.email))]  # addresses keep the case they were typed in
    else:
        keys = [ordered(m.c[query.sort], nullable=query.sort == "last_sign_in_at")]
    # Stable pages: (entry, id) is unique.
    return [*keys, ordered(m.c.entry), ordered(m.c.id)]


def page(session: Session, company_id: int, query: MemberQuery, now: datetime) -> tuple[int, list[MemberOut]]:
    m = members(company_id, now)
    filters = _filters(session, m, query)
    total = session.scalar(select(func.count()).select_from(m).where(*filters))
    items = []
    if query.offset < total:
        statement = select(m).where(*filters).order_by(*_order_by(m, query)).offset(query.offset).limit(query.limit)
        items = [MemberOut.model_validate(dict(row._mapping)) for row in session.execute(statement)]
    return total, items
