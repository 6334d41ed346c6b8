"""Registration, sign-in, sessions and recovery: the /api/v1 routes of the three flows.

Routes are plain `def`: FastAPI runs them in its thread pool, where argon2 and blocking
database calls belong.
"""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Path, Response

from akonet_desktop.api.models import (
    Accepted,
    CompanyData,
    ErrorBody,
    LoginRequest,
    Me,
    PasswordResetRequest,
    RecoveryRequest,
    RefreshRequest,
    RegistrationComplete,
    RegistrationStart,
    RegistrationState,
    SessionTokens,
    SignedIn,
)
from akonet_desktop.server.accounts import recovery
from akonet_desktop.server.accounts import registration
from akonet_desktop.server.accounts import sign_in_sessions as sessions
from akonet_desktop.server.accounts import signin
from akonet_desktop.server.http.deps import ClientAddress, Ctx, CurrentCaller
from akonet_desktop.server.accounts.serialize import me as me_body

router = APIRouter()

Token = Annotated[str, Path(min_length=1, max_length=200)]

_errors = {
    status: {"model": ErrorBody}
    for status in (401, 404, 409, 413, 422, 423, 429)
}


@router.post("/registrations", status_code=202, response_model=Accepted, tags=["registration"], responses=_errors)
def start_registration(ctx: Ctx, body: RegistrationStart, client: ClientAddress) -> Accepted:
    return registration.start(ctx, body, client)


@router.get("/registrations/{token}", response_model=RegistrationState, tags=["registration"], responses=_errors)
def get_registration(ctx: Ctx, token: Token) -> RegistrationState:
    return registration.get(ctx, token)


@router.put("/registrations/{token}/company", response_model=RegistrationState, tags=["registration"], responses=_errors)
def save_company(ctx: Ctx, token: Token, body: CompanyData) -> RegistrationState:
    return registration.save_company(ctx, token, body)


@router.post("/registrations/{token}/complete", status_code=201, response_model=SignedIn, tags=["registration"], responses=_errors)
def complete_registration(ctx: Ctx, token: Token, body: RegistrationComplete) -> SignedIn:
    return registration.complete(ctx, token, body)


@router.post("/auth/login", response_model=SignedIn, tags=["auth"], responses=_errors)
async def login(ctx: Ctx, body: LoginRequest) -> Response:
    # Serialised here, once: returned as a model, FastAPI would validate it against
    # response_model again before dumping it, on the busiest route.
    signed = await signin.login(ctx, body)
    return Response(signed.model_dump_json(), media_type="application/json")


@router.post("/auth/refresh", response_model=SessionTokens, tags=["auth"], responses=_errors)
def refresh(ctx: Ctx, body: RefreshRequest) -> SessionTokens:
    return sessions.refresh(ctx, body.refresh_token)


@router.post("/auth/logout", status_code=204, tags=["auth"], responses=_errors)
def logout(ctx: Ctx, caller: CurrentCaller) -> Response:
    sessions.logout(ctx, caller)
    return Response(status_code=204)


@router.get("/me", response_model=Me, tags=["auth"], responses=_errors)
def me(caller: CurrentCaller) -> Me:
    return me_body(caller.user)


@router.post("/password-recovery", status_code=202, response_model=Accepted, tags=["recovery"], responses=_errors)
def password_recovery(ctx: Ctx, body: RecoveryRequest, client: ClientAddress) -> Accepted:
    return recovery.request_recovery(ctx, body, client)


@router.post("/password-reset", status_code=204, tags=["recovery"], responses=_errors)
def password_reset(ctx: Ctx, body: PasswordResetRequest) -> Response:
    recovery.reset_password(ctx, body)
    return Response(status_code=204)
