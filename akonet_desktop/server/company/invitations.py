"""Invitations: how people join a company. An administrator invites an address; the emailed link,
single-use and expiring, lets its holder choose a password and join with the kind and role given.

An address belongs to at most one user in the whole system, and to at most one pending invitation:
another company's pending invitation makes it "in use", this company's makes it "already invited".
"""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import select, text, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from akonet_desktop.api.activity import ActivityKind
from akonet_desktop.api.errors import ErrorCode
from akonet_desktop.api.invitations import InvitationAccept, InvitationCreate, InvitationOut, InvitationPreview
from akonet_desktop.api.links import INVITATION_LINK
from akonet_desktop.api.models import SignedIn
from akonet_desktop.rules import FieldError, email_key, mail_address, validate_account_form
from akonet_desktop.rules.errors import INVALID
from akonet_desktop.rules.invitation import validate_invitation
from akonet_desktop.rules.roles import Kind, is_administrator
from akonet_desktop.server import ratelimit
from akonet_desktop.server.accounts.addresses import address_taken, forget_failed_sign_ins
from akonet_desktop.server.accounts.serialize import signed_in
from akonet_desktop.server.accounts.sign_in_sessions import Caller, Origin, start_session
from akonet_desktop.server.accounts.tokens import new_token, token_hash
from akonet_desktop.server.company.activity import record
from akonet_desktop.server.context import ServerContext
from akonet_desktop.server.db import transaction
from akonet_desktop.server.errors import ApiError, raise_if_invalid
from akonet_desktop.server.mail import limits, outbox
from akonet_desktop.server.mail.limits import MailKind
from akonet_desktop.server.mail.links import link_minutes, link_pair
from akonet_desktop.server.models import Company, Invitation, Role, User

VIEWER = "viewer"  # rules.roles.BUILTIN_ROLES key of the role a user gets when none is chosen


# --- what administrators do -----------------------------------------------------------------------


def _require_administrator(caller: Caller) -> None:
    if not is_administrator(caller.user.role):
        raise ApiError(403, ErrorCode.FORBIDDEN, "Your role in the company does not allow this.")


def create(ctx: ServerContext, caller: Caller, body: InvitationCreate, client: str) -> InvitationOut:
    _require_administrator(caller)
    raise_if_invalid(validate_invitation(body.email, body.first_name, body.last_name, body.role, body.language))
    email = mail_address(body.email)
    company_id = caller.company_id
    now = ctx.clock.now()
    # Counted before the address is looked at, in a transaction of its own: a refused address
    # (409) counts too, so that the answer cannot be used to probe many addresses.
    _spend_quota(ctx, company_id, now)
    with transaction(ctx.sessions) as session:
        role_id = _role_for(session, company_id, body.role, body.role_id)
        _lock_address(session, email)
        _refuse_taken_address(session, company_id, email, now)
        invitation = Invitation(
            company_id=company_id,
            email=email,
            first_name=body.first_name.strip(),
            last_name=body.last_name.strip(),
            role=body.role.strip(),
            role_id=role_id,
            language=body.language.strip(),
            token_hash="",
            invited_by=caller.user.id,
            created_at=now,
            expires_at=now,
        )
        session.add(invitation)
        _spend_address_quota(session, ctx, email, client, now)
        _issue_link(session, ctx, invitation, caller.user, now)
        record(
            session,
            caller.user,
            ActivityKind.INVITATION_SENT,
            now,
            client,
            target=email,
            details={
                "first_name": invitation.first_name,
                "last_name": invitation.last_name,
                "role": invitation.role,
                "role_id": role_id,
                "language": invitation.language,
            },
        )
        out = invitation_out(invitation)
    ctx.mail_queued.set()
    return out


