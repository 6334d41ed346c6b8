"""/api/v1/registrations: the guide's three registration steps, continued by an emailed link.

Routes are plain `def`: FastAPI runs them in its thread pool, where argon2 and blocking
database calls belong.
"""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Path

from akonet_desktop.api.models import (
    Accepted,
    CompanyData,
    RegistrationComplete,
    RegistrationStart,
    RegistrationState,
    SignedIn,
)
from akonet_desktop.server.accounts import registration
from akonet_desktop.server.http.deps import ClientAddress, ClientOrigin, Ctx
from akonet_desktop.server.http.responses import error_responses

router = APIRouter(
    prefix="/registrations", tags=["registration"], responses=error_responses(401, 404, 409, 413, 422, 423, 429)
)

Token = Annotated[str, Path(min_length=1, max_length=200)]


@router.post("", status_code=202, response_model=Accepted)
def start_registration(ctx: Ctx, body: RegistrationStart, client: ClientAddress) -> Accepted:
    return registration.start(ctx, body, client)


@router.get("/{token}", response_model=RegistrationState)
def get_registration(ctx: Ctx, token: Token) -> RegistrationState:
    return registration.get(ctx, token)


@router.put("/{token}/company", response_model=RegistrationState)
def save_company(ctx: Ctx, token: Token, body: CompanyData) -> RegistrationState:
    return registration.save_company(ctx, token, body)


@router.post("/{token}/complete", status_code=201, response_model=SignedIn)
def complete_registration(ctx: Ctx, token: Token, body: RegistrationComplete, origin: ClientOrigin) -> SignedIn:
    return registration.complete(ctx, token, body, origin)
