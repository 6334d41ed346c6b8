"""Mail asked for by a request, settled in the background.

A request that sends mail only when the address has an account (password recovery, the wrong
password that locks an address) would answer later for registered addresses if it looked the
account up, rendered and queued the mail itself: a way to tell which addresses have one. Such a
request only records what was asked — the same small row for every address — and the outbox
worker settles it moments later (server/accounts/requested_mail.py says how, per kind). The
per-address quota is spent there too, when a mail is queued, never in the request.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session

from akonet_desktop.server.context import ServerContext
from akonet_desktop.server.db import transaction
from akonet_desktop.server.mail.limits import MailKind
from akonet_desktop.server.models import MailRequest

log = logging.getLogger(__name__)

# (session, context, the request, now): queue the mail the request asked for, if any is due.
Settle = Callable[[Session, ServerContext, MailRequest, datetime], None]


def ask(session: Session, kind: MailKind, email: str, client: str | None, now: datetime) -> None:
    """Record a mail request in the caller's transaction; set `ctx.mail_queued` once it commits."""
    session.add(MailRequest(kind=kind, email=email, client=client[:100] if client else None, created_at=now))


def settle_next(ctx: ServerContext, settlers: Mapping[str, Settle]) -> bool:
    """Settle the oldest request no other worker holds; False when none is left.

    One request per transaction: the quota counters it takes are then never held two at a time
    by one worker, so that two server processes cannot deadlock on them."""
    with transaction(ctx.sessions) as session:
        request = session.scalar(
            select(MailRequest).order_by(MailRequest.id).limit(1).with_for_update(skip_locked=True)
        )
        if request is None:
            return False
        try:
            with session.begin_nested():
                settlers[request.kind](session, ctx, request, ctx.clock.now())
        except SQLAlchemyError:
            raise  # the database's trouble, not the request's: it stays, for the next pass
        except Exception:
            # A request that cannot be settled (a bug) must not hold up every later one.
            log.exception("mail request %s (%s) dropped", request.id, request.kind)
        session.delete(request)
    return True


def settle_all(ctx: ServerContext, settlers: Mapping[str, Settle]) -> int:
    settled = 0
    while settle_next(ctx, settlers):
        settled += 1
    return settled
