"""A company's roles: the named sets of privileges its users get (rules/roles.py)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from akonet_desktop.api.activity import ActivityKind
from akonet_desktop.api.errors import ErrorCode
from akonet_desktop.api.members import RoleCreate, RoleOut, RoleUpdate
from akonet_desktop.rules._text import fold
from akonet_desktop.rules.members import check_role_name, check_role_privileges, members_english_message
from akonet_desktop.rules.roles import BUILTIN_ROLES, read_privileges, stored_privileges
from akonet_desktop.server.company import activity
from akonet_desktop.server.context import ServerContext
from akonet_desktop.server.db import transaction
from akonet_desktop.server.errors import ApiError, raise_if_invalid
from akonet_desktop.server.models import Invitation, Role, User


def create_builtin_roles(session: Session, company_id: int, now: datetime) -> list[Role]:
    """The roles every company starts with ("Technician", "Viewer"); renamable, deletable."""
    roles = [
        Role(company_id=company_id, name=name, privileges=stored_privileges(granted), builtin=key, created_at=now)
        for key, name, granted in BUILTIN_ROLES
    ]
    session.add_all(roles)
    return roles


def role_not_found() -> ApiError:
    return ApiError(404, ErrorCode.NOT_FOUND, "This role does not exist.")


def holders(session: Session, role_id: int, now: datetime) -> int:
    """Users holding the role, plus pending invitations that would give it."""
    users = session.scalar(select(func.count()).select_from(User).where(User.role_id == role_id))
    invitations = session.scalar(
        select(func.count()).select_from(Invitation).where(Invitation.role_id == role_id, *pending_invitation(now))
    )
    return users + invitations


def pending_invitation(now: datetime) -> tuple:
    """An invitation that can still be accepted: neither accepted, nor revoked, nor expired."""
    return (Invitation.accepted_at.is_(None), Invitation.revoked_at.is_(None), Invitation.expires_at > now)


def _role_out(role: Role, users: int) -> RoleOut:
    return RoleOut(
        id=role.id,
        name=role.name,
        privileges=sorted(read_privileges(role.privileges)),
        builtin=role.builtin,
        users=users,
    )


def _user_counts(session: Session, company_id: int) -> dict[int, int]:
    rows = session.execute(
        select(User.role_id, func.count())
        .where(User.company_id == company_id, User.role_id.is_not(None))
        .group_by(User.role_id)
    )
    return {role_id: count for role_id, count in rows}


def list_roles(ctx: ServerContext, company_id: int) -> list[RoleOut]:
    with ctx.sessions() as session:
        roles = session.scalars(select(Role).where(Role.company_id == company_id).order_by(Role.id)).all()
        counts = _user_counts(session, company_id)
    return [_role_out(role, counts.get(role.id, 0)) for role in roles]


def _company_role(session: Session, company_id: int, role_id: int, *, lock: bool = False) -> Role:
    statement = select(Role).where(Role.id == role_id, Role.company_id == company_id)
    role = session.scalar(statement.with_for_update() if lock else statement)
    if role is None:
        raise role_not_found()
    return role


def _check_name_free(session: Session, company_id: int, name: str, except_id: int | None = None) -> None:
    # Compared caselessly: "Technician" and "technician" would read as the same role in a list.
    others = session.execute(select(Role.id, Role.name).where(Role.company_id == company_id)).all()
    if any(fold(other) == fold(name) and other_id != except_id for other_id, other in others):
        raise name_taken()


def name_taken() -> ApiError:
    return ApiError(409, ErrorCode.ROLE_NAME_TAKEN, "Another role of the company already has this name.")


def _flush_or_name_taken(session: Session) -> None:
    """The unique constraint settles a race between two requests giving the same name."""
    try:
        with session.begin_nested():
            session.flush()
    except IntegrityError:
        raise name_taken() from None


def create_role(ctx: ServerContext, caller: User, body: RoleCreate, client: str) -> RoleOut:
    raise_if_invalid([*check_role_name(body.name), *check_role_privileges(body.privileges)], members_english_message)
    name = body.name.strip()
    now = ctx.clock.now()
    with transaction(ctx.sessions) as session:
        _check_name_free(session, caller.company_id, name)
        role = Role(
            company_id=caller.company_id,
            name=name,
            privileges=stored_privileges(body.privileges),
            builtin=None,
            created_at=now,
        )
        session.add(role)
        _flush_or_name_taken(session)
        out = _role_out(role, 0)
        activity.record(
            session,
            caller,
            ActivityKind.ROLE_CREATED,
            now,
            client,
            target=name,
            details={"name": name, "privileges": [p.value for p in out.privileges]},
        )
    return out


def update_role(ctx: ServerContext, caller: User, role_id: int, body: RoleUpdate, client: str) -> RoleOut:
    errors = []
    if body.name is not None:
        errors += check_role_name(body.name)
    if body.privileges is not None:
        errors += check_role_privileges(body.privileges)
    raise_if_invalid(errors, members_english_message)
    now = ctx.clock.now()
    with transaction(ctx.sessions) as session:
        role = _company_role(session, caller.company_id, role_id, lock=True)
        changes: dict[str, object] = {}
        if body.name is not None and body.name.strip() != role.name:
            name = body.name.strip()
            _check_name_free(session, caller.company_id, name, except_id=role.id)
            role.name = name
            role.builtin = None  # renamed: no longer the default name, no longer translated
            changes["name"] = name
        if body.privileges is not None and stored_privileges(body.privileges) != role.privileges:
            role.privileges = stored_privileges(body.privileges)
            changes["privileges"] = sorted(read_privileges(role.privileges))
        if changes:
            _flush_or_name_taken(session)
            activity.record(session, caller, ActivityKind.ROLE_CHANGED, now, client, target=role.name, details=changes)
        return _role_out(role, _user_counts(session, caller.company_id).get(role.id, 0))


def delete_role(ctx: ServerContext, caller: User, role_id: int, client: str) -> None:
    now = ctx.clock.now()
    with transaction(ctx.sessions) as session:
        role = _company_role(session, caller.company_id, role_id, lock=True)
        if holders(session, role.id, now):
            raise ApiError(
                409, ErrorCode.ROLE_IN_USE, "Users or pending invitations hold this role; give them another first."
            )
        session.delete(role)
        activity.record(session, caller, ActivityKind.ROLE_DELETED, now, client, target=role.name)
