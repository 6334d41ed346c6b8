"""/api/v1/activity: the company's activity log, for its owner and administrators."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Query

from akonet_desktop.api.activity import ActivityPage, ActivityQuery
from akonet_desktop.api.errors import ErrorCode
from akonet_desktop.rules.roles import is_administrator
from akonet_desktop.server.accounts.sign_in_sessions import Caller
from akonet_desktop.server.company import activity
from akonet_desktop.server.errors import ApiError
from akonet_desktop.server.http.deps import Ctx, CurrentCaller, get_caller
from akonet_desktop.server.http.responses import error_responses

router = APIRouter(prefix="/activity", tags=["activity"], responses=error_responses(401, 403, 422))


def _administrators_only(caller: Annotated[Caller, Depends(get_caller)]) -> None:
    # A kind, not a privilege: roles give users device privileges, never the company's audit trail.
    if not is_administrator(caller.user.role):
        raise ApiError(403, ErrorCode.FORBIDDEN, "Only the owner and administrators see the activity log.")


@router.get("", response_model=ActivityPage, dependencies=[Depends(_administrators_only)])
def list_activity(ctx: Ctx, caller: CurrentCaller, query: Annotated[ActivityQuery, Query()]) -> ActivityPage:
    return activity.list_activity(ctx, caller.company_id, query)
