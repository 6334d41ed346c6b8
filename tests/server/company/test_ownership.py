"""POST /company/owner: the owner hands the company to an active administrator, with their password."""

from __future__ import annotations

import json

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from akonet_desktop.server.models import ActivityEntry, User
from tests.support.api import STRONG_PASSWORD
from tests.support.devices import add_member, bearer

from .conftest import ADMIN, OWNER, USER


def _transfer(api, company, user_id, password=STRONG_PASSWORD, by="owner"):
    return api.http.post(
        "/api/v1/company/owner", json={"user_id": user_id, "password": password}, headers=bearer(company.of(by))
    )


def _owners(api) -> list[str]:
    with api.ctx.sessions() as session:
        return sorted(session.scalars(select(User.email).where(User.role == "owner")))


def _attempts_left(api, email: str) -> int:
    r = api.login(email, "Wrong-Guess-0!")
    assert r.status_code == 401, r.text
    return r.json()["attempts_left"] + 1  # before this probe


def test_transfer_to_an_administrator(api, company):
    admin_id = company.admin["user"]["id"]
    r = _transfer(api, company, admin_id)
    assert r.status_code == 200, r.text
    body = r.json()
    assert (body["owner"]["email"], body["owner"]["role"]) == (ADMIN, "owner")
    assert (body["previous_owner"]["email"], body["previous_owner"]["role"]) == (OWNER, "admin")
    assert "see_billing" in body["owner"]["privileges"] and "see_billing" not in body["previous_owner"]["privileges"]
    assert body["company"]["id"] == company.owner["company"]["id"]
    assert api.http.get("/api/v1/me", headers=bearer(company.owner)).json()["user"]["role"] == "admin"
    assert api.http.get("/api/v1/me", headers=bearer(company.admin)).json()["user"]["role"] == "owner"

    [to_new] = api.mails(to=ADMIN)
    assert "now the owner" in to_new["Subject"] or "propietario" in to_new["Subject"]  # the admin reads Spanish
    assert "Ana García <owner@frio.es>" in to_new.get_body(("plain",)).get_content()
    [to_old] = [m for m in api.mails(to=OWNER) if "Frío Industrial SL" in m["Subject"]]
    assert "Luis Pérez <admin@frio.es>" in to_old.get_body(("plain",)).get_content()
    assert "akonet://password/forgot" in to_old.get_body(("plain",)).get_content()

    with api.ctx.sessions() as session:
        [entry] = session.scalars(select(ActivityEntry).where(ActivityEntry.kind == "ownership_transferred")).all()
    assert (entry.actor_email, entry.target) == (OWNER, ADMIN)
    assert json.loads(entry.details) == {"previous_owner": OWNER, "owner": ADMIN}
    assert STRONG_PASSWORD not in entry.details


def test_the_new_owner_can_hand_it_back_and_the_old_one_no_longer_can(api, company):
    assert _transfer(api, company, company.admin["user"]["id"]).status_code == 200
    again = _transfer(api, company, company.admin["user"]["id"])
    assert again.status_code == 403 and again.json()["code"] == "owner_only"
    back = _transfer(api, company, company.owner["user"]["id"], by="admin")
    assert back.status_code == 200, back.text
    assert _owners(api) == [OWNER]


@pytest.mark.parametrize("target", ["user", "owner"])
def test_only_to_an_administrator(api, company, target):
    r = _transfer(api, company, company.of(target)["user"]["id"])
    assert r.status_code == 409, r.text
    assert r.json()["code"] == "not_an_administrator"
    assert _owners(api) == [OWNER]


def test_not_to_a_locked_administrator(api, company):
    for i in range(api.settings.lockout_threshold):
        api.login(ADMIN, f"Wrong-Guess-{i}!")
    r = _transfer(api, company, company.admin["user"]["id"])
    assert r.status_code == 409 and r.json()["code"] == "not_an_administrator"
    assert _owners(api) == [OWNER]


