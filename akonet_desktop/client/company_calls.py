"""AkonetClient's calls for the caller's company: profile, billing, ownership transfer.

A mixin of `AkonetClient` (it uses the client's request helpers), kept apart so that each
feature's calls live in their own module.
"""

from __future__ import annotations

from akonet_desktop.api.company import (
    BillingOut,
    BillingUpdate,
    CompanyUpdate,
    OwnershipTransfer,
    OwnershipTransferred,
)
from akonet_desktop.api.models import CompanyOut


class CompanyCalls:
    async def get_company(self) -> CompanyOut:
        return self._result(await self._authorized("GET", "/company"), CompanyOut, "GET /company")

    async def update_company(self, changes: CompanyUpdate) -> CompanyOut:
        """Owner only. Only the fields that were set change (an explicit None clears an address field)."""
        body = changes.model_dump(exclude_unset=True)
        return self._result(await self._authorized("PATCH", "/company", json=body), CompanyOut, "PATCH /company")

    async def get_billing(self) -> BillingOut:
        """Owner only (`ApiFailure` with code owner_only for everyone else)."""
        return self._result(await self._authorized("GET", "/company/billing"), BillingOut, "GET /company/billing")

    async def update_billing(self, changes: BillingUpdate) -> BillingOut:
        body = changes.model_dump(exclude_unset=True)
        response = await self._authorized("PATCH", "/company/billing", json=body)
        return self._result(response, BillingOut, "PATCH /company/billing")

    async def transfer_ownership(self, user_id: int, password: str) -> OwnershipTransferred:
        """A wrong password is an `ApiFailure` invalid_credentials with attempts_left (it counts
        toward the sign-in lockout)."""
        body = OwnershipTransfer(user_id=user_id, password=password).model_dump()
        response = await self._authorized("POST", "/company/owner", json=body)
        return self._result(response, OwnershipTransferred, "POST /company/owner")
