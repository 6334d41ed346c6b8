"""Tokens out of whatever the user pasted: the bare code, the akonet:// app link or the web link."""

from __future__ import annotations

import re
from urllib.parse import parse_qs, urlsplit

REGISTRATION_LINK = "registration/continue"
PASSWORD_RESET_LINK = "password/reset"
APP_SCHEME = "akonet"

# The server's tokens are URL-safe base64 (secrets.token_urlsafe); the bounds leave it room to change.
_TOKEN = re.compile(r"[A-Za-z0-9_-]{16,200}")
# Mail clients and chat tools wrap links in these; none of them can occur inside a link we send.
_WRAPPERS = "\"'`“”‘’«»<>()[]"
_TRAILING = ".,;:!?"
_MAX_INPUT = 4096


def _clean(text: str) -> str:
    # Links wrapped over several lines come back with line breaks inside; tokens never hold spaces.
    text = "".join(text.split())
    previous = None
    while text != previous:
        previous = text
        text = text.strip(_WRAPPERS).rstrip(_TRAILING)
    return text


def _token_in_query(query: str) -> str | None:
    # A link copied from an HTML mail source keeps its escaped ampersands.
    try:
        values = parse_qs(query.replace("&amp;", "&"), keep_blank_values=True).get("token", [])
    except ValueError:
        return None
    return values[0] if len(values) == 1 else None


def _link_token(text: str, kind: str) -> str | None:
    try:
        parts = urlsplit(text)
    except ValueError:
        return None
    scheme = parts.scheme.lower()
    if scheme == APP_SCHEME:
        matches = (parts.netloc + parts.path).strip("/").lower() == kind
    elif scheme in ("http", "https"):
        # The server may sit under a path prefix behind a reverse proxy.
        matches = bool(parts.netloc) and parts.path.rstrip("/").lower().endswith("/" + kind)
    else:
        return None
    return _token_in_query(parts.query) if matches else None


def extract_token(text: str, kind: str) -> str | None:
    """The token in a pasted code or link of this kind (REGISTRATION_LINK, PASSWORD_RESET_LINK), else None."""
    if not isinstance(text, str) or len(text) > _MAX_INPUT:
        return None
    cleaned = _clean(text)
    token = _link_token(cleaned, kind) if ":" in cleaned else cleaned
    return token if token is not None and _TOKEN.fullmatch(token) else None
