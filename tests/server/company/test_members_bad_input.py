"""Bad input to the roles and users routes: 422 naming the fields, never a 500, nothing half-written."""

from __future__ import annotations

import pytest

from tests.server.company.members_fixtures import members_company  # noqa: F401 - this module's `company`

ROLES = "/api/v1/roles"
USERS = "/api/v1/users"


def _fields(r) -> set[tuple[str, str]]:
    assert r.status_code == 422, r.text
    assert r.json()["code"] == "validation_error"
    return {(e["field"], e["code"]) for e in r.json()["errors"]}


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ({"name": "", "privileges": []}, {("name", "required")}),
        ({"name": "   ", "privileges": []}, {("name", "required")}),
        ({"name": "x" * 61, "privileges": []}, {("name", "too_long")}),
        ({"name": "Bad\x00name", "privileges": []}, {("name", "invalid")}),
        ({"name": "Fine", "privileges": ["fly"]}, {("privileges", "invalid")}),
        ({"name": "Fine", "privileges": ["see_billing"]}, {("privileges", "invalid")}),  # owner only
        ({"name": "", "privileges": ["edit_company_profile"]}, {("name", "required"), ("privileges", "invalid")}),
        ({"name": "Fine", "privileges": "activate_device"}, {("privileges", "invalid")}),
        ({"name": "Fine", "privileges": [1]}, {("privileges.0", "invalid")}),
        ({"privileges": []}, {("name", "required")}),
        ({"name": 12}, {("name", "invalid")}),
    ],
)
def test_creating_a_role(api, company, body, expected):
    headers = company.headers("admin")
    before = api.http.get(ROLES, headers=headers).json()
    assert _fields(api.http.post(ROLES, json=body, headers=headers)) == expected
    assert api.http.get(ROLES, headers=headers).json() == before


def test_changing_a_role(api, company):
    headers = company.headers("owner")
    before = api.http.get(ROLES, headers=headers).json()
    role_id = before[0]["id"]
    for body, expected in (
        ({"name": ""}, {("name", "required")}),
        ({"name": "Ok", "privileges": ["nope"]}, {("privileges", "invalid")}),
        ({"privileges": None, "name": "x" * 200}, {("name", "too_long")}),
    ):
        assert _fields(api.http.patch(f"{ROLES}/{role_id}", json=body, headers=headers)) == expected
    for path in (f"{ROLES}/0", f"{ROLES}/abc", f"{ROLES}/{2**63}"):
        assert _fields(api.http.patch(path, json={"name": "Ok"}, headers=headers)) == {("role_id", "invalid")}
    r = api.http.patch(
        f"{ROLES}/{role_id}", content=b"{not json", headers={**headers, "content-type": "application/json"}
    )
    assert r.status_code == 422
    assert api.http.get(ROLES, headers=headers).json() == before


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ({"role": "owner"}, {("role", "invalid")}),
        ({"role": "boss"}, {("role", "invalid")}),
        ({"first_name": ""}, {("first_name", "required")}),
        ({"first_name": "Eva", "last_name": "123"}, {("last_name", "invalid")}),
        ({"last_name": "x" * 101}, {("last_name", "too_long")}),
        ({"role_id": 0}, {("role_id", "invalid")}),
        ({"role_id": "abc"}, {("role_id", "invalid")}),
        ({"role_id": 987654}, {("role_id", "invalid")}),
        ({"role": "user", "role_id": 987654, "first_name": "Eva"}, {("role_id", "invalid")}),
        ({"role": ["admin"]}, {("role", "invalid")}),
    ],
)
def test_changing_a_member(api, company, body, expected):
    headers = company.headers("owner")
    path = f"{USERS}/{company.id_of('viewer')}"
    before = api.http.get(USERS, headers=headers).json()
    assert _fields(api.http.patch(path, json=body, headers=headers)) == expected
    assert api.http.get(USERS, headers=headers).json() == before


@pytest.mark.parametrize(
    ("params", "field"),
    [
        ({"limit": 201}, "limit"),
        ({"limit": 0}, "limit"),
        ({"offset": -1}, "offset"),
        ({"sort": "password_hash"}, "sort"),
        ({"order": "up"}, "order"),
        ({"status": "gone"}, "status"),
        ({"q": "x" * 101}, "q"),
        ({"q": "bad\x07"}, "q"),
        ({"limit": "many"}, "limit"),
    ],
)
def test_listing_members(api, company, params, field):
    r = api.http.get(USERS, params=params, headers=company.headers("admin"))
    assert field in {f for f, _code in _fields(r)}


def test_ids_out_of_range_are_422_not_500(api, company):
    headers = company.headers("owner")
    for method, path in (
        ("PATCH", f"{USERS}/{2**63}"),
        ("DELETE", f"{USERS}/-1"),
        ("POST", f"{USERS}/0/unlock"),
        ("POST", f"{USERS}/abc/password-reset"),
        ("DELETE", f"{ROLES}/0"),
    ):
        r = api.http.request(method, path, json={}, headers=headers)
        assert r.status_code == 422, (method, path, r.text)
        assert {f for f, _ in _fields(r)} <= {"user_id", "role_id"}
