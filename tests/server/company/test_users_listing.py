"""GET /users: the company's people and pending invitations, paged, sorted, searched and filtered in SQL."""

from __future__ import annotations

from datetime import timedelta

import pytest

from akonet_desktop.api.members import MEMBER_SORT_FIELDS
from tests.server.company.members_fixtures import members_company  # noqa: F401 - this module's `company`
from tests.server.company.test_roles import invite
from tests.support.devices import add_member

USERS = "/api/v1/users"


@pytest.fixture
def crowd(api, company, clock):
    """12 more people with distinct names and sign-in times, and invitations in every state."""
    for i in range(12):
        clock.advance(minutes=1)
        add_member(api, company.owner, f"p{i:02}@frio.es", "admin" if i % 3 == 0 else "user")
    viewer = api.http.get("/api/v1/roles", headers=company.headers("owner")).json()[1]["id"]
    now = clock.now()
    pending = invite(api, company.owner, "ines@frio.es", viewer, first_name="Inés", last_name="Álvarez")
    invite(api, company.owner, "expired@frio.es", None, expires_in=timedelta(seconds=-1))
    invite(api, company.owner, "revoked@frio.es", None, revoked_at=now)
    invite(api, company.owner, "accepted@frio.es", None, accepted_at=now)
    return pending


def _emails(r) -> list[str]:
    assert r.status_code == 200, r.text
    return [m["email"] for m in r.json()["items"]]


def test_people_and_pending_invitations(api, company, crowd):
    r = api.http.get(USERS, params={"limit": 200}, headers=company.headers("owner"))
    body = r.json()
    assert body["total"] == 4 + 12 + 1
    invited = [m for m in body["items"] if m["status"] == "invited"]
    assert invited == [
        {
            "entry": "invitation",
            "id": crowd,
            "email": "ines@frio.es",
            "first_name": "Inés",
            "last_name": "Álvarez",
            "role": "user",
            "role_id": invited[0]["role_id"],
            "role_name": "Viewer",
            "role_builtin": "viewer",
            "status": "invited",
            "last_sign_in_at": None,
            "created_at": invited[0]["created_at"],
            "expires_at": invited[0]["expires_at"],
        }
    ]
    assert {m["entry"] for m in body["items"] if m["status"] != "invited"} == {"user"}
    assert len({(m["entry"], m["id"]) for m in body["items"]}) == body["total"]


def test_every_sort_pages_through_everyone_once(api, company, crowd):
    headers = company.headers("admin")
    for sort in MEMBER_SORT_FIELDS:
        for order in ("asc", "desc"):
            params = {"sort": sort, "order": order}
            everyone = _emails(api.http.get(USERS, params={**params, "limit": 200}, headers=headers))
            paged = []
            for offset in range(0, 17, 5):
                paged += _emails(api.http.get(USERS, params={**params, "limit": 5, "offset": offset}, headers=headers))
            assert paged == everyone and len(set(everyone)) == 17, params


def test_sort_orders(api, company, crowd):
    headers = company.headers("owner")

    def items(**params):
        return api.http.get(USERS, params={**params, "limit": 200}, headers=headers).json()["items"]

    assert _emails_of(items(sort="email")) == sorted(_emails_of(items(sort="email")))
    roles = [m["role"] for m in items(sort="role")]
    assert roles == sorted(roles, key=["owner", "admin", "user"].index)
    assert items(sort="role", order="desc")[-1]["role"] == "owner"
    signed = [m["last_sign_in_at"] for m in items(sort="last_sign_in_at")]
    assert signed[:1] == [None]  # the invitation: never signed in (completing a registration signs in)
    assert None not in signed[1:] and signed[1:] == sorted(signed[1:])
    assert items(sort="last_sign_in_at", order="desc")[-1]["last_sign_in_at"] is None
    last_names = [m["last_name"] for m in items(sort="last_name")]
    assert last_names.index("García") < last_names.index("Pérez")
    statuses = [m["status"] for m in items(sort="status")]
    assert statuses == sorted(statuses)


def _emails_of(items) -> list[str]:
    return [m["email"] for m in items]


@pytest.mark.parametrize(
    ("q", "expected"),
    [
        ("P03", ["p03@frio.es"]),
        ("ÁLVAREZ", ["ines@frio.es"]),
        ("álvarez", ["ines@frio.es"]),
        ("inés", ["ines@frio.es"]),
        ("GARCÍA", ["jefe@frio.es"]),
        ("garcía", ["jefe@frio.es"]),
        ("MIRÓN@", ["mirón@frio.es"]),
        ("%", []),
        ("_", []),
        ("nobody", []),
    ],
)
def test_search_by_email_and_names_ignoring_case(api, company, crowd, q, expected):
    r = api.http.get(USERS, params={"q": q}, headers=company.headers("owner"))
    assert _emails(r) == expected
    assert r.json()["total"] == len(expected)


def test_status_filter(api, company, crowd):
    headers = company.headers("owner")
    for _ in range(6):
        api.login("p01@frio.es", "Wrong-Password-9")
    assert _emails(api.http.get(USERS, params={"status": "locked"}, headers=headers)) == ["p01@frio.es"]
    assert _emails(api.http.get(USERS, params={"status": "invited"}, headers=headers)) == ["ines@frio.es"]
    active = api.http.get(USERS, params={"status": "active", "limit": 200}, headers=headers).json()
    assert active["total"] == 15 and "p01@frio.es" not in _emails_of(active["items"])
    r = api.http.get(USERS, params={"status": "locked", "q": "p0"}, headers=headers)
    assert _emails(r) == ["p01@frio.es"]


def test_paging_past_the_end(api, company):
    r = api.http.get(USERS, params={"offset": 50}, headers=company.headers("owner"))
    assert r.json() == {"items": [], "total": 4, "offset": 50, "limit": 50}
