"""How SQLite should read the devices table for one list request.

Without ANALYZE statistics SQLite assumes an index equality keeps about ten rows, so for a
company owning 100,000 devices it walks an index and fetches each row in index order, on
random pages. A plain table scan reads pages in order, at about a sixth of the cost per row;
a walk along the sort index stops after one page of matches; the status index visits only the
devices of one status. The counts are known before the page query, so the cheapest path can
be picked from real numbers. (PostgreSQL keeps statistics and plans well by itself.)
"""

from __future__ import annotations

from akonet_desktop.api.models import DeviceQuery

SCAN = "scan"  # the whole table, in page order, then sort
SORT_INDEX = "sort_index"  # the index in the sort's order (for "status", the status index)
STATUS_INDEX = "status_index"  # the status index for the status filter, then sort

# Relative costs per row, measured on 100,000 devices.
LOOKUP = 1.0  # read a row in index order (a random page)
SEQUENTIAL = 1 / 6  # read a row in a table scan
SORTED = 1.0  # put a row through the sorter
STEP = 0.1  # step over an index entry whose row is not needed (OFFSET with no filter)

_INDEXED_SORTS = frozenset({"serial", "name", "model", "location", "status", "last_seen_at", "activated_at"})


def choose(
    query: DeviceQuery,
    *,
    table_rows: int,
    company_total: int,
    status_count: int | None,
    matching: int | None,
) -> str | None:
    """SCAN, SORT_INDEX, STATUS_INDEX, or None to let SQLite plan.

    `matching` is None for the query that counts the matches (no ORDER BY, no LIMIT).
    """
    counting = matching is None
    sorted_rows = 0 if counting else matching
    costs: dict[str | None, float] = {
        None: company_total * LOOKUP,
        SCAN: table_rows * SEQUENTIAL + sorted_rows * SORTED,
    }
    if query.status is not None and status_count is not None:
        costs[STATUS_INDEX] = status_count * LOOKUP + (0 if counting else status_count * SORTED)
    if not counting and query.sort in _INDEXED_SORTS:
        filtered = bool(query.q.strip()) or query.status is not None
        visited = min(company_total, (query.offset + query.limit) * company_total / max(matching, 1))
        costs[SORT_INDEX] = visited * (LOOKUP if filtered else STEP) + query.limit * LOOKUP
    return min(costs, key=costs.__getitem__)
