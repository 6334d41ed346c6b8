"""Two-step verification: enrolment, sign-in with a code or a recovery code, and how the second
step is counted, replayed, expired and turned off. Codes are computed by the test from the secret
on the test's clock."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from akonet_desktop.api.account import MFA_TOKEN_SECONDS
from akonet_desktop.server.models import MfaChallenge, RecoveryCode, User
from tests.server.account.support import EMAIL, code, sign_in, turn_on_totp, wrong_code
from tests.support.api import STRONG_PASSWORD, Api
from tests.support.devices import bearer


@pytest.fixture
def owner(api) -> dict:
    return api.register(EMAIL)


def _second_step(api: Api, mfa_token: str, typed: str):
    return api.http.post("/api/v1/auth/login/totp", json={"mfa_token": mfa_token, "code": typed})


def _mfa_token(api: Api, password: str = STRONG_PASSWORD) -> str:
    r = api.login(EMAIL, password)
    assert r.status_code == 200, r.text
    body = r.json()
    assert body == {"mfa_required": True, "mfa_token": body["mfa_token"], "mfa_expires_in": MFA_TOKEN_SECONDS}
    return body["mfa_token"]


def _subjects(api: Api) -> list[str]:
    return [m["Subject"] for m in api.mails(to=EMAIL)]


def test_enrolment_with_a_code_computed_from_the_secret(api, owner):
    r = api.http.post("/api/v1/me/totp", json={"password": STRONG_PASSWORD}, headers=bearer(owner))
    assert r.status_code == 200, r.text
    secret, uri = r.json()["secret"], r.json()["otpauth_uri"]
    assert (
        uri.startswith("otpauth://totp/AKONet:ana%40frio.es?") and f"secret={secret}" in uri and "issuer=AKONet" in uri
    )
    me = api.http.get("/api/v1/me", headers=bearer(owner)).json()
    assert me["user"]["totp_enabled"] is False  # pending until confirmed
    wrong = api.http.post("/api/v1/me/totp/confirm", json={"code": wrong_code(api, secret)}, headers=bearer(owner))
    assert (wrong.status_code, wrong.json()["code"]) == (401, "invalid_code")
    # Spaces and dashes, as people type them, are ignored.
    typed = code(api, secret)
    r = api.http.post("/api/v1/me/totp/confirm", json={"code": f"{typed[:3]} {typed[3:]}"}, headers=bearer(owner))
    assert r.status_code == 200, r.text
    codes = r.json()["recovery_codes"]
    assert len(codes) == 10 and len(set(codes)) == 10
    assert all(len(c) == 9 and c[4] == "-" and not set(c) & set("0o1l") for c in codes)
    me = api.http.get("/api/v1/me", headers=bearer(owner)).json()
    assert me["user"]["totp_enabled"] is True
    assert secret not in str(me)
    assert any("Two-step verification is on" in s for s in _subjects(api))
    with api.ctx.sessions() as session:  # stored hashed: no code in the database
        stored = session.scalars(select(RecoveryCode.code_hash)).all()
    assert len(stored) == 10 and not any(c.replace("-", "") in h or c in h for c in codes for h in stored)
    again = api.http.post("/api/v1/me/totp", json={"password": STRONG_PASSWORD}, headers=bearer(owner))
    assert (again.status_code, again.json()["code"]) == (409, "totp_already_enabled")


def test_confirming_without_a_setup_is_refused(api, owner):
    r = api.http.post("/api/v1/me/totp/confirm", json={"code": "123456"}, headers=bearer(owner))
    assert (r.status_code, r.json()["code"]) == (409, "totp_not_enabled")


def test_sign_in_asks_for_the_code_and_opens_no_session_before_it(api, owner):
    secret, _codes = turn_on_totp(api, owner)
    mfa_token = _mfa_token(api)
    r = api.http.get("/api/v1/me", headers={"Authorization": f"Bearer {mfa_token}"})
    assert r.status_code == 401  # the second step's token is no access token
    r = _second_step(api, mfa_token, code(api, secret))
    assert r.status_code == 200, r.text
    signed = r.json()
    assert signed["user"]["totp_enabled"] is True and signed["totp_setup_required"] is False
    assert api.http.get("/api/v1/me", headers=bearer(signed)).status_code == 200
    with api.ctx.sessions() as session:  # stored as a hash only
        assert session.scalar(select(MfaChallenge.token_hash)) != mfa_token


def test_a_code_is_accepted_once(api, owner):
    secret, _codes = turn_on_totp(api, owner)
    typed = code(api, secret)
    assert _second_step(api, _mfa_token(api), typed).status_code == 200
    replay = _second_step(api, _mfa_token(api), typed)
    assert (replay.status_code, replay.json()["code"]) == (401, "invalid_code")
    # Nor one of an earlier step, once a later one was used.
    api.ctx.clock.advance(seconds=30)
    assert _second_step(api, _mfa_token(api), code(api, secret, seconds=-60)).status_code == 401
    assert _second_step(api, _mfa_token(api), code(api, secret)).status_code == 200


def test_the_enrolment_code_cannot_sign_in(api, owner):
    r = api.http.post("/api/v1/me/totp", json={"password": STRONG_PASSWORD}, headers=bearer(owner))
    secret = r.json()["secret"]
    typed = code(api, secret)
    assert api.http.post("/api/v1/me/totp/confirm", json={"code": typed}, headers=bearer(owner)).status_code == 200
    assert _second_step(api, _mfa_token(api), typed).status_code == 401


def test_codes_a_step_off_still_work(api, owner):
    secret, _codes = turn_on_totp(api, owner)
    api.ctx.clock.advance(seconds=60)  # the step before is not the enrolment's, which is spent
    assert _second_step(api, _mfa_token(api), code(api, secret, seconds=-30)).status_code == 200
    assert _second_step(api, _mfa_token(api), code(api, secret, seconds=30)).status_code == 200
    assert _second_step(api, _mfa_token(api), code(api, secret, seconds=120)).status_code == 401


def test_a_recovery_code_works_once_and_the_person_is_told(api, owner):
    _secret, codes = turn_on_totp(api, owner)
    r = _second_step(api, _mfa_token(api), codes[3].upper().replace("-", " "))
    assert r.status_code == 200, r.text
    [mail] = [m for m in api.mails(to=EMAIL) if "recovery code" in m["Subject"]]
    assert "recovery codes left: 9" in mail.get_body(("plain",)).get_content()
    again = _second_step(api, _mfa_token(api), codes[3])
    assert (again.status_code, again.json()["code"]) == (401, "invalid_code")
    assert _second_step(api, _mfa_token(api), codes[4]).status_code == 200


def test_the_mfa_token_is_single_use(api, owner):
    secret, _codes = turn_on_totp(api, owner)
    mfa_token = _mfa_token(api)
    assert _second_step(api, mfa_token, code(api, secret)).status_code == 200
    api.ctx.clock.advance(seconds=30)
    r = _second_step(api, mfa_token, code(api, secret))
    assert (r.status_code, r.json()["code"]) == (401, "mfa_token_invalid")


def test_the_mfa_token_expires_after_five_minutes(api, owner, clock):
    secret, _codes = turn_on_totp(api, owner)
    mfa_token = _mfa_token(api)
    clock.advance(seconds=MFA_TOKEN_SECONDS)
    r = _second_step(api, mfa_token, code(api, secret))
    assert (r.status_code, r.json()["code"]) == (401, "mfa_token_invalid")
    fresh = _mfa_token(api)
    clock.advance(seconds=MFA_TOKEN_SECONDS - 1)
    assert _second_step(api, fresh, code(api, secret)).status_code == 200


def test_an_unknown_mfa_token_is_refused_without_counting(api, owner):
    turn_on_totp(api, owner)
    r = _second_step(api, "A" * 32, "123456")
    assert (r.status_code, r.json()["code"]) == (401, "mfa_token_invalid")
    assert api.login(EMAIL, "Wrong-Guess-1!").json()["attempts_left"] == api.settings.lockout_threshold - 1


def test_wrong_codes_and_wrong_passwords_lock_together_after_six(api, owner):
    secret, _codes = turn_on_totp(api, owner)
    threshold = api.settings.lockout_threshold
    mfa_token = _mfa_token(api)
    left = []
    for i in range(threshold - 1):
        if i % 2:
            left.append(api.login(EMAIL, f"Wrong-Guess-{i}!").json()["attempts_left"])
        else:
            left.append(_second_step(api, mfa_token, wrong_code(api, secret, i)).json()["attempts_left"])
    assert left == list(range(threshold - 1, 0, -1))
    assert not [s for s in _subjects(api) if "blocked" in s]
    last = _second_step(api, mfa_token, wrong_code(api, secret, 99))
    assert (last.status_code, last.json()["code"], last.json()["attempts_left"]) == (401, "invalid_code", 0)
    assert len([s for s in _subjects(api) if "blocked" in s]) == 1
    # Locked: neither the right password nor the right code gets in.
    assert api.login(EMAIL, STRONG_PASSWORD).status_code == 423
    r = _second_step(api, mfa_token, code(api, secret))
    assert (r.status_code, r.json()["code"]) == (423, "account_locked")


def test_a_right_password_alone_resets_nothing_while_the_second_step_is_pending(api, owner):
    secret, _codes = turn_on_totp(api, owner)
    threshold = api.settings.lockout_threshold
    # An attacker who knows the password alternates it with code guesses: the count only grows.
    for i in range(threshold - 1):
        assert _second_step(api, _mfa_token(api), wrong_code(api, secret, i)).status_code == 401
    assert _second_step(api, _mfa_token(api), wrong_code(api, secret, 99)).json()["attempts_left"] == 0
    assert api.login(EMAIL, STRONG_PASSWORD).status_code == 423


def test_a_completed_second_step_resets_the_count(api, owner):
    secret, _codes = turn_on_totp(api, owner)
    mfa_token = _mfa_token(api)
    assert (
        _second_step(api, mfa_token, wrong_code(api, secret)).json()["attempts_left"]
        == api.settings.lockout_threshold - 1
    )
    assert _second_step(api, mfa_token, code(api, secret)).status_code == 200
    assert api.login(EMAIL, "Wrong-Guess-1!").json()["attempts_left"] == api.settings.lockout_threshold - 1


def test_a_password_changed_meanwhile_voids_the_mfa_token(api, owner):
    secret, _codes = turn_on_totp(api, owner)
    mfa_token = _mfa_token(api)
    new = "Polar-Walrus-83"
    body = {"current_password": STRONG_PASSWORD, "password": new, "password_confirmation": new}
    assert api.http.post("/api/v1/me/password", json=body, headers=bearer(owner)).status_code == 204
    r = _second_step(api, mfa_token, code(api, secret))
    assert (r.status_code, r.json()["code"]) == (401, "mfa_token_invalid")


def test_turning_it_off_takes_the_password_and_a_code(api, owner):
    secret, codes = turn_on_totp(api, owner)
    threshold = api.settings.lockout_threshold

    def disable(password, typed):
        return api.http.request(
            "DELETE", "/api/v1/me/totp", json={"password": password, "code": typed}, headers=bearer(owner)
        )

    wrong_password = disable("Wrong-Guess-1!", code(api, secret))
    assert (wrong_password.json()["code"], wrong_password.json()["attempts_left"]) == (
        "invalid_credentials",
        threshold - 1,
    )
    refused = disable(STRONG_PASSWORD, wrong_code(api, secret))
    assert (refused.json()["code"], refused.json()["attempts_left"]) == ("invalid_code", threshold - 2)
    assert disable(STRONG_PASSWORD, codes[0]).status_code == 204
    assert any("Two-step verification is off" in s for s in _subjects(api))
    assert api.http.get("/api/v1/me", headers=bearer(owner)).json()["user"]["totp_enabled"] is False
    with api.ctx.sessions() as session:
        user = session.scalar(select(User).where(User.email == EMAIL))
        assert (user.totp_secret, user.totp_pending_secret) == (None, None)
        assert session.scalars(select(RecoveryCode)).all() == []
    assert "session" in sign_in(api)  # the password alone signs in again
    off = disable(STRONG_PASSWORD, code(api, secret))
    assert (off.status_code, off.json()["code"]) == (409, "totp_not_enabled")


def test_setup_with_a_wrong_password_counts_and_reveals_nothing(api, owner):
    r = api.http.post("/api/v1/me/totp", json={"password": "Wrong-Guess-1!"}, headers=bearer(owner))
    assert (r.status_code, r.json()["code"]) == (401, "invalid_credentials")
    assert "secret" not in r.json()
    assert api.login(EMAIL, "Wrong-Guess-2!").json()["attempts_left"] == api.settings.lockout_threshold - 2


def test_turning_it_on_ends_the_sessions_signed_in_with_the_password_alone(api, owner):
    other = sign_in(api)  # another computer, or someone holding a phished password
    turn_on_totp(api, owner)
    assert api.http.get("/api/v1/me", headers=bearer(owner)).status_code == 200  # the one that did it
    r = api.http.get("/api/v1/me", headers=bearer(other))
    assert (r.status_code, r.json()["code"]) == (401, "not_authenticated")
    refreshed = api.http.post("/api/v1/auth/refresh", json={"refresh_token": other["session"]["refresh_token"]})
    assert refreshed.status_code == 401


def test_a_password_reset_between_reading_the_token_and_signing_in_wins(api, owner, monkeypatch):
    # The second step reads its token, checks the code (up to ten argon2 checks for a recovery
    # code), then signs in: a reset committing in between must not leave a session behind.
    from akonet_desktop.server.accounts import second_factor

    secret, _codes = turn_on_totp(api, owner)
    mfa_token = _mfa_token(api)
    check = second_factor.check

    def reset_meanwhile(*args, **kwargs):
        accepted = check(*args, **kwargs)
        with api.ctx.sessions.begin() as session:
            session.execute(
                User.__table__.update().where(User.__table__.c.email == EMAIL).values(password_hash="reset-meanwhile")
            )
        return accepted

    monkeypatch.setattr(second_factor, "check", reset_meanwhile)
    r = _second_step(api, mfa_token, code(api, secret))
    assert (r.status_code, r.json()["code"]) == (401, "mfa_token_invalid")
    with api.ctx.sessions() as session:
        user_id = session.scalar(select(User.id).where(User.email == EMAIL))
        from akonet_desktop.server.models import AuthSession

        live = session.scalars(
            select(AuthSession.id).where(AuthSession.user_id == user_id, AuthSession.revoked_at.is_(None))
        ).all()
    assert len(live) == 1  # the owner's own, from before: none from the second step
