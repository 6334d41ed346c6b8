"""GET /users in SQL: the company's people and its pending invitations, as one filtered, sorted list.

Both tables go into one UNION ALL, so that paging, sorting, search and the status filter see a
single list and run in the database, as the devices list does.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ColumnElement, Subquery, case, cast, func, literal, null, select, union_all
from sqlalchemy.orm import Session

from akonet_desktop.api.members import MemberOut, MemberQuery
from akonet_desktop.rules.roles import Kind
from akonet_desktop.server.company.roles import pending_invitation
from akonet_desktop.server.folded_text import holding, needle
from akonet_desktop.server.models import Invitation, LoginAttempts, Role, User, UTCDateTime


def members(company_id: int, now: datetime) -> Subquery:
    people = (
        select(
            literal("user").label("entry"),
            User.id,
            User.email,
            User.first_name,
            User.last_name,
            User.search_text,
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
            Invitation.search_text,
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


def _search(m: Subquery, q: str) -> ColumnElement[bool]:
    # The same comparison on both databases (folded_text.py): not ILIKE or lower(), which fold as
    # PostgreSQL's locale says and as SQLite's ASCII-only rules say.
    return holding(m.c.search_text, needle(q))


def _filters(m: Subquery, query: MemberQuery) -> list:
    filters = []
    if query.q.strip():
        filters.append(_search(m, query.q))
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


def shown(m: Subquery) -> list:
    """The columns of `members` that an answer shows: all but what only the search reads."""
    return [column for column in m.c if column.key in MemberOut.model_fields]


def page(session: Session, company_id: int, query: MemberQuery, now: datetime) -> tuple[int, list[MemberOut]]:
    m = members(company_id, now)
    filters = _filters(m, query)
    total = session.scalar(select(func.count()).select_from(m).where(*filters))
    items = []
    if query.offset < total:
        statement = (
            select(*shown(m)).where(*filters).order_by(*_order_by(m, query)).offset(query.offset).limit(query.limit)
        )
        items = [MemberOut.model_validate(dict(row._mapping)) for row in session.execute(statement)]
    return total, items
