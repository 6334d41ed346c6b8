"""/api/v1/me: the signed-in person and their company; their account, sessions and two-step
verification.

These routes take the caller whatever the company's two-step verification policy
(`SessionCaller`): they are where a person bound by it sets it up.
"""

from __future__ import annotations

from fastapi import APIRouter, Response

from akonet_desktop.api.account import (
    MeUpdate,
    PasswordChange,
    PasswordCheck,
    RecoveryCodes,
    SessionOut,
    TotpCode,
    TotpDisable,
    TotpSetup,
)
from akonet_desktop.api.models import Me
from akonet_desktop.server.accounts import my_account, my_sessions, serialize, two_step
from akonet_desktop.server.http.deps import Ctx, SessionCaller
from akonet_desktop.server.http.responses import error_responses

router = APIRouter(prefix="/me", tags=["me"], responses=error_responses(401))
# The password or the code given counts toward the sign-in lockout.
_GUARDED = error_responses(409, 413, 422, 423, 429, 503)


@router.get("", response_model=Me)
def me(caller: SessionCaller) -> Me:
    return serialize.me(caller.user)


@router.patch("", response_model=Me, responses=error_responses(413, 422))
def update_me(ctx: Ctx, caller: SessionCaller, body: MeUpdate) -> Me:
    return my_account.update_me(ctx, caller, body)


@router.post(
    "/password",
    status_code=204,
    responses=_GUARDED,
    description="A wrong current password counts toward the sign-in lockout. The new one obeys the "
    "password policy and differs from the current one. The person is mailed.",
)
async def change_password(ctx: Ctx, caller: SessionCaller, body: PasswordChange) -> Response:
    await my_account.change_password(ctx, caller, body)
    return Response(status_code=204)


@router.get("/sessions", response_model=list[SessionOut])
def list_sessions(ctx: Ctx, caller: SessionCaller) -> list[SessionOut]:
    return my_sessions.list_sessions(ctx, caller)


@router.delete("/sessions/{session_id}", status_code=204, responses=error_responses(404))
def end_session(ctx: Ctx, caller: SessionCaller, session_id: int) -> Response:
    my_sessions.end_session(ctx, caller, session_id)
    return Response(status_code=204)


@router.delete("/sessions", status_code=204, description="Every session of the caller but the current one.")
def end_other_sessions(ctx: Ctx, caller: SessionCaller) -> Response:
    my_sessions.end_others(ctx, caller)
    return Response(status_code=204)


@router.post("/totp", response_model=TotpSetup, responses=_GUARDED)
async def start_totp(ctx: Ctx, caller: SessionCaller, body: PasswordCheck) -> TotpSetup:
    return await two_step.start(ctx, caller, body)


@router.post("/totp/confirm", response_model=RecoveryCodes, responses=_GUARDED)
async def confirm_totp(ctx: Ctx, caller: SessionCaller, body: TotpCode) -> RecoveryCodes:
    return await two_step.confirm(ctx, caller, body)


@router.delete("/totp", status_code=204, responses=_GUARDED)
async def disable_totp(ctx: Ctx, caller: SessionCaller, body: TotpDisable) -> Response:
    await two_step.disable(ctx, caller, body)
    return Response(status_code=204)
