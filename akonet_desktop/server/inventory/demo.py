"""`inventory demo`: many realistic devices at once, for demonstrations and benchmarks.

With an address to pre-activate for, the devices look lived-in: names like "Cold room 12",
sites and areas, a realistic mix of models, about 1 % in alarm and some not heard of for a
while (inactive); they join that address's company now or when it registers. Without one they
are plain inventory, waiting for « Activer dispositif ».
"""

from __future__ import annotations

import random
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from sqlalchemy.orm import Session

from akonet_desktop.rules.device import GATEWAY_MODELS
from akonet_desktop.server.devices import search_index
from akonet_desktop.server.devices.secrets import new_serial
from akonet_desktop.server.inventory import bulk
from akonet_desktop.server.inventory.labels import Label, device_row, new_label, preactivation_columns

MODELS = {
    "AKO-16524": 24,
    "AKO-16526": 14,
    "AKO-16526A": 10,
    "AKO-16525": 10,
    "AKO-16523": 9,
    "AKO-16520": 8,
    "AKO-16624": 11,
    "AKOCONTROL": 8,
    "AKO-5041": 4,
    "AKO-5051": 2,
}
KINDS = (
    "Cold room",
    "Freezer",
    "Display case",
    "Blast chiller",
    "Walk-in cooler",
    "Ice machine",
    "Wine cellar",
    "Dairy cabinet",
)
SITES = (
    "Madrid Central",
    "Barcelona Port",
    "Valencia Market",
    "Sevilla Norte",
    "Bilbao Store 12",
    "Zaragoza Logistics",
    "Lyon Halles",
    "Lisboa Docas",
    "Porto Ribeira",
    "Toulouse Sud",
)
AREAS = (
    "Kitchen",
    "Warehouse A",
    "Warehouse B",
    "Butchery",
    "Bakery",
    "Dairy aisle",
    "Fish counter",
    "Loading dock",
    "Back store",
)
FIRMWARES = ("1.4.2", "2.0.1", "2.1.0", "2.1.3", "3.0.0")

ALARM_SHARE = 0.01
NEVER_SEEN_SHARE = 0.03
SILENT_SHARE = 0.08  # heard of once, then not for a while


@dataclass
class DemoSummary:
    created: int = 0
    joined_company: bool = False
    waiting_for: str | None = None
    statuses: Counter = field(default_factory=Counter)
    labels: list[Label] = field(default_factory=list)  # kept only for small runs


class _Lifelike:
    """Names, places and recent history for one device after another."""

    def __init__(self, rng: random.Random, now: datetime, inactive_minutes: int) -> None:
        self.rng, self.now = rng, now
        self.recent = timedelta(minutes=min(5, inactive_minutes / 2))
        self.silent_after = timedelta(minutes=inactive_minutes + 1)
        self.numbers: Counter = Counter()

    def columns(self, model: str) -> tuple[str, dict]:
        rng = self.rng
        kind = "Gateway" if model in GATEWAY_MODELS else rng.choice(KINDS)
        self.numbers[kind] += 1
        r = rng.random()
        if r < ALARM_SHARE:
            status, last_seen = "alarm", self.now - self.recent * rng.random()
        elif r < ALARM_SHARE + NEVER_SEEN_SHARE:
            status, last_seen = "inactive", None
        elif r < ALARM_SHARE + NEVER_SEEN_SHARE + SILENT_SHARE:
            status, last_seen = "inactive", self.now - self.silent_after - timedelta(days=30) * rng.random()
        else:
            status, last_seen = "active", self.now - self.recent * rng.random()
        return status, {
            "name": f"{kind} {self.numbers[kind]}",
            "location": f"{rng.choice(SITES)}, {rng.choice(AREAS)}",
            "alarm": status == "alarm",
            "last_seen_at": last_seen,
        }


def demo(
    session: Session,
    now: datetime,
    count: int,
    *,
    preactivate_for: str | None = None,
    inactive_minutes: int = 15,
    keep_labels: int = 20,
    on_batch: Callable[[list[Label]], None] | None = None,
    rng: random.Random | None = None,
) -> DemoSummary:
    rng = rng or random.Random()
    target = preactivation_columns(session, preactivate_for, now)
    summary = DemoSummary(
        joined_company="company_id" in target,
        waiting_for=preactivate_for if target and "company_id" not in target else None,
    )
    lifelike = _Lifelike(rng, now, inactive_minutes) if target else None
    with search_index.indexing_in_bulk(session.connection()):
        _insert(session, now, count, target, lifelike, summary, keep_labels, on_batch, rng)
    return summary


def _insert(session, now, count, target, lifelike, summary, keep_labels, on_batch, rng) -> None:
    for labels in _label_batches(rng, count, bulk.BATCH):
        rows = []
        for label in labels:
            columns = dict(target)
            if lifelike is not None:
                status, more = lifelike.columns(label.model)
                summary.statuses[status] += 1
                columns.update(more)
                if summary.joined_company:
                    columns["activated_at"] = now - timedelta(days=365) * rng.random()
            rows.append(device_row(label, now, **columns))
        summary.created += bulk.insert_devices(session, rows)
        if on_batch is not None:
            on_batch(labels)
        if count <= keep_labels:
            summary.labels.extend(labels)


def _label_batches(rng: random.Random, count: int, size: int) -> Iterator[list[Label]]:
    models, weights = list(MODELS), list(MODELS.values())
    serials: set[str] = set()
    made = 0
    while made < count:
        batch = []
        for model in rng.choices(models, weights, k=min(size, count - made)):
            serial = new_serial()
            while serial in serials:
                serial = new_serial()
            serials.add(serial)
            batch.append(new_label(model, serial, rng.choice(FIRMWARES)))
        made += len(batch)
        yield batch
