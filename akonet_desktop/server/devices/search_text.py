"""What the devices list's search compares: the device's serial, name, location and model, folded.

The search finds a device when the folded search text is part of one of those four fields,
folded the same way (server/folded_text.py: case, compatibility forms). Folding happens in
Python, once when a device is written, so that the database compares plain text and an index can
serve the comparison (server/devices/search_index.py); SQLite knows no Unicode case folding.
"""

from __future__ import annotations

from sqlalchemy import update
from sqlalchemy.orm import Session

from akonet_desktop.server.folded_text import folded
from akonet_desktop.server.models import DeviceSearch

SEARCHED_FIELDS = ("serial", "name", "location", "model")


def search_text(serial: str, name: str, location: str, model: str) -> str:
    return folded(serial, name, location, model)


def rewrite(session: Session, device_id: int, serial: str, name: str, location: str, model: str) -> None:
    """After a device's name or location changed: what the search finds it by."""
    session.execute(
        update(DeviceSearch)
        .where(DeviceSearch.device_id == device_id)
        .values(search_text=search_text(serial, name, location, model))
    )
