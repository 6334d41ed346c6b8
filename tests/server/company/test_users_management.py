"""Changing, removing, unlocking members and sending them a reset link; who is protected; the activity log."""

from __future__ import annotations

import json

from tests.server.company.members_fixtures import members_company  # noqa: F401 - this module's `company`
from tests.server.company.test_roles import activity
from tests.support.api import STRONG_PASSWORD, token_of
from tests.support.devices import add_member, bearer

USERS = "/api/v1/users"


def _roles(api, company) -> dict[str, int]:
    return {r["builtin"]: r["id"] for r in api.http.get("/api/v1/roles", headers=company.headers("owner")).json()}


def test_changing_names_kind_and_role(api, company):
    headers = company.headers("admin")
    roles = _roles(api, company)
    viewer = company.id_of("viewer")
    r = api.http.patch(
        f"{USERS}/{viewer}", json={"first_name": " Eva ", "role_id": roles["technician"]}, headers=headers
    )
    assert r.status_code == 200
    assert (r.json()["first_name"], r.json()["role_id"], r.json()["role_name"]) == (
        "Eva",
        roles["technician"],
        "Technician",
    )
    # Made an administrator: no role any more.
    r = api.http.patch(f"{USERS}/{viewer}", json={"role": "admin"}, headers=headers)
    assert (r.json()["role"], r.json()["role_id"]) == ("admin", None)
    # Made a user again without a role: the built-in Viewer.
    r = api.http.patch(f"{USERS}/{viewer}", json={"role": "user"}, headers=headers)
    assert (r.json()["role"], r.json()["role_id"]) == ("user", roles["viewer"])
    # The change shows in the member's own view at their next request.
    me = api.http.get("/api/v1/me", headers=company.headers("viewer")).json()["user"]
    assert (me["first_name"], me["role"], me["privileges"]) == ("Eva", "user", [])

    entries = activity(api, "user_changed")
    assert [json.loads(e.details) for e in entries] == [
        {"first_name": "Eva", "role_id": roles["technician"]},
        {"role": "admin", "role_id": None},
        {"role": "user", "role_id": roles["viewer"]},
    ]
    assert {(e.actor_email, e.target) for e in entries} == {("admin@frio.es", "mirón@frio.es")}


def test_an_unchanged_member_writes_no_activity(api, company):
    r = api.http.patch(f"{USERS}/{company.id_of('admin')}", json={"role": "admin"}, headers=company.headers("owner"))
    assert r.status_code == 200
    assert activity(api, "user_changed") == []


def test_without_a_viewer_role_a_demotion_must_name_one(api, company):
    headers = company.headers("owner")
    roles = _roles(api, company)
    api.http.patch(f"/api/v1/roles/{roles['viewer']}", json={"name": "Read only"}, headers=headers)
    r = api.http.patch(f"{USERS}/{company.id_of('admin')}", json={"role": "user"}, headers=headers)
    assert r.status_code == 422
    assert [(e["field"], e["code"]) for e in r.json()["errors"]] == [("role_id", "required")]
    r = api.http.patch(
        f"{USERS}/{company.id_of('admin')}", json={"role": "user", "role_id": roles["viewer"]}, headers=headers
    )
    assert (r.status_code, r.json()["role_name"]) == (200, "Read only")


def test_the_owner_is_neither_demoted_nor_removed(api, company):
    owner_id = company.id_of("owner")
    for who in ("owner", "admin"):
        headers = company.headers(who)
        for body in ({"role": "admin"}, {"role": "user"}):
            r = api.http.patch(f"{USERS}/{owner_id}", json=body, headers=headers)
            assert (r.status_code, r.json()["code"]) == (409, "owner_protected")
        r = api.http.delete(f"{USERS}/{owner_id}", headers=headers) if who == "admin" else None
        if r is not None:
            assert (r.status_code, r.json()["code"]) == (409, "owner_protected")
    # Their names may be corrected.
    r = api.http.patch(f"{USERS}/{owner_id}", json={"last_name": "García López"}, headers=company.headers("admin"))
    assert (r.status_code, r.json()["role"], r.json()["last_name"]) == (200, "owner", "García López")


def test_nobody_removes_themselves(api, company):
    for who in ("owner", "admin"):
        r = api.http.delete(f"{USERS}/{company.id_of(who)}", headers=company.headers(who))
        assert (r.status_code, r.json()["code"]) == (409, "cannot_remove_self")
        assert api.http.get("/api/v1/me", headers=company.headers(who)).status_code == 200


def test_removal_ends_every_session_and_frees_the_address(api, company):
    second_session = api.login("tecnico@frio.es", STRONG_PASSWORD).json()
    technician = company.id_of("technician")
    assert api.http.delete(f"{USERS}/{technician}", headers=company.headers("admin")).status_code == 204
    for signed in (company.technician, second_session):
        assert api.http.get("/api/v1/me", headers=bearer(signed)).status_code == 401
        r = api.http.post("/api/v1/auth/refresh", json={"refresh_token": signed["session"]["refresh_token"]})
        assert r.status_code == 401
    assert api.login("tecnico@frio.es", STRONG_PASSWORD).status_code == 401
    assert "tecnico@frio.es" not in [
        m["email"] for m in api.http.get(USERS, headers=company.headers("owner")).json()["items"]
    ]
    assert api.http.delete(f"{USERS}/{technician}", headers=company.headers("admin")).status_code == 404
    # The address is free: another company may have it now.
    add_member(api, company.other, "tecnico@frio.es", "admin")
    [entry] = activity(api, "user_removed")
    assert (entry.actor_email, entry.target) == ("admin@frio.es", "tecnico@frio.es")
    assert json.loads(entry.details) == {"first_name": "Luis", "last_name": "Pérez", "role": "user"}


def test_a_reset_link_is_sent_to_the_member_never_shown(api, company):
    viewer = company.id_of("viewer")
    r = api.http.post(f"{USERS}/{viewer}/password-reset", headers=company.headers("admin"))
    assert r.status_code == 202
    assert r.json()["code"] == "password_reset_sent"
    assert "token" not in r.text
    [mail] = api.mails(to="mirón@frio.es")
    new_password = "Another-Fridge-77"
    r = api.http.post(
        "/api/v1/password-reset",
        json={"token": token_of(mail), "password": new_password, "password_confirmation": new_password},
    )
    assert r.status_code == 204
    assert api.login("mirón@frio.es", new_password).status_code == 200
    [entry] = activity(api, "password_reset_sent")
    assert (entry.actor_email, entry.target, json.loads(entry.details)) == ("admin@frio.es", "mirón@frio.es", {})


def test_reset_mails_to_one_member_are_limited(api, company):
    path = f"{USERS}/{company.id_of('viewer')}/password-reset"
    codes = [api.http.post(path, headers=company.headers("owner")).status_code for _ in range(12)]
    assert 202 in codes and codes[-1] == 429
    assert len(activity(api, "password_reset_sent")) == codes.count(202)
