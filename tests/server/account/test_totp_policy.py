"""The owner's rule "two-step verification for administrators": who may set it, whom it binds,
and what a bound person without it may still do (set it up)."""

from __future__ import annotations

import pytest

from tests.server.account.support import EMAIL, code, sign_in, turn_on_totp
from tests.server.company.members_fixtures import add_user
from tests.support.api import STRONG_PASSWORD, Api
from tests.support.devices import add_member, bearer

ADMIN = "admin@frio.es"
# What a bound person without two-step verification may still call: to set it up, and to leave.
SETUP_ROUTES = [
    ("GET", "/api/v1/me"),
    ("PATCH", "/api/v1/me"),
    ("GET", "/api/v1/me/sessions"),
    ("DELETE", "/api/v1/me/sessions"),
]
# A few of everything else: the dependency is shared, so one of each kind of route says enough.
REFUSED_ROUTES = [
    ("GET", "/api/v1/devices"),
    ("GET", "/api/v1/company"),
    ("GET", "/api/v1/users"),
    ("GET", "/api/v1/roles"),
    ("GET", "/api/v1/activity"),
]


def _policy(api: Api, signed: dict, on: bool):
    return api.http.patch("/api/v1/company", json={"require_totp_for_admins": on}, headers=bearer(signed))


@pytest.fixture
def owner(api) -> dict:
    return api.register(EMAIL)


def test_the_owner_turns_it_on_only_with_two_step_verification_of_their_own(api, owner):
    r = _policy(api, owner, True)
    assert r.status_code == 422, r.text
    [error] = r.json()["errors"]
    assert (error["field"], error["code"]) == ("require_totp_for_admins", "totp_not_enabled") and error["message"]
    turn_on_totp(api, owner)
    r = _policy(api, owner, True)
    assert r.status_code == 200, r.text
    assert r.json()["require_totp_for_admins"] is True
    assert api.http.get("/api/v1/me", headers=bearer(owner)).json()["company"]["require_totp_for_admins"] is True
    assert _policy(api, owner, False).json()["require_totp_for_admins"] is False


def test_only_the_owner_sets_it(api, owner):
    admin = add_member(api, owner, ADMIN, "admin")
    r = _policy(api, admin, False)
    assert (r.status_code, r.json()["code"]) == (403, "owner_only")


def test_an_administrator_without_it_signs_in_only_to_set_it_up(api, owner):
    add_member(api, owner, ADMIN, "admin")
    turn_on_totp(api, owner)
    assert _policy(api, owner, True).status_code == 200

    admin = sign_in(api, ADMIN)
    assert admin["totp_setup_required"] is True
    me = api.http.get("/api/v1/me", headers=bearer(admin)).json()
    assert me["totp_setup_required"] is True and me["user"]["totp_enabled"] is False
    for method, path in REFUSED_ROUTES:
        r = api.http.request(method, path, headers=bearer(admin))
        assert (r.status_code, r.json()["code"]) == (403, "totp_required"), path
    for method, path in SETUP_ROUTES:
        r = api.http.request(method, path, headers=bearer(admin), json={} if method == "PATCH" else None)
        assert r.status_code < 300, (path, r.text)

    secret, _codes = turn_on_totp(api, admin)
    assert api.http.get("/api/v1/devices", headers=bearer(admin)).status_code == 200  # the same session goes on
    assert api.http.get("/api/v1/me", headers=bearer(admin)).json()["totp_setup_required"] is False
    mfa = api.login(ADMIN, STRONG_PASSWORD).json()
    r = api.http.post("/api/v1/auth/login/totp", json={"mfa_token": mfa["mfa_token"], "code": code(api, secret)})
    assert r.status_code == 200 and r.json()["totp_setup_required"] is False


def test_sign_out_stays_open_to_a_bound_person(api, owner):
    add_member(api, owner, ADMIN, "admin")
    turn_on_totp(api, owner)
    _policy(api, owner, True)
    admin = sign_in(api, ADMIN)
    assert api.http.post("/api/v1/auth/logout", headers=bearer(admin)).status_code == 204


def test_users_with_a_role_are_not_bound(api, owner):
    user = add_user(api, owner, "tecnico@frio.es", "technician")
    turn_on_totp(api, owner)
    _policy(api, owner, True)
    signed = sign_in(api, "tecnico@frio.es")
    assert signed["totp_setup_required"] is False
    assert api.http.get("/api/v1/devices", headers=bearer(user)).status_code == 200


def test_the_owner_who_turns_their_own_off_is_bound_too(api, owner):
    secret, codes = turn_on_totp(api, owner)
    _policy(api, owner, True)
    r = api.http.request(
        "DELETE", "/api/v1/me/totp", json={"password": STRONG_PASSWORD, "code": codes[0]}, headers=bearer(owner)
    )
    assert r.status_code == 204, r.text
    r = api.http.get("/api/v1/company", headers=bearer(owner))
    assert (r.status_code, r.json()["code"]) == (403, "totp_required")
    assert sign_in(api)["totp_setup_required"] is True


def test_turning_the_policy_off_frees_the_administrators_at_once(api, owner):
    admin = add_member(api, owner, ADMIN, "admin")
    turn_on_totp(api, owner)
    _policy(api, owner, True)
    assert api.http.get("/api/v1/devices", headers=bearer(admin)).status_code == 403
    _policy(api, owner, False)
    assert api.http.get("/api/v1/devices", headers=bearer(admin)).status_code == 200
