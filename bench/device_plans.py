"""Does SQLite's own planner, with ANALYZE's statistics, read filtered device pages as fast as the
access paths chosen by `server/devices/query_plan.py`? One run, one SQLite file, one process.

The inventory is filled by `akonet-server inventory demo --count N --preactivate-for EMAIL` (about
1 % in alarm, 11 % inactive), a company is made and the devices join it, then every filtered page
kind is read through `listing.list_devices` (what GET /devices runs), `--repeat` times each, in
three set-ups measured in this run, interleaved (two copies of one database, one analyzed):

- chosen: query_plan's choice imposed on SQLite (what the server does), no statistics;
- planner_analyzed: no choice imposed, after `ANALYZE` (what `PRAGMA optimize` runs at best);
- chosen_analyzed: query_plan's choice after ANALYZE (the statistics must not hurt it).

Printed one `name=value` per line: <setup>_<kind>_ms (median), then per kind
planner_over_chosen_<kind> (> 1: SQLite's own plan is slower) and the worst of them. If the
planner were as good everywhere (every ratio ≤ ~1.1), query_plan.py could go.
"""

from __future__ import annotations

import argparse
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from contextlib import closing
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from akonet_desktop.api.models import DeviceQuery  # noqa: E402
from akonet_desktop.rules import email_key  # noqa: E402
from akonet_desktop.server.context import ServerContext  # noqa: E402
from akonet_desktop.server.db import transaction  # noqa: E402
from akonet_desktop.server.devices import joining, listing  # noqa: E402
from akonet_desktop.server.models import Company  # noqa: E402
from akonet_desktop.server.settings import Settings  # noqa: E402

EMAIL = "flota@frio-grande.es"

# Filtered pages: where an access path must be chosen (an unfiltered page walks its sort's index).
KINDS = {
    "alarm_by_name": dict(status="alarm", sort="name"),
    "alarm_by_last_seen_desc": dict(status="alarm", sort="last_seen_at", order="desc"),
    "inactive_by_name": dict(status="inactive", sort="name"),
    "active_by_location": dict(status="active", sort="location"),
    "alarm_deep_offset": dict(status="alarm", sort="name", offset=900),
    "q_common_by_name": dict(q="cold", sort="name"),
    "q_common_alarm": dict(q="cold", status="alarm", sort="name"),
    "q_short_by_serial": dict(q="12", sort="serial"),
    "q_common_deep_offset": dict(q="cold", sort="name", offset=5000),
}


def progress(message: str) -> None:
    print(f"# {message}", file=sys.stderr, flush=True)


def seed(url: str, count: int) -> None:
    subprocess.run(
        [sys.executable, "-m", "akonet_desktop.server.cli", "inventory", "demo", "--count", str(count)]
        + ["--preactivate-for", EMAIL, "--database-url", url],
        check=True,
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
    )


def company_with_the_devices(ctx: ServerContext) -> int:
    now = ctx.clock.now()
    with transaction(ctx.sessions) as session:
        company = Company(
            name="Frío Grande", country="ES", id_type="NIF", id_number="B12345678", phone="+34912345678", created_at=now
        )
        session.add(company)
        session.flush()
        joined = joining.join_some(session, company.id, email_key(EMAIL), now, at_most=10**9)  # all, at once
    progress(f"{joined} devices in company {company.id}")
    return company.id


def timed_ms(ctx: ServerContext, company_id: int, query: DeviceQuery, impose: bool) -> float:
    listing._plan = CHOSEN if impose else (lambda *_args, **_kwargs: None)  # None: SQLite's planner decides
    try:
        started = time.perf_counter()
        listing.list_devices(ctx, company_id, query)
        return (time.perf_counter() - started) * 1000
    finally:
        listing._plan = CHOSEN


CHOSEN = listing._plan


def counts_kept_a_minute(database: Path) -> ServerContext:
    """Counts kept for a minute: every set-up reads pages, not the status counts."""
    return ServerContext.create(Settings(database_url=f"sqlite:///{database}", device_counts_seconds=60))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=15)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="akonet-plans-") as folder:
        bare, analyzed = Path(folder) / "bare.db", Path(folder) / "analyzed.db"
        progress(f"seeding {args.count} devices")
        seed(f"sqlite:///{bare}", args.count)
        contexts = {"bare": counts_kept_a_minute(bare)}
        company_id = company_with_the_devices(contexts["bare"])
        contexts["bare"].close()
        with closing(sqlite3.connect(bare)) as connection:  # everything in the file before it is copied
            connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        shutil.copyfile(bare, analyzed)
        contexts["bare"] = counts_kept_a_minute(bare)
        contexts["analyzed"] = counts_kept_a_minute(analyzed)
        with contexts["analyzed"].engine.begin() as connection:
            connection.exec_driver_sql("ANALYZE")
        contexts["analyzed"].engine.dispose()  # new connections read the new statistics
        setups = {
            "chosen": ("bare", True),
            "planner_analyzed": ("analyzed", False),
            "chosen_analyzed": ("analyzed", True),
        }
        medians: dict[str, dict[str, float]] = {setup: {} for setup in setups}
        try:
            for kind, params in KINDS.items():
                query = DeviceQuery(limit=100, **params)
                times: dict[str, list[float]] = {setup: [] for setup in setups}
                for round_ in range(args.repeat + 1):  # interleaved; the first round only warms caches
                    for setup, (database, impose) in setups.items():
                        took = timed_ms(contexts[database], company_id, query, impose)
                        if round_:
                            times[setup].append(took)
                for setup in setups:
                    medians[setup][kind] = statistics.median(times[setup])
                    print(f"{setup}_{kind}_ms={medians[setup][kind]:.2f}", flush=True)
        finally:
            for ctx in contexts.values():
                ctx.close()
    print(f"count={args.count}")
    ratios = {kind: medians["planner_analyzed"][kind] / medians["chosen"][kind] for kind in KINDS}
    for kind, ratio in ratios.items():
        print(f"planner_over_chosen_{kind}={ratio:.2f}")
    print(f"planner_over_chosen_worst={max(ratios.values()):.2f}")


if __name__ == "__main__":
    main()