def test_another_companys_administrator_is_not_found_like_an_unknown_id(api, company):
    other_owner = api.register("boss@cold.fr")
    theirs = add_member(api, other_owner, "admin@cold.fr", "admin")["user"]["id"]
    r_theirs, r_unknown = _transfer(api, company, theirs), _transfer(api, company, 987654)
    assert r_theirs.status_code == r_unknown.status_code == 404
    assert r_theirs.json() == r_unknown.json()
    assert _owners(api) == sorted(["boss@cold.fr", OWNER])


def test_a_refused_choice_does_not_count_as_a_failed_sign_in(api, company):
    for user_id in (company.user["user"]["id"], 987654):
        _transfer(api, company, user_id, password="Wrong-Guess-9!")
    assert _attempts_left(api, OWNER) == api.settings.lockout_threshold


def test_a_wrong_password_is_a_failed_sign_in_attempt(api, company):
    threshold = api.settings.lockout_threshold
    r = _transfer(api, company, company.admin["user"]["id"], password="Wrong-Guess-1!")
    assert r.status_code == 401, r.text
    assert r.json()["code"] == "invalid_credentials" and r.json()["attempts_left"] == threshold - 1
    assert api.login(OWNER, "Wrong-Guess-2!").json()["attempts_left"] == threshold - 2
    assert _owners(api) == [OWNER]
    # The right password resets the count, as a sign-in does.
    assert _transfer(api, company, company.admin["user"]["id"]).status_code == 200
    assert _attempts_left(api, OWNER) == threshold


def test_wrong_passwords_lock_the_account_with_the_lockout_mail(api, company):
    threshold = api.settings.lockout_threshold
    for i in range(threshold - 1):
        api.login(OWNER, f"Wrong-Guess-{i}!")
    r = _transfer(api, company, company.admin["user"]["id"], password="Wrong-Guess-x!")
    assert r.status_code == 401 and r.json()["attempts_left"] == 0
    locked = [m for m in api.mails(to=OWNER) if "blocked" in m["Subject"]]
    assert len(locked) == 1
    assert "akonet://password/reset?token=" in locked[0].get_body(("plain",)).get_content()
    assert api.login(OWNER, STRONG_PASSWORD).status_code == 423
    r = _transfer(api, company, company.admin["user"]["id"])
    assert r.status_code == 423 and r.json()["code"] == "account_locked"
    assert _owners(api) == [OWNER]


@pytest.mark.parametrize(
    ("body", "fields"),
    [
        ({"user_id": 2}, {"password"}),
        ({"user_id": 2, "password": ""}, {"password"}),
        ({"password": STRONG_PASSWORD}, {"user_id"}),
        ({"user_id": 0, "password": STRONG_PASSWORD}, {"user_id"}),
        ({"user_id": "two", "password": STRONG_PASSWORD}, {"user_id"}),
        ({"user_id": 2**63, "password": STRONG_PASSWORD}, {"user_id"}),
        ({"user_id": 2, "password": None}, {"password"}),
        ({"user_id": 2, "password": "x" * 5000}, {"password"}),
    ],
)
def test_bad_input_is_422_per_field(api, company, body, fields):
    r = api.http.post("/api/v1/company/owner", json=body, headers=bearer(company.owner))
    assert r.status_code == 422, r.text
    assert {e["field"] for e in r.json()["errors"]} == fields
    assert _owners(api) == [OWNER]
    assert _attempts_left(api, OWNER) == api.settings.lockout_threshold


def test_users_never_see_each_others_password_in_the_answer(api, company):
    r = _transfer(api, company, company.admin["user"]["id"])
    assert STRONG_PASSWORD not in r.text and "password" not in r.text
    assert USER not in r.text


_any = st.one_of(st.none(), st.text(max_size=40), st.integers(min_value=-(2**70), max_value=2**70), st.booleans())


@pytest.mark.parametrize("database_url", ["sqlite"], indirect=True)
@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.fixed_dictionaries({}, optional={"user_id": _any, "password": _any}))
def test_any_transfer_body_is_answered_never_a_500(api, company, body):
    r = api.http.post("/api/v1/company/owner", json=body, headers=bearer(company.owner))
    assert r.status_code in (401, 404, 409, 422, 423), r.text
    assert _owners(api) == [OWNER]