def resend(ctx: ServerContext, caller: Caller, invitation_id: int, client: str) -> InvitationOut:
    """A fresh link and lifetime, mailed again; the previous link stops working."""
    _require_administrator(caller)
    now = ctx.clock.now()
    with ctx.sessions() as session:
        _open_invitation(session, caller.company_id, invitation_id)  # 404 / 409 before spending the quota
    _spend_quota(ctx, caller.company_id, now)
    with transaction(ctx.sessions) as session:
        invitation = _open_invitation(session, caller.company_id, invitation_id, for_update=True)
        _lock_address(session, invitation.email)
        # Expired, it no longer held the address: someone may have taken it since.
        _refuse_taken_address(session, caller.company_id, invitation.email, now, resent=invitation.id)
        _spend_address_quota(session, ctx, invitation.email, client, now)
        _issue_link(session, ctx, invitation, caller.user, now)
        record(session, caller.user, ActivityKind.INVITATION_RESENT, now, client, target=invitation.email)
        out = invitation_out(invitation)
    ctx.mail_queued.set()
    return out


def revoke(ctx: ServerContext, caller: Caller, invitation_id: int, client: str) -> None:
    _require_administrator(caller)
    now = ctx.clock.now()
    with transaction(ctx.sessions) as session:
        invitation = _open_invitation(session, caller.company_id, invitation_id, for_update=True)
        invitation.revoked_at = now
        record(session, caller.user, ActivityKind.INVITATION_REVOKED, now, client, target=invitation.email)


def invitation_out(invitation: Invitation) -> InvitationOut:
    return InvitationOut(
        id=invitation.id,
        email=invitation.email,
        first_name=invitation.first_name,
        last_name=invitation.last_name,
        role=invitation.role,
        role_id=invitation.role_id,
        language=invitation.language,
        expires_at=invitation.expires_at,
        created_at=invitation.created_at,
    )


def _spend_quota(ctx: ServerContext, company_id: int, now: datetime) -> None:
    key = f"invitations:company:{company_id}"
    with transaction(ctx.sessions) as session:
        if ratelimit.allow(session, key, ctx.settings.invitations_per_company_per_hour, now):
            return
        retry = ratelimit.retry_after_seconds(session, key, now)
    raise ApiError(
        429, ErrorCode.RATE_LIMITED, "Too many invitations in the last hour; try again later.", retry_after=retry
    )


def _spend_address_quota(session: Session, ctx: ServerContext, email: str, client: str, now: datetime) -> None:
    """The recipient's own mail limit (invited, revoked, invited again...), said out loud: an
    administrator's answers already tell which addresses are in use."""
    if not limits.spend(session, ctx.settings, MailKind.INVITATION, email, client, now):
        retry = limits.retry_after_seconds(session, ctx.settings, MailKind.INVITATION, email, client, now)
        raise ApiError(
            429, ErrorCode.RATE_LIMITED, "Too many emails to this address; try again later.", retry_after=retry
        )


def _role_for(session: Session, company_id: int, kind: str, role_id: int | None) -> int | None:
    """The role a user gets: the one chosen, of this company, else the built-in Viewer. None for an admin."""
    if kind != Kind.USER:
        return None
    if role_id is None:
        return session.scalar(select(Role.id).where(Role.company_id == company_id, Role.builtin == VIEWER))
    if session.scalar(select(Role.id).where(Role.id == role_id, Role.company_id == company_id)) is None:
        # Another company's role reads like no role at all.
        raise_if_invalid([FieldError("role_id", INVALID)])
    return role_id


def _lock_address(session: Session, email: str) -> None:
    """Serialise invitations of one address, across server processes (SQLite: BEGIN IMMEDIATE does it)."""
    if session.get_bind().dialect.name == "postgresql":
        key = f"invitation:{email_key(email)}"
        session.execute(text("SELECT pg_advisory_xact_lock(hashtextextended(:k, 0))"), {"k": key})


def _pending(now: datetime):
    return Invitation.accepted_at.is_(None), Invitation.revoked_at.is_(None), Invitation.expires_at > now


