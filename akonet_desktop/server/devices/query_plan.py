"""How SQLite should read a page of the devices list that has a filter.

A page is read one of two ways:

- WALK: along the sort's index from the page's position, keeping the rows the filter keeps,
  until the page is full. It visits about limit × (company's devices / matches) index entries
  (plus the entries an offset skips).
- FILTER: every row the filter keeps, through the filter's own index (the status index, or the
  search's trigram index), then sorted. It reads each match.

A rare status or a rare search text wants FILTER; a common one, WALK. SQLite cannot tell which:
its statistics (ANALYZE) hold an average number of rows per index prefix, so "alarm" looks as
common as "no alarm", and an FTS5 table gives the planner no estimate at all. Measured at
100,000 devices: alarm (1 %) sorted by name, first page: 8 ms walking with ANALYZE's plan, 1.6 ms
filtering; "cold" (12 % of the devices): 15 ms filtering (ANALYZE's plan), 4 ms walking. But here
the counts are known before the page is read (the status counts, the search's exact total), so
the cheaper way is chosen from them and imposed on SQLite with a unary `+`, which keeps it from
using an index for a term (its documented way). PostgreSQL keeps per-value statistics and plans
well by itself.

Measured again against SQLite's planner after ANALYZE (bench/device_plans.py, 100,000 devices):
its own plans are as good for common statuses and up to 2.7 times slower for rare ones (alarm by
name: 15 ms against 6.5), 1.35 times for common searches; so this stays, and ANALYZE is not run.
"""

from __future__ import annotations

from akonet_desktop.api.models import DeviceQuery

WALK = "walk"
FILTER = "filter"

# Relative costs per row, measured on 100,000 devices.
LOOKUP = 1.0  # read a row by its id, to test a condition on it or to return it
STEP = 0.1  # step over an index entry whose row is not needed (its id is tested, or skipped)
SORTED = 0.5  # put a row through the sorter


def choose(
    query: DeviceQuery,
    *,
    searching: bool,
    company_total: int,
    status_count: int | None,
    matching: int,
    skipped: int,
) -> str | None:
    """WALK, FILTER, or None when no filter leaves a choice (the sort's index serves the page).

    `matching`: rows the filter keeps; `skipped`: of them, the ones an offset page walks over.
    """
    # The status index orders each status's rows by last contact (models.py): it serves the
    # status filter and these sorts together, one entry per row of the page, as the planner
    # finds by itself (bench/device_plans.py: 2.9 ms where filtering then sorting took 8).
    status_filter = query.status is not None and query.sort not in ("status", "last_seen_at")
    if not (searching or status_filter):
        return None
    density = max(matching, 1) / max(company_total, 1)
    # Walking tests each visited entry: by its id alone for a search, by its row for a status.
    visit = LOOKUP if status_filter else STEP
    walk = (skipped + query.limit) / density * visit + query.limit * LOOKUP
    # Filtering reads what its index keeps: the search's matches of every status, or the status.
    if searching:
        candidates = matching * (company_total / max(status_count, 1) if query.status else 1)
    else:
        candidates = status_count if status_count is not None else matching
    filtered = candidates * LOOKUP + matching * SORTED
    return WALK if walk <= filtered else FILTER
