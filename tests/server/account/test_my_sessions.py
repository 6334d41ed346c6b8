"""GET /me/sessions, DELETE /me/sessions/{id}, DELETE /me/sessions: a person's signed-in sessions,
and how ending one stops its tokens at once."""

from __future__ import annotations

from sqlalchemy import select, update

from akonet_desktop.server.accounts.tokens import token_hash
from akonet_desktop.server.models import AuthSession, SessionToken
from tests.server.account.support import AGENT, EMAIL, sign_in
from tests.support.api import Api
from tests.support.devices import bearer


def _sessions(api: Api, signed: dict) -> list[dict]:
    r = api.http.get("/api/v1/me/sessions", headers=bearer(signed))
    assert r.status_code == 200, r.text
    return r.json()


def _refresh(api: Api, signed: dict):
    return api.http.post("/api/v1/auth/refresh", json={"refresh_token": signed["session"]["refresh_token"]})


def test_the_list_says_which_client_from_where_and_which_is_this_one(api):
    api.register(EMAIL)  # signed in too, by completing the registration
    laptop = sign_in(api, agent="AKONetDesktop/0.4 (macOS 14.5)")
    desk = sign_in(api)
    listed = _sessions(api, desk)
    assert len(listed) == 3
    assert listed[0]["current"] and listed[0]["client"] == AGENT
    assert [s["current"] for s in listed] == [True, False, False]
    assert {s["client"] for s in listed} >= {AGENT, "AKONetDesktop/0.4 (macOS 14.5)"}
    assert all(s["address"] == "testclient" for s in listed)  # the test client's address, as the server saw it
    assert {s["id"] for s in listed} == {s["id"] for s in _sessions(api, laptop)}
    assert set(listed[0]) == {"id", "client", "address", "created_at", "last_used_at", "current"}


def test_a_hostile_user_agent_is_shown_printable_and_short(api):
    api.register(EMAIL)
    signed = sign_in(api, agent="Evil\tAgent " + "x" * 500)
    (mine,) = [s for s in _sessions(api, signed) if s["current"]]
    assert mine["client"].startswith("Evil Agent xxx") and len(mine["client"]) == 200


def test_ending_a_session_refuses_its_tokens_at_once(api):
    api.register(EMAIL)
    mine, other = sign_in(api), sign_in(api)
    other_id = next(s["id"] for s in _sessions(api, other) if s["current"])
    r = api.http.delete(f"/api/v1/me/sessions/{other_id}", headers=bearer(mine))
    assert r.status_code == 204, r.text
    assert api.http.get("/api/v1/me", headers=bearer(other)).json()["code"] == "not_authenticated"
    assert _refresh(api, other).json()["code"] == "refresh_invalid"
    assert other_id not in {s["id"] for s in _sessions(api, mine)}
    assert api.http.get("/api/v1/me", headers=bearer(mine)).status_code == 200
    again = api.http.delete(f"/api/v1/me/sessions/{other_id}", headers=bearer(mine))
    assert (again.status_code, again.json()["code"]) == (404, "session_not_found")


def test_another_persons_session_is_not_found_and_stays(api):
    api.register(EMAIL)
    api.register("luis@cold.fr")
    mine, theirs = sign_in(api), sign_in(api, "luis@cold.fr")
    their_id = next(s["id"] for s in _sessions(api, theirs) if s["current"])
    r = api.http.delete(f"/api/v1/me/sessions/{their_id}", headers=bearer(mine))
    assert (r.status_code, r.json()["code"]) == (404, "session_not_found")
    assert r.json() == api.http.delete("/api/v1/me/sessions/987654321", headers=bearer(mine)).json()
    assert api.http.get("/api/v1/me", headers=bearer(theirs)).status_code == 200


def test_ending_every_other_session_keeps_this_one(api):
    api.register(EMAIL)
    others = [sign_in(api) for _ in range(3)]
    mine = sign_in(api)
    r = api.http.delete("/api/v1/me/sessions", headers=bearer(mine))
    assert r.status_code == 204, r.text
    assert [s["current"] for s in _sessions(api, mine)] == [True]
    for other in others:
        assert api.http.get("/api/v1/me", headers=bearer(other)).status_code == 401
        assert _refresh(api, other).status_code == 401
    assert _refresh(api, mine).status_code == 200


def test_last_use_is_written_at_most_once_a_minute(api, clock):
    api.register(EMAIL)
    signed = sign_in(api)
    started = _stored_last_use(api, signed)
    clock.advance(seconds=59)
    assert api.http.get("/api/v1/me", headers=bearer(signed)).status_code == 200
    assert _stored_last_use(api, signed) == started  # no write on every request
    clock.advance(seconds=1)
    assert api.http.get("/api/v1/me", headers=bearer(signed)).status_code == 200
    assert _stored_last_use(api, signed) == clock.now()
    (mine,) = [s for s in _sessions(api, signed) if s["current"]]
    assert mine["last_used_at"] != mine["created_at"]


def _stored_last_use(api: Api, signed: dict):
    """Read from the database: a request to see it would itself be a use."""
    hashed = token_hash(signed["session"]["access_token"])
    with api.ctx.sessions() as session:
        return session.scalar(
            select(AuthSession.last_used_at)
            .join(SessionToken, SessionToken.session_id == AuthSession.id)
            .where(SessionToken.token_hash == hashed)
        )


def test_the_others_come_most_recently_used_first_one_with_no_last_use_by_its_start(api, clock):
    """A session from before migration 0009 has no last use (NULL): shown and ordered by its start,
    on both databases (PostgreSQL would put NULL first going down, SQLite last)."""
    api.register(EMAIL)  # a session too, the oldest
    clock.advance(minutes=1)
    old = sign_in(api, agent="AKONetDesktop/0.1 (Windows 10)")
    clock.advance(minutes=5)
    sign_in(api, agent="AKONetDesktop/0.4 (macOS 14.5)")
    clock.advance(minutes=5)
    here = sign_in(api)
    old_session = select(SessionToken.session_id).where(
        SessionToken.token_hash == token_hash(old["session"]["access_token"])
    )
    with api.ctx.sessions() as session, session.begin():
        session.execute(update(AuthSession).where(AuthSession.id.in_(old_session)).values(last_used_at=None))
    listed = _sessions(api, here)
    others = [s["client"] for s in listed if not s["current"]]
    assert others[:2] == ["AKONetDesktop/0.4 (macOS 14.5)", "AKONetDesktop/0.1 (Windows 10)"]
    (shown,) = [s for s in listed if s["client"] == "AKONetDesktop/0.1 (Windows 10)"]
    assert shown["last_used_at"] == shown["created_at"]
    assert [s["current"] for s in listed] == [True, False, False, False]
