"""How the outbox worker settles the account mail that requests asked for (server/mail/requested.py):
a reset link for a recovery, the lockout mail for a locking wrong password; nothing for an address
without an account. The per-address quota is spent only when a mail is queued."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from akonet_desktop.server.accounts.recovery import queue_reset_mail
from akonet_desktop.server.context import ServerContext
from akonet_desktop.server.mail import limits, requested
from akonet_desktop.server.mail.limits import MailKind
from akonet_desktop.server.models import LoginAttempts, MailRequest, User


def _recovery(session: Session, ctx: ServerContext, request: MailRequest, now: datetime) -> None:
    user = session.scalar(select(User).where(User.email_key == request.email))
    if user is not None and limits.spend(session, ctx.settings, MailKind.RECOVERY, user.email, request.client, now):
        queue_reset_mail(session, ctx, user, now, "password_reset")


def _lockout(session: Session, ctx: ServerContext, request: MailRequest, now: datetime) -> None:
    user = session.scalar(select(User).where(User.email_key == request.email))
    if user is None:
        return
    # Reset (or unlocked by an administrator) since: that mail would be news from the past.
    if session.scalar(select(LoginAttempts.locked_at).where(LoginAttempts.email == request.email)) is None:
        return
    if limits.spend(session, ctx.settings, MailKind.LOCKOUT, user.email, request.client, now):
        queue_reset_mail(session, ctx, user, now, "account_locked")


SETTLERS: dict[str, requested.Settle] = {MailKind.RECOVERY: _recovery, MailKind.LOCKOUT: _lockout}


def settle_pending(ctx: ServerContext) -> int:
    """Settle every mail request waiting; how many there were."""
    return requested.settle_all(ctx, SETTLERS)
