"""Limits on mail: per client address (429) and per recipient address and kind of mail.

- Per client: every request that may send mail counts, whatever the address and whether a mail
  goes; past the limit the answer is 429, the same for everybody.
- Per recipient: only mail actually queued counts, per kind (a registration link does not use up
  the password resets), under the address's `quota_key` (a `+tag` or other case gives no new
  allowance). Past the limit the mail is not sent, silently where the answer must not tell
  whether an address has an account.

So that nobody else's requests can silence a person's own, past the normal allowance a client's
first mail of a kind for an address within FIRST_MAIL_WINDOW still goes, up to a ceiling per hour
that bounds what a stranger holding many client addresses can send to one mailbox.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from datetime import datetime, timedelta
from enum import StrEnum

from sqlalchemy.orm import Session

from akonet_desktop.api.errors import ErrorCode
from akonet_desktop.server import ratelimit
from akonet_desktop.server.client_throttle import client_key
from akonet_desktop.server.context import ServerContext
from akonet_desktop.server.errors import ApiError
from akonet_desktop.server.settings import Settings

FIRST_MAIL_WINDOW = timedelta(minutes=15)
_TRAILING_DOTS_OR_SPACES = re.compile(r"[\s.]+$")


class MailKind(StrEnum):
    """What a mail is for, as its quota counts it (both registration mails are one kind: which
    one goes depends on whether the address has an account, which the quota must not)."""

    REGISTRATION = "registration"
    RECOVERY = "recovery"  # a reset link asked for, by its owner or by an administrator
    LOCKOUT = "lockout"
    INVITATION = "invitation"


def _fold(text: str) -> str:
    # NFKC around the case fold: casefold() can undo NFKC (and NFKC a fold), and the key must be
    # stable under both, so that no spelling of an address gets a fresh allowance.
    return unicodedata.normalize("NFKC", unicodedata.normalize("NFKC", text).casefold())


def _domain_key(folded: str) -> str:
    folded = _TRAILING_DOTS_OR_SPACES.sub("", folded)  # example.com. is example.com
    try:
        ascii_name = folded.encode("idna").decode("ascii")  # bücher.de and xn--bcher-kva.de alike
    except UnicodeError:  # not a name IDNA can encode: nobody's real domain, keep it as folded
        return folded
    return _TRAILING_DOTS_OR_SPACES.sub("", ascii_name)  # IDNA makes dots of other full stops


def quota_key(email: str) -> str:
    """The address a quota counts under: case folded, a `+tag` dropped from the local part, the
    domain in its ASCII form. For quotas only: identity and delivery keep the address as typed.

    Total: any text gives a key (made-up and malformed addresses are counted too)."""
    text = _fold(email).strip()
    local, at, domain = text.rpartition("@")
    if not at:
        return text
    base = local.partition("+")[0]
    return f"{base or local}@{_domain_key(domain)}"


def _address_key(kind: MailKind, email: str) -> str:
    # Hashed: bounded length whatever the address (NFKC can lengthen it many times), and no
    # address spelled out in the counters.
    digest = hashlib.blake2b(quota_key(email).encode("utf-8", "surrogatepass"), digest_size=16).hexdigest()
    return f"mail:{kind}:{digest}"


def _from_client_key(address_key: str, client: str | None) -> str:
    return f"{address_key}:{client_key(client or '')[:100]}"


def charge_client(session: Session, ctx: ServerContext, client: str, now: datetime) -> None:
    """Count one request that may send mail; 429 past the client's limit."""
    # An IPv6 client is its /64, as for the sign-in throttle: one host holds a whole /64.
    key = f"mail:client:{client_key(client)}"
    if not ratelimit.allow(session, key, ctx.settings.mails_per_client_per_hour, now):
        retry = ratelimit.retry_after_seconds(session, key, now)
        raise ApiError(429, ErrorCode.RATE_LIMITED, "Too many requests; try again later.", retry_after=retry)


def _ceiling(settings: Settings) -> int:
    return max(settings.mails_per_address_per_hour, settings.mails_per_address_ceiling_per_hour)


def spend(session: Session, settings: Settings, kind: MailKind, email: str, client: str | None, now: datetime) -> bool:
    """Count one mail of `kind` to `email`, asked for by `client`, if the quota allows it.

    Call it only when the mail is about to be queued; False: queue nothing. Holds the address's
    counter until the transaction ends (concurrent mail to one address is counted exactly)."""
    key = _address_key(kind, email)
    sent = ratelimit.count(session, key, now)
    if sent >= _ceiling(settings):
        return False
    from_client = _from_client_key(key, client)
    recent_from_client = ratelimit.count(session, from_client, now, FIRST_MAIL_WINDOW)
    if sent >= settings.mails_per_address_per_hour and recent_from_client:
        return False
    ratelimit.record(session, key, now)
    ratelimit.record(session, from_client, now)
    return True


def retry_after_seconds(
    session: Session, settings: Settings, kind: MailKind, email: str, client: str | None, now: datetime
) -> int:
    """When `spend` may next allow this client's mail (after it refused it)."""
    key = _address_key(kind, email)
    if ratelimit.count(session, key, now) >= _ceiling(settings):
        return ratelimit.retry_after_seconds(session, key, now)  # the oldest mail leaves the hour
    # this client's first mail again (its allowance may come back sooner if older mail leaves the hour)
    return ratelimit.seconds_until_clear(session, _from_client_key(key, client), now, FIRST_MAIL_WINDOW)
