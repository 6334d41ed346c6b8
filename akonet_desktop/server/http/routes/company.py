"""/api/v1/company: the caller's company — its profile, its billing and its ownership.

Every member reads the profile; changing it, billing and the transfer are the owner's alone
(403 `owner_only` for everyone else). There is no company id in these paths: the company is
always the caller's own.
"""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends

from akonet_desktop.api.company import (
    BillingOut,
    BillingUpdate,
    CompanyUpdate,
    OwnershipTransfer,
    OwnershipTransferred,
)
from akonet_desktop.api.models import CompanyOut
from akonet_desktop.rules.roles import Privilege
from akonet_desktop.server.accounts.sign_in_sessions import Caller
from akonet_desktop.server.company import billing, ownership, profile
from akonet_desktop.server.http.deps import ClientAddress, Ctx, CurrentCaller, get_caller
from akonet_desktop.server.http.responses import error_responses

router = APIRouter(prefix="/company", tags=["company"], responses=error_responses(401, 403, 413, 422))


def owner_only(privilege: Privilege):
    """Like `require`, with the answer that says why: only the owner holds these privileges."""

    def check(caller: Annotated[Caller, Depends(get_caller)]) -> None:
        if privilege not in caller.privileges:
            raise ownership.owner_only_error()

    return Depends(check)


@router.get("", response_model=CompanyOut)
def get_company(ctx: Ctx, caller: CurrentCaller) -> CompanyOut:
    return profile.get_profile(ctx, caller.company_id)


@router.patch("", response_model=CompanyOut, dependencies=[owner_only(Privilege.EDIT_COMPANY_PROFILE)])
def update_company(ctx: Ctx, caller: CurrentCaller, client: ClientAddress, body: CompanyUpdate) -> CompanyOut:
    return profile.update_profile(ctx, caller.user.id, body, client)


@router.get("/billing", response_model=BillingOut, dependencies=[owner_only(Privilege.SEE_BILLING)])
def get_billing(ctx: Ctx, caller: CurrentCaller) -> BillingOut:
    return billing.get_billing(ctx, caller.company_id)


@router.patch("/billing", response_model=BillingOut, dependencies=[owner_only(Privilege.SEE_BILLING)])
def update_billing(ctx: Ctx, caller: CurrentCaller, client: ClientAddress, body: BillingUpdate) -> BillingOut:
    return billing.update_billing(ctx, caller.user.id, body, client)


@router.post(
    "/owner",
    response_model=OwnershipTransferred,
    dependencies=[owner_only(Privilege.EDIT_COMPANY_PROFILE)],
    responses=error_responses(404, 409, 423, 429, 503),
    description="Hand the company over to an active administrator, confirmed with the owner's password "
    "(a wrong one counts toward the sign-in lockout). The owner becomes an administrator.",
)
async def transfer_ownership(
    ctx: Ctx, caller: CurrentCaller, client: ClientAddress, body: OwnershipTransfer
) -> OwnershipTransferred:
    return await ownership.transfer(ctx, caller.user.id, body, client)
