"""Billing, computed from the devices: a device is billed for every calendar month (UTC) it was
active in. Devices stay in a company once activated, so "active in a month" is "activated before
the month ended". Nothing is charged: the statements are what would be invoiced."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from decimal import ROUND_HALF_UP, Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from akonet_desktop.api.activity import ActivityKind
from akonet_desktop.api.company import BillingOut, BillingPeriod, BillingStatement, BillingUpdate
from akonet_desktop.rules import check_email, mail_address
from akonet_desktop.rules.address import check_billing_address, clean_billing_address
from akonet_desktop.rules.roles import Kind
from akonet_desktop.server.company import activity
from akonet_desktop.server.context import ServerContext
from akonet_desktop.server.db import transaction
from akonet_desktop.server.errors import raise_if_invalid
from akonet_desktop.server.models import Company, Device, User

PLAN = "per_device"
_CENTS = Decimal("0.01")


def month_start(moment: datetime | date) -> date:
    return date(moment.year, moment.month, 1)


def next_month(first: date) -> date:
    return date(first.year + (first.month == 12), first.month % 12 + 1, 1)


def _midnight(day: date) -> datetime:
    return datetime(day.year, day.month, day.day, tzinfo=UTC)


def money(value: Decimal) -> str:
    """Two decimal places, rounded half up; Decimal all along, so no binary float ever rounds."""
    return str(value.quantize(_CENTS, rounding=ROUND_HALF_UP))


def _billed_before(session: Session, company_id: int, moment: datetime) -> int:
    # One index range count (ix_devices_company_activated_at) per month: cheap at any fleet size.
    return session.scalar(
        select(func.count())
        .select_from(Device)
        .where(Device.company_id == company_id, Device.activated_at.is_not(None), Device.activated_at < moment)
    )


def _owner_email(session: Session, company_id: int) -> str:
    return session.scalar(select(User.email).where(User.company_id == company_id, User.role == Kind.OWNER)) or ""


def _billing(session: Session, ctx: ServerContext, company: Company, now: datetime) -> BillingOut:
    price = ctx.settings.billing_price_per_device_month
    this_month = month_start(now)
    current = _billed_before(session, company.id, now)
    statements = []
    month = month_start(company.created_at)
    while month < this_month:
        following = next_month(month)
        devices = _billed_before(session, company.id, _midnight(following))
        statements.append(
            BillingStatement(
                period_start=month,
                period_end=following - timedelta(days=1),
                billed_devices=devices,
                amount=money(price * devices),
            )
        )
        month = following
    statements.reverse()
    return BillingOut(
        plan=PLAN,
        currency=ctx.settings.billing_currency,
        price_per_device_month=money(price),
        billing_email=company.billing_email or _owner_email(session, company.id),
        billing_address=company.billing_address,
        current_period=BillingPeriod(
            start=this_month,
            end=next_month(this_month) - timedelta(days=1),
            billed_devices=current,
            amount=money(price * current),
        ),
        statements=statements,
    )


def get_billing(ctx: ServerContext, company_id: int) -> BillingOut:
    with ctx.sessions() as session:
        return _billing(session, ctx, session.get_one(Company, company_id), ctx.clock.now())


def update_billing(ctx: ServerContext, actor_id: int, body: BillingUpdate, client_address: str) -> BillingOut:
    given = body.model_dump(exclude_unset=True)
    errors = []
    if given.get("billing_email"):
        errors += check_email(given["billing_email"], "billing_email")
    if given.get("billing_address") is not None:
        errors += check_billing_address(given["billing_address"])
    raise_if_invalid(errors)
    now = ctx.clock.now()
    with transaction(ctx.sessions) as session:
        actor = session.get_one(User, actor_id)
        company = session.scalar(select(Company).where(Company.id == actor.company_id).with_for_update())
        changed: dict[str, str | None] = {}
        if "billing_email" in given:
            email = mail_address(given["billing_email"]) if given["billing_email"] else None
            if email != company.billing_email:
                company.billing_email = changed["billing_email"] = email
        if "billing_address" in given:
            address = clean_billing_address(given["billing_address"] or "")
            if address != company.billing_address:
                company.billing_address = changed["billing_address"] = address
        if changed:
            activity.record(
                session, actor, ActivityKind.BILLING_EDITED, now, client_address, target=company.name, details=changed
            )
        return _billing(session, ctx, company, now)
