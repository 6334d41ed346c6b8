"""Substring search over text folded in Python: what the devices search and the people search share.

A row stores its searched fields folded (`rules._text.fold`: NFKC and a full case fold) and joined
by SEPARATOR, written with the row; a query is folded the same way and looked for as a substring
with LIKE. The databases then compare plain text, character for character: their own case rules
(SQLite's ASCII-only ones, PostgreSQL's by its locale) never decide what is found, and an index
can serve the comparison (devices/search_index.py).
"""

from __future__ import annotations

from sqlalchemy import ColumnElement

from akonet_desktop.rules._text import fold

# Between the fields, so that a match cannot start in one and end in the next. A control
# character: no name, address or device field holds one, and a search text with one is refused.
SEPARATOR = "\x1f"


def folded(*fields: str) -> str:
    """What a row stores for its searched fields."""
    return SEPARATOR.join(fold(field) for field in fields)


def needle(q: str) -> str:
    """What a search looks for in the stored texts: the query, trimmed and folded ("" for none)."""
    return fold(q.strip())


def _escape_like(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def holding(column: ColumnElement, text: str) -> ColumnElement[bool]:
    """`column` holds `text` (a needle) as a substring; LIKE's wildcards in it are plain text."""
    return column.like(f"%{_escape_like(text)}%", escape="\\")
