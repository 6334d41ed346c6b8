"""A real user's sign-in and a real device's heartbeat while one client floods the server with
failures (40 parallel sign-ins on made-up addresses; 40 parallel heartbeats with a wrong secret),
with the per-client throttle off and at its defaults, measured in the same run.

The servers run on one core, the load on another (as bench/login_throughput.py). The flood comes
from 127.0.0.4, in a process of its own (so that its 40 tasks do not delay the measuring client's
event loop); the real user and device from 127.0.0.5. The two servers take turns, round after
round. Prints median and 90th percentile latencies in ms, and how many answers the flood got a
second once the throttled client's allowance was spent (the steady state).
"""

from __future__ import annotations

import argparse
import asyncio
import multiprocessing
import os
import subprocess
import sys
import tempfile
import time
from collections import Counter
from datetime import UTC, datetime
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from akonet_desktop.server.db import make_engine, make_session_factory, transaction  # noqa: E402
from akonet_desktop.server.inventory import labels  # noqa: E402
from bench.login_throughput import pinned, register  # noqa: E402
from tests.support.api import STRONG_PASSWORD  # noqa: E402
from tests.support.processes import free_port, wait_healthy  # noqa: E402

FLOODER, USER = "127.0.0.4", "127.0.0.5"
EMAIL = "real.user@froid.fr"
OFF = str(10**9)  # failures a minute: never reached


def percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(fraction * len(ordered)))]


def add_device(database_url: str) -> labels.Label:
    engine = make_engine(database_url)
    try:
        with transaction(make_session_factory(engine)) as session:
            return labels.add(session, datetime.now(UTC), "AKO-16524")
    finally:
        engine.dispose()


def real_request(http: httpx.Client, what: str, device: labels.Label) -> httpx.Response:
    if what == "sign-in":
        return http.post("/api/v1/auth/login", json={"email": EMAIL, "password": STRONG_PASSWORD})
    headers = {"Authorization": f"Device {device.device_secret}"}
    return http.post(f"/api/v1/devices/{device.serial}/heartbeat", json={"alarm": False}, headers=headers)


def flood(url: str, what: str, serial: str, tasks: int, stop, counts) -> None:
    """In a child process: `tasks` failing requests back to back until `stop`; `counts` gets the
    answers' statuses with a timestamp each second."""

    async def one(http: httpx.AsyncClient, n: int, statuses: Counter) -> None:
        i = 0
        while not stop.is_set():
            if what == "sign-in":
                body = {"email": f"made-up-{n}-{i}@froid.fr", "password": "Wrong-Guess-1!"}
                answer = await http.post("/api/v1/auth/login", json=body)
            else:
                headers = {"Authorization": "Device not-the-secret"}
                answer = await http.post(f"/api/v1/devices/{serial}/heartbeat", json={"alarm": False}, headers=headers)
            statuses[answer.status_code] += 1
            i += 1

    async def report(statuses: Counter) -> None:
        while not stop.is_set():
            counts.put((time.monotonic(), dict(statuses)))
            await asyncio.sleep(0.5)

    async def main() -> None:
        statuses: Counter[int] = Counter()
        transport = httpx.AsyncHTTPTransport(local_address=FLOODER)
        limits = httpx.Limits(max_connections=tasks)
        async with httpx.AsyncClient(base_url=url, transport=transport, timeout=60, limits=limits) as http:
            await asyncio.gather(report(statuses), *(one(http, n, statuses) for n in range(tasks)))
        counts.put((time.monotonic(), dict(statuses)))

    asyncio.run(main())


def measure(url: str, what: str, device: labels.Label, samples: int) -> list[float]:
    """Milliseconds of `samples` real requests, one after the other, each checked."""
    with httpx.Client(base_url=url, transport=httpx.HTTPTransport(local_address=USER), timeout=60) as http:
        real_request(http, what, device)  # a warm connection
        out = []
        for _ in range(samples):
            start = time.perf_counter()
            answer = real_request(http, what, device)
            out.append((time.perf_counter() - start) * 1000)
            assert answer.status_code in (200, 204), answer.text
            time.sleep(0.05)
        return out


