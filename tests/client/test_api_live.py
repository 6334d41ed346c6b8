"""AkonetClient against a real server on loopback: the guide's flows end to end."""

from __future__ import annotations

import pytest

from akonet_desktop.api.models import CompanyData, RegistrationComplete, SessionTokens
from akonet_desktop.client.api_client import AkonetClient
from akonet_desktop.client.errors import ApiFailure
from akonet_desktop.rules import PasswordPolicy
from tests.client.conftest import run
from tests.support.api import COMPANY, STRONG_PASSWORD

EMAIL = "owner@froid-express.fr"
NEW_PASSWORD = "Cold-Chain-2024!"


def test_health_policy_and_reference(server):
    async def scenario():
        async with AkonetClient(server.url + "/") as client:
            assert client.base_url == server.url
            assert (await client.health()).status == "ok"
            assert await client.password_policy() == PasswordPolicy()
            reference = await client.reference("fr")
            assert reference.language == "fr"
            assert any(c.code == "ES" for c in reference.countries)
            assert any(t.code == "es_cif" for t in reference.id_types)

    run(scenario())


def test_registration_leaves_the_client_signed_in(server):
    seen: list[SessionTokens | None] = []

    async def scenario():
        async with AkonetClient(server.url) as client:
            client.on_session_changed = seen.append
            accepted = await client.start_registration(EMAIL.upper(), EMAIL, "fr")
            assert accepted.code
            token = await server.next_token(EMAIL, 0)

            state = await client.get_registration(token)
            # The address as typed (in capitals), the domain lower-cased; the confirmation matched in any case.
            assert (state.email, state.language, state.company) == ("OWNER@froid-express.fr", "fr", None)
            state = await client.save_company(token, CompanyData(**COMPANY))
            assert state.company is not None and state.company.name == COMPANY["name"]

            signed = await client.complete_registration(
                token,
                RegistrationComplete(
                    first_name="Élodie",
                    last_name="Durand",
                    password=STRONG_PASSWORD,
                    password_confirmation=STRONG_PASSWORD,
                    language="fr",
                ),
            )
            assert signed.user.role == "owner"
            assert client.access_token == signed.session.access_token
            assert client.refresh_token == signed.session.refresh_token
            assert seen == [signed.session]

            me = await client.me()
            assert (me.user.email, me.company.name) == ("OWNER@froid-express.fr", COMPANY["name"])

            with pytest.raises(ApiFailure) as used:
                await client.get_registration(token)
            assert used.value.status == 404

    run(scenario())


# "a/b" is absent: Starlette decodes %2F before routing, so that one can only ever be a 404.
@pytest.mark.parametrize("token", ["..", ".", "x?y=1", "%2e%2e", "a#b", "é" * 20])
def test_path_tokens_stay_one_segment(server, token):
    async def scenario():
        async with AkonetClient(server.url) as client:
            with pytest.raises(ApiFailure) as failure:
                await client.get_registration(token)
            assert (failure.value.status, failure.value.code) == (404, "link_unknown")

    run(scenario())


def test_wrong_password_then_lockout_then_recovery_unlocks(server):
    async def scenario():
        async with AkonetClient(server.url) as client:
            await server.register(client, EMAIL)
            await client.logout()

            with pytest.raises(ApiFailure) as first:
                await client.login(EMAIL, "Wrong-Password-1")
            failure = first.value
            assert (failure.status, failure.code, failure.attempts_left) == (401, "invalid_credentials", 5)

            for _ in range(5):
                with pytest.raises(ApiFailure) as again:
                    await client.login(EMAIL, "Wrong-Password-1")
            assert again.value.attempts_left == 0

            with pytest.raises(ApiFailure) as locked:
                await client.login(EMAIL, STRONG_PASSWORD)
            assert (locked.value.status, locked.value.code) == (423, "account_locked")
            assert client.access_token is None

            seen = server.mail_count(EMAIL)
            accepted = await client.request_recovery(EMAIL)
            assert accepted.code == "recovery_email_sent"
            token = await server.next_token(EMAIL, seen)

            with pytest.raises(ApiFailure) as weak:
                await client.reset_password(token, "short", "other")
            assert weak.value.status == 422
            codes = weak.value.field_codes()
            assert "too_short" in codes["password"]
            assert codes["password_confirmation"] == ["mismatch"]

            assert await client.reset_password(token, NEW_PASSWORD, NEW_PASSWORD) is None
            signed = await client.login(EMAIL, NEW_PASSWORD)
            assert client.access_token == signed.session.access_token

    run(scenario())


def test_validation_errors_come_back_per_field(server):
    async def scenario():
        async with AkonetClient(server.url) as client:
            with pytest.raises(ApiFailure) as failure:
                await client.start_registration("not-an-address", "other@example.com", "en")
            assert failure.value.status == 422
            assert failure.value.code == "validation_error"
            assert set(failure.value.field_codes()) >= {"email"}

    run(scenario())
