"""/api/v1/auth: sign-in (with the lockout), token refresh and sign-out."""

from __future__ import annotations

from fastapi import APIRouter, Response

from akonet_desktop.api.models import LoginRequest, RefreshRequest, SessionTokens, SignedIn
from akonet_desktop.server.accounts import sign_in_sessions, signin
from akonet_desktop.server.http.deps import ClientAddress, Ctx, CurrentCaller
from akonet_desktop.server.http.responses import error_responses

router = APIRouter(prefix="/auth", tags=["auth"], responses=error_responses(401, 404, 409, 413, 422, 423, 429))


@router.post("/login", response_model=SignedIn)
async def login(ctx: Ctx, client: ClientAddress, body: LoginRequest) -> Response:
    # Serialised here, once: returned as a model, FastAPI would validate it against
    # response_model again before dumping it, on the busiest route.
    signed = await signin.login(ctx, body, client)
    return Response(signed.model_dump_json(), media_type="application/json")


@router.post("/refresh", response_model=SessionTokens)
def refresh(ctx: Ctx, body: RefreshRequest) -> SessionTokens:
    return sign_in_sessions.refresh(ctx, body.refresh_token)


@router.post("/logout", status_code=204)
def logout(ctx: Ctx, caller: CurrentCaller) -> Response:
    sign_in_sessions.logout(ctx, caller)
    return Response(status_code=204)
