"""AkonetClient's company calls: the requests they send, and a real server's answers."""

from __future__ import annotations

import json

import httpx
import pytest

from akonet_desktop.api.company import BillingUpdate, CompanyUpdate
from akonet_desktop.client.api_client import AkonetClient
from akonet_desktop.client.errors import ApiFailure
from tests.client.conftest import run
from tests.client.test_devices_client import recorded
from tests.support.api import COMPANY, STRONG_PASSWORD

PROFILE = {"id": 3, **COMPANY, "phone": "+34912345678", "address_line": "", "postal_code": "", "city": ""}


def test_update_company_sends_only_the_fields_set():
    result, sent = recorded(
        httpx.Response(200, json={**PROFILE, "city": "Madrid"}),
        lambda c: c.update_company(CompanyUpdate(city="Madrid", postal_code=None)),
    )
    (request,) = sent
    assert (request.method, request.url.path) == ("PATCH", "/api/v1/company")
    assert json.loads(request.content) == {"city": "Madrid", "postal_code": None}
    assert result.city == "Madrid"


def test_transfer_sends_the_password_in_the_body_only():
    _result, sent = recorded(
        httpx.Response(401, json={"code": "invalid_credentials", "message": "No.", "attempts_left": 4}),
        lambda c: _expect_failure(c.transfer_ownership(5, "Secret-Pass-1!")),
    )
    (request,) = sent
    assert (request.method, request.url.path) == ("POST", "/api/v1/company/owner")
    assert json.loads(request.content) == {"user_id": 5, "password": "Secret-Pass-1!"}
    assert "Secret" not in str(request.url)


def test_a_wrong_transfer_password_is_sent_once_without_refreshing():
    """A 401 about the password, not the session: sent again, it would count twice toward the lockout."""
    paths: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        paths.append(request.url.path)
        return httpx.Response(401, json={"code": "invalid_credentials", "message": "No.", "attempts_left": 4})

    async def scenario():
        async with AkonetClient("http://akonet.test", transport=httpx.MockTransport(handler)) as client:
            client.access_token, client.refresh_token = "acc", "ref"
            return await _expect_failure(client.transfer_ownership(5, "Wrong-Guess-1!"))

    failure = run(scenario())
    assert (failure.code, failure.attempts_left) == ("invalid_credentials", 4)
    assert paths == ["/api/v1/company/owner"]


async def _expect_failure(call):
    with pytest.raises(ApiFailure) as failure:
        await call
    return failure.value


def test_company_calls_against_a_real_server(server):
    async def scenario():
        async with AkonetClient(server.url) as client:
            signed = await server.register(client, "owner@frio.es")
            assert (await client.get_company()).id == signed.company.id
            updated = await client.update_company(CompanyUpdate(address_line="Calle Mayor 1", city="Madrid"))
            assert (updated.address_line, updated.city) == ("Calle Mayor 1", "Madrid")

            billing = await client.get_billing()
            assert billing.billing_email == "owner@frio.es" and billing.current_period.amount == "0.00"
            billing = await client.update_billing(BillingUpdate(billing_address="Calle Mayor 1\n28013 Madrid"))
            assert billing.billing_address == "Calle Mayor 1\n28013 Madrid"

            invalid = await _expect_failure(client.update_company(CompanyUpdate(phone="12")))
            assert invalid.status == 422 and [e.field for e in invalid.errors] == ["phone"]
            unknown = await _expect_failure(client.transfer_ownership(987654, STRONG_PASSWORD))
            assert (unknown.status, unknown.code) == (404, "not_found")
            wrong = await _expect_failure(client.transfer_ownership(signed.user.id, "Wrong-Guess-1!"))
            assert (wrong.status, wrong.code) == (409, "not_an_administrator")  # oneself: checked first

    run(scenario())
