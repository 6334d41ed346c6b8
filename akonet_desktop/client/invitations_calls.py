"""AkonetClient's invitation calls: administrators invite, resend and revoke; the invitee reads and accepts."""

from __future__ import annotations

from typing import TYPE_CHECKING

from akonet_desktop.api.invitations import InvitationAccept, InvitationCreate, InvitationOut, InvitationPreview
from akonet_desktop.api.models import SignedIn

if TYPE_CHECKING:
    from akonet_desktop.client.api_client import AkonetClient

    _Base = AkonetClient
else:
    _Base = object


class InvitationCalls(_Base):
    """Mixed into AkonetClient: uses its request helpers and session bookkeeping."""

    async def invite(self, invitation: InvitationCreate) -> InvitationOut:
        response = await self._authorized("POST", "/users/invitations", json=invitation.model_dump())
        return self._result(response, InvitationOut, "POST /users/invitations")

    async def resend_invitation(self, invitation_id: int) -> InvitationOut:
        response = await self._authorized("POST", "/users/invitations/{}/resend", str(invitation_id))
        return self._result(response, InvitationOut, "POST /users/invitations/…/resend")

    async def revoke_invitation(self, invitation_id: int) -> None:
        response = await self._authorized("DELETE", "/users/invitations/{}", str(invitation_id))
        self._result(response, None, "DELETE /users/invitations/…")

    async def get_invitation(self, token: str) -> InvitationPreview:
        response = await self._send("GET", "/invitations/{}", token)
        return self._result(response, InvitationPreview, "GET /invitations/…")

    async def accept_invitation(self, token: str, body: InvitationAccept) -> SignedIn:
        """Joins the company and begins the new member's session."""
        response = await self._send("POST", "/invitations/{}/accept", token, json=body.model_dump())
        signed = self._result(response, SignedIn, "POST /invitations/…/accept")
        self._begin_session(signed.session)
        return signed
