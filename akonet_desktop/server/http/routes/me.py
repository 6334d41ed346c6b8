"""/api/v1/me: the signed-in person and their company."""

from __future__ import annotations

from fastapi import APIRouter

from akonet_desktop.api.models import Me
from akonet_desktop.server.accounts import serialize
from akonet_desktop.server.http.deps import CurrentCaller
from akonet_desktop.server.http.responses import error_responses

router = APIRouter(prefix="/me", tags=["me"], responses=error_responses(401))


@router.get("", response_model=Me)
def me(caller: CurrentCaller) -> Me:
    return serialize.me(caller.user)
