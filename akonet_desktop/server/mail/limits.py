"""Limits on endpoints that send mail: per client address (429) and per recipient (silent)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy.orm import Session

from akonet_desktop.api.errors import ErrorCode
from akonet_desktop.server import ratelimit
from akonet_desktop.server.context import ServerContext
from akonet_desktop.server.errors import ApiError


def mail_allowed(session: Session, ctx: ServerContext, email: str, client: str, now: datetime) -> bool:
    """Raise 429 past the client limit; False (send nothing, say nothing) past the address limit.

    The address limit answers exactly like success, so it cannot tell anyone whether an
    address has an account or how often it was asked for.
    """
    settings = ctx.settings
    client_key = f"mail:client:{client}"
    if not ratelimit.allow(session, client_key, settings.mails_per_client_per_hour, now):
        retry = ratelimit.retry_after_seconds(session, client_key, now)
        raise ApiError(429, ErrorCode.RATE_LIMITED, "Too many requests; try again later.", retry_after=retry)
    return ratelimit.allow(session, f"mail:address:{email}", settings.mails_per_address_per_hour, now)
