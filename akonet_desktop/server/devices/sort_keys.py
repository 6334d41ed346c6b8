"""Every write of a device's name or location also writes what the list sorts it by."""

from __future__ import annotations

from akonet_desktop.rules.sort_key import natural_sort_key

SORTED_COLUMNS = {"name": "name_key", "location": "location_key"}


def with_sort_keys(values: dict) -> dict:
    """`values` (column -> value, for an INSERT or UPDATE) plus the sort keys of what it sets."""
    return {
        **values,
        **{key: natural_sort_key(values[column]) for column, key in SORTED_COLUMNS.items() if column in values},
    }
