"""Links are single-use and expire; reset unlocks and ends sessions; refresh rotates."""

from __future__ import annotations

from tests.support.api import COMPANY, STRONG_PASSWORD, Api

EMAIL = "jefe@frio.es"
NEW_PASSWORD = "Cold-Chain-2031!"


def _start(api: Api, email: str = EMAIL) -> str:
    r = api.http.post("/api/v1/registrations", json={"email": email, "email_confirmation": email, "language": "es"})
    assert r.status_code == 202
    return api.last_token(email)


def _complete(api: Api, token: str):
    return api.http.post(
        f"/api/v1/registrations/{token}/complete",
        json={
            "first_name": "Ana",
            "last_name": "García",
            "password": STRONG_PASSWORD,
            "password_confirmation": STRONG_PASSWORD,
            "language": "es",
        },
    )


def _lock(api: Api, email: str = EMAIL) -> None:
    for _ in range(api.settings.lockout_threshold):
        assert api.login(email, "Not-The-Password-1").status_code == 401
    assert api.login(email, STRONG_PASSWORD).status_code == 423


def test_registration_link_resumes_then_is_spent(api):
    token = _start(api)
    state = api.http.get(f"/api/v1/registrations/{token}").json()
    assert state == {"email": EMAIL, "language": "es", "expires_at": state["expires_at"], "company": None}

    assert api.http.put(f"/api/v1/registrations/{token}/company", json=COMPANY).status_code == 200
    resumed = api.http.get(f"/api/v1/registrations/{token}").json()
    assert resumed["company"] == {**COMPANY, "phone": "+34912345678"}

    assert _complete(api, token).status_code == 201
    again = api.http.get(f"/api/v1/registrations/{token}")
    assert (again.status_code, again.json()["code"]) == (404, "link_used")
    assert _complete(api, token).json()["code"] == "link_used"


def test_registration_link_expires_after_24_hours(api, clock):
    token = _start(api)
    api.http.put(f"/api/v1/registrations/{token}/company", json=COMPANY)
    clock.advance(hours=23, minutes=59)
    assert api.http.get(f"/api/v1/registrations/{token}").status_code == 200
    clock.advance(minutes=2)
    r = api.http.get(f"/api/v1/registrations/{token}")
    assert (r.status_code, r.json()["code"]) == (404, "link_expired")
    assert _complete(api, token).json()["code"] == "link_expired"


def test_unknown_registration_link(api):
    r = api.http.get("/api/v1/registrations/not-a-real-token")
    assert (r.status_code, r.json()["code"]) == (404, "link_unknown")


def test_complete_needs_the_company_step(api):
    token = _start(api)
    r = _complete(api, token)
    assert r.status_code == 422
    assert {"field": "company", "code": "required"}.items() <= r.json()["errors"][0].items()


def test_second_registration_of_a_taken_address_gets_409(api):
    first, second = _start(api), _start(api)
    for token in (first, second):
        api.http.put(f"/api/v1/registrations/{token}/company", json=COMPANY)
    assert _complete(api, first).status_code == 201
    r = _complete(api, second)
    assert (r.status_code, r.json()["code"]) == (409, "email_taken")
    # the second link is spent: replaying it costs nothing (no password hash) and says so
    calls = []
    real_hash = api.ctx.passwords.hash
    api.ctx.passwords.hash = lambda password: calls.append(password) or real_hash(password)
    again = _complete(api, second)
    assert (again.status_code, again.json()["code"], calls) == (404, "link_used", [])


