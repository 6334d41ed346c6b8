"""Access logs without live links: a registration or invitation token travels in the path (the API) and in
the query (the web page behind an emailed link). Whoever reads the server's log must not be
able to finish someone's registration or reset their password with what it shows.

The query parameters are those of the link kinds in api/links.py, redacted on any path (a
mistyped or prefixed link carries a live token too).
"""

from __future__ import annotations

import logging
import re

from akonet_desktop.api.links import TOKEN_PARAMETERS

ACCESS_LOGGER = "uvicorn.access"
REDACTED = "[redacted]"
# Registrations and invitations carry their token in the API path; an administrator's
# /users/invitations/{id} carries only an id.
_PATH_TOKEN = re.compile(r"((?:/registrations|(?<!/users)/invitations)/)[^/?#\s]+")
_PARAMETERS = "|".join(re.escape(name) for name in sorted(TOKEN_PARAMETERS))
_QUERY_TOKEN = re.compile(rf"([?&](?:{_PARAMETERS})=)[^&#\s]*")


def redact(path: str) -> str:
    return _QUERY_TOKEN.sub(rf"\g<1>{REDACTED}", _PATH_TOKEN.sub(rf"\g<1>{REDACTED}", path))


class RedactTokens(logging.Filter):
    """For uvicorn's access records: (client, method, path with query, HTTP version, status)."""

    def filter(self, record: logging.LogRecord) -> bool:
        args = record.args
        if isinstance(args, tuple) and len(args) >= 3 and isinstance(args[2], str):
            record.args = (*args[:2], redact(args[2]), *args[3:])
        return True


def redact_access_log() -> None:
    logger = logging.getLogger(ACCESS_LOGGER)
    if not any(isinstance(existing, RedactTokens) for existing in logger.filters):
        logger.addFilter(RedactTokens())