def _refuse_taken_address(
    session: Session, company_id: int, email: str, now: datetime, *, resent: int | None = None
) -> None:
    """409 when the address has an account, or a pending invitation (other than `resent`)."""
    if address_taken(session, email):
        raise _email_in_use()
    others = select(Invitation.company_id).where(
        Invitation.email_key == email_key(email), Invitation.id != (resent or 0), *_pending(now)
    )
    pending_in = session.scalars(others).all()
    if any(other != company_id for other in pending_in):
        raise _email_in_use()
    if pending_in:
        raise ApiError(
            409,
            ErrorCode.ALREADY_INVITED,
            "This address already has a pending invitation; send it again from the list instead.",
        )


def _email_in_use() -> ApiError:
    return ApiError(409, ErrorCode.EMAIL_IN_USE, "This email address is already used by an AKONet account.")


def _open_invitation(session: Session, company_id: int, invitation_id: int, *, for_update: bool = False) -> Invitation:
    """This company's invitation that is still open; another company's, or a revoked one, is not found."""
    query = select(Invitation).where(
        Invitation.id == invitation_id, Invitation.company_id == company_id, Invitation.revoked_at.is_(None)
    )
    invitation = session.scalar(query.with_for_update() if for_update else query)
    if invitation is None:
        raise ApiError(404, ErrorCode.NOT_FOUND, "No such invitation.")
    if invitation.accepted_at is not None:
        raise ApiError(409, ErrorCode.INVITATION_ACCEPTED, "This invitation has already been accepted.")
    return invitation


def _issue_link(session: Session, ctx: ServerContext, invitation: Invitation, inviter: User, now: datetime) -> None:
    """A new token for the invitation (replacing any earlier one), and the mail that carries it."""
    token = new_token()
    minutes = link_minutes(ctx.settings, INVITATION_LINK)
    invitation.token_hash = token_hash(token)
    invitation.expires_at = now + timedelta(minutes=minutes)
    session.flush()
    company_name = session.scalar(select(Company.name).where(Company.id == invitation.company_id))
    links = link_pair(ctx.settings.public_url, INVITATION_LINK, token)
    outbox.enqueue(
        session,
        kind="invitation",
        recipient=invitation.email,
        language=invitation.language,
        now=now,
        first_name=invitation.first_name,
        inviter_name=f"{inviter.first_name} {inviter.last_name}".strip(),
        company_name=company_name,
        web_link=links.web_link,
        app_link=links.app_link,
        token=token,
        expires_minutes=minutes,
    )


# --- what the invitee does ------------------------------------------------------------------------


def _by_token(session: Session, token: str, now: datetime) -> Invitation:
    invitation = session.scalar(select(Invitation).where(Invitation.token_hash == token_hash(token)))
    if invitation is None:
        raise ApiError(404, ErrorCode.LINK_UNKNOWN, "This invitation link is not valid.")
    _by_token_checks(invitation, now)
    return invitation


def _by_token_checks(invitation: Invitation, now: datetime) -> None:
    if invitation.accepted_at is not None:
        raise ApiError(404, ErrorCode.LINK_USED, "This invitation has already been accepted.")
    if invitation.revoked_at is not None:
        # Withdrawn by the company: for the person holding the link, it is simply no longer valid.
        raise ApiError(404, ErrorCode.LINK_UNKNOWN, "This invitation has been withdrawn.")
    if invitation.expires_at <= now:
        raise ApiError(404, ErrorCode.LINK_EXPIRED, "This invitation has expired; ask for a new one.")


def _refusal_now(session: Session, invitation_id: int, read_hash: str, now: datetime) -> ApiError:
    """Why a link that was valid when read no longer is."""
    current = session.get(Invitation, invitation_id, populate_existing=True)
    if current is None or current.token_hash != read_hash:  # deleted with its company, or resent
        return ApiError(404, ErrorCode.LINK_UNKNOWN, "This invitation link is not valid.")
    try:
        _by_token_checks(current, now)
    except ApiError as error:
        return error
    return ApiError(404, ErrorCode.LINK_USED, "This invitation has already been accepted.")


