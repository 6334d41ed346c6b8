"""Activation and renaming follow the privileges of the user's role, from the next request on."""

from __future__ import annotations

from tests.server.company.members_fixtures import members_company  # noqa: F401 - this module's `company`
from tests.support.devices import add_inventory, company_id

ACTIVATE = "/api/v1/devices/activate"


def _roles(api, company) -> dict[str, int]:
    return {r["builtin"]: r["id"] for r in api.http.get("/api/v1/roles", headers=company.headers("owner")).json()}


def test_a_technician_activates_and_renames_a_viewer_cannot(api, company):
    labels = add_inventory(api, 2)
    device = add_inventory(api, company_id=company_id(company.owner))[0]
    device_id = api.http.get("/api/v1/devices", headers=company.headers("owner")).json()["items"][0]["id"]
    assert device

    def activate(who: str, label):
        body = {"serial": label.serial, "activation_code": label.activation_code}
        return api.http.post(ACTIVATE, json=body, headers=company.headers(who))

    def rename(who: str, name: str):
        return api.http.patch(f"/api/v1/devices/{device_id}", json={"name": name}, headers=company.headers(who))

    r = activate("viewer", labels[0])
    assert (r.status_code, r.json()["code"]) == (403, "forbidden")
    r = rename("viewer", "Mine")
    assert (r.status_code, r.json()["code"]) == (403, "forbidden")
    assert activate("technician", labels[0]).status_code == 201
    assert rename("technician", "Cold room 1").status_code == 200

    # The company changes what the roles give: it counts at once, no new sign-in needed.
    roles = _roles(api, company)
    owner = company.headers("owner")
    api.http.patch(f"/api/v1/roles/{roles['viewer']}", json={"privileges": ["update_device_info"]}, headers=owner)
    api.http.patch(f"/api/v1/roles/{roles['technician']}", json={"privileges": []}, headers=owner)
    assert rename("viewer", "Cold room 2").status_code == 200
    assert activate("viewer", labels[1]).status_code == 403
    assert rename("technician", "Nope").status_code == 403
    assert activate("technician", labels[1]).status_code == 403

    # ...and so does giving someone another role.
    api.http.patch(
        f"/api/v1/roles/{roles['technician']}",
        json={"privileges": ["activate_device", "update_device_info"]},
        headers=owner,
    )
    r = api.http.patch(f"/api/v1/users/{company.id_of('viewer')}", json={"role_id": roles["technician"]}, headers=owner)
    assert r.status_code == 200
    assert activate("viewer", labels[1]).status_code == 201
    assert api.http.get("/api/v1/me", headers=company.headers("viewer")).json()["user"]["privileges"] == [
        "activate_device",
        "update_device_info",
    ]
