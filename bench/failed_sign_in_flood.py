"""A real user's sign-in and a real device's heartbeat while one client floods the server with
failures (40 parallel sign-ins on made-up addresses; 40 parallel heartbeats with a wrong secret),
with the per-client throttle off and at its defaults, measured in the same run.

The server runs on one core, the load on another (as bench/login_throughput.py); the flooding
client is 127.0.0.4, the real user and device 127.0.0.5. Prints median and 90th percentile
latencies in ms, and what the flood got through per second.
"""

from __future__ import annotations

import argparse
import asyncio
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


async def timed(http: httpx.AsyncClient, request, samples: int) -> list[float]:
    """Milliseconds of `samples` requests in a row, each checked."""
    out = []
    for _ in range(samples):
        start = time.perf_counter()
        response = await request(http)
        out.append((time.perf_counter() - start) * 1000)
        assert response.status_code in (200, 204), response.text
        await asyncio.sleep(0.05)
    return out


async def under_flood(
    url: str, flood_request, real_request, samples: int, tasks: int, warm_up: float
) -> tuple[list[float], dict]:
    """Real requests' latencies while `tasks` flooding requests run back to back."""
    statuses: Counter[int] = Counter()
    stop = asyncio.Event()

    async def flooder(http: httpx.AsyncClient, n: int) -> None:
        i = 0
        while not stop.is_set():
            statuses[(await flood_request(http, n, i)).status_code] += 1
            i += 1

    flood_transport = httpx.AsyncHTTPTransport(local_address=FLOODER)
    user_transport = httpx.AsyncHTTPTransport(local_address=USER)
    limits = httpx.Limits(max_connections=tasks)
    async with (
        httpx.AsyncClient(base_url=url, transport=flood_transport, timeout=60, limits=limits) as flood,
        httpx.AsyncClient(base_url=url, transport=user_transport, timeout=60) as user,
    ):
        await real_request(user)  # a warm connection
        running = [asyncio.create_task(flooder(flood, n)) for n in range(tasks)]
        # The flood reaches its pace, and the allowance of a throttled client (a burst of up to 30
        # verifications, 120 heartbeats) has gone through: what is measured is the steady state.
        await asyncio.sleep(warm_up)
        start, before = time.perf_counter(), sum(statuses.values())
        latencies = await timed(user, real_request, samples)
        elapsed = time.perf_counter() - start
        counted = dict(statuses)
        rate = (sum(statuses.values()) - before) / elapsed
        stop.set()
        await asyncio.gather(*running)
    return latencies, {"flood_per_s": rate, "statuses": counted}


async def quiet(url: str, real_request, samples: int) -> list[float]:
    async with httpx.AsyncClient(
        base_url=url, transport=httpx.AsyncHTTPTransport(local_address=USER), timeout=60
    ) as user:
        await real_request(user)
        return await timed(user, real_request, samples)


class Server:
    """`akonet-server serve` on the server's core, with a real user and a real device."""

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

    # what is measured, and what floods
    def sign_in(self, http):
        return http.post("/api/v1/auth/login", json={"email": EMAIL, "password": STRONG_PASSWORD})

    def made_up_sign_in(self, http, n, i):
        email = f"made-up-{n}-{i}@froid.fr"
        return http.post("/api/v1/auth/login", json={"email": email, "password": "Wrong-Guess-1!"})

    def beat(self, http):
        headers = {"Authorization": f"Device {self.device.device_secret}"}
        return http.post(f"/api/v1/devices/{self.device.serial}/heartbeat", json={"alarm": False}, headers=headers)

    def wrong_beat(self, http, n, i):
        headers = {"Authorization": "Device not-the-secret"}
        return http.post(f"/api/v1/devices/{self.device.serial}/heartbeat", json={"alarm": False}, headers=headers)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--samples", type=int, default=5, help="real requests measured in each state and round")
    parser.add_argument("--rounds", type=int, default=4)
    parser.add_argument("--tasks", type=int, default=40, help="parallel flooding requests")
    parser.add_argument("--warm-up", type=float, default=6.0, help="seconds of flood before measuring")
    args = parser.parse_args()
    off = {"AKONET_FAILED_SIGN_INS_PER_CLIENT_PER_MINUTE": OFF, "AKONET_REFUSED_HEARTBEATS_PER_CLIENT_PER_MINUTE": OFF}
    with tempfile.TemporaryDirectory() as tmp_off, tempfile.TemporaryDirectory() as tmp_on:
        servers = {"throttle off": Server(Path(tmp_off), off), "throttle on": Server(Path(tmp_on), {})}  # defaults
        try:
            if pinned(1):
                os.sched_setaffinity(0, {1})  # the load generator stays off the servers' core
            # Shared machines drift within a minute: the two servers take turns, round after round.
            results: dict[tuple[str, str], dict] = {}
            for _ in range(args.rounds):
                for name, server in servers.items():
                    for what, real, flood in (
                        ("sign-in", server.sign_in, server.made_up_sign_in),
                        ("heartbeat", server.beat, server.wrong_beat),
                    ):
                        result = results.setdefault((name, what), {"quiet": [], "flooded": [], "rates": []})
                        result["quiet"] += asyncio.run(quiet(server.url, real, args.samples))
                        loaded, stats = asyncio.run(
                            under_flood(server.url, flood, real, args.samples, args.tasks, args.warm_up)
                        )
                        result["flooded"] += loaded
                        result["rates"].append(stats["flood_per_s"])
                        result["statuses"] = stats["statuses"]
        finally:
            for server in servers.values():
                server.stop()
    print(f"the real user's requests (from {USER}) in ms; {args.tasks} flooding tasks from {FLOODER}:")
    for (name, what), r in results.items():
        quiet_ms, flooded_ms = r["quiet"], r["flooded"]
        print(
            f"{name:<13} {what:<9} quiet median={percentile(quiet_ms, 0.5):7.1f} p90={percentile(quiet_ms, 0.9):7.1f}"
            f"   flooded median={percentile(flooded_ms, 0.5):7.1f} p90={percentile(flooded_ms, 0.9):7.1f}"
            f"   flood answers={percentile(r['rates'], 0.5):6.1f}/s (last round {r['statuses']})"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