def under_flood(url: str, what: str, device, samples: int, tasks: int, warm_up: float) -> tuple[list[float], dict]:
    stop, counts = multiprocessing.Event(), multiprocessing.Queue()
    child = multiprocessing.Process(target=flood, args=(url, what, device.serial, tasks, stop, counts))
    child.start()
    # The flood reaches its pace, and a throttled client's allowance (a burst of up to 30
    # verifications, or 120 heartbeats) has gone through: what is measured is the steady state.
    time.sleep(warm_up)
    latencies = measure(url, what, device, samples)
    stop.set()
    reports = []
    while child.is_alive() or not counts.empty():
        try:
            reports.append(counts.get(timeout=1))
        except Exception:  # queue.Empty once the child is done
            if not child.is_alive():
                break
    child.join(10)
    steady = [r for r in reports if r[0] >= reports[0][0] + warm_up] or reports
    first, last = steady[0], steady[-1]
    per_s = {code: (n - first[1].get(code, 0)) / max(last[0] - first[0], 1e-3) for code, n in last[1].items()}
    return latencies, per_s


class Server:
    """`akonet-server serve` on the servers' core, with a real user and a real device."""

    def __init__(self, tmp: Path, limits: dict[str, str]) -> None:
        self.database_url = f"sqlite:///{tmp / 'akonet.sqlite3'}"
        port = free_port()
        env = {**os.environ, "AKONET_DATA_DIR": str(tmp), "AKONET_DATABASE_URL": self.database_url, **limits}
        command = [sys.executable, "-m", "akonet_desktop.server.cli", "serve", "--port", str(port)]
        self.process = subprocess.Popen([*pinned(0), *command, "--log-level", "warning"], env=env, cwd=ROOT)
        self.url = f"http://127.0.0.1:{port}"
        wait_healthy(self.url, self.process)
        register(f"{self.url}/api/v1", tmp / "Maildir", EMAIL)
        self.device = add_device(self.database_url)

    def stop(self) -> None:
        self.process.terminate()
        self.process.wait(10)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--samples", type=int, default=5, help="real requests measured in each state and round")
    parser.add_argument("--rounds", type=int, default=4)
    parser.add_argument("--tasks", type=int, default=40, help="parallel flooding requests")
    parser.add_argument("--warm-up", type=float, default=6.0, help="seconds of flood before measuring")
    args = parser.parse_args()
    off = {"AKONET_FAILED_SIGN_INS_PER_CLIENT_PER_MINUTE": OFF, "AKONET_REFUSED_HEARTBEATS_PER_CLIENT_PER_MINUTE": OFF}
    results: dict[tuple[str, str], dict] = {}
    with tempfile.TemporaryDirectory() as tmp_off, tempfile.TemporaryDirectory() as tmp_on:
        servers = {"throttle off": Server(Path(tmp_off), off), "throttle on": Server(Path(tmp_on), {})}  # defaults
        try:
            if pinned(1):
                os.sched_setaffinity(0, {1})  # the load (and the flood, a child) stays off the servers' core
            for _ in range(args.rounds):
                for name, server in servers.items():
                    for what in ("sign-in", "heartbeat"):
                        result = results.setdefault((name, what), {"quiet": [], "flooded": [], "rates": []})
                        result["quiet"] += measure(server.url, what, server.device, args.samples)
                        loaded, rates = under_flood(
                            server.url, what, server.device, args.samples, args.tasks, args.warm_up
                        )
                        result["flooded"] += loaded
                        result["rates"].append(rates)
        finally:
            for server in servers.values():
                server.stop()
    print(f"the real user's requests (from {USER}) in ms; {args.tasks} flooding tasks from {FLOODER}:")
    for (name, what), r in results.items():
        quiet, flooded = r["quiet"], r["flooded"]
        codes = sorted({code for rates in r["rates"] for code in rates})
        answers = " ".join(
            f"{code}:{percentile([rates.get(code, 0.0) for rates in r['rates']], 0.5):.1f}/s" for code in codes
        )
        print(
            f"{name:<13} {what:<9} quiet median={percentile(quiet, 0.5):7.1f} p90={percentile(quiet, 0.9):7.1f}"
            f"   flooded median={percentile(flooded, 0.5):7.1f} p90={percentile(flooded, 0.9):7.1f}"
            f"   flood answers {answers}"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
