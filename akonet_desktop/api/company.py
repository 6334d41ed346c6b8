"""The company's own contract: its profile, its billing, and the transfer of its ownership.

Field names here are the field names of 422 errors.
"""

from __future__ import annotations

from datetime import date

from pydantic import Field

from akonet_desktop.api.models import ApiModel, CompanyOut, UserOut

# Generous hard caps: the rules give the precise limits; these only stop abuse.
_Text = Field(default=None, max_length=1000)


class CompanyUpdate(ApiModel):
    """PATCH /company: only the fields given change; the result is validated as a whole
    (a new country re-checks the identification number and the phone against it)."""

    name: str | None = _Text
    country: str | None = Field(default=None, max_length=20)
    id_type: str | None = Field(default=None, max_length=50)
    id_number: str | None = _Text
    phone: str | None = _Text
    address_line: str | None = _Text
    postal_code: str | None = _Text
    city: str | None = _Text
    # Two-step verification for the owner and the administrators; the owner must have it on first
    # (422 on this field otherwise).
    require_totp_for_admins: bool | None = None


class BillingPeriod(ApiModel):
    """The month so far: devices billed until now, and what they come to at the end of the month."""

    start: date  # the first day of the month (UTC)
    end: date  # the last day of the month, included
    billed_devices: int
    amount: str  # decimal, two places, in `currency`


class BillingStatement(ApiModel):
    """One past calendar month (UTC): what would have been invoiced for it."""

    period_start: date
    period_end: date  # the last day of the month, included
    billed_devices: int
    amount: str  # decimal, two places


class BillingOut(ApiModel):
    plan: str  # "per_device": every device active in a month is billed for that month
    currency: str  # ISO 4217
    price_per_device_month: str  # decimal, two places
    billing_email: str  # the owner's address unless the owner chose another
    billing_address: str
    current_period: BillingPeriod
    statements: list[BillingStatement]  # newest first, one per month since registration


class BillingUpdate(ApiModel):
    """PATCH /company/billing: only the fields given change. An empty (or null) billing_email
    goes back to the owner's address, whoever the owner is at the time."""

    billing_email: str | None = _Text
    billing_address: str | None = Field(default=None, max_length=2000)


class OwnershipTransfer(ApiModel):
    user_id: int = Field(ge=1, le=2**63 - 1)  # an active administrator of the company
    password: str = Field(max_length=4096, repr=False)  # the owner's current password


class OwnershipTransferred(ApiModel):
    """POST /company/owner: the two people as they are now, and the company."""

    owner: UserOut  # the new owner
    previous_owner: UserOut  # the caller, now an administrator
    company: CompanyOut
