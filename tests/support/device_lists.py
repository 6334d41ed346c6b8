"""What the devices list must answer, computed in Python from the devices' fields: the reference
the database's answers are compared with."""

from __future__ import annotations

from datetime import datetime

from akonet_desktop.rules._text import fold
from akonet_desktop.rules.sort_key import natural_sort_key


def status(device: dict, cutoff: datetime) -> str:
    if device["alarm"]:
        return "alarm"
    seen = device["last_seen_at"]
    return "inactive" if seen is None or seen < cutoff else "active"


def _never_first(value: datetime | None) -> tuple:
    return (value is not None, value or datetime.min)


# device (with "id" and "serial") -> its key in the list's ascending order
SORT_KEYS = {
    "serial": lambda d: d["serial"],
    "name": lambda d: (natural_sort_key(d["name"]), d["id"]),
    "model": lambda d: (d["model"], d["id"]),
    "location": lambda d: (natural_sort_key(d["location"]), d["id"]),
    "last_seen_at": lambda d: (*_never_first(d["last_seen_at"]), d["id"]),
    "activated_at": lambda d: (*_never_first(d["activated_at"]), d["id"]),
    # alarm, inactive, active; within a status by last contact, never first
    "status": lambda d: (not d["alarm"], *_never_first(d["last_seen_at"]), d["id"]),
}


def found_by(device: dict, q: str) -> bool:
    """The search's meaning: the text, trimmed and folded (case, compatibility forms), is part of
    the folded serial, name, location or model. A blank text finds every device."""
    text = fold(q.strip())
    return any(text in fold(device[field]) for field in ("serial", "name", "location", "model"))


def expected(devices: list[dict], cutoff: datetime, *, sort: str, order: str, q: str = "", **only) -> list[dict]:
    """The list's devices in order; `only`: status=... for the status filter."""
    wanted = only.get("status")
    kept = [d for d in devices if (wanted is None or status(d, cutoff) == wanted) and found_by(d, q)]
    return sorted(kept, key=SORT_KEYS[sort], reverse=order == "desc")
