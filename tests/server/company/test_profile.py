"""GET and PATCH /company: the profile, partial updates validated like registration step 2."""

from __future__ import annotations

import json

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from akonet_desktop.server.models import ActivityEntry
from tests.support.api import COMPANY
from tests.support.devices import bearer

from .conftest import OWNER


def _activity(api, kind: str) -> list[ActivityEntry]:
    with api.ctx.sessions() as session:
        return list(session.scalars(select(ActivityEntry).where(ActivityEntry.kind == kind)))


def _patch(api, company, body):
    return api.http.patch("/api/v1/company", json=body, headers=bearer(company.owner))


def test_every_member_reads_the_profile_with_the_postal_address(api, company):
    bodies = [api.http.get("/api/v1/company", headers=bearer(company.of(k))).json() for k in ("owner", "admin", "user")]
    assert bodies[0] == bodies[1] == bodies[2]
    assert bodies[0]["name"] == COMPANY["name"] and bodies[0]["phone"] == "+34912345678"
    assert bodies[0]["address_line"] == bodies[0]["postal_code"] == bodies[0]["city"] == ""


def test_partial_update_changes_only_what_is_given_and_is_logged(api, company):
    r = _patch(api, company, {"address_line": "  Calle Mayor 1 ", "postal_code": "28013", "city": "Madrid"})
    assert r.status_code == 200, r.text
    body = r.json()
    assert (body["address_line"], body["postal_code"], body["city"]) == ("Calle Mayor 1", "28013", "Madrid")
    assert body["name"] == COMPANY["name"] and body["id_number"] == COMPANY["id_number"]
    assert api.http.get("/api/v1/me", headers=bearer(company.admin)).json()["company"] == body

    [entry] = _activity(api, "company_edited")
    assert entry.actor_email == OWNER and entry.target == COMPANY["name"] and entry.client_address
    assert json.loads(entry.details) == {"address_line": "Calle Mayor 1", "postal_code": "28013", "city": "Madrid"}


def test_identity_is_normalised_like_at_registration(api, company):
    r = _patch(api, company, {"name": " Frío Sur SL ", "phone": "912 345 679", "id_number": "b-58818501"})
    assert r.status_code == 200, r.text
    assert r.json()["name"] == "Frío Sur SL"
    assert r.json()["phone"] == "+34912345679"
    assert r.json()["id_number"] == "B58818501"


def test_changing_country_and_id_together(api, company):
    r = _patch(
        api,
        company,
        {"country": "FR", "id_type": "fr_siren", "id_number": "732 829 320", "phone": "+33 1 23 45 67 89"},
    )
    assert r.status_code == 200, r.text
    assert (r.json()["country"], r.json()["id_number"], r.json()["phone"]) == ("FR", "732829320", "+33123456789")


def test_saving_the_same_values_logs_nothing(api, company):
    assert _patch(api, company, {"name": COMPANY["name"], "city": ""}).status_code == 200
    assert _activity(api, "company_edited") == []


@pytest.mark.parametrize(
    ("body", "fields"),
    [
        ({"name": "  "}, {"name"}),
        ({"id_number": "B58818502"}, {"id_number"}),  # wrong checksum
        ({"phone": "12"}, {"phone"}),
        ({"country": "FR"}, {"id_type"}),  # a Spanish CIF is no French identification
        ({"country": "XX"}, {"country"}),
        ({"postal_code": "28013;DROP"}, {"postal_code"}),
        ({"postal_code": "1" * 21}, {"postal_code"}),
        ({"city": "M" * 101, "address_line": "a\x00b"}, {"city", "address_line"}),
        ({"name": 12}, {"name"}),
        ({"city": "x" * 1001}, {"city"}),
    ],
)
def test_bad_input_is_422_per_field_and_nothing_is_written(api, company, body, fields):
    before = api.http.get("/api/v1/company", headers=bearer(company.owner)).json()
    r = _patch(api, company, body)
    assert r.status_code == 422, r.text
    assert r.json()["code"] == "validation_error"
    assert {e["field"] for e in r.json()["errors"]} == fields
    assert api.http.get("/api/v1/company", headers=bearer(company.owner)).json() == before
    assert _activity(api, "company_edited") == []


@pytest.mark.parametrize("body", ["not json", "[]", "null"])
def test_malformed_bodies_are_422(api, company, body):
    r = api.http.patch(
        "/api/v1/company", content=body, headers={**bearer(company.owner), "Content-Type": "application/json"}
    )
    assert r.status_code == 422, r.text


_text = st.one_of(st.none(), st.text(max_size=60), st.integers(), st.booleans())


@pytest.mark.parametrize("database_url", ["sqlite"], indirect=True)
@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    st.fixed_dictionaries(
        {},
        optional={
            field: _text
            for field in ("name", "country", "id_type", "id_number", "phone", "address_line", "postal_code", "city")
        },
    )
)
def test_any_body_is_answered_never_a_500(api, company, body):
    r = _patch(api, company, body)
    assert r.status_code in (200, 422), r.text
    if r.status_code == 422:
        assert all(e["field"] in body for e in r.json()["errors"]) or body.get("country") is not None
