"""/api/v1/roles: the named sets of privileges a company gives its users (owner and administrators)."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Path, Response

from akonet_desktop.api.members import RoleCreate, RoleOut, RoleUpdate
from akonet_desktop.server.company import roles
from akonet_desktop.server.http.administrators import ADMINISTRATORS_ONLY
from akonet_desktop.server.http.deps import ClientAddress, Ctx, CurrentCaller
from akonet_desktop.server.http.responses import error_responses

router = APIRouter(
    prefix="/roles",
    tags=["roles"],
    dependencies=[ADMINISTRATORS_ONLY],
    responses=error_responses(401, 403, 404, 409, 413, 422),
)

RoleId = Annotated[int, Path(ge=1, le=2**63 - 1)]


@router.get("", response_model=list[RoleOut])
def list_roles(ctx: Ctx, caller: CurrentCaller) -> list[RoleOut]:
    return roles.list_roles(ctx, caller.company_id)


@router.post("", status_code=201, response_model=RoleOut)
def create_role(ctx: Ctx, caller: CurrentCaller, body: RoleCreate, client: ClientAddress) -> RoleOut:
    return roles.create_role(ctx, caller.user, body, client)


@router.patch("/{role_id}", response_model=RoleOut)
def update_role(ctx: Ctx, caller: CurrentCaller, role_id: RoleId, body: RoleUpdate, client: ClientAddress) -> RoleOut:
    return roles.update_role(ctx, caller.user, role_id, body, client)


@router.delete("/{role_id}", status_code=204)
def delete_role(ctx: Ctx, caller: CurrentCaller, role_id: RoleId, client: ClientAddress) -> Response:
    roles.delete_role(ctx, caller.user, role_id, client)
    return Response(status_code=204)
