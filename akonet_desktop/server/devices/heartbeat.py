"""Heartbeats: a device, authenticated by its own secret, reports that it is alive and its alarm.

One prebuilt UPDATE keyed by serial *and* secret hash: thousands of devices call this every
few seconds, and an unknown serial or a wrong secret simply updates nothing.
"""

from __future__ import annotations

from sqlalchemy import bindparam, update

from akonet_desktop.api.errors import ErrorCode
from akonet_desktop.rules.device import check_serial, normalize_serial
from akonet_desktop.server.context import ServerContext
from akonet_desktop.server.db import transaction
from akonet_desktop.server.devices.secrets import device_secret_hash
from akonet_desktop.server.errors import ApiError
from akonet_desktop.server.models import Device

SCHEME = "device"
_MAX_SECRET = 200

_t = Device.__table__
_BEAT = (
    update(_t)
    .where(_t.c.serial == bindparam("p_serial"), _t.c.device_secret_hash == bindparam("p_hash"))
    .values(last_seen_at=bindparam("p_now", type_=_t.c.last_seen_at.type), alarm=bindparam("p_alarm"))
)


def _unauthenticated() -> ApiError:
    return ApiError(401, ErrorCode.NOT_AUTHENTICATED, "This device is not recognised.")


def device_secret(authorization: str | None) -> str:
    """The secret of an `Authorization: Device <secret>` header, or 401."""
    scheme, _, secret = (authorization or "").strip().partition(" ")
    secret = secret.strip()
    if scheme.lower() != SCHEME or not secret or len(secret) > _MAX_SECRET:
        raise _unauthenticated()
    return secret


def beat(ctx: ServerContext, serial: str, secret: str, alarm: bool, client: str) -> None:
    # A client refused too often waits without costing a database write (see client_throttle.py);
    # checked here again for requests that waited for a thread while its last tokens went.
    ctx.heartbeat_throttle.check(client)
    secret_hash = device_secret_hash(secret)
    if check_serial(serial):
        raise _unauthenticated()
    params = {
        "p_serial": normalize_serial(serial),
        "p_hash": secret_hash,
        "p_now": ctx.clock.now(),
        "p_alarm": alarm,
    }
    with transaction(ctx.sessions) as session:
        updated = session.connection().execute(_BEAT, params).rowcount
    if updated != 1:
        ctx.heartbeat_throttle.spend(client)
        raise _unauthenticated()