def preview(ctx: ServerContext, token: str) -> InvitationPreview:
    with ctx.sessions() as session:
        invitation = _by_token(session, token, ctx.clock.now())
        company_name = session.scalar(select(Company.name).where(Company.id == invitation.company_id))
        return InvitationPreview(
            email=invitation.email,
            company_name=company_name,
            first_name=invitation.first_name,
            last_name=invitation.last_name,
            language=invitation.language,
        )


def accept(
    ctx: ServerContext, token: str, body: InvitationAccept, client: str, origin: Origin | None = None
) -> SignedIn:
    now = ctx.clock.now()
    with ctx.sessions() as session:
        invitation = _by_token(session, token, now)
        session.expunge(invitation)
    raise_if_invalid(
        validate_account_form(
            invitation.email,
            body.first_name,
            body.last_name,
            body.password,
            body.password_confirmation,
            body.language,
            ctx.policy,
        )
    )
    with ctx.sessions() as session:
        taken = address_taken(session, invitation.email)
    if not taken:  # hash only for a link that can still complete
        password_hash = ctx.passwords.hash(body.password)
        try:
            with transaction(ctx.sessions) as session:
                return _join(session, ctx, invitation, body, password_hash, now, client, origin)
        except (IntegrityError, _EmailTaken):
            pass  # the address got an account meanwhile (a registration, another company)
    with transaction(ctx.sessions) as session:
        # The account may be this very invitation's, made by a simultaneous accept: its link is used.
        if session.scalar(select(Invitation.accepted_at).where(Invitation.id == invitation.id)) is not None:
            raise ApiError(404, ErrorCode.LINK_USED, "This invitation has already been accepted.")
        # Another account took the address: this invitation can never complete. Withdraw it, so
        # that replaying the link costs nothing.
        session.execute(
            update(Invitation)
            .where(Invitation.id == invitation.id, Invitation.accepted_at.is_(None), Invitation.revoked_at.is_(None))
            .values(revoked_at=now)
        )
    raise _email_in_use()


class _EmailTaken(Exception):
    pass


def _join(
    session: Session,
    ctx: ServerContext,
    invitation: Invitation,
    body: InvitationAccept,
    password_hash: str,
    now: datetime,
    client: str,
    origin: Origin | None = None,
) -> SignedIn:
    # The guard makes the link single-use under concurrent accepts, and refuses a link that was
    # revoked, resent (its hash replaced) or expired since it was read.
    spent = session.execute(
        update(Invitation)
        .where(
            Invitation.id == invitation.id,
            Invitation.token_hash == invitation.token_hash,
            *_pending(now),
        )
        .values(accepted_at=now)
    ).rowcount
    if not spent:
        raise _refusal_now(session, invitation.id, invitation.token_hash, now)
    if address_taken(session, invitation.email):
        raise _EmailTaken()
    company = session.get_one(Company, invitation.company_id)
    role = session.get(Role, invitation.role_id) if invitation.role_id is not None else None
    if invitation.role == Kind.USER and role is None:  # the chosen role was deleted since: the default one
        role = session.scalar(select(Role).where(Role.company_id == company.id, Role.builtin == VIEWER))
    user = User(
        company=company,
        email=invitation.email,
        first_name=body.first_name.strip(),
        last_name=body.last_name.strip(),
        role=invitation.role,
        role_id=role.id if role is not None else None,
        assigned_role=role,
        language=body.language.strip(),
        password_hash=password_hash,
        password_changed_at=now,
        last_sign_in_at=now,
        created_at=now,
    )
    session.add(user)
    session.flush()
    # Whoever opened the link controls the address: failures counted before it had an account
    # (strangers guessing) must not lock out the new member.
    forget_failed_sign_ins(session, invitation.email)
    record(
        session,
        user,
        ActivityKind.INVITATION_ACCEPTED,
        now,
        client,
        target=user.email,
        details={"role": user.role, "role_id": user.role_id},
    )
    tokens = start_session(session.connection(), ctx, user.id, now, origin)
    return signed_in(user, company, tokens)
