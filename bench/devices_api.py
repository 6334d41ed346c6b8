"""GET /api/v1/devices under load: one company's 100,000 devices, one server core, in one run.

The inventory is filled by `akonet-server inventory demo --count N --preactivate-for EMAIL`, then
`akonet-server serve` starts pinned to core 0 (`--workers` processes, all on that core) on SQLite
or (`--database postgres`) a fresh PostgreSQL database, that address registers (its devices join
its company: a batch in the registration, the rest right after it) and signs in. `wrk` (Debian:
`apt-get install wrk`), pinned to core 1, keeps `--connections` connections busy with the
signed-in access token, `--seconds` per request kind:

- health: GET /api/v1/health, the floor of what a request costs; me: GET /api/v1/me, the floor
  of a signed-in request (the access token checked in the database);
- first: the first page (limit=100), default sort; sort_<sort>_<order>: every sort both ways;
- offset_end, offset_middle: a jump near the end and to the middle (read from the nearer end);
- cursor: next pages from cursors taken at random depths, in every sort;
- status_alarm, status_inactive: the status filter (1 %, 11 %) sorted by name;
- q_rare, q_common: search "Freezer 12" (~0.1 % of the devices) and "cold" (~12 %); q_short: "12"
  (two characters: below a trigram, the texts are read).

PostgreSQL runs on the same machine, unpinned. Printed one `name=value` per line: per kind
<kind>_rps, <kind>_p50_ms, <kind>_p99_ms; then the goals' ratios. Goals (per server core): pages
≥ 200 req/s with p99 ≤ 100 ms (first, sorts, offsets, cursor), search ≥ 100 req/s (q_rare).
"""

from __future__ import annotations

import argparse
import os
import random
import re
import shutil
import subprocess
import sys
import tempfile
import time
from contextlib import ExitStack
from pathlib import Path
from urllib.parse import urlencode

import httpx
import psycopg
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from akonet_desktop.api.models import DEVICE_SORT_FIELDS  # noqa: E402
from tests.support.api import STRONG_PASSWORD  # noqa: E402
from tests.support.live import register_owner  # noqa: E402
from tests.support.postgres import fresh_database  # noqa: E402
from tests.support.processes import free_port, wait_healthy  # noqa: E402

EMAIL = "flota@frio-grande.es"
PAGE_KINDS = ("first", "offset_end", "offset_middle", "cursor")  # and every sort_*: the 200 req/s goal
SEARCH_GOAL_KIND = "q_rare"


def progress(message: str) -> None:
    print(f"# {message}", file=sys.stderr, flush=True)


def pinned(core: int) -> list[str]:
    return ["taskset", "-c", str(core)] if shutil.which("taskset") and (os.cpu_count() or 1) > 1 else []


def seed(url: str, count: int) -> float:
    started = time.perf_counter()
    subprocess.run(
        [sys.executable, "-m", "akonet_desktop.server.cli", "inventory", "demo", "--count", str(count)]
        + ["--preactivate-for", EMAIL, "--database-url", url],
        check=True,
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
    )
    return time.perf_counter() - started


def wait_joined(url: str, count: int) -> float:
    """Past a batch, devices join after the registration (server/devices/joining.py): until all have."""
    started = time.perf_counter()
    engine = create_engine(url)
    try:
        while True:
            with engine.connect() as connection:
                joined = connection.execute(text("SELECT count(*) FROM devices WHERE company_id IS NOT NULL")).scalar()
            if joined >= count:
                return time.perf_counter() - started
            time.sleep(0.2)
    finally:
        engine.dispose()


