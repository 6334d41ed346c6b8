"""Transactional outbox: mail rows commit with the change that causes them; a worker delivers.

Delivery is at-least-once per row and exactly-once in practice: a row is leased to one worker
(FOR UPDATE SKIP LOCKED on PostgreSQL, BEGIN IMMEDIATE on SQLite) before it is sent, and only
that lease holder may mark it sent.
"""

from __future__ import annotations

import asyncio
import logging
import secrets
from collections.abc import Callable
from datetime import datetime, timedelta

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from akonet_desktop.server.context import ServerContext
from akonet_desktop.server.db import checkpoint_wal, transaction
from akonet_desktop.server.mail.message import build_message
from akonet_desktop.server.mail.templates import RenderedMail, render_mail
from akonet_desktop.server.mail.transports import (
    MailDeliveryError,
    MailRejectedError,
    Transport,
    make_transport,
)
from akonet_desktop.server.models import OutboxMail

log = logging.getLogger(__name__)

LEASE = timedelta(minutes=2)
BATCH = 20
MAX_ATTEMPTS = 25  # about a day and a half of back-off before a mail is given up


def enqueue(session: Session, *, kind: str, recipient: str, language: str, now: datetime, **params) -> OutboxMail:
    rendered: RenderedMail = render_mail(kind, language, **params)
    mail = OutboxMail(
        kind=kind,
        recipient=recipient,
        language=language,
        subject=rendered.subject,
        body_text=rendered.text,
        body_html=rendered.html,
        created_at=now,
        next_attempt_at=now,
        attempts=0,
    )
    session.add(mail)
    return mail


# How long the worker leaves a request that asked for mail to finish answering (see run_forever).
AFTER_REQUEST_SECONDS = 0.1


def backoff(attempts: int) -> timedelta:
    return timedelta(seconds=min(5 * 2 ** max(attempts - 1, 0), 3600))


class OutboxWorker:
    def __init__(
        self,
        ctx: ServerContext,
        transport_factory: Callable[[], Transport] | None = None,
        settle_requests: Callable[[ServerContext], int] | None = None,
    ) -> None:
        """`settle_requests` turns mail asked for (server/mail/requested.py) into outbox rows
        before each pass, so that it goes out in that same pass."""
        self._ctx = ctx
        self._transport_factory = transport_factory or (lambda: make_transport(ctx.settings.effective_mail_url))
        self._settle_requests = settle_requests

    def run_once(self) -> int:
        """Deliver what is due now; returns how many mails were attempted."""
        settled = self._settle_requests(self._ctx) if self._settle_requests is not None else 0
        claim = secrets.token_hex(16)
        mails = self._claim(claim)
        if not mails:
            if settled:
                # Mail asked for an address without an account: no mail, but the same checkpoint
                # as after a delivery, so that what the worker does after a request tells less
                # about whether the address has an account (tests/server/accounts/test_mail_timing.py).
                checkpoint_wal(self._ctx.engine)
            return 0
        transport = self._transport_factory()
        for mail in mails:
            self._deliver(transport, mail, claim)
        # The bodies just purged (live links) are still in the WAL's older frames on SQLite.
        checkpoint_wal(self._ctx.engine)
        return len(mails)

    async def run_forever(self, stop: asyncio.Event) -> None:
        poll = self._ctx.settings.outbox_poll_seconds
        while not stop.is_set():
            try:
                while await asyncio.to_thread(self.run_once):
                    pass
            except Exception:  # the worker must outlive a database hiccup
                log.exception("outbox worker pass failed")
            woken = await asyncio.to_thread(self._ctx.mail_queued.wait, poll)
            self._ctx.mail_queued.clear()
            if woken:
                # A request just asked for mail and is still sending its answer. Settling whether
                # the address has an account (and rendering its mail) at once would hold the
                # interpreter during that answer, only for registered addresses: an answer later
                # by a millisecond or two, which a client can measure (test_mail_timing.py).
                try:
                    await asyncio.wait_for(stop.wait(), AFTER_REQUEST_SECONDS)
                except TimeoutError:
                    pass

    def _claim(self, claim: str) -> list[OutboxMail]:
        now = self._ctx.clock.now()
        with transaction(self._ctx.sessions) as session:
            due = (
                select(OutboxMail.id)
                .where(
                    OutboxMail.sent_at.is_(None),
                    OutboxMail.failed_at.is_(None),
                    OutboxMail.next_attempt_at <= now,
                    (OutboxMail.claimed_until.is_(None)) | (OutboxMail.claimed_until < now),
                )
                .order_by(OutboxMail.id)
                .limit(BATCH)
                .with_for_update(skip_locked=True)
            )
            ids = list(session.scalars(due))
            if not ids:
                return []
            session.execute(
                update(OutboxMail).where(OutboxMail.id.in_(ids)).values(claimed_until=now + LEASE, claim_token=claim)
            )
            return list(session.scalars(select(OutboxMail).where(OutboxMail.id.in_(ids)).order_by(OutboxMail.id)))

    def _deliver(self, transport: Transport, mail: OutboxMail, claim: str) -> None:
        settings = self._ctx.settings
        message = build_message(
            sender=settings.mail_from,
            to=mail.recipient,
            rendered=RenderedMail(mail.subject, mail.body_text, mail.body_html),
            message_id_domain=settings.mail_domain,
        )
        # Bodies carry live links: once a mail is out of our hands, keep only its envelope.
        purge = {"body_text": "", "body_html": ""}
        values: dict
        try:
            transport.send(message)
            values = {"sent_at": self._ctx.clock.now(), **purge}
        except MailRejectedError as exc:
            log.warning("mail %s rejected: %s", mail.id, exc)
            values = {"failed_at": self._ctx.clock.now(), "last_error": str(exc)[:500], **purge}
        except MailDeliveryError as exc:
            attempts = mail.attempts + 1
            now = self._ctx.clock.now()
            log.info("mail %s not delivered (attempt %s): %s", mail.id, attempts, exc)
            values = {
                "attempts": attempts,
                "next_attempt_at": now + backoff(attempts),
                "last_error": str(exc)[:500],
            }
            if attempts >= MAX_ATTEMPTS:  # given up: it will never be sent, so no body to keep
                values.update(failed_at=now, **purge)
        with transaction(self._ctx.sessions) as session:
            session.execute(
                update(OutboxMail)
                .where(OutboxMail.id == mail.id, OutboxMail.claim_token == claim)
                .values(claimed_until=None, claim_token=None, **values)
            )
