"""« Activer dispositif »: an inventory device joins the caller's company with its label's code.

An unknown serial, a wrong code and another company's device all answer the same 404, after the
same work (the given code is always hashed), and all count as failures: a company may fail
`device_activation_failures_per_hour` times an hour, so neither codes nor serials can be guessed.
"""

from __future__ import annotations

from sqlalchemy import select, update

from akonet_desktop.api.activity import ActivityKind
from akonet_desktop.api.errors import ErrorCode
from akonet_desktop.api.models import DeviceActivation, DeviceOut
from akonet_desktop.rules.device import (
    device_english_message,
    normalize_activation_code,
    normalize_serial,
    validate_activation,
)
from akonet_desktop.server import ratelimit
from akonet_desktop.server.company import activity
from akonet_desktop.server.context import ServerContext
from akonet_desktop.server.db import transaction
from akonet_desktop.server.devices import queries, search_text
from akonet_desktop.server.devices.listing import inactive_cutoff
from akonet_desktop.server.devices.secrets import code_matches
from akonet_desktop.server.devices.sort_keys import with_sort_keys
from akonet_desktop.server.errors import ApiError, raise_if_invalid
from akonet_desktop.server.models import Device, User


def _not_found() -> ApiError:
    return ApiError(
        404,
        ErrorCode.DEVICE_NOT_FOUND,
        "No device matches this serial number and activation code. Check both on the label.",
    )


def activate(ctx: ServerContext, actor: User, body: DeviceActivation, client_address: str) -> DeviceOut:
    """`actor` joins the device to their company; the activity log says who, from where, which."""
    raise_if_invalid(
        validate_activation(body.serial, body.activation_code, body.name, body.location),
        device_english_message,
    )
    serial = normalize_serial(body.serial)
    code = normalize_activation_code(body.activation_code)
    company_id = actor.company_id
    key = f"activate:{company_id}"
    now = ctx.clock.now()
    with transaction(ctx.sessions) as session:
        if ratelimit.exhausted(session, key, ctx.settings.device_activation_failures_per_hour, now):
            raise ApiError(
                429,
                ErrorCode.RATE_LIMITED,
                "Too many wrong activation codes; try again later.",
                retry_after=ratelimit.retry_after_seconds(session, key, now),
            )
        row = session.execute(
            select(Device.id, Device.company_id, Device.model, Device.activation_code_hash).where(
                Device.serial == serial
            )
        ).one_or_none()
        matches = code_matches(row.activation_code_hash if row else None, serial, code)
        if row is not None and row.company_id == company_id:
            raise ApiError(409, ErrorCode.DEVICE_ALREADY_ACTIVE, "This device is already in your company.")
        # The UPDATE re-checks the inventory: two companies racing for one device, one wins.
        joined = (
            matches
            and row.company_id is None
            and session.execute(
                update(Device)
                .where(Device.id == row.id, Device.company_id.is_(None))
                .values(
                    with_sort_keys(
                        {
                            "company_id": company_id,
                            "activated_at": now,
                            "name": body.name.strip(),
                            "location": body.location.strip(),
                        }
                    )
                )
            ).rowcount
            == 1
        )
        if joined:
            search_text.rewrite(session, row.id, serial, body.name.strip(), body.location.strip(), row.model)
            # Never the code: the entry says which device, and what kind of device it is.
            activity.record(
                session,
                actor,
                ActivityKind.DEVICE_ACTIVATED,
                now,
                client_address,
                target=serial,
                details={"model": row.model},
            )
            device = queries.one(session, company_id, row.id, inactive_cutoff(ctx, now))
        else:
            ratelimit.record(session, key, now)
    if not joined:
        raise _not_found()  # after the commit, which keeps the failure counted
    ctx.device_counts.forget(company_id)  # committed: the next page counts the device
    ctx.position_marks.forget(company_id)
    return device