def kinds(http: httpx.Client, count: int) -> dict[str, list[str]]:
    """Request kind -> the paths wrk cycles through."""

    def path(**params) -> str:
        return "/api/v1/devices?" + urlencode({"limit": 100, **params})

    paths = {"health": ["/api/v1/health"], "me": ["/api/v1/me"], "first": [path()]}
    for sort in DEVICE_SORT_FIELDS:
        for order in ("asc", "desc"):
            paths[f"sort_{sort}_{order}"] = [path(sort=sort, order=order)]
    paths["offset_end"] = [path(offset=count - 100, sort="name"), path(offset=count - 150, sort="last_seen_at")]
    paths["offset_middle"] = [path(offset=count // 2, sort="name"), path(offset=count // 2 + 37, sort="status")]
    rng = random.Random(14)
    cursors = []
    for sort in DEVICE_SORT_FIELDS:
        for order in ("asc", "desc"):
            for _ in range(8):
                offset = rng.randrange(count - 200)
                page = http.get(path(sort=sort, order=order, offset=offset)).raise_for_status().json()
                cursors.append(path(sort=sort, order=order, offset=offset + 100, cursor=page["next_cursor"]))
    paths["cursor"] = cursors
    paths["status_alarm"] = [path(status="alarm", sort="name")]
    paths["status_inactive"] = [path(status="inactive", sort="name")]
    paths["q_rare"] = [path(q="Freezer 12")]
    paths["q_common"] = [path(q="cold")]
    paths["q_short"] = [path(q="12")]
    return paths


_LUA = """
wrk.headers["Authorization"] = "Bearer {token}"
local paths = {{ {paths} }}
local i = 0
request = function()
  i = i + 1
  return wrk.format("GET", paths[(i % #paths) + 1])
end
"""
_UNITS = {"us": 0.001, "ms": 1.0, "s": 1000.0}


def _ms(text: str) -> float:
    number, unit = re.fullmatch(r"([\d.]+)(us|ms|s)", text).groups()
    return float(number) * _UNITS[unit]


def load(url: str, token: str, paths: list[str], seconds: float, connections: int, scripts: Path) -> dict:
    script = scripts / f"{abs(hash(tuple(paths)))}.lua"
    script.write_text(_LUA.format(token=token, paths=", ".join(f'"{p}"' for p in paths)))
    out = subprocess.run(
        [*pinned(1), "wrk", "-t1", f"-c{connections}", f"-d{int(seconds)}s", "--latency", "-s", str(script), url],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    if "Non-2xx" in out or "Socket errors" in out:
        raise RuntimeError(f"failed requests:\n{out}")
    percentiles = dict(re.findall(r"^\s+(50|99)%\s+(\S+)$", out, re.MULTILINE))
    return {
        "rps": float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1)),
        "p50_ms": _ms(percentiles["50"]),
        "p99_ms": _ms(percentiles["99"]),
    }


def serve(url: str, data: Path, workers: int, stack: ExitStack) -> str:
    port = free_port()
    env = {**os.environ, "AKONET_DATA_DIR": str(data), "AKONET_DATABASE_URL": url}
    log = stack.enter_context(open(data / "server.log", "wb"))
    server = subprocess.Popen(
        [*pinned(0), sys.executable, "-m", "akonet_desktop.server.cli", "serve", "--port", str(port)]
        + ["--workers", str(workers), "--log-level", "warning", "--access-token-minutes", "600"],
        env=env,
        cwd=ROOT,
        stdout=log,
        stderr=subprocess.STDOUT,
    )

    def stop() -> None:
        server.terminate()
        server.wait(30)

    stack.callback(stop)
    base = f"http://127.0.0.1:{port}"
    wait_healthy(base, server)
    return base


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--count", type=int, default=100_000)
    parser.add_argument("--database", choices=("sqlite", "postgres"), default="sqlite")
    parser.add_argument("--workers", type=int, default=1, help="server processes, all pinned to core 0")
    parser.add_argument("--seconds", type=int, default=8, help="per request kind")
    parser.add_argument("--connections", type=int, default=4)
    parser.add_argument("--only", nargs="*", default=None, help="request kinds to measure (default: all)")
    args = parser.parse_args()
    if shutil.which("wrk") is None:
        parser.error("wrk is not installed (Debian: apt-get install wrk)")

    results: dict[str, dict] = {}
    with tempfile.TemporaryDirectory(prefix="akonet-bench-") as tmp, ExitStack() as stack:
        data = Path(tmp)
        if args.database == "postgres":
            url = stack.enter_context(fresh_database())
        else:
            url = f"sqlite:///{data / 'akonet.sqlite3'}"
        progress(f"seeding {args.count} devices")
        seed_s = seed(url, args.count)
        base = serve(url, data, args.workers, stack)
        register_owner(base, data / "Maildir", EMAIL)
        joined_s = wait_joined(url, args.count)
        if args.database == "postgres":
            # The registration moved every device into the company: what autovacuum does within
            # a minute or so of that, done now (statistics, and the visibility map of index-only scans).
            dsn = make_url(url).set(drivername="postgresql").render_as_string(hide_password=False)
            with psycopg.connect(dsn, autocommit=True) as db:
                db.execute("VACUUM ANALYZE devices")
                db.execute("VACUUM ANALYZE device_search")
        with httpx.Client(base_url=base, timeout=60) as http:
            r = http.post("/api/v1/auth/login", json={"email": EMAIL, "password": STRONG_PASSWORD})
            token = r.raise_for_status().json()["session"]["access_token"]
            http.headers["Authorization"] = f"Bearer {token}"
            assert http.get("/api/v1/devices?limit=1").json()["total"] == args.count
            paths = kinds(http, args.count)
        load_before = os.getloadavg()[0]
        load(base, token, paths["first"], 2, args.connections, data)  # warm-up: connections, caches
        for kind, kind_paths in paths.items():
            if args.only and kind not in args.only:
                continue
            progress(kind)
            results[kind] = load(base, token, kind_paths, args.seconds, args.connections, data)
        load_after = os.getloadavg()[0]

    print(f"database={args.database}")
    print(f"workers={args.workers}")
    print(f"devices={args.count}")
    print(f"seed_s={seed_s:.1f}")
    print(f"joined_after_registration_s={joined_s:.1f}  # the devices past the registration's batch")
    print(f"loadavg_1min_before={load_before:.2f}")
    print(f"loadavg_1min_after={load_after:.2f}")
    for kind, figures in results.items():
        for name, value in figures.items():
            print(f"{kind}_{name}={value:.1f}")
    pages = {k: v for k, v in results.items() if k in PAGE_KINDS or k.startswith("sort_")}
    if pages:
        slowest = min(pages, key=lambda k: pages[k]["rps"])
        worst = max(pages, key=lambda k: pages[k]["p99_ms"])
        print(f"pages_min_rps={pages[slowest]['rps']:.1f}  # {slowest}")
        print(f"pages_max_p99_ms={pages[worst]['p99_ms']:.1f}  # {worst}")
        print(f"pages_rps_goal_ratio={200 / pages[slowest]['rps']:.2f}  # ≤ 1 meets 200 req/s")
        print(f"pages_p99_goal_ratio={pages[worst]['p99_ms'] / 100:.2f}  # ≤ 1 meets 100 ms")
    if SEARCH_GOAL_KIND in results:
        print(f"search_rps_goal_ratio={100 / results[SEARCH_GOAL_KIND]['rps']:.2f}  # ≤ 1 meets 100 req/s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
