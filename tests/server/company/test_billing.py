"""GET and PATCH /company/billing: months billed from the devices' activation dates, on a manual clock."""

from __future__ import annotations

import json
from datetime import UTC, datetime

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from akonet_desktop.server.models import ActivityEntry
from tests.support.api import STRONG_PASSWORD, Api
from tests.support.clock import ManualClock
from tests.support.devices import add_devices, add_inventory, bearer, company_id

from .conftest import ADMIN, OWNER

REGISTERED = datetime(2025, 12, 20, 9, 30, tzinfo=UTC)


@pytest.fixture
def clock() -> ManualClock:
    return ManualClock(REGISTERED)


@pytest.fixture
def api(make_settings, database_url, clock, request):
    # Sign-ins that outlast the months these tests move through.
    long_sessions = dict(access_token_minutes=10**7, refresh_token_days=10**4, session_max_days=10**4)
    overrides = getattr(request, "param", {})
    with Api(make_settings(database_url, **long_sessions, **overrides), clock=clock) as api:
        yield api


def at(*args) -> datetime:
    return datetime(*args, tzinfo=UTC)


def _billing(api, company) -> dict:
    r = api.http.get("/api/v1/company/billing", headers=bearer(company.owner))
    assert r.status_code == 200, r.text
    return r.json()


def test_a_new_company_has_no_statement_yet(api, company):
    billing = _billing(api, company)
    assert billing["plan"] == "per_device"
    assert (billing["currency"], billing["price_per_device_month"]) == ("EUR", "2.50")
    assert billing["billing_email"] == OWNER and billing["billing_address"] == ""
    assert billing["current_period"] == {
        "start": "2025-12-01",
        "end": "2025-12-31",
        "billed_devices": 0,
        "amount": "0.00",
    }
    assert billing["statements"] == []


def test_devices_are_billed_for_every_month_they_were_active_in(api, company, clock):
    mine = company_id(company.owner)
    add_devices(
        api,
        [
            {"company_id": mine, "activated_at": at(2025, 12, 20, 10)},  # registration month
            {"company_id": mine, "activated_at": at(2025, 12, 31, 23, 59, 59)},  # last second of December
            {"company_id": mine, "activated_at": at(2026, 1, 1)},  # first second of January
            {"company_id": mine, "activated_at": at(2026, 2, 28, 12)},
            {"company_id": mine, "activated_at": at(2026, 3, 5)},  # this month, before now
        ],
    )
    add_inventory(api, 3)  # not in any company
    other = api.register("other@cold.fr")
    add_devices(api, [{"company_id": company_id(other), "activated_at": at(2025, 12, 1)}])

    clock.advance(days=80)  # 2026-03-10
    billing = _billing(api, company)
    assert billing["current_period"] == {
        "start": "2026-03-01",
        "end": "2026-03-31",
        "billed_devices": 5,
        "amount": "12.50",
    }
    assert billing["statements"] == [
        {"period_start": "2026-02-01", "period_end": "2026-02-28", "billed_devices": 4, "amount": "10.00"},
        {"period_start": "2026-01-01", "period_end": "2026-01-31", "billed_devices": 3, "amount": "7.50"},
        {"period_start": "2025-12-01", "period_end": "2025-12-31", "billed_devices": 2, "amount": "5.00"},
    ]


def test_the_current_period_counts_devices_activated_so_far(api, company, clock):
    mine = company_id(company.owner)
    add_devices(api, [{"company_id": mine, "activated_at": at(2025, 12, 20, 9, 30)}])
    assert _billing(api, company)["current_period"]["billed_devices"] == 0  # not before now
    clock.advance(seconds=1)
    assert _billing(api, company)["current_period"]["billed_devices"] == 1


def test_a_new_month_turns_the_last_one_into_a_statement(api, company, clock):
    add_devices(api, [{"company_id": company_id(company.owner), "activated_at": at(2025, 12, 21)}])
    clock.advance(days=11, hours=14, minutes=29, seconds=59)  # 2025-12-31 23:59:59
    assert _billing(api, company)["statements"] == []
    clock.advance(seconds=1)
    billing = _billing(api, company)
    assert billing["current_period"]["start"] == "2026-01-01"
    assert [s["period_start"] for s in billing["statements"]] == ["2025-12-01"]


