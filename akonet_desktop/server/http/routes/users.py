"""/api/v1/users: the company's members, managed by its owner and administrators.

Invitations (/users/invitations...) have their own router (routes/invitations.py).
"""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Path, Query, Response

from akonet_desktop.api.members import MemberOut, MemberPage, MemberQuery, MemberUpdate
from akonet_desktop.api.models import Accepted
from akonet_desktop.server.company import members
from akonet_desktop.server.http.administrators import ADMINISTRATORS_ONLY
from akonet_desktop.server.http.deps import ClientAddress, Ctx, CurrentCaller
from akonet_desktop.server.http.responses import error_responses

router = APIRouter(
    prefix="/users",
    tags=["users"],
    dependencies=[ADMINISTRATORS_ONLY],
    responses=error_responses(401, 403, 404, 409, 413, 422, 429),
)

UserId = Annotated[int, Path(ge=1, le=2**63 - 1)]


@router.get("", response_model=MemberPage)
def list_users(ctx: Ctx, caller: CurrentCaller, query: Annotated[MemberQuery, Query()]) -> MemberPage:
    return members.list_members(ctx, caller.company_id, query)


@router.patch("/{user_id}", response_model=MemberOut)
def update_user(
    ctx: Ctx, caller: CurrentCaller, user_id: UserId, body: MemberUpdate, client: ClientAddress
) -> MemberOut:
    return members.update_member(ctx, caller.user, user_id, body, client)


@router.delete("/{user_id}", status_code=204)
def remove_user(ctx: Ctx, caller: CurrentCaller, user_id: UserId, client: ClientAddress) -> Response:
    members.remove_member(ctx, caller.user, user_id, client)
    return Response(status_code=204)


@router.post("/{user_id}/unlock", status_code=204)
def unlock_user(ctx: Ctx, caller: CurrentCaller, user_id: UserId, client: ClientAddress) -> Response:
    members.unlock_member(ctx, caller.user, user_id, client)
    return Response(status_code=204)


@router.post("/{user_id}/password-reset", status_code=202, response_model=Accepted)
def password_reset(ctx: Ctx, caller: CurrentCaller, user_id: UserId, client: ClientAddress) -> Accepted:
    return members.send_password_reset(ctx, caller.user, user_id, client)
