"""Rows whose purpose is over are deleted; whatever is still in force stays (SQLite and PostgreSQL)."""

from __future__ import annotations

import asyncio

from sqlalchemy import func, select

from akonet_desktop.server import housekeeping
from akonet_desktop.server.db import transaction
from akonet_desktop.server.models import (
    AuthSession,
    Company,
    Invitation,
    LoginAttempts,
    MailRequest,
    OutboxMail,
    PasswordReset,
    RateEvent,
    Registration,
    SessionToken,
    User,
)
from tests.support.api import STRONG_PASSWORD, Api

TABLES = (SessionToken, AuthSession, Registration, PasswordReset, Invitation, RateEvent, LoginAttempts, OutboxMail)


def _counts(api: Api) -> dict[str, int]:
    with api.ctx.sessions() as session:
        return {t.__tablename__: session.scalar(select(func.count()).select_from(t)) for t in (*TABLES, User, Company)}


def _purge(api: Api) -> dict[str, int]:
    with transaction(api.ctx.sessions) as session:
        return housekeeping.purge(session, api.settings, api.ctx.clock.now())


def _activity(api: Api, n: int) -> None:
    """A day's worth of everything that leaves rows: accounts, refreshes, recoveries, wrong guesses."""
    email = f"owner{n}@froid.fr"
    signed = api.register(email)
    api.http.post("/api/v1/auth/refresh", json={"refresh_token": signed["session"]["refresh_token"]})
    invitation = {"email": f"tech{n}@froid.fr", "first_name": "Luc", "last_name": "Roy", "language": "fr"}
    headers = {"Authorization": f"Bearer {signed['session']['access_token']}"}
    assert api.http.post("/api/v1/users/invitations", json=invitation, headers=headers).status_code == 201
    api.http.post("/api/v1/password-recovery", json={"email": email})
    api.login(f"nobody{n}@froid.fr", "Guess-Work-1")  # a made-up address: a row of its own
    api.deliver()


def test_nothing_in_force_is_deleted(api):
    _activity(api, 1)
    before = _counts(api)
    assert set(_purge(api).values()) == {0}
    assert _counts(api) == before


def test_what_has_served_goes_and_lockouts_stay(api, clock):
    _activity(api, 1)
    locked = "locked@froid.fr"
    api.register(locked)
    for _ in range(api.settings.lockout_threshold):
        api.login(locked, "Not-The-Password-1")
    clock.advance(days=api.settings.session_max_days + 40)  # every link, session and window is long over
    _activity(api, 2)  # ...and today's activity, which must stay
    recent = _counts(api)

    removed = _purge(api)
    after = _counts(api)
    assert all(
        removed[name] > 0
        for name in (
            "session_tokens",
            "auth_sessions",
            "registrations",
            "password_resets",
            "invitations",
            "rate_events",
            "login_attempts",
            "outbox",
        )
    )
    assert (after["users"], after["companies"]) == (recent["users"], recent["companies"])  # people stay
    assert after["invitations"] == 1  # today's, still pending; the expired one went
    with api.ctx.sessions() as session:
        kept = {row.email: row.locked_at for row in session.scalars(select(LoginAttempts))}
    assert kept.get(locked) is not None  # the lockout stays until its reset
    assert "nobody1@froid.fr" not in kept and "nobody2@froid.fr" in kept
    assert api.login(locked, STRONG_PASSWORD).status_code == 423
    assert api.login("owner2@froid.fr", STRONG_PASSWORD).status_code == 200  # today's account works
    assert _purge(api) == dict.fromkeys(removed, 0)  # idempotent


def test_mail_asked_for_and_never_settled_goes_after_a_day(api, clock):
    """With no outbox worker running, mail requests wait; a day on, that mail is of no use."""
    api.http.post("/api/v1/password-recovery", json={"email": "old@froid.fr"})
    clock.advance(days=1, seconds=1)
    api.http.post("/api/v1/password-recovery", json={"email": "new@froid.fr"})
    assert _purge(api)["mail_requests"] == 1
    with api.ctx.sessions() as session:
        assert session.scalars(select(MailRequest.email)).all() == ["new@froid.fr"]


def test_runs_in_the_background_until_stopped(api, clock):
    _activity(api, 1)
    clock.advance(days=200)

    async def scenario() -> None:
        stop = asyncio.Event()
        task = asyncio.create_task(housekeeping.run_forever(api.ctx, stop, first_after=0))
        for _ in range(200):
            await asyncio.sleep(0.02)
            if _counts(api)["registrations"] == 0:
                break
        stop.set()
        await asyncio.wait_for(task, 5)

    asyncio.run(scenario())
    assert _counts(api)["registrations"] == 0


def test_the_second_steps_of_sign_ins_go_a_day_after_they_expire(api, clock):
    from akonet_desktop.server.models import MfaChallenge
    from tests.server.account.support import turn_on_totp

    turn_on_totp(api, api.register("dos@froid.fr"))
    assert "mfa_token" in api.login("dos@froid.fr", STRONG_PASSWORD).json()
    clock.advance(days=1)
    assert _purge(api)["mfa_challenges"] == 0  # expired, but within the day of grace
    assert "mfa_token" in api.login("dos@froid.fr", STRONG_PASSWORD).json()
    clock.advance(minutes=6)
    assert _purge(api)["mfa_challenges"] == 1
    with api.ctx.sessions() as session:
        assert session.scalar(select(func.count()).select_from(MfaChallenge)) == 1  # today's stays
