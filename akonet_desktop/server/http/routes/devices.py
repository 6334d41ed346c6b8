"""/api/v1/devices: the company's devices, activation, and the devices' own heartbeats."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Header, Path, Query, Response

from akonet_desktop.api.models import (
    DeviceActivation,
    DeviceOut,
    DevicePage,
    DeviceQuery,
    DeviceUpdate,
    Heartbeat,
)
from akonet_desktop.rules.roles import Privilege
from akonet_desktop.server.devices import activation, heartbeat, listing
from akonet_desktop.server.http.deps import ClientAddress, Ctx, CurrentCaller, require
from akonet_desktop.server.http.responses import error_responses

router = APIRouter(prefix="/devices", tags=["devices"], responses=error_responses(401, 403, 404, 409, 413, 422, 429))

DeviceId = Annotated[int, Path(ge=1, le=2**63 - 1)]
Serial = Annotated[str, Path(min_length=1, max_length=100)]


# Both `async def`: no I/O, and a plain `def` dependency costs a thread-pool hop, on a route
# thousands of devices call every few seconds.
async def _device_secret(authorization: Annotated[str | None, Header()] = None) -> str:
    return heartbeat.device_secret(authorization)


async def _heartbeats_allowed(ctx: Ctx, client: ClientAddress) -> None:
    """A client refused too often gets its 429 first, on the event loop: the cheapest answer."""
    ctx.heartbeat_throttle.check(client)


@router.get("", response_model=DevicePage)
def list_devices(ctx: Ctx, caller: CurrentCaller, query: Annotated[DeviceQuery, Query()]) -> Response:
    # Written by the database (devices/page_json.py), answered as it is: returned as a model,
    # FastAPI would validate it against response_model again, in one more thread-pool hop, before
    # dumping it; desktops page this list all day.
    page = listing.list_devices(ctx, caller.user.company_id, query)
    return Response(page.json(), media_type="application/json")


@router.post("/activate", status_code=201, response_model=DeviceOut, dependencies=[require(Privilege.ACTIVATE_DEVICE)])
def activate(ctx: Ctx, caller: CurrentCaller, client: ClientAddress, body: DeviceActivation) -> DeviceOut:
    return activation.activate(ctx, caller.user, body, client)


@router.get("/{device_id}", response_model=DeviceOut)
def get_device(ctx: Ctx, caller: CurrentCaller, device_id: DeviceId) -> DeviceOut:
    return listing.get_device(ctx, caller.user.company_id, device_id)


@router.patch("/{device_id}", response_model=DeviceOut, dependencies=[require(Privilege.UPDATE_DEVICE_INFO)])
def update_device(
    ctx: Ctx, caller: CurrentCaller, client: ClientAddress, device_id: DeviceId, body: DeviceUpdate
) -> DeviceOut:
    return listing.update_device(ctx, caller.user, device_id, body, client)


@router.post(
    "/{serial}/heartbeat",
    status_code=204,
    description="Sent by a device with `Authorization: Device <secret>` (from its label).",
    dependencies=[Depends(_heartbeats_allowed)],
)
def post_heartbeat(
    ctx: Ctx,
    client: ClientAddress,
    serial: Serial,
    body: Heartbeat,
    secret: Annotated[str, Depends(_device_secret)],
) -> Response:
    heartbeat.beat(ctx, serial, secret, body.alarm, client)
    return Response(status_code=204)