def test_reset_unlocks_ends_sessions_and_is_single_use(api):
    signed_in = api.register(EMAIL)
    access = signed_in["session"]["access_token"]
    refresh = signed_in["session"]["refresh_token"]
    _lock(api)
    lock_token = api.last_token(EMAIL)

    r = api.http.post(
        "/api/v1/password-reset",
        json={"token": lock_token, "password": NEW_PASSWORD, "password_confirmation": NEW_PASSWORD},
    )
    assert r.status_code == 204, r.text

    assert api.http.get("/api/v1/me", headers={"Authorization": f"Bearer {access}"}).status_code == 401
    assert api.http.post("/api/v1/auth/refresh", json={"refresh_token": refresh}).json()["code"] == "refresh_invalid"
    assert api.login(EMAIL, STRONG_PASSWORD).status_code == 401
    assert api.login(EMAIL, NEW_PASSWORD).status_code == 200

    again = api.http.post(
        "/api/v1/password-reset",
        json={"token": lock_token, "password": "Other-Pass-9!", "password_confirmation": "Other-Pass-9!"},
    )
    assert (again.status_code, again.json()["code"]) == (404, "link_used")


def test_reset_link_expires_after_30_minutes(api, clock):
    api.register(EMAIL)
    assert api.http.post("/api/v1/password-recovery", json={"email": EMAIL}).status_code == 202
    token = api.last_token(EMAIL)
    clock.advance(minutes=31)
    r = api.http.post(
        "/api/v1/password-reset", json={"token": token, "password": NEW_PASSWORD, "password_confirmation": NEW_PASSWORD}
    )
    assert (r.status_code, r.json()["code"]) == (404, "link_expired")


def test_a_password_change_voids_older_reset_links(api):
    api.register(EMAIL)
    for _ in range(2):
        api.http.post("/api/v1/password-recovery", json={"email": EMAIL})
    first, second = [t for t in (api.mails(EMAIL)[-2:])]
    from tests.support.api import token_of

    body = {"password": NEW_PASSWORD, "password_confirmation": NEW_PASSWORD}
    assert api.http.post("/api/v1/password-reset", json={"token": token_of(second), **body}).status_code == 204
    r = api.http.post("/api/v1/password-reset", json={"token": token_of(first), **body})
    assert (r.status_code, r.json()["code"]) == (404, "link_used")


def test_reset_password_obeys_the_policy(api):
    api.register(EMAIL)
    api.http.post("/api/v1/password-recovery", json={"email": EMAIL})
    token = api.last_token(EMAIL)
    r = api.http.post(
        "/api/v1/password-reset", json={"token": token, "password": "short", "password_confirmation": "shor"}
    )
    assert r.status_code == 422
    codes = {(e["field"], e["code"]) for e in r.json()["errors"]}
    assert {
        ("password", "too_short"),
        ("password", "no_uppercase"),
        ("password", "no_digit"),
        ("password", "no_symbol"),
        ("password_confirmation", "mismatch"),
    } <= codes
    # the link survives a refused attempt
    ok = api.http.post(
        "/api/v1/password-reset", json={"token": token, "password": NEW_PASSWORD, "password_confirmation": NEW_PASSWORD}
    )
    assert ok.status_code == 204


def test_refresh_rotates_and_reuse_ends_the_family(api, clock):
    tokens = api.register(EMAIL)["session"]
    first_refresh = tokens["refresh_token"]

    rotated = api.http.post("/api/v1/auth/refresh", json={"refresh_token": first_refresh})
    assert rotated.status_code == 200
    new = rotated.json()
    assert new["refresh_token"] != first_refresh
    assert api.http.get("/api/v1/me", headers={"Authorization": f"Bearer {new['access_token']}"}).status_code == 200

    clock.advance(seconds=api.settings.refresh_reuse_grace_seconds + 1)  # too late to be a retry
    reused = api.http.post("/api/v1/auth/refresh", json={"refresh_token": first_refresh})
    assert (reused.status_code, reused.json()["code"]) == (401, "refresh_reused")
    # the thief's reuse also ended the legitimate holder's newer tokens
    assert api.http.post("/api/v1/auth/refresh", json={"refresh_token": new["refresh_token"]}).status_code == 401
    assert api.http.get("/api/v1/me", headers={"Authorization": f"Bearer {new['access_token']}"}).status_code == 401


