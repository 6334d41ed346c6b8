"""SMTP down then up: queued mail is delivered, none lost, none sent twice."""

from __future__ import annotations

import threading

import pytest

from akonet_desktop.server.mail.outbox import OutboxWorker
from akonet_desktop.server.models import OutboxMail
from tests.support.api import Api
from tests.support.clock import ManualClock
from tests.support.processes import free_port
from tests.support.smtp import SmtpServer


def _ask_recovery_for(api: Api, count: int) -> list[str]:
    emails = [f"user{i}@froid.fr" for i in range(count)]
    for email in emails:
        r = api.http.post("/api/v1/registrations", json={"email": email, "email_confirmation": email, "language": "fr"})
        assert r.status_code == 202
    return emails


def _rows(api: Api) -> list[OutboxMail]:
    with api.ctx.sessions() as session:
        return list(session.query(OutboxMail).order_by(OutboxMail.id))


def test_smtp_down_then_up_delivers_everything_once(make_settings, database_url):
    port = free_port()
    clock = ManualClock()
    settings = make_settings(database_url, mail_url=f"smtp://127.0.0.1:{port}?timeout=2")
    with Api(settings, clock=clock) as api:
        emails = _ask_recovery_for(api, 5)

        assert api.deliver() == 5  # all attempted, the server is down
        rows = _rows(api)
        assert all(r.sent_at is None and r.attempts == 1 and r.last_error for r in rows)
        assert api.deliver() == 0  # backing off: nothing is due yet

        with SmtpServer(port=port) as smtp:
            clock.advance(seconds=6)
            assert api.deliver() == 5
            assert api.deliver() == 0
            clock.advance(hours=2)
            assert api.deliver() == 0
            assert sorted(m["To"] for m in smtp.messages) == sorted(emails)
        assert all(r.sent_at is not None for r in _rows(api))


def test_two_workers_never_send_the_same_mail(make_settings, database_url):
    with SmtpServer() as smtp:
        settings = make_settings(database_url, mail_url=f"smtp://127.0.0.1:{smtp.port}", mails_per_client_per_hour=1000)
        with Api(settings) as api:
            emails = _ask_recovery_for(api, 60)
            workers = [OutboxWorker(api.ctx) for _ in range(4)]
            barrier = threading.Barrier(len(workers))

            def drain(worker: OutboxWorker) -> None:
                barrier.wait()
                while worker.run_once():
                    pass

            threads = [threading.Thread(target=drain, args=(w,)) for w in workers]
            for t in threads:
                t.start()
            for t in threads:
                t.join(60)
            recipients = [m["To"] for m in smtp.messages]
            assert sorted(recipients) == sorted(emails)


@pytest.mark.parametrize("code", [550])
def test_permanent_rejection_is_not_retried(make_settings, sqlite_url, code):
    class Rejecting:
        async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
            return f"{code} 5.1.1 no such user"

    from aiosmtpd.controller import Controller

    controller = Controller(Rejecting(), hostname="127.0.0.1", port=free_port())
    controller.start()
    try:
        clock = ManualClock()
        settings = make_settings(sqlite_url, mail_url=f"smtp://127.0.0.1:{controller.port}")
        with Api(settings, clock=clock) as api:
            _ask_recovery_for(api, 1)
            assert api.deliver() == 1
            clock.advance(days=1)
            assert api.deliver() == 0
            [row] = _rows(api)
            assert row.failed_at is not None and row.sent_at is None
    finally:
        controller.stop()


def test_a_mail_given_up_on_keeps_no_live_link(make_settings, sqlite_url):
    """After the last retry the mail stays, for its envelope and error, but not its body's links."""
    from akonet_desktop.server.mail.outbox import MAX_ATTEMPTS

    port = free_port()  # nothing listens there: SMTP stays down
    clock = ManualClock()
    with Api(make_settings(sqlite_url, mail_url=f"smtp://127.0.0.1:{port}?timeout=1"), clock=clock) as api:
        _ask_recovery_for(api, 1)
        for _ in range(MAX_ATTEMPTS):
            api.deliver()
            clock.advance(days=2)
        (row,) = _rows(api)
        assert row.failed_at is not None and row.attempts == MAX_ATTEMPTS and row.last_error
        assert (row.body_text, row.body_html) == ("", "")
        assert api.deliver() == 0  # and it is not retried
