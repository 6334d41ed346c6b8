"""Who may call which roles and users route: every kind of caller against every route.

Owner and administrators manage roles and members; a member of kind "user" gets 403 `forbidden`,
whatever their role grants; nobody signed in gets 401.
"""

from __future__ import annotations

import pytest

from tests.server.company.members_fixtures import members_company  # noqa: F401 - this module's `company`
from tests.support.api import STRONG_PASSWORD
from tests.support.devices import add_member

ALLOWED = {"owner", "admin"}


def _calls(api, company, target_id: int, role_id: int) -> list[tuple[str, str, str, dict | None, int]]:
    """(name, method, path, body, status when allowed), each on its own target so that all can succeed."""
    return [
        ("list roles", "GET", "/api/v1/roles", None, 200),
        ("create role", "POST", "/api/v1/roles", {"name": "Night shift", "privileges": ["activate_device"]}, 201),
        ("rename role", "PATCH", f"/api/v1/roles/{role_id}", {"name": "Renamed"}, 200),
        ("list users", "GET", "/api/v1/users", None, 200),
        ("change user", "PATCH", f"/api/v1/users/{target_id}", {"first_name": "Eva"}, 200),
        ("unlock user", "POST", f"/api/v1/users/{target_id}/unlock", None, 204),
        ("reset password", "POST", f"/api/v1/users/{target_id}/password-reset", None, 202),
        ("remove user", "DELETE", f"/api/v1/users/{target_id}", None, 204),
        ("delete role", "DELETE", f"/api/v1/roles/{role_id}", None, 204),
    ]


@pytest.mark.parametrize("caller", ["owner", "admin", "technician", "viewer", "nobody"])
def test_kind_by_route(api, company, caller):
    target_id = add_member(api, company.owner, "target@frio.es", "admin")["user"]["id"]
    owner = company.headers("owner")
    role_id = api.http.post("/api/v1/roles", json={"name": "Spare", "privileges": []}, headers=owner).json()["id"]
    headers = {} if caller == "nobody" else company.headers(caller)
    for name, method, path, body, allowed_status in _calls(api, company, target_id, role_id):
        r = api.http.request(method, path, json=body, headers=headers)
        if caller == "nobody":
            assert (r.status_code, r.json()["code"]) == (401, "not_authenticated"), name
        elif caller in ALLOWED:
            assert r.status_code == allowed_status, (name, r.text)
        else:
            assert (r.status_code, r.json()["code"]) == (403, "forbidden"), (name, r.text)
    if caller not in ALLOWED:  # refused: nothing changed
        assert api.login("target@frio.es", STRONG_PASSWORD).status_code == 200
        names = [role["name"] for role in api.http.get("/api/v1/roles", headers=owner).json()]
        assert names == ["Technician", "Viewer", "Spare"]


def test_a_user_is_refused_before_their_input_is_read(api, company):
    r = api.http.post("/api/v1/roles", json={"name": "", "privileges": ["nope"]}, headers=company.headers("viewer"))
    assert (r.status_code, r.json()["code"]) == (403, "forbidden")


@pytest.mark.parametrize("admin_kind", ["owner", "admin"])
def test_administrators_manage_other_administrators(api, company, admin_kind):
    other_admin = add_member(api, company.owner, "second@frio.es", "admin")["user"]["id"]
    headers = company.headers(admin_kind)
    r = api.http.patch(f"/api/v1/users/{other_admin}", json={"role": "user"}, headers=headers)
    assert r.status_code == 200 and r.json()["role"] == "user"
    assert api.http.delete(f"/api/v1/users/{other_admin}", headers=headers).status_code == 204