def test_access_token_expires_and_logout_ends_the_session(api, clock):
    tokens = api.register(EMAIL)["session"]
    auth = {"Authorization": f"Bearer {tokens['access_token']}"}
    me = api.http.get("/api/v1/me", headers=auth).json()
    assert me["user"]["role"] == "owner" and me["company"]["name"] == COMPANY["name"]

    clock.advance(minutes=16)
    assert api.http.get("/api/v1/me", headers=auth).status_code == 401
    fresh = api.http.post("/api/v1/auth/refresh", json={"refresh_token": tokens["refresh_token"]}).json()
    auth = {"Authorization": f"Bearer {fresh['access_token']}"}
    assert api.http.post("/api/v1/auth/logout", headers=auth).status_code == 204
    assert api.http.get("/api/v1/me", headers=auth).status_code == 401
    assert api.http.post("/api/v1/auth/refresh", json={"refresh_token": fresh["refresh_token"]}).status_code == 401


def test_success_resets_the_failure_count(api):
    api.register(EMAIL)
    for left in (5, 4, 3):
        assert api.login(EMAIL, "Bad-Password-1").json()["attempts_left"] == left
    assert api.login(EMAIL, STRONG_PASSWORD).status_code == 200
    assert api.login(EMAIL, "Bad-Password-1").json()["attempts_left"] == 5


def test_registration_clears_failures_counted_before_the_account_existed(api):
    for _ in range(6):
        api.login(EMAIL, "Guess-Guess-1")
    assert api.login(EMAIL, "Guess-Guess-1").status_code == 423
    api.register(EMAIL)
    assert api.login(EMAIL, STRONG_PASSWORD).status_code == 200


def test_a_sign_in_checked_while_the_password_is_reset_gets_no_session(api):
    """The reset ends every session; a sign-in verified against the old hash meanwhile must not
    start one afterwards (it would outlive the reset)."""
    from sqlalchemy import func, select, update

    from akonet_desktop.server.accounts.sign_in_sessions import revoke_user_sessions
    from akonet_desktop.server.db import transaction
    from akonet_desktop.server.models import AuthSession, User

    api.register(EMAIL)
    new_hash = api.ctx.passwords.hash(NEW_PASSWORD)
    passwords = api.ctx.passwords
    real_verify = passwords.verify

    def verify_while_reset_commits(password_hash, password):
        valid = real_verify(password_hash, password)  # right, for the hash read before the reset
        with transaction(api.ctx.sessions) as session:  # what a reset commits, meanwhile
            user_id = session.scalar(select(User.id).where(User.email == EMAIL))
            session.execute(update(User).where(User.id == user_id).values(password_hash=new_hash))
            revoke_user_sessions(session, user_id, api.ctx.clock.now(), "password_reset")
        passwords.verify = real_verify
        return valid

    passwords.verify = verify_while_reset_commits
    r = api.login(EMAIL, STRONG_PASSWORD)
    assert (r.status_code, r.json()["code"]) == (401, "invalid_credentials")
    with transaction(api.ctx.sessions) as session:
        live = session.scalar(select(func.count()).select_from(AuthSession).where(AuthSession.revoked_at.is_(None)))
    assert live == 0
    assert api.login(EMAIL, NEW_PASSWORD).status_code == 200


def test_a_sign_in_ends_after_90_days_however_often_it_is_refreshed(api, clock):
    tokens = api.register(EMAIL)["session"]
    assert tokens["refresh_expires_in"] == 30 * 86400
    for _ in range(4):  # days 20, 40, 60, 80: each refresh works...
        clock.advance(days=20)
        r = api.http.post("/api/v1/auth/refresh", json={"refresh_token": tokens["refresh_token"]})
        assert r.status_code == 200, r.text
        tokens = r.json()
    # ...but never past the 90th day
    assert tokens["refresh_expires_in"] == 10 * 86400
    clock.advance(days=10)
    r = api.http.post("/api/v1/auth/refresh", json={"refresh_token": tokens["refresh_token"]})
    assert (r.status_code, r.json()["code"]) == (401, "refresh_invalid")
