"""Successful logins per second on one core, against raw argon2 verifications on that core.

Prints the two rates and last `ratio=<logins/s ÷ verifications/s>`. Goal: ratio ≥ 0.85, i.e.
the server adds under 15 % to the hashing cost it cannot avoid. Keycloak's sizing guide plans
15 password logins per second per vCPU, for reference.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from akonet_desktop.server.mail.transports import read_maildir  # noqa: E402
from akonet_desktop.server.settings import Settings  # noqa: E402
from tests.support.api import COMPANY, STRONG_PASSWORD, TOKEN_IN_LINK  # noqa: E402
from tests.support.processes import free_port, wait_healthy  # noqa: E402


def email_of(client: int) -> str:
    return f"bench{client}@froid.fr"


def pinned(core: int) -> list[str]:
    return ["taskset", "-c", str(core)] if shutil.which("taskset") and os.cpu_count() > 1 else []


def raw_verifications_per_second(seconds: float) -> float:
    code = f"""
import time
from akonet_desktop.server.accounts.passwords import Passwords
from akonet_desktop.server.settings import Settings
s = Settings()
p = Passwords(s.argon2_time_cost, s.argon2_memory_kib, s.argon2_parallelism)
h = p.hash({STRONG_PASSWORD!r})
n, start = 0, time.perf_counter()
while time.perf_counter() - start < {seconds}:
    assert p.verify(h, {STRONG_PASSWORD!r}); n += 1
print(n / (time.perf_counter() - start))
"""
    out = subprocess.run([*pinned(0), sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT)
    return float(out.stdout.strip())


def register(api: str, maildir: Path, email: str) -> None:
    """One company owner per load client: concurrent sign-ins of different people."""
    with httpx.Client(base_url=api, timeout=30) as http:
        http.post(
            "/registrations", json={"email": email, "email_confirmation": email, "language": "fr"}
        ).raise_for_status()
        deadline = time.monotonic() + 20
        while not (mails := [m for m in read_maildir(str(maildir)) if m["To"] == email] if maildir.exists() else []):
            if time.monotonic() > deadline:
                raise TimeoutError("no registration mail")
            time.sleep(0.05)
        body = mails[0].get_body(("plain",)).get_content()
        token = TOKEN_IN_LINK.search(body).group(1)
        http.put(f"/registrations/{token}/company", json=COMPANY).raise_for_status()
        http.post(
            f"/registrations/{token}/complete",
            json={
                "first_name": "Bench",
                "last_name": "Mark",
                "password": STRONG_PASSWORD,
                "password_confirmation": STRONG_PASSWORD,
                "language": "fr",
            },
        ).raise_for_status()


async def logins_per_second(api: str, seconds: float, clients: int) -> float:
    done = 0
    stop_at = time.perf_counter() + seconds

    async def client(http: httpx.AsyncClient, email: str) -> None:
        nonlocal done
        while time.perf_counter() < stop_at:
            r = await http.post("/auth/login", json={"email": email, "password": STRONG_PASSWORD})
            r.raise_for_status()
            done += 1

    async with httpx.AsyncClient(base_url=api, timeout=60) as http:
        done = 0
        start = time.perf_counter()
        stop_at = start + seconds
        await asyncio.gather(*(client(http, email_of(i)) for i in range(clients)))
        return done / (time.perf_counter() - start)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--seconds", type=float, default=4.0, help="length of each measured slice")
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--clients", type=int, default=4)
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as tmp:
        data = Path(tmp)
        port = free_port()
        env = {**os.environ, "AKONET_DATA_DIR": str(data)}
        server = subprocess.Popen(
            [
                *pinned(0),
                sys.executable,
                "-m",
                "akonet_desktop.server.cli",
                "serve",
                "--port",
                str(port),
                "--workers",
                "1",
                "--log-level",
                "warning",
            ],
            env=env,
            cwd=ROOT,
        )
        try:
            url = f"http://127.0.0.1:{port}"
            wait_healthy(url, server)
            for i in range(args.clients):
                register(f"{url}/api/v1", Settings(data_dir=data).data_dir / "Maildir", email_of(i))
            if pinned(1):
                os.sched_setaffinity(0, {1})  # the load generator stays off the server's core
            api = f"{url}/api/v1"
            asyncio.run(logins_per_second(api, 1.0, args.clients))  # warm-up: connections, query plans
            # Shared machines drift by tens of percent within a minute: alternate short slices
            # of baseline and load, compare each load slice with the baselines either side of
            # it, and report the median, so one disturbed slice cannot decide the result.
            raws = [raw_verifications_per_second(args.seconds)]
            rates: list[float] = []
            for _ in range(args.rounds):
                rates.append(asyncio.run(logins_per_second(api, args.seconds, args.clients)))
                raws.append(raw_verifications_per_second(args.seconds))
        finally:
            server.terminate()
            server.wait(10)
    os.sched_setaffinity(0, range(os.cpu_count()))
    ratios = [rate / ((raws[i] + raws[i + 1]) / 2) for i, rate in enumerate(rates)]
    print("rounds: " + " ".join(f"{r:.3f}" for r in ratios))
    print(f"argon2_verifications_per_s={statistics.median(raws):.2f}")
    print(f"logins_per_s={statistics.median(rates):.2f}")
    print(f"ratio={statistics.median(ratios):.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
