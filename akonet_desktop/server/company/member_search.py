"""What the people list's search compares: a person's or invitation's first name, last name and
address, folded.

GET /users?q= finds a row when the folded query is part of one of those three fields, folded the
same way (`rules._text.fold`: NFKC and a full case fold, so "straße" finds "STRASSE" and "ＫＥＮ"
finds "Ken"). The fold happens here, in Python, when a row is written (models.py keeps
`search_text` current), and the database compares plain text: PostgreSQL's ILIKE and lower() fold
as its locale says (under LC_CTYPE 'C', ASCII only; under none is "ß" "ss"), SQLite's only ASCII,
and the same search must give the same people on both.
"""

from __future__ import annotations

from akonet_desktop.rules._text import fold

# Between the fields, so that a match cannot start in one and end in the next: a control character,
# which no name (rules.person) and no address holds.
SEPARATOR = "\x1f"


def search_text(first_name: str, last_name: str, email: str) -> str:
    return SEPARATOR.join(fold(field) for field in (first_name, last_name, email))


def needle(q: str) -> str:
    """What the search looks for in the search texts: the query, trimmed and folded ("" for none)."""
    return fold(q.strip())
