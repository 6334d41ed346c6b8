"""A company's roles: built-in ones, creating, renaming, changing privileges, deleting; the activity log."""

from __future__ import annotations

import json
from datetime import timedelta

from sqlalchemy import select

from akonet_desktop.server.db import transaction
from akonet_desktop.server.models import ActivityEntry, Invitation
from tests.server.company.members_fixtures import members_company  # noqa: F401 - this module's `company`
from tests.support.devices import company_id

ROLES = "/api/v1/roles"


def activity(api, kind: str) -> list[ActivityEntry]:
    with api.ctx.sessions() as session:
        return list(session.scalars(select(ActivityEntry).where(ActivityEntry.kind == kind).order_by(ActivityEntry.id)))


def invite(api, of: dict, email: str, role_id: int | None, *, expires_in=timedelta(days=7), **columns) -> int:
    """A pending invitation written straight to the table (sending them is another route's work)."""
    now = api.ctx.clock.now()
    with transaction(api.ctx.sessions) as session:
        invitation = Invitation(
            company_id=company_id(of),
            email=email,
            first_name=columns.pop("first_name", "Inés"),
            last_name=columns.pop("last_name", "Ruiz"),
            role="user" if role_id else "admin",
            role_id=role_id,
            language="es",
            token_hash=email.encode().hex()[:64],
            invited_by=of["user"]["id"],
            created_at=now,
            expires_at=now + expires_in,
            **columns,
        )
        session.add(invitation)
        session.flush()
        return invitation.id


def test_every_company_starts_with_technician_and_viewer(api, company):
    roles = api.http.get(ROLES, headers=company.headers("owner")).json()
    assert [(r["name"], r["builtin"], r["privileges"], r["users"]) for r in roles] == [
        ("Technician", "technician", ["activate_device", "update_device_info"], 1),
        ("Viewer", "viewer", [], 1),
    ]


def test_create_rename_change_and_delete(api, company):
    headers = company.headers("admin")
    r = api.http.post(ROLES, json={"name": "  Night shift ", "privileges": ["activate_device"]}, headers=headers)
    assert r.status_code == 201
    role = r.json()
    assert role == {
        "id": role["id"],
        "name": "Night shift",
        "privileges": ["activate_device"],
        "builtin": None,
        "users": 0,
    }
    r = api.http.patch(
        f"{ROLES}/{role['id']}", json={"privileges": ["update_device_info", "activate_device"]}, headers=headers
    )
    assert r.json()["privileges"] == ["activate_device", "update_device_info"]
    r = api.http.patch(f"{ROLES}/{role['id']}", json={"name": "Day shift"}, headers=headers)
    assert (r.status_code, r.json()["name"]) == (200, "Day shift")
    assert api.http.delete(f"{ROLES}/{role['id']}", headers=headers).status_code == 204
    assert [r["name"] for r in api.http.get(ROLES, headers=headers).json()] == ["Technician", "Viewer"]
    assert api.http.delete(f"{ROLES}/{role['id']}", headers=headers).status_code == 404

    entries = activity(api, "role_created") + activity(api, "role_changed") + activity(api, "role_deleted")
    assert [(e.kind, e.actor_email, e.target, json.loads(e.details)) for e in entries] == [
        ("role_created", "admin@frio.es", "Night shift", {"name": "Night shift", "privileges": ["activate_device"]}),
        ("role_changed", "admin@frio.es", "Night shift", {"privileges": ["activate_device", "update_device_info"]}),
        ("role_changed", "admin@frio.es", "Day shift", {"name": "Day shift"}),
        ("role_deleted", "admin@frio.es", "Day shift", {}),
    ]
    assert all(e.client_address and e.company_id == company_id(company.owner) for e in entries)


def test_renaming_a_builtin_role_clears_builtin_changing_privileges_does_not(api, company):
    headers = company.headers("owner")
    technician, viewer = api.http.get(ROLES, headers=headers).json()
    r = api.http.patch(f"{ROLES}/{viewer['id']}", json={"privileges": ["activate_device"]}, headers=headers)
    assert r.json()["builtin"] == "viewer"
    r = api.http.patch(f"{ROLES}/{technician['id']}", json={"name": "Technician"}, headers=headers)  # same name
    assert r.json()["builtin"] == "technician"
    assert len(activity(api, "role_changed")) == 1  # the same name again is no change: no entry
    r = api.http.patch(f"{ROLES}/{technician['id']}", json={"name": "Técnico"}, headers=headers)
    assert (r.json()["name"], r.json()["builtin"]) == ("Técnico", None)
    r = api.http.patch(f"{ROLES}/{technician['id']}", json={"name": "Technician"}, headers=headers)
    assert r.json()["builtin"] is None  # renamed back: still the company's own name


def test_role_names_are_unique_per_company_whatever_the_case(api, company):
    headers = company.headers("owner")
    for name in ("Viewer", "viewer", " VIEWER "):
        r = api.http.post(ROLES, json={"name": name, "privileges": []}, headers=headers)
        assert (r.status_code, r.json()["code"]) == (409, "role_name_taken")
    technician = api.http.get(ROLES, headers=headers).json()[0]
    r = api.http.patch(f"{ROLES}/{technician['id']}", json={"name": "VIEWER"}, headers=headers)
    assert (r.status_code, r.json()["code"]) == (409, "role_name_taken")
    # Another company may use the same names.
    other = {"Authorization": f"Bearer {company.other['session']['access_token']}"}
    assert api.http.post(ROLES, json={"name": "Night shift", "privileges": []}, headers=other).status_code == 201
    assert api.http.post(ROLES, json={"name": "Night shift", "privileges": []}, headers=headers).status_code == 201


def test_a_role_in_use_is_not_deleted(api, company, clock):
    headers = company.headers("owner")
    technician, viewer = api.http.get(ROLES, headers=headers).json()
    r = api.http.delete(f"{ROLES}/{viewer['id']}", headers=headers)
    assert (r.status_code, r.json()["code"]) == (409, "role_in_use")

    spare = api.http.post(ROLES, json={"name": "Spare", "privileges": []}, headers=headers).json()
    invite(api, company.owner, "new@frio.es", spare["id"], expires_in=timedelta(minutes=5))
    r = api.http.delete(f"{ROLES}/{spare['id']}", headers=headers)
    assert (r.status_code, r.json()["code"]) == (409, "role_in_use")  # a pending invitation would give it
    clock.advance(minutes=6)  # the invitation expired: nobody can get the role any more
    assert api.http.delete(f"{ROLES}/{spare['id']}", headers=headers).status_code == 204

    # Once nobody holds it, the Technician role goes too.
    r = api.http.patch(f"/api/v1/users/{company.id_of('technician')}", json={"role_id": viewer["id"]}, headers=headers)
    assert r.status_code == 200
    assert api.http.delete(f"{ROLES}/{technician['id']}", headers=headers).status_code == 204
    assert [r["users"] for r in api.http.get(ROLES, headers=headers).json()] == [2]
