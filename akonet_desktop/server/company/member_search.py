"""What the people list's search compares: a person's or invitation's first name, last name and
address, folded (folded_text.py), so that "straße" finds "STRASSE" and "ＫＥＮ" finds "Ken" on
both databases, whatever PostgreSQL's locale. models.py keeps `search_text` current.
"""

from __future__ import annotations

from akonet_desktop.server.folded_text import folded


def search_text(first_name: str, last_name: str, email: str) -> str:
    return folded(first_name, last_name, email)
