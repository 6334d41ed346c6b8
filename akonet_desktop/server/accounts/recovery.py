"""Password recovery: reset links bound to the password they replace, single-use, expiring."""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from akonet_desktop.api.errors import ErrorCode
from akonet_desktop.api.links import PASSWORD_RESET_LINK
from akonet_desktop.api.models import Accepted, PasswordResetRequest, RecoveryRequest
from akonet_desktop.rules import check_email, email_key, validate_new_password
from akonet_desktop.server.accounts import lockout
from akonet_desktop.server.accounts.sign_in_sessions import revoke_user_sessions
from akonet_desktop.server.accounts.tokens import fingerprint, new_token, token_hash
from akonet_desktop.server.context import ServerContext
from akonet_desktop.server.db import transaction
from akonet_desktop.server.errors import ApiError, raise_if_invalid
from akonet_desktop.server.mail import limits, outbox, requested
from akonet_desktop.server.mail.limits import MailKind
from akonet_desktop.server.mail.links import LinkPair, link_minutes, link_pair
from akonet_desktop.server.models import PasswordReset, User

RECOVERY_ACCEPTED = Accepted(
    code="recovery_email_sent",
    message="If an account uses this address, an email with a reset link has been sent to it.",
)


def issue_reset_link(session: Session, ctx: ServerContext, user: User, now: datetime) -> LinkPair:
    token = new_token()
    session.add(
        PasswordReset(
            user_id=user.id,
            token_hash=token_hash(token),
            password_fingerprint=fingerprint(user.password_hash),
            created_at=now,
            expires_at=now + timedelta(minutes=link_minutes(ctx.settings, PASSWORD_RESET_LINK)),
        )
    )
    return link_pair(ctx.settings.public_url, PASSWORD_RESET_LINK, token)


def queue_reset_mail(session: Session, ctx: ServerContext, user: User, now: datetime, kind: str) -> None:
    links = issue_reset_link(session, ctx, user, now)
    outbox.enqueue(
        session,
        kind=kind,
        recipient=user.email,
        language=user.language,
        now=now,
        first_name=user.first_name,
        web_link=links.web_link,
        app_link=links.app_link,
        token=links.token,
        expires_minutes=link_minutes(ctx.settings, PASSWORD_RESET_LINK),
        attempts=ctx.settings.lockout_threshold,
    )


def request_recovery(ctx: ServerContext, body: RecoveryRequest, client: str) -> Accepted:
    raise_if_invalid(check_email(body.email))
    email = email_key(body.email)
    now = ctx.clock.now()
    with transaction(ctx.sessions) as session:
        limits.charge_client(session, ctx, client, now)
        # The same row for every address: whether it has an account is settled in the
        # background (accounts/requested_mail.py), so that the answer takes as long for both.
        requested.ask(session, MailKind.RECOVERY, email, client, now)
    ctx.mail_queued.set()
    return RECOVERY_ACCEPTED


def reset_password(ctx: ServerContext, body: PasswordResetRequest) -> None:
    now = ctx.clock.now()
    with ctx.sessions() as session:
        row = session.execute(
            select(PasswordReset, User)
            .join(User, User.id == PasswordReset.user_id)
            .where(PasswordReset.token_hash == token_hash(body.token))
        ).one_or_none()
        session.expunge_all()
    if row is None:
        raise ApiError(404, ErrorCode.LINK_UNKNOWN, "This reset link is not valid.")
    reset, user = row
    if reset.used_at is not None or reset.password_fingerprint != fingerprint(user.password_hash):
        raise ApiError(404, ErrorCode.LINK_USED, "This reset link has already been used.")
    if reset.expires_at <= now:
        raise ApiError(404, ErrorCode.LINK_EXPIRED, "This reset link has expired.")
    raise_if_invalid(
        validate_new_password(
            body.password,
            body.password_confirmation,
            ctx.policy,
            email=user.email,
            first_name=user.first_name,
            last_name=user.last_name,
        )
    )
    new_hash = ctx.passwords.hash(body.password)
    with transaction(ctx.sessions) as session:
        # Both guards make the link single-use even under concurrent submissions.
        spent = session.execute(
            update(PasswordReset)
            .where(PasswordReset.id == reset.id, PasswordReset.used_at.is_(None))
            .values(used_at=now)
        ).rowcount
        changed = session.execute(
            update(User)
            .where(User.id == user.id, User.password_hash == user.password_hash)
            .values(password_hash=new_hash, password_changed_at=now)
        ).rowcount
        if not (spent and changed):
            raise ApiError(404, ErrorCode.LINK_USED, "This reset link has already been used.")
        lockout.unlock(session.connection(), user.email_key, now)
        revoke_user_sessions(session, user.id, now, "password_reset")
