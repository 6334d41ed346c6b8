"""/api/v1/password-recovery and /password-reset: a forgotten password, by an emailed link."""

from __future__ import annotations

from fastapi import APIRouter, Response

from akonet_desktop.api.models import Accepted, PasswordResetRequest, RecoveryRequest
from akonet_desktop.server.accounts import recovery
from akonet_desktop.server.http.deps import ClientAddress, Ctx
from akonet_desktop.server.http.responses import error_responses

router = APIRouter(tags=["recovery"], responses=error_responses(401, 404, 409, 413, 422, 423, 429))


@router.post("/password-recovery", status_code=202, response_model=Accepted)
def password_recovery(ctx: Ctx, body: RecoveryRequest, client: ClientAddress) -> Accepted:
    return recovery.request_recovery(ctx, body, client)


@router.post("/password-reset", status_code=204)
def password_reset(ctx: Ctx, body: PasswordResetRequest) -> Response:
    recovery.reset_password(ctx, body)
    return Response(status_code=204)
