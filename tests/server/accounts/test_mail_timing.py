"""Registered and made-up addresses cost the same in the requests that mail only registered ones.

`POST /password-recovery` and the wrong password that locks an address send a mail only when an
account exists. If the request itself looked the account up, rendered and queued that mail, it
would answer measurably later for registered addresses: a way to tell which addresses have an
account. The test is a sign test over interleaved pairs against a real `akonet-server serve`, not
a timing threshold: each pair times one registered and one made-up address back to back (the
order alternates), and a consistent difference, either way, fails (two-sided binomial p < 1e-4).

Before each request the client waits until the server has no mail left to make or deliver, so
that work done in the background after one answer is not charged to the next request (that would
bias the pairs whatever the request itself does).
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable, Iterator
from contextlib import ExitStack, contextmanager
from datetime import UTC, datetime
from pathlib import Path

import httpx
from sqlalchemy import Engine, create_engine, delete, func, insert, select

from akonet_desktop.server.models import LoginAttempts, MailRequest, OutboxMail
from tests.support.api import STRONG_PASSWORD
from tests.support.live import register_owner
from tests.support.processes import server_processes

REGISTERED = "titular@frio-norte.es"
MADE_UP = "nadie@frio-norte.es"
P_LIMIT = 1e-4  # before the fixes: p = 4e-31 (recovery) and 4e-10 (locking password)
# Sign-ins come from many loopback addresses, so that a per-client throttle of failed sign-ins
# (30 a minute) is never reached: each address sends a few a minute at most.
SOURCES = [f"127.0.0.{n}" for n in range(10, 74)]

_UNSENT = select(func.count()).select_from(OutboxMail).where(OutboxMail.sent_at.is_(None))
_ASKED = select(func.count()).select_from(MailRequest)


def binomial_p_two_sided(k: int, n: int) -> float:
    """P(a fair coin gives an outcome at least as far from n/2 as k), exactly."""
    distance = abs(k - n / 2)
    tail = sum(math.comb(n, i) for i in range(n + 1) if abs(i - n / 2) >= distance)
    return min(1.0, tail / 2**n)


def test_the_binomial_test_itself():
    assert binomial_p_two_sided(150, 300) == 1.0
    assert binomial_p_two_sided(206, 300) < 1e-9  # the difference measured before the fix
    assert binomial_p_two_sided(165, 300) > P_LIMIT  # chance alone


def _wait_until_idle(engine: Engine, timeout: float = 10.0) -> None:
    """No mail asked for still to settle, none queued still to deliver, and the worker's WAL
    checkpoint after it done (the WAL file truncated to nothing)."""
    wal = Path(f"{engine.url.database}-wal")
    deadline = time.monotonic() + timeout
    while True:
        with engine.connect() as connection:
            pending = connection.execute(_ASKED).scalar_one() + connection.execute(_UNSENT).scalar_one()
        if pending == 0:
            break
        if time.monotonic() > deadline:
            raise AssertionError("the server still has mail to make or deliver")
        time.sleep(0.005)
    # The checkpoint (after a delivery, and after settling a request for a made-up address) is
    # written to disk after the rows above: on a busy disk it can take far longer than the
    # request timed next, which it would otherwise slow down. A checkpoint the database deferred
    # (busy) is not waited for beyond a second.
    settle_by = time.monotonic() + 1.0
    while wal.exists() and wal.stat().st_size > 0 and time.monotonic() < settle_by:
        time.sleep(0.005)
    time.sleep(0.005)  # the worker's last look for more work


def _sign_test(
    engine: Engine,
    pairs: int,
    registered: Callable[[], httpx.Response],
    made_up: Callable[[], httpx.Response],
    expected: int,
    before_pair: Callable[[], None] = lambda: None,
) -> tuple[int, float]:
    """(pairs where the registered address answered later, p)."""

    def timed(send: Callable[[], httpx.Response]) -> float:
        _wait_until_idle(engine)
        start = time.perf_counter()
        r = send()
        elapsed = time.perf_counter() - start
        assert r.status_code == expected, r.text
        return elapsed

    slower = 0
    for i in range(pairs):
        before_pair()
        if i % 2 == 0:
            registered_time, made_up_time = timed(registered), timed(made_up)
        else:
            made_up_time, registered_time = timed(made_up), timed(registered)
        slower += registered_time > made_up_time
    return slower, binomial_p_two_sided(slower, pairs)


@contextmanager
def _server(tmp_path: Path) -> Iterator[tuple[str, Engine]]:
    maildir = tmp_path / "Maildir"
    database_url = f"sqlite:///{tmp_path / 'akonet.sqlite3'}"
    env = {
        "AKONET_DATABASE_URL": database_url,
        "AKONET_MAIL_URL": f"maildir://{maildir.as_posix()}",
        "AKONET_DATA_DIR": str(tmp_path / "data"),
        # Hundreds of requests for one address from one client: no quota may stop the mail
        # (its absence would make the two sides alike whatever the server does).
        "AKONET_MAILS_PER_CLIENT_PER_HOUR": "100000",
        "AKONET_MAILS_PER_ADDRESS_PER_HOUR": "100000",
        "AKONET_MAILS_PER_ADDRESS_CEILING_PER_HOUR": "100000",
    }
    with server_processes(1, env, tmp_path) as [url]:
        register_owner(url, maildir, REGISTERED)
        engine = create_engine(database_url)
        try:
            yield url, engine
        finally:
            engine.dispose()


def test_recovery_costs_the_same_for_registered_and_made_up_addresses(tmp_path):
    pairs = 300
    with _server(tmp_path) as (url, engine), httpx.Client(base_url=f"{url}/api/v1", timeout=30) as http:

        def recovery(email: str) -> Callable[[], httpx.Response]:
            return lambda: http.post("/password-recovery", json={"email": email})

        slower, p = _sign_test(engine, pairs, recovery(REGISTERED), recovery(MADE_UP), 202)
    print(f"recovery: registered slower in {slower}/{pairs} pairs, p={p:.2g}")
    assert p >= P_LIMIT, f"registered addresses answered slower in {slower} of {pairs} pairs (p={p:.2g})"


def test_the_locking_wrong_password_costs_the_same_for_registered_and_made_up_addresses(tmp_path):
    # Each sign-in verifies a password (~50 ms), whose own variation hides much of a few ms:
    # 300 pairs (~45 s) so that the difference measured before the fix (204-220 of 300) fails.
    pairs = 300
    threshold = 6  # the default: the test times the sixth wrong password

    with _server(tmp_path) as (url, engine), ExitStack() as stack:

        def one_failure_left() -> None:
            """Both addresses five wrong passwords in, unlocked: the next wrong one locks. Set
            directly (as a reset then five sign-ins would leave them), which hashes nothing."""
            now = datetime.now(UTC)
            rows = [
                {"email": email, "failures": threshold - 1, "pending": 0, "pending_until": now, "updated_at": now}
                for email in (REGISTERED, MADE_UP)
            ]
            with engine.begin() as connection:
                connection.execute(delete(LoginAttempts).where(LoginAttempts.email.in_((REGISTERED, MADE_UP))))
                connection.execute(insert(LoginAttempts), rows)

        clients = [
            stack.enter_context(
                httpx.Client(base_url=f"{url}/api/v1", timeout=30, transport=httpx.HTTPTransport(local_address=source))
            )
            for source in SOURCES
        ]
        turn = iter(range(10**9))

        def wrong_password(email: str) -> Callable[[], httpx.Response]:
            body = {"email": email, "password": "Not-" + STRONG_PASSWORD}
            return lambda: clients[next(turn) % len(clients)].post("/auth/login", json=body)

        slower, p = _sign_test(
            engine, pairs, wrong_password(REGISTERED), wrong_password(MADE_UP), 401, before_pair=one_failure_left
        )
    print(f"locking sign-in: registered slower in {slower}/{pairs} pairs, p={p:.2g}")
    assert p >= P_LIMIT, f"registered addresses answered slower in {slower} of {pairs} pairs (p={p:.2g})"
