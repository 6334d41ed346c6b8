"""What the devices list's search compares: the device's serial, name, location and model, folded.

The search finds a device when the folded search text is part of one of those four fields,
folded the same way (`rules._text.fold`: case, compatibility forms). Folding happens here, in
Python, once when a device is written, so that the database compares plain text and an index can
serve the comparison (server/devices/search_index.py); SQLite knows no Unicode case folding.
"""

from __future__ import annotations

from sqlalchemy import update
from sqlalchemy.orm import Session

from akonet_desktop.rules._text import fold
from akonet_desktop.server.models import DeviceSearch

# Between the fields, so that a match cannot start in one and end in the next. A control
# character: search text with one is refused (rules.device.check_device_search).
SEPARATOR = "\x1f"
SEARCHED_FIELDS = ("serial", "name", "location", "model")


def search_text(serial: str, name: str, location: str, model: str) -> str:
    return SEPARATOR.join(fold(field) for field in (serial, name, location, model))


def needle(q: str) -> str:
    """What the search looks for in the search texts: the query, trimmed and folded ("" for none)."""
    return fold(q.strip())


def rewrite(session: Session, device_id: int, serial: str, name: str, location: str, model: str) -> None:
    """After a device's name or location changed: what the search finds it by."""
    session.execute(
        update(DeviceSearch)
        .where(DeviceSearch.device_id == device_id)
        .values(search_text=search_text(serial, name, location, model))
    )
