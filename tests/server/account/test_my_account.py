"""PATCH /me and POST /me/password: names and language; a password change counted like a sign-in."""

from __future__ import annotations

import pytest

from tests.server.account.support import EMAIL, sign_in
from tests.support.api import STRONG_PASSWORD, Api
from tests.support.devices import bearer

NEW = "Polar-Walrus-83"


def _change(api: Api, signed: dict, current: str = STRONG_PASSWORD, new: str = NEW, **extra):
    body = {"current_password": current, "password": new, "password_confirmation": new, **extra}
    return api.http.post("/api/v1/me/password", json=body, headers=bearer(signed))


def _blocked_mails(api: Api) -> list:
    return [m for m in api.mails(to=EMAIL) if "blocked" in m["Subject"]]


@pytest.fixture
def owner(api) -> dict:
    return api.register(EMAIL)


def test_names_and_language_change_and_are_read_back(api, owner):
    r = api.http.patch("/api/v1/me", json={"first_name": "  Anabel ", "language": "de"}, headers=bearer(owner))
    assert r.status_code == 200, r.text
    user = r.json()["user"]
    assert (user["first_name"], user["last_name"], user["language"]) == ("Anabel", "García", "de")
    assert api.http.get("/api/v1/me", headers=bearer(owner)).json()["user"] == user
    assert r.json()["totp_setup_required"] is False


@pytest.mark.parametrize(
    ("body", "errors"),
    [
        ({"first_name": "", "last_name": "1234"}, {"first_name": "required", "last_name": "invalid"}),
        ({"language": "xx"}, {"language": "invalid"}),
        ({"first_name": None}, {"first_name": "required"}),
        ({"last_name": "a" * 101}, {"last_name": "too_long"}),
    ],
)
def test_bad_names_and_languages_answer_422_per_field_and_change_nothing(api, owner, body, errors):
    r = api.http.patch("/api/v1/me", json=body, headers=bearer(owner))
    assert r.status_code == 422, r.text
    assert {e["field"]: e["code"] for e in r.json()["errors"]} == errors
    assert api.http.get("/api/v1/me", headers=bearer(owner)).json()["user"]["first_name"] == "Ana"


def test_the_new_password_works_the_old_does_not_and_the_person_is_told(api, owner):
    api.http.patch("/api/v1/me", json={"language": "es"}, headers=bearer(owner))
    r = _change(api, owner)
    assert r.status_code == 204, r.text
    assert api.login(EMAIL, NEW).status_code == 200
    assert api.login(EMAIL, STRONG_PASSWORD).status_code == 401
    [mail] = [m for m in api.mails(to=EMAIL) if "contraseña" in m["Subject"]]  # in the person's language
    body = mail.get_body(("plain",)).get_content()
    assert "akonet://password/forgot" in body and NEW not in body


def test_other_sessions_end_when_asked_and_only_then(api, owner):
    other, third = sign_in(api), sign_in(api)
    assert _change(api, owner, sign_out_other_sessions=False).status_code == 204
    assert api.http.get("/api/v1/me", headers=bearer(other)).status_code == 200
    assert _change(api, owner, current=NEW, new="Arctic-Fox-4471").status_code == 204  # asked by default
    for ended in (other, third):
        assert api.http.get("/api/v1/me", headers=bearer(ended)).status_code == 401
        r = api.http.post("/api/v1/auth/refresh", json={"refresh_token": ended["session"]["refresh_token"]})
        assert r.status_code == 401
    assert api.http.get("/api/v1/me", headers=bearer(owner)).status_code == 200  # this one stays


def test_a_wrong_current_password_counts_toward_the_sign_in_lockout(api, owner):
    threshold = api.settings.lockout_threshold
    r = _change(api, owner, current="Wrong-Guess-1!")
    assert (r.status_code, r.json()["code"], r.json()["attempts_left"]) == (401, "invalid_credentials", threshold - 1)
    assert api.login(EMAIL, "Wrong-Guess-2!").json()["attempts_left"] == threshold - 2
    for i in range(threshold - 3):
        _change(api, owner, current=f"Wrong-Guess-x{i}!")
    assert _blocked_mails(api) == []
    last = _change(api, owner, current="Wrong-Guess-last!")
    assert (last.status_code, last.json()["attempts_left"]) == (401, 0)
    assert len(_blocked_mails(api)) == 1
    assert api.login(EMAIL, STRONG_PASSWORD).status_code == 423
    locked = _change(api, owner)
    assert (locked.status_code, locked.json()["code"]) == (423, "account_locked")
    assert api.login(EMAIL, NEW).status_code == 423  # nothing changed


def test_the_right_current_password_resets_the_count(api, owner):
    api.login(EMAIL, "Wrong-Guess-1!")
    assert _change(api, owner).status_code == 204
    assert api.login(EMAIL, "Wrong-Guess-2!").json()["attempts_left"] == api.settings.lockout_threshold - 1


@pytest.mark.parametrize(
    ("new", "confirmation", "errors"),
    [
        ("short", "short", {"password": {"too_short", "no_digit", "no_symbol", "no_uppercase"}}),
        (NEW, "Polar-Walrus-84", {"password_confirmation": {"mismatch"}}),
        (STRONG_PASSWORD, STRONG_PASSWORD, {"password": {"same_as_current"}}),
        ("Ana-Garcia-2024x", "Ana-Garcia-2024x", {"password": {"contains_personal"}}),
    ],
)
def test_the_new_password_obeys_the_policy_before_anything_is_counted(api, owner, new, confirmation, errors):
    body = {"current_password": STRONG_PASSWORD, "password": new, "password_confirmation": confirmation}
    r = api.http.post("/api/v1/me/password", json=body, headers=bearer(owner))
    assert r.status_code == 422, r.text
    found: dict[str, set] = {}
    for error in r.json()["errors"]:
        found.setdefault(error["field"], set()).add(error["code"])
        assert error["message"]
    assert found == errors
    assert api.login(EMAIL, "Wrong-Guess-1!").json()["attempts_left"] == api.settings.lockout_threshold - 1