def test_a_year_of_statements_newest_first(api, company, clock):
    clock.advance(days=400)  # 2027-01-24
    statements = _billing(api, company)["statements"]
    assert len(statements) == 13
    assert statements[0]["period_start"] == "2026-12-01" and statements[-1]["period_start"] == "2025-12-01"
    assert statements[2]["period_end"] == "2026-10-31"


@pytest.mark.parametrize("api", [{"billing_price_per_device_month": "0.10", "billing_currency": "CHF"}], indirect=True)
def test_price_and_currency_are_settings_and_amounts_are_exact(api, company):
    add_devices(api, [{"company_id": company_id(company.owner)} for _ in range(3)])
    api.ctx.clock.advance(seconds=1)
    billing = _billing(api, company)
    assert (billing["currency"], billing["price_per_device_month"]) == ("CHF", "0.10")
    assert billing["current_period"]["amount"] == "0.30"  # 3 × 0.1 in binary floats is 0.30000000000000004


def test_billing_details_update(api, company):
    r = api.http.patch(
        "/api/v1/company/billing",
        json={
            "billing_email": " Facturas@Frio.ES ",
            "billing_address": "Frío Industrial SL\r\n  Calle Mayor 1 \n28013 Madrid",
        },
        headers=bearer(company.owner),
    )
    assert r.status_code == 200, r.text
    assert r.json()["billing_email"] == "Facturas@frio.es"  # as typed; the domain lower-cased
    assert r.json()["billing_address"] == "Frío Industrial SL\nCalle Mayor 1\n28013 Madrid"
    assert _billing(api, company) == r.json()

    # Only what is given changes; an empty address means "the owner's", whoever that is.
    r = api.http.patch("/api/v1/company/billing", json={"billing_email": ""}, headers=bearer(company.owner))
    assert r.json()["billing_email"] == OWNER and r.json()["billing_address"].startswith("Frío")

    with api.ctx.sessions() as session:
        entries = session.scalars(select(ActivityEntry).where(ActivityEntry.kind == "billing_edited")).all()
    assert [json.loads(e.details) for e in entries] == [
        {"billing_email": "Facturas@frio.es", "billing_address": "Frío Industrial SL\nCalle Mayor 1\n28013 Madrid"},
        {"billing_email": None},
    ]


def test_the_default_billing_email_follows_the_owner(api, company):
    r = api.http.post(
        "/api/v1/company/owner",
        json={"user_id": company.admin["user"]["id"], "password": STRONG_PASSWORD},
        headers=bearer(company.owner),
    )
    assert r.status_code == 200, r.text
    r = api.http.get("/api/v1/company/billing", headers=bearer(company.admin))
    assert r.json()["billing_email"] == ADMIN


@pytest.mark.parametrize(
    ("body", "fields"),
    [
        ({"billing_email": "not-an-address"}, {"billing_email"}),
        ({"billing_address": "x" * 501}, {"billing_address"}),
        ({"billing_address": "a\x07b", "billing_email": "a@@b"}, {"billing_address", "billing_email"}),
        ({"billing_email": 5}, {"billing_email"}),
        ({"billing_address": "x" * 2001}, {"billing_address"}),
    ],
)
def test_bad_billing_input_is_422_per_field(api, company, body, fields):
    before = _billing(api, company)
    r = api.http.patch("/api/v1/company/billing", json=body, headers=bearer(company.owner))
    assert r.status_code == 422, r.text
    assert {e["field"] for e in r.json()["errors"]} == fields
    assert _billing(api, company) == before


_any = st.one_of(st.none(), st.text(max_size=80), st.integers(), st.booleans(), st.lists(st.integers(), max_size=2))


@pytest.mark.parametrize("database_url", ["sqlite"], indirect=True)
@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.fixed_dictionaries({}, optional={"billing_email": _any, "billing_address": _any}))
def test_any_billing_body_is_answered_never_a_500(api, company, body):
    r = api.http.patch("/api/v1/company/billing", json=body, headers=bearer(company.owner))
    assert r.status_code in (200, 422), r.text
    if r.status_code == 422:
        assert {e["field"] for e in r.json()["errors"]} <= set(body)
