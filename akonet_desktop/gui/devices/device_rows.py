"""A block of devices as the Devices view holds them: by column (arrays of numbers, lists of
strings, repeated strings shared), about 200 bytes per device and no object per row or per cell."""

from __future__ import annotations

import math
from array import array
from collections.abc import Iterable
from datetime import UTC, datetime

from akonet_desktop.api.models import DeviceOut
from akonet_desktop.gui.devices.texts import STATUSES

_NONE = math.nan
_STATUS_CODE = {status: code for code, status in enumerate(STATUSES)}
SHARED_MAX = 4096  # distinct strings shared before starting afresh: memory stays bounded


def timestamp_of(moment: datetime | None) -> float:
    if moment is None:
        return _NONE
    if moment.tzinfo is None:  # the API sends UTC
        moment = moment.replace(tzinfo=UTC)
    return moment.timestamp()


def _moment(timestamp: float) -> datetime | None:
    return None if math.isnan(timestamp) else datetime.fromtimestamp(timestamp, UTC)


def optional_timestamp(timestamp: float) -> float | None:
    return None if math.isnan(timestamp) else timestamp


class SharedStrings:
    """One string object for each repeated value (models, firmware versions, locations), across
    blocks; forgotten past SHARED_MAX values, so that it does not grow with every row ever seen."""

    __slots__ = ("_values",)

    def __init__(self) -> None:
        self._values: dict[str, str] = {}

    def __len__(self) -> int:
        return len(self._values)

    def share(self, value: str) -> str:
        values = self._values
        found = values.get(value)
        if found is None:
            if len(values) >= SHARED_MAX:
                values.clear()
            values[value] = found = value
        return found


class DeviceRows:
    """Devices by column. Row i is (ids[i], status[i], …); no object per row or per cell."""

    __slots__ = (
        "ids",
        "status",
        "alarm",
        "seen",
        "activated",
        "serial",
        "name",
        "model",
        "location",
        "firmware",
        "_shared",
    )

    def __init__(self, shared: SharedStrings | None = None, devices: Iterable[DeviceOut] = ()) -> None:
        self.ids = array("q")
        self.status = bytearray()
        self.alarm = bytearray()
        self.seen = array("d")
        self.activated = array("d")
        self.serial: list[str] = []
        self.name: list[str] = []
        self.model: list[str] = []
        self.location: list[str] = []
        self.firmware: list[str] = []
        self._shared = SharedStrings() if shared is None else shared
        self.extend(devices)

    def __len__(self) -> int:
        return len(self.ids)

    def extend(self, devices: Iterable[DeviceOut]) -> None:
        share = self._shared.share
        for device in devices:
            self.ids.append(device.id)
            self.status.append(_STATUS_CODE.get(device.status, 0))
            self.alarm.append(1 if device.alarm else 0)
            self.seen.append(timestamp_of(device.last_seen_at))
            self.activated.append(timestamp_of(device.activated_at))
            self.serial.append(device.serial)
            self.name.append(device.name)
            self.model.append(share(device.model))
            self.location.append(share(device.location))
            self.firmware.append(share(device.firmware))

    def set(self, row: int, device: DeviceOut) -> None:
        share = self._shared.share
        self.ids[row] = device.id
        self.status[row] = _STATUS_CODE.get(device.status, 0)
        self.alarm[row] = 1 if device.alarm else 0
        self.seen[row] = timestamp_of(device.last_seen_at)
        self.activated[row] = timestamp_of(device.activated_at)
        self.serial[row] = device.serial
        self.name[row] = device.name
        self.model[row] = share(device.model)
        self.location[row] = share(device.location)
        self.firmware[row] = share(device.firmware)

    def remove(self, row: int) -> None:
        for column in (
            self.ids,
            self.status,
            self.alarm,
            self.seen,
            self.activated,
            self.serial,
            self.name,
            self.model,
            self.location,
            self.firmware,
        ):
            del column[row]

    def index_of(self, device_id: int) -> int:
        try:
            return self.ids.index(device_id)
        except ValueError:
            return -1

    def device(self, row: int) -> DeviceOut:
        return DeviceOut.model_construct(
            id=self.ids[row],
            serial=self.serial[row],
            model=self.model[row],
            firmware=self.firmware[row],
            name=self.name[row],
            location=self.location[row],
            status=STATUSES[self.status[row]],
            alarm=bool(self.alarm[row]),
            last_seen_at=_moment(self.seen[row]),
            activated_at=_moment(self.activated[row]),
        )
