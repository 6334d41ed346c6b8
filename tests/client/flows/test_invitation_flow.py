"""The "Join <company>" form without Qt: link, prefill from the invitation, offline checks, the request body."""

from __future__ import annotations

from akonet_desktop.api.invitations import InvitationPreview
from akonet_desktop.api.links import INVITATION_LINK, REGISTRATION_LINK
from akonet_desktop.client.flows import InvitationFlow, InvitationStep

TOKEN = "Zx9_-abcdefghijklmnopqrstuvwxyz01"
PREVIEW = InvitationPreview(
    email="lucia@frio.es", company_name="Frío Industrial SL", first_name="Lucía", last_name="Mora", language="es"
)


def test_only_an_invitation_link_or_a_code_is_taken():
    flow = InvitationFlow()
    assert not flow.accept_link(REGISTRATION_LINK.app_link(TOKEN))
    assert not flow.is_valid(InvitationStep.LINK)
    assert flow.accept_link(f"Open <{INVITATION_LINK.web_link('https://akonet.example.com', TOKEN)}>.")
    assert flow.draft.token == TOKEN
    assert flow.accept_link(TOKEN)


def test_the_invitation_prefills_the_account_page():
    flow = InvitationFlow(language="fr")
    flow.accept_link(TOKEN)
    flow.resume(TOKEN, PREVIEW)
    assert flow.step == InvitationStep.ACCOUNT
    d = flow.draft
    assert (d.email, d.company_name, d.first_name, d.last_name, d.language) == (
        "lucia@frio.es",
        "Frío Industrial SL",
        "Lucía",
        "Mora",
        "es",
    )
    assert not flow.is_valid()  # no password yet
    flow.set("password", "Glacier-Pump-73")
    flow.set("password_confirmation", "Glacier-Pump-7")
    assert flow.field_errors("password_confirmation") == ["mismatch"]
    flow.set("password_confirmation", "Glacier-Pump-73")
    assert flow.is_valid() and flow.checklist()["match"]
    assert flow.accept_request() == {
        "first_name": "Lucía",
        "last_name": "Mora",
        "password": "Glacier-Pump-73",
        "password_confirmation": "Glacier-Pump-73",
        "language": "es",
    }


def test_a_password_with_the_persons_name_is_refused_offline():
    flow = InvitationFlow()
    flow.resume(TOKEN, PREVIEW)
    flow.set("password", "Lucia-Mora-2024!")
    flow.set("password_confirmation", "Lucia-Mora-2024!")
    assert flow.field_errors("password") == ["contains_personal"]
    assert not flow.is_valid()


def test_a_refused_link_goes_back_to_the_link_page():
    flow = InvitationFlow()
    flow.accept_link(TOKEN)
    flow.resume(TOKEN, PREVIEW)
    flow.link_refused("link_used")
    assert flow.step == InvitationStep.LINK and flow.link_error == "link_used" and flow.draft.token == ""


def test_server_field_errors_land_on_the_account_page():
    flow = InvitationFlow()
    flow.resume(TOKEN, PREVIEW)
    assert flow.apply_server_errors({"password": ["common"]}) == InvitationStep.ACCOUNT
    assert "common" in flow.field_errors("password")
