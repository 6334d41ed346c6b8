"""A company's members, as its owner and administrators manage them: list, change, remove, unlock, reset.

Every statement is scoped to the caller's company: another company's member answers exactly like
a member that does not exist. Nobody sets or sees another person's password here: a reset only
emails the member their own link.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from akonet_desktop.api.activity import ActivityKind
from akonet_desktop.api.errors import ErrorCode
from akonet_desktop.api.links import PASSWORD_FORGOT_LINK
from akonet_desktop.api.members import MemberOut, MemberPage, MemberQuery, MemberUpdate
from akonet_desktop.api.models import Accepted
from akonet_desktop.rules.errors import INVALID, REQUIRED, FieldError
from akonet_desktop.rules.members import check_member_search, members_english_message
from akonet_desktop.rules.person import check_person_name
from akonet_desktop.rules.roles import Kind
from akonet_desktop.server.accounts import lockout
from akonet_desktop.server.accounts.recovery import queue_reset_mail
from akonet_desktop.server.accounts.sign_in_sessions import revoke_user_sessions
from akonet_desktop.server.company import activity, member_queries
from akonet_desktop.server.context import ServerContext
from akonet_desktop.server.db import transaction
from akonet_desktop.server.errors import ApiError, raise_if_invalid
from akonet_desktop.server.mail import limits, outbox
from akonet_desktop.server.mail.limits import MailKind
from akonet_desktop.server.models import LoginAttempts, Role, User

# The kinds PATCH /users/{id} may give: ownership moves only by POST /company/owner.
SETTABLE_KINDS = (Kind.ADMIN.value, Kind.USER.value)
VIEWER = "viewer"  # the built-in role a member made a user gets when no role is given

RESET_SENT = Accepted(code="password_reset_sent", message="An email with a reset link has been sent to this member.")


def user_not_found() -> ApiError:
    return ApiError(404, ErrorCode.NOT_FOUND, "This user does not exist.")


def owner_protected() -> ApiError:
    return ApiError(
        409, ErrorCode.OWNER_PROTECTED, "The owner can be neither removed nor changed; transfer ownership first."
    )


def _member(session: Session, company_id: int, user_id: int) -> User:
    # FOR UPDATE (PostgreSQL): a transfer of ownership or a second change waits for this one.
    user = session.scalar(select(User).where(User.id == user_id, User.company_id == company_id).with_for_update())
    if user is None:
        raise user_not_found()
    return user


def _display_name(user: User) -> str:
    return f"{user.first_name} {user.last_name}".strip()


def list_members(ctx: ServerContext, company_id: int, query: MemberQuery) -> MemberPage:
    raise_if_invalid(check_member_search(query.q), members_english_message)
    with ctx.sessions() as session:
        total, items = member_queries.page(session, company_id, query, ctx.clock.now())
    return MemberPage(items=items, total=total, offset=query.offset, limit=query.limit)


def get_member(ctx: ServerContext, company_id: int, user_id: int) -> MemberOut:
    with ctx.sessions() as session:
        return _member_out(session, company_id, user_id, ctx)


def _member_out(session: Session, company_id: int, user_id: int, ctx: ServerContext) -> MemberOut:
    m = member_queries.members(company_id, ctx.clock.now())
    row = session.execute(select(*member_queries.shown(m)).where(m.c.entry == "user", m.c.id == user_id)).one_or_none()
    if row is None:
        raise user_not_found()
    return MemberOut.model_validate(dict(row._mapping))


def _check_update(body: MemberUpdate) -> None:
    errors = []
    if body.first_name is not None:
        errors += check_person_name(body.first_name, "first_name")
    if body.last_name is not None:
        errors += check_person_name(body.last_name, "last_name")
    if body.role is not None and body.role not in SETTABLE_KINDS:
        errors.append(FieldError("role", INVALID))
    raise_if_invalid(errors, members_english_message)


def _role_for_user(session: Session, company_id: int, body: MemberUpdate, target: User) -> int:
    """The role a member of kind "user" ends up with: the one asked for, the one they have, or Viewer."""
    if body.role_id is not None:
        return body.role_id
    if target.role == Kind.USER.value and target.role_id is not None:
        return target.role_id
    viewer = session.scalar(select(Role.id).where(Role.company_id == company_id, Role.builtin == VIEWER))
    if viewer is None:  # the company renamed or deleted its Viewer role: the caller must choose
        raise_if_invalid([FieldError("role_id", REQUIRED)], members_english_message)
    return viewer


def update_member(ctx: ServerContext, caller: User, user_id: int, body: MemberUpdate, client: str) -> MemberOut:
    _check_update(body)
    now = ctx.clock.now()
    with transaction(ctx.sessions) as session:
        target = _member(session, caller.company_id, user_id)
        if (
            body.role_id is not None
            and session.scalar(select(Role.id).where(Role.id == body.role_id, Role.company_id == caller.company_id))
            is None
        ):
            raise_if_invalid([FieldError("role_id", INVALID)], members_english_message)
        if target.role == Kind.OWNER.value and body.role is not None:
            raise owner_protected()
        kind = body.role or target.role
        role_id = _role_for_user(session, caller.company_id, body, target) if kind == Kind.USER.value else None
        values = {
            "first_name": body.first_name.strip() if body.first_name is not None else target.first_name,
            "last_name": body.last_name.strip() if body.last_name is not None else target.last_name,
            "role": kind,
            "role_id": role_id,
        }
        changes = {name: value for name, value in values.items() if getattr(target, name) != value}
        if changes:
            for name, value in changes.items():
                setattr(target, name, value)
            activity.record(
                session, caller, ActivityKind.USER_CHANGED, now, client, target=target.email, details=changes
            )
            session.flush()
        return _member_out(session, caller.company_id, user_id, ctx)


def remove_member(ctx: ServerContext, caller: User, user_id: int, client: str) -> None:
    if user_id == caller.id:
        raise ApiError(409, ErrorCode.CANNOT_REMOVE_SELF, "You cannot remove your own account.")
    now = ctx.clock.now()
    with transaction(ctx.sessions) as session:
        target = _member(session, caller.company_id, user_id)
        if target.role == Kind.OWNER.value:
            raise owner_protected()
        revoke_user_sessions(session, target.id, now, "removed")
        # The address is free again: whoever gets it next starts with a clean failure count.
        lockout.unlock(session.connection(), target.email_key, now)
        activity.record(
            session,
            caller,
            ActivityKind.USER_REMOVED,
            now,
            client,
            target=target.email,
            details={"first_name": target.first_name, "last_name": target.last_name, "role": target.role},
        )
        session.delete(target)


def unlock_member(ctx: ServerContext, caller: User, user_id: int, client: str) -> None:
    """Clear the member's failure count; if they were locked, tell them who unlocked the account."""
    now = ctx.clock.now()
    with transaction(ctx.sessions) as session:
        target = _member(session, caller.company_id, user_id)
        locked_at = session.scalar(select(LoginAttempts.locked_at).where(LoginAttempts.email == target.email_key))
        lockout.unlock(session.connection(), target.email_key, now)
        if locked_at is None:
            return
        outbox.enqueue(
            session,
            kind="account_unlocked",
            recipient=target.email,
            language=target.language,
            now=now,
            first_name=target.first_name,
            unlocked_by=f"{_display_name(caller)} <{caller.email}>",
            app_link_recovery=PASSWORD_FORGOT_LINK.app_link(),
        )
        activity.record(session, caller, ActivityKind.USER_UNLOCKED, now, client, target=target.email)
    ctx.mail_queued.set()


def send_password_reset(ctx: ServerContext, caller: User, user_id: int, client: str) -> Accepted:
    now = ctx.clock.now()
    with transaction(ctx.sessions) as session:
        target = _member(session, caller.company_id, user_id)
        # The recipient's own mail limit, said out loud: the administrator knows the address exists.
        if not limits.spend(session, ctx.settings, MailKind.RECOVERY, target.email, client, now):
            retry = limits.retry_after_seconds(session, ctx.settings, MailKind.RECOVERY, target.email, client, now)
            raise ApiError(
                429, ErrorCode.RATE_LIMITED, "Too many emails to this member; try again later.", retry_after=retry
            )
        queue_reset_mail(session, ctx, target, now, "password_reset")
        activity.record(session, caller, ActivityKind.PASSWORD_RESET_SENT, now, client, target=target.email)
    ctx.mail_queued.set()
    return RESET_SENT
