"""AkonetClient's invitation calls against a real server: invite, resend, revoke, read and accept."""

from __future__ import annotations

import pytest

from akonet_desktop.api.invitations import InvitationAccept, InvitationCreate
from akonet_desktop.client.api_client import AkonetClient
from akonet_desktop.client.errors import ApiFailure
from tests.client.conftest import run
from tests.support.api import STRONG_PASSWORD

OWNER, INVITEE = "jefe@frio.es", "lucia@frio.es"
INVITATION = InvitationCreate(email=INVITEE, first_name="Lucía", last_name="Mora", role="admin", language="pt")
JOIN = InvitationAccept(
    first_name="Lucía", last_name="Mora", password=STRONG_PASSWORD, password_confirmation=STRONG_PASSWORD, language="pt"
)


def test_the_whole_invitation_through_the_client(server):
    async def scenario() -> None:
        async with AkonetClient(server.url) as owner, AkonetClient(server.url) as invitee:
            await server.register(owner, OWNER)
            invitation = await owner.invite(INVITATION)
            assert (invitation.email, invitation.role, invitation.role_id) == (INVITEE, "admin", None)
            first = await server.next_token(INVITEE, 0)

            again = await owner.resend_invitation(invitation.id)
            assert again.id == invitation.id and again.expires_at >= invitation.expires_at
            token = await server.next_token(INVITEE, 1)
            with pytest.raises(ApiFailure) as refused:
                await invitee.get_invitation(first)
            assert (refused.value.status, refused.value.code) == (404, "link_unknown")

            preview = await invitee.get_invitation(token)
            assert (preview.company_name, preview.first_name, preview.language) == ("Frío Industrial SL", "Lucía", "pt")
            signed = await invitee.accept_invitation(token, JOIN)
            assert signed.user.role == "admin" and invitee.access_token == signed.session.access_token
            assert (await invitee.me()).user.email == INVITEE

            with pytest.raises(ApiFailure) as refused:
                await owner.revoke_invitation(invitation.id)
            assert (refused.value.status, refused.value.code) == (409, "invitation_accepted")

    run(scenario())


def test_refusals_come_back_as_api_failures(server):
    async def scenario() -> None:
        async with AkonetClient(server.url) as owner:
            await server.register(owner, OWNER)
            invitation = await owner.invite(INVITATION)
            with pytest.raises(ApiFailure) as refused:
                await owner.invite(INVITATION)
            assert (refused.value.status, refused.value.code) == (409, "already_invited")
            with pytest.raises(ApiFailure) as refused:
                await owner.invite(INVITATION.model_copy(update={"email": "nope", "role": "owner"}))
            assert refused.value.status == 422 and set(refused.value.field_codes()) == {"email", "role"}
            await owner.revoke_invitation(invitation.id)
            with pytest.raises(ApiFailure) as refused:
                await owner.resend_invitation(invitation.id)
            assert (refused.value.status, refused.value.code) == (404, "not_found")

    run(scenario())
