"""Another company's roles and members, by id: 404 on every route, exactly like an id that does not exist."""

from __future__ import annotations

from tests.server.company.members_fixtures import members_company  # noqa: F401 - this module's `company`
from tests.support.api import STRONG_PASSWORD
from tests.support.devices import bearer

UNKNOWN = 987654


def _routes(role_id: int, user_id: int) -> list[tuple[str, str, dict | None]]:
    return [
        ("PATCH", f"/api/v1/roles/{role_id}", {"name": "Ours"}),
        ("DELETE", f"/api/v1/roles/{role_id}", None),
        ("PATCH", f"/api/v1/users/{user_id}", {"first_name": "Eva", "role": "user"}),
        ("POST", f"/api/v1/users/{user_id}/unlock", None),
        ("POST", f"/api/v1/users/{user_id}/password-reset", None),
        ("DELETE", f"/api/v1/users/{user_id}", None),
    ]


def test_another_companys_ids_answer_like_unknown_ones(api, company):
    theirs_headers = bearer(company.other)
    role_id = api.http.get("/api/v1/roles", headers=company.headers("owner")).json()[1]["id"]
    user_id = company.id_of("admin")
    before_roles = api.http.get("/api/v1/roles", headers=company.headers("owner")).json()
    mails_before = len(api.mails())
    for (method, path, body), (_, unknown_path, _) in zip(
        _routes(role_id, user_id), _routes(UNKNOWN, UNKNOWN), strict=True
    ):
        theirs = api.http.request(method, path, json=body, headers=theirs_headers)
        unknown = api.http.request(method, unknown_path, json=body, headers=theirs_headers)
        assert theirs.status_code == 404, (method, path, theirs.text)
        assert theirs.json() == unknown.json(), (method, path)
    # Nothing of company A changed, nobody was mailed.
    assert api.http.get("/api/v1/roles", headers=company.headers("owner")).json() == before_roles
    assert api.login("admin@frio.es", STRONG_PASSWORD).status_code == 200
    me = api.http.get("/api/v1/me", headers=company.headers("admin")).json()["user"]
    assert (me["first_name"], me["role"]) == ("Luis", "admin")
    assert len(api.mails()) == mails_before


def test_each_company_lists_only_its_own(api, company):
    mine = api.http.get("/api/v1/users", headers=company.headers("owner")).json()
    theirs = api.http.get("/api/v1/users", headers=bearer(company.other)).json()
    assert {m["email"] for m in mine["items"]} == {"jefe@frio.es", "admin@frio.es", "tecnico@frio.es", "mirón@frio.es"}
    assert [m["email"] for m in theirs["items"]] == ["boss@cold.fr"]
    their_roles = api.http.get("/api/v1/roles", headers=bearer(company.other)).json()
    assert [(r["name"], r["users"]) for r in their_roles] == [("Technician", 0), ("Viewer", 0)]


def test_a_role_of_another_company_cannot_be_given(api, company):
    their_role = api.http.get("/api/v1/roles", headers=bearer(company.other)).json()[0]["id"]
    r = api.http.patch(
        f"/api/v1/users/{company.id_of('viewer')}", json={"role_id": their_role}, headers=company.headers("owner")
    )
    assert r.status_code == 422
    assert [(e["field"], e["code"]) for e in r.json()["errors"]] == [("role_id", "invalid")]
