"""The company profile: every member reads it; only the owner changes it (the route checks who)."""

from __future__ import annotations

from sqlalchemy import select

from akonet_desktop.api.activity import ActivityKind
from akonet_desktop.api.company import CompanyUpdate
from akonet_desktop.api.errors import ErrorCode
from akonet_desktop.api.models import CompanyOut
from akonet_desktop.rules import FieldError, normalize_company_id, normalize_phone, validate_company_form
from akonet_desktop.rules.address import check_postal_address, clean_line
from akonet_desktop.rules.messages import english_messages_with
from akonet_desktop.server.accounts.serialize import company_out
from akonet_desktop.server.company import activity
from akonet_desktop.server.context import ServerContext
from akonet_desktop.server.db import transaction
from akonet_desktop.server.errors import ApiError, raise_if_invalid
from akonet_desktop.server.models import Company, User

# The owner asks for two-step verification of administrators without it on for themself.
TOTP_NOT_ENABLED = "totp_not_enabled"
_MESSAGES = english_messages_with(
    {("require_totp_for_admins", TOTP_NOT_ENABLED): "Turn on two-step verification for yourself first."}
)
_PROFILE_FIELDS = ("name", "country", "id_type", "id_number", "phone", "address_line", "postal_code", "city")


def get_profile(ctx: ServerContext, company_id: int) -> CompanyOut:
    with ctx.sessions() as session:
        company = session.get(Company, company_id)
        if company is None:  # the caller's own company: gone only if it was deleted meanwhile
            raise ApiError(404, ErrorCode.NOT_FOUND, "No such company.")
        return company_out(company)


def update_profile(ctx: ServerContext, actor_id: int, body: CompanyUpdate, client_address: str) -> CompanyOut:
    now = ctx.clock.now()
    with transaction(ctx.sessions) as session:
        actor = session.get_one(User, actor_id)
        # Locked: two owners' tabs saving at once must not interleave their halves.
        company = session.scalar(select(Company).where(Company.id == actor.company_id).with_for_update())
        given = body.model_dump(exclude_unset=True)
        merged = {field: given.get(field, getattr(company, field)) for field in _PROFILE_FIELDS}
        # A null for a field counts as "unchanged" for the identity, "empty" for the address.
        for field in ("name", "country", "id_type", "id_number", "phone"):
            if merged[field] is None:
                merged[field] = getattr(company, field)
        for field in ("address_line", "postal_code", "city"):
            merged[field] = merged[field] or ""
        policy = given.get("require_totp_for_admins")
        policy_errors = []
        if policy and not company.require_totp_for_admins and actor.totp_secret is None:
            # The owner is bound by it too: turned on without TOTP, it would shut them out at once.
            policy_errors.append(FieldError("require_totp_for_admins", TOTP_NOT_ENABLED))
        raise_if_invalid(
            [
                *policy_errors,
                *validate_company_form(
                    merged["name"], merged["country"], merged["id_type"], merged["id_number"], merged["phone"]
                ),
                *check_postal_address(merged["address_line"], merged["postal_code"], merged["city"]),
            ],
            _MESSAGES,
        )
        new = {
            "name": merged["name"].strip(),
            "country": merged["country"],
            "id_type": merged["id_type"],
            "id_number": normalize_company_id(merged["country"], merged["id_type"], merged["id_number"]),
            "phone": normalize_phone(merged["phone"], merged["country"]),
            "address_line": clean_line(merged["address_line"]),
            "postal_code": clean_line(merged["postal_code"]).upper(),
            "city": clean_line(merged["city"]),
        }
        if policy is not None:
            new["require_totp_for_admins"] = policy
        changed = {field: value for field, value in new.items() if getattr(company, field) != value}
        if changed:
            for field, value in changed.items():
                setattr(company, field, value)
            activity.record(
                session, actor, ActivityKind.COMPANY_EDITED, now, client_address, target=company.name, details=changed
            )
        return company_out(company)
