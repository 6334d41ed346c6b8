"""Addresses as typed: mail goes where the person said, one person per address whatever its case,
and no address is folded into someone else's mailbox (issue 12, point 6)."""

from __future__ import annotations

import pytest

from akonet_desktop.server.db import transaction
from akonet_desktop.server.inventory import labels as inventory
from tests.support.api import COMPANY, STRONG_PASSWORD, Api
from tests.support.devices import add_inventory, bearer

KELVIN = "\u212aate@example.com"  # a Kelvin sign, not a K
LIGATURE = "\ufb01nance@example.com"  # the ligature fi
FULL_WIDTH = "\uff4b\uff41\uff54\uff45@example.com"


def _mails_to(api: Api, address: str) -> list:
    """Mails whose To is exactly this address (not just containing it, whatever its case)."""
    api.deliver()
    return [m for m in api.mails() if m["To"] == address]


def _start(api: Api, email: str):
    return api.http.post("/api/v1/registrations", json={"email": email, "email_confirmation": email, "language": "en"})


def test_mail_goes_to_the_address_as_typed_and_sharp_s_is_not_ss(api):
    strasse = api.register("Straße@Example.DE")
    assert strasse["user"]["email"] == "Straße@example.de"
    assert len(_mails_to(api, "Straße@example.de")) == 1  # the registration link
    assert _mails_to(api, "strasse@example.de") == []

    # Someone else's mailbox, someone else's account.
    other = api.register("strasse@example.de")
    assert other["user"]["id"] != strasse["user"]["id"]
    assert api.login("Straße@example.de", STRONG_PASSWORD).json()["user"]["id"] == strasse["user"]["id"]
    assert api.login("strasse@example.de", STRONG_PASSWORD).json()["user"]["id"] == other["user"]["id"]


def test_an_address_in_another_case_is_the_same_person(api):
    kate = api.register("KATE@Example.COM")
    assert kate["user"]["email"] == "KATE@example.com"
    for typed in ("kate@example.com", "Kate@EXAMPLE.com", " KATE@example.com "):
        r = api.login(typed, STRONG_PASSWORD)
        assert r.status_code == 200 and r.json()["user"]["id"] == kate["user"]["id"]

    # A second registration: "you already have an account", to the address as typed this time.
    assert _start(api, "kate@example.com").status_code == 202
    [mail] = _mails_to(api, "kate@example.com")
    assert mail["Subject"] == "You already have an AKONet account"

    # Recovery with the other case reaches the account, at the address it has.
    assert api.http.post("/api/v1/password-recovery", json={"email": "kate@EXAMPLE.com"}).status_code == 202
    assert len(_mails_to(api, "KATE@example.com")) == 2  # registration, then the reset link


def test_a_link_for_an_address_taken_meanwhile_in_another_case_cannot_complete(api):
    assert _start(api, "Kate@example.com").status_code == 202
    first = api.last_token("Kate@example.com")
    api.register("kate@example.com")
    assert api.http.put(f"/api/v1/registrations/{first}/company", json=COMPANY).status_code == 200
    r = api.http.post(
        f"/api/v1/registrations/{first}/complete",
        json={
            "first_name": "Kate",
            "last_name": "Doe",
            "password": STRONG_PASSWORD,
            "password_confirmation": STRONG_PASSWORD,
            "language": "en",
        },
    )
    assert r.status_code == 409 and r.json()["code"] == "email_taken"


def test_failed_sign_ins_in_any_case_count_for_the_one_account(api):
    api.register("Kate@example.com")
    typed = ["kate@example.com", "KATE@EXAMPLE.COM", "Kate@Example.com"]
    answers = [api.login(typed[i % 3], f"Wrong-Password-{i}") for i in range(6)]
    assert [r.status_code for r in answers] == [401] * 6
    assert api.login("kate@example.com", STRONG_PASSWORD).json()["code"] == "account_locked"


@pytest.mark.parametrize("email", [KELVIN, LIGATURE, FULL_WIDTH])
def test_an_address_that_reads_like_another_is_refused_everywhere(api, email):
    owner = api.register("kate@example.com")
    refused = [
        _start(api, email),
        api.http.post("/api/v1/password-recovery", json={"email": email}),
        api.http.post(
            "/api/v1/users/invitations",
            json={"email": email, "first_name": "Kate", "last_name": "Doe", "role": "admin", "language": "en"},
            headers=bearer(owner),
        ),
        api.http.patch("/api/v1/company/billing", json={"billing_email": email}, headers=bearer(owner)),
    ]
    for r in refused:
        assert r.status_code == 422, r.text
        [error] = r.json()["errors"]
        assert error["code"] == "compatibility_character" and error["field"] in {"email", "billing_email"}
        assert "ordinary letters" in error["message"]
    # Nothing was sent anywhere: neither to the look-alike nor to kate@.
    assert [m["To"] for m in api.mails()] == ["kate@example.com"]
    # And it does not sign in as kate@ either.
    assert api.login(email, STRONG_PASSWORD).status_code == 401


def test_an_internationalised_domain_is_delivered_in_its_ascii_form(api):
    signed = api.register("user@BÜCHER.example")
    assert signed["user"]["email"] == "user@bücher.example"
    assert [m["To"] for m in api.mails()] == ["user@xn--bcher-kva.example"]
    assert api.login("USER@bücher.example", STRONG_PASSWORD).status_code == 200


def test_invitations_find_the_person_whatever_the_case_and_keep_the_address_as_typed(api):
    owner = api.register("jefe@frio.es")
    api.register("kate@example.com")

    def invite(email: str):
        return api.http.post(
            "/api/v1/users/invitations",
            json={"email": email, "first_name": "Ana", "last_name": "Mora", "role": "admin", "language": "en"},
            headers=bearer(owner),
        )

    assert invite("KATE@example.com").json()["code"] == "email_in_use"
    r = invite("Ana.Mora@Frio.ES")
    assert r.status_code == 201 and r.json()["email"] == "Ana.Mora@frio.es"
    assert invite("ana.mora@frio.es").json()["code"] == "already_invited"
    assert len(_mails_to(api, "Ana.Mora@frio.es")) == 1
    # Straße is not strasse: her own invitation, to her own mailbox.
    api.register("strasse@frio.es")
    assert invite("Straße@frio.es").status_code == 201
    assert len(_mails_to(api, "Straße@frio.es")) == 1


def test_a_device_pre_activated_for_an_address_joins_whatever_case_it_registers_in(api):
    [label] = add_inventory(api)
    with transaction(api.ctx.sessions) as session:
        assert not inventory.preactivate(session, api.ctx.clock.now(), label.serial, "Jefe@Frio.ES").joined
    owner = api.register("JEFE@frio.es")
    items = api.http.get("/api/v1/devices", headers=bearer(owner)).json()["items"]
    assert [d["serial"] for d in items] == [label.serial]
