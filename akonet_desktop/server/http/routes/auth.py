"""/api/v1/auth: sign-in (with the lockout and the second step), token refresh and sign-out."""

from __future__ import annotations

from fastapi import APIRouter, Response

from akonet_desktop.api.account import MfaRequired, TotpLogin
from akonet_desktop.api.models import LoginRequest, RefreshRequest, SessionTokens, SignedIn
from akonet_desktop.server.accounts import sign_in_sessions, signin, totp_login
from akonet_desktop.server.http.deps import ClientOrigin, Ctx, SessionCaller
from akonet_desktop.server.http.responses import error_responses

router = APIRouter(prefix="/auth", tags=["auth"], responses=error_responses(401, 404, 409, 413, 422, 423, 429))


@router.post(
    "/login",
    response_model=SignedIn | MfaRequired,
    description="SignedIn; or, for the right password of an account with two-step verification, "
    "MfaRequired (no session yet: POST /auth/login/totp with its token and a code).",
)
async def login(ctx: Ctx, origin: ClientOrigin, body: LoginRequest) -> Response:
    # Serialised here, once: returned as a model, FastAPI would validate it against
    # response_model again before dumping it, on the busiest route.
    signed = await signin.login(ctx, body, origin)
    return Response(signed.model_dump_json(), media_type="application/json")


@router.post(
    "/login/totp",
    response_model=SignedIn,
    description="The second step: a current code or an unused recovery code. A wrong one counts "
    "toward the same lockout as a wrong password (401 invalid_code with attempts_left).",
)
async def login_totp(ctx: Ctx, origin: ClientOrigin, body: TotpLogin) -> Response:
    signed = await totp_login.login_totp(ctx, body, origin)
    return Response(signed.model_dump_json(), media_type="application/json")


@router.post("/refresh", response_model=SessionTokens)
def refresh(ctx: Ctx, body: RefreshRequest) -> SessionTokens:
    return sign_in_sessions.refresh(ctx, body.refresh_token)


@router.post("/logout", status_code=204)
def logout(ctx: Ctx, caller: SessionCaller) -> Response:
    sign_in_sessions.logout(ctx, caller)
    return Response(status_code=204)
