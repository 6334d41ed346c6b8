"""`akonet-server simulate`: devices of the inventory sending heartbeats, with random alarms.

It reads the device secrets that `inventory demo --secrets-out FILE` (or any label CSV) wrote,
and posts each device's heartbeat every `interval` seconds until Ctrl+C (or `rounds`).
"""

from __future__ import annotations

import csv
import random
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

import httpx

from akonet_desktop.api import API_PREFIX


@dataclass
class SimDevice:
    serial: str
    secret: str
    alarm: bool = False


@dataclass(frozen=True)
class RoundResult:
    sent: int
    failed: int
    alarms: int


def read_secrets(path: Path, limit: int | None = None) -> list[SimDevice]:
    with path.open(newline="", encoding="utf-8-sig") as stream:
        reader = csv.DictReader(stream)
        if not {"serial", "device_secret"} <= set(reader.fieldnames or ()):
            raise ValueError(f"{path}: needs the columns serial and device_secret")
        devices = []
        for row in reader:
            if limit is not None and len(devices) >= limit:
                break
            devices.append(SimDevice(row["serial"].strip(), row["device_secret"].strip()))
        return devices


class Simulator:
    def __init__(
        self,
        devices: list[SimDevice],
        http: httpx.Client,
        *,
        alarm_rate: float = 0.01,
        clear_rate: float = 0.2,
        concurrency: int = 1,
        rng: random.Random | None = None,
    ) -> None:
        self.devices = devices
        self.http = http
        self.alarm_rate = alarm_rate
        self.clear_rate = clear_rate
        self.concurrency = concurrency
        self.rng = rng or random.Random()

    def _send(self, device: SimDevice) -> bool:
        try:
            response = self.http.post(
                f"{API_PREFIX}/devices/{device.serial}/heartbeat",
                json={"alarm": device.alarm},
                headers={"Authorization": f"Device {device.secret}"},
            )
        except httpx.HTTPError:
            return False
        return response.status_code == 204

    def _evolve(self) -> None:
        for device in self.devices:
            flip = self.clear_rate if device.alarm else self.alarm_rate
            if self.rng.random() < flip:
                device.alarm = not device.alarm

    def round(self) -> RoundResult:
        self._evolve()
        if self.concurrency > 1:
            with ThreadPoolExecutor(self.concurrency) as pool:
                results = list(pool.map(self._send, self.devices))
        else:
            results = [self._send(device) for device in self.devices]
        ok = sum(results)
        return RoundResult(sent=ok, failed=len(results) - ok, alarms=sum(d.alarm for d in self.devices))


def run(
    simulator: Simulator,
    interval: float,
    rounds: int | None = None,
    report: Callable[[str], None] = print,
    sleep: Callable[[float], None] = time.sleep,
) -> int:
    """Rounds every `interval` seconds; forever when `rounds` is None. Returns rounds done."""
    done = 0
    while rounds is None or done < rounds:
        started = time.monotonic()
        result = simulator.round()
        done += 1
        report(f"round {done}: {result.sent} heartbeats sent, {result.failed} failed, {result.alarms} devices in alarm")
        if rounds is None or done < rounds:
            sleep(max(0.0, interval - (time.monotonic() - started)))
    return done
