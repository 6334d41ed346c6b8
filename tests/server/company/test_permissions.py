"""Who may do what on /company: every kind against every route, allowed and refused answers."""

from __future__ import annotations

import pytest

from tests.support.api import STRONG_PASSWORD
from tests.support.devices import bearer

from .conftest import ADMIN

# (method, path, body) -> the status of the owner; admins and users get 403 owner_only,
# except on GET /company, which every member reads.
ROUTES = [
    ("GET", "/company", None),
    ("PATCH", "/company", {"city": "Sevilla"}),
    ("GET", "/company/billing", None),
    ("PATCH", "/company/billing", {"billing_address": "Calle Mayor 1\n28013 Madrid"}),
    ("POST", "/company/owner", "transfer"),
]
EVERY_MEMBER = {("GET", "/company")}


def _call(api, company, kind, method, path, body):
    if body == "transfer":
        body = {"user_id": company.admin["user"]["id"], "password": STRONG_PASSWORD}
    return api.http.request(method, f"/api/v1{path}", json=body, headers=bearer(company.of(kind)))


@pytest.mark.parametrize(("method", "path", "body"), ROUTES, ids=[f"{m} {p}" for m, p, _ in ROUTES])
@pytest.mark.parametrize("kind", ["owner", "admin", "user"])
def test_kind_by_route(api, company, kind, method, path, body):
    r = _call(api, company, kind, method, path, body)
    if kind == "owner" or (method, path) in EVERY_MEMBER:
        assert r.status_code == 200, r.text
    else:
        assert r.status_code == 403, r.text
        assert r.json()["code"] == "owner_only"


@pytest.mark.parametrize(("method", "path", "body"), ROUTES, ids=[f"{m} {p}" for m, p, _ in ROUTES])
def test_signed_out_gets_401(api, company, method, path, body):
    r = api.http.request(method, f"/api/v1{path}", json=None if body == "transfer" else body)
    assert r.status_code == 401
    assert r.json()["code"] == "not_authenticated"


def test_refused_attempts_change_nothing(api, company):
    before = api.http.get("/api/v1/company", headers=bearer(company.owner)).json()
    for kind in ("admin", "user"):
        for method, path, body in ROUTES[1:]:
            _call(api, company, kind, method, path, body)
    assert api.http.get("/api/v1/company", headers=bearer(company.owner)).json() == before
    me = api.http.get("/api/v1/me", headers=bearer(company.admin)).json()
    assert me["user"]["email"] == ADMIN and me["user"]["role"] == "admin"


def test_the_former_owner_loses_owner_only_routes_at_once(api, company):
    r = _call(api, company, "owner", "POST", "/company/owner", "transfer")
    assert r.status_code == 200, r.text
    for method, path, body in ROUTES[1:4]:
        assert _call(api, company, "owner", method, path, body).json()["code"] == "owner_only"
        assert _call(api, company, "admin", method, path, body).status_code == 200
