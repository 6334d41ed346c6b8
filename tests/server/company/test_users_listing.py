"""GET /users: the company's people and pending invitations, paged, sorted, searched and filtered in SQL."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import select

from akonet_desktop.api.members import MEMBER_SORT_FIELDS
from akonet_desktop.server.company.member_search import search_text
from akonet_desktop.server.models import Invitation, User
from tests.server.company.members_fixtures import members_company  # noqa: F401 - this module's `company`
from tests.server.company.test_roles import invite
from tests.support.devices import add_member
from tests.support.postgres import POSTGRES_C_LOCALE

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


# The search folds case and compatibility forms in Python (rules._text.fold), on either database and
# whatever PostgreSQL's locale: under LC_CTYPE 'C', ILIKE and lower() know ASCII case only, and no
# locale makes "straße" match "STRASSE".
ANY_DATABASE = pytest.mark.parametrize("database_url", ["sqlite", "postgresql", POSTGRES_C_LOCALE], indirect=True)


@pytest.fixture
def named(api, company):
    """Names beyond ASCII, each written by another writer: PATCH /users/{id}, PATCH /me, registration
    (the owner, Ana García), POST /users/invitations, and an invitation row written straight."""
    owner = company.headers("owner")
    for who, names in (
        ("admin", {"first_name": "José", "last_name": "ÁLVAREZ"}),
        ("technician", {"last_name": "Straße"}),
    ):
        r = api.http.patch(f"{USERS}/{company.id_of(who)}", json=names, headers=owner)
        assert r.status_code == 200, r.text
    r = api.http.patch(
        "/api/v1/me", json={"first_name": "Ｋｅｎ", "last_name": "100%_Pérez"}, headers=company.headers("viewer")
    )
    assert r.status_code == 200, r.text
    invitation = {
        "email": "b1@frio.es",
        "first_name": "Ｂａｒｔ",
        "last_name": "Núñez",
        "role": "admin",
        "language": "es",
    }
    r = api.http.post(f"{USERS}/invitations", json=invitation, headers=owner)
    assert r.status_code == 201, r.text
    invite(api, company.owner, "gross@frio.es", None, first_name="Uwe", last_name="STRASSE")


@ANY_DATABASE
@pytest.mark.parametrize(
    ("q", "expected"),
    [
        # Beyond ASCII, in any case
        ("álvarez", ["admin@frio.es"]),
        ("ÁLVAREZ", ["admin@frio.es"]),
        ("Alvarez", []),  # case and compatibility forms are folded, accents are not
        ("josé álv", []),  # a match lies within one field
        # A sharp s is "ss", in people and invitations alike
        ("strasse", ["gross@frio.es", "tecnico@frio.es"]),
        ("STRASSE", ["gross@frio.es", "tecnico@frio.es"]),
        ("straße", ["gross@frio.es", "tecnico@frio.es"]),
        ("STRAẞE", ["gross@frio.es", "tecnico@frio.es"]),
        # Fullwidth forms, stored or searched
        ("ken", ["mirón@frio.es"]),
        ("ＫＥＮ", ["mirón@frio.es"]),
        ("BART", ["b1@frio.es"]),
        ("ＡＮＡ", ["jefe@frio.es"]),
        # ASCII, in any case; addresses too
        ("ana", ["jefe@frio.es"]),
        ("ANA", ["jefe@frio.es"]),
        ("JEFE@FRIO", ["jefe@frio.es"]),
        ("MIRÓN@", ["mirón@frio.es"]),
        # Wildcards are text
        ("%", ["mirón@frio.es"]),
        ("_", ["mirón@frio.es"]),
        ("0%_p", ["mirón@frio.es"]),
        ("%p", []),
        ("s_e", []),
        ("\\", []),  # the escape character is text too
        ("n\\%", []),
        # Another company's people stay out
        ("boss", []),
    ],
)
def test_search_folds_the_same_on_every_database(api, company, named, q, expected):
    r = api.http.get(USERS, params={"q": q}, headers=company.headers("owner"))
    assert _emails(r) == expected
    assert r.json()["total"] == len(expected)


@ANY_DATABASE
def test_a_search_is_paged_sorted_and_counted(api, company, named):
    headers = company.headers("owner")
    r = api.http.get(USERS, params={"q": "STRASSE", "sort": "email", "order": "desc", "limit": 1}, headers=headers)
    assert (_emails(r), r.json()["total"]) == (["tecnico@frio.es"], 2)
    r = api.http.get(USERS, params={"q": "straße", "order": "desc", "limit": 1, "offset": 1}, headers=headers)
    assert (_emails(r), r.json()["total"]) == (["gross@frio.es"], 2)
    r = api.http.get(USERS, params={"q": "strasse", "status": "invited"}, headers=headers)
    assert _emails(r) == ["gross@frio.es"]


@pytest.mark.parametrize("database_url", ["sqlite"], indirect=True)
def test_every_writer_leaves_the_search_text_of_what_it_wrote(api, company, named):
    with api.ctx.sessions() as session:
        rows = [*session.scalars(select(User)), *session.scalars(select(Invitation))]
    assert len(rows) == 5 + 2
    for row in rows:
        assert row.search_text == search_text(row.first_name, row.last_name, row.email), row.email
