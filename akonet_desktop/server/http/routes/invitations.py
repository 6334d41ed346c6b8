"""Invitations: /users/invitations for the company's administrators, /invitations/{token} for the invitee.

Both routers are registered before the users router, so that /users/invitations is never taken
for a /users/{id}.
"""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Path, Response

from akonet_desktop.api.invitations import InvitationAccept, InvitationCreate, InvitationOut, InvitationPreview
from akonet_desktop.api.models import SignedIn
from akonet_desktop.server.company import invitations
from akonet_desktop.server.http.deps import ClientAddress, ClientOrigin, Ctx, CurrentCaller
from akonet_desktop.server.http.responses import error_responses

router = APIRouter(
    prefix="/users/invitations", tags=["users"], responses=error_responses(401, 403, 404, 409, 413, 422, 429)
)
public_router = APIRouter(prefix="/invitations", tags=["invitations"], responses=error_responses(404, 409, 413, 422))

InvitationId = Annotated[int, Path(ge=1, le=2**63 - 1)]
Token = Annotated[str, Path(min_length=1, max_length=200)]


@router.post("", status_code=201, response_model=InvitationOut)
def invite(ctx: Ctx, caller: CurrentCaller, body: InvitationCreate, client: ClientAddress) -> InvitationOut:
    return invitations.create(ctx, caller, body, client)


@router.post("/{invitation_id}/resend", response_model=InvitationOut)
def resend_invitation(
    ctx: Ctx, caller: CurrentCaller, invitation_id: InvitationId, client: ClientAddress
) -> InvitationOut:
    return invitations.resend(ctx, caller, invitation_id, client)


@router.delete("/{invitation_id}", status_code=204)
def revoke_invitation(ctx: Ctx, caller: CurrentCaller, invitation_id: InvitationId, client: ClientAddress) -> Response:
    invitations.revoke(ctx, caller, invitation_id, client)
    return Response(status_code=204)


@public_router.get("/{token}", response_model=InvitationPreview)
def get_invitation(ctx: Ctx, token: Token) -> InvitationPreview:
    return invitations.preview(ctx, token)


@public_router.post("/{token}/accept", status_code=201, response_model=SignedIn)
def accept_invitation(ctx: Ctx, token: Token, body: InvitationAccept, origin: ClientOrigin) -> SignedIn:
    return invitations.accept(ctx, token, body, origin.address, origin)
