"""Mail quotas a stranger cannot turn against someone, against a real `akonet-server serve`.

Clients are told apart by their loopback source address (127.0.0.4, 127.0.0.5, ...), as the
server sees them. The quota per recipient counts mail actually queued, per address and kind, under
one key for every `+tag` and case of an address; past it, a client's first mail of a kind within
15 minutes still goes, up to a ceiling (20 an hour by default).
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx
from sqlalchemy import Engine, create_engine, func, select

from akonet_desktop.server.mail.transports import read_maildir
from akonet_desktop.server.models import MailRequest, OutboxMail
from tests.support.live import mails_to
from tests.support.processes import server_processes

STRANGER, PERSON = "127.0.0.4", "127.0.0.5"


@contextmanager
def _server(database_url: str, tmp_path: Path) -> Iterator[tuple[str, Engine, Path]]:
    maildir = tmp_path / "Maildir"
    env = {
        "AKONET_DATABASE_URL": database_url,
        "AKONET_MAIL_URL": f"maildir://{maildir.as_posix()}",
        "AKONET_DATA_DIR": str(tmp_path / "data"),
        "AKONET_OUTBOX_POLL_SECONDS": "0.2",
    }
    engine = create_engine(database_url)
    try:
        with server_processes(1, env, tmp_path) as [url]:
            yield url, engine, maildir
    finally:
        engine.dispose()


def _client(url: str, source: str) -> httpx.Client:
    return httpx.Client(base_url=f"{url}/api/v1", timeout=30, transport=httpx.HTTPTransport(local_address=source))


def _register(http: httpx.Client, email: str) -> int:
    return http.post("/registrations", json={"email": email, "email_confirmation": email, "language": "en"}).status_code


def _all_delivered(engine: Engine, timeout: float = 20.0) -> None:
    """Every mail asked for is settled, and every mail queued is delivered."""
    deadline = time.monotonic() + timeout
    while True:
        with engine.connect() as connection:
            asked = connection.execute(select(func.count()).select_from(MailRequest)).scalar_one()
            unsent = connection.execute(
                select(func.count()).select_from(OutboxMail).where(OutboxMail.sent_at.is_(None))
            ).scalar_one()
        if asked + unsent == 0:
            return
        assert time.monotonic() < deadline, f"{asked} mail request(s) and {unsent} mail(s) still pending"
        time.sleep(0.05)


def _mailbox(maildir: Path, local: str, domain: str) -> list:
    """Mail delivered to the mailbox of local@domain, whatever +tag or case it was sent to."""
    if not maildir.exists():
        return []
    return [
        m
        for m in read_maildir(str(maildir))
        if m["To"].casefold().split("@")[-1] == domain and m["To"].casefold().split("+")[0].split("@")[0] == local
    ]


def test_a_strangers_recoveries_leave_the_persons_registration_mail(database_url, tmp_path):
    email = "nueva@frio-sur.es"
    with _server(database_url, tmp_path) as (url, engine, maildir):
        with _client(url, STRANGER) as stranger:
            for _ in range(5):
                assert stranger.post("/password-recovery", json={"email": email}).status_code == 202
        with _client(url, PERSON) as person:
            assert _register(person, email) == 202
        _all_delivered(engine)
        [mail] = mails_to(maildir, email)
        assert "registration" in mail["Subject"].lower()


def test_a_stranger_using_up_the_quota_of_a_kind_leaves_the_persons_first_mail(database_url, tmp_path):
    email = "nueva@frio-sur.es"
    with _server(database_url, tmp_path) as (url, engine, maildir):
        with _client(url, STRANGER) as stranger:
            assert [_register(stranger, email) for _ in range(8)] == [202] * 8
        _all_delivered(engine)
        assert len(mails_to(maildir, email)) == 5  # the normal quota: 5 an hour
        with _client(url, PERSON) as person:
            assert _register(person, email) == 202  # the person's own, first in 15 minutes: it goes
            _all_delivered(engine)
            assert len(mails_to(maildir, email)) == 6
            assert _register(person, email) == 202  # not the first any more: past the quota, silence
        _all_delivered(engine)
        assert len(mails_to(maildir, email)) == 6


def test_plus_tags_and_case_share_one_quota(database_url, tmp_path):
    with _server(database_url, tmp_path) as (url, engine, maildir):
        with _client(url, STRANGER) as stranger:
            codes = [_register(stranger, f"{'Victim' if n % 2 else 'victim'}+{n}@frio-sur.es") for n in range(32)]
        assert codes == [202] * 30 + [429] * 2  # the client's own limit: 30 an hour
        _all_delivered(engine)
        assert len(_mailbox(maildir, "victim", "frio-sur.es")) == 5


def test_many_clients_reach_at_most_the_ceiling(database_url, tmp_path):
    with _server(database_url, tmp_path) as (url, engine, maildir):
        for n in range(32):  # 32 client addresses, one registration each
            with _client(url, f"127.0.0.{10 + n}") as client:
                assert _register(client, f"victim+{n}@frio-sur.es") == 202
        _all_delivered(engine)
        assert len(_mailbox(maildir, "victim", "frio-sur.es")) == 20
