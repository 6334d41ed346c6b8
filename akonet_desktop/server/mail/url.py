"""Mail URLs: where the server delivers its mail.

    smtp://[user:password@]host[:port][?starttls=true|false&timeout=SECONDS]
        default port 25. STARTTLS defaults to on when a user name is given, so credentials
        are never sent in clear unless `starttls=false` says so explicitly (a local relay);
        without credentials it defaults to off. When on, a server without STARTTLS is an error,
        never a silent downgrade.
    smtps://[user:password@]host[:port][?timeout=SECONDS]
        implicit TLS, default port 465.
    maildir:///absolute/path   (Windows: maildir:///C:/path or maildir://C:/path)

User name, password and path are percent-decoded. timeout (seconds, default 30) bounds the
connection and each SMTP exchange. Error messages never repeat the password.
"""

from __future__ import annotations

import math
import os
import re
from dataclasses import dataclass, field
from urllib.parse import SplitResult, parse_qsl, unquote, urlsplit

DEFAULT_TIMEOUT = 30.0
DEFAULT_PORTS = {"smtp": 25, "smtps": 465}
_BOOLEANS = {
    "true": True,
    "1": True,
    "yes": True,
    "on": True,
    "false": False,
    "0": False,
    "no": False,
    "off": False,
}
_DRIVE = re.compile(r"^/?([A-Za-z]:)([/\\].*)?$")


@dataclass(frozen=True)
class MailTarget:
    scheme: str  # "smtp", "smtps" or "maildir"
    host: str | None
    port: int | None
    username: str | None
    password: str | None = field(repr=False)
    path: str | None
    starttls: bool
    timeout: float


def parse_mail_url(url: str) -> MailTarget:
    if not isinstance(url, str) or not url.strip():
        raise ValueError("the mail URL is empty")
    parts = urlsplit(url.strip())
    scheme = parts.scheme.lower()
    if parts.fragment:
        raise ValueError("a mail URL cannot have a #fragment")
    if scheme in DEFAULT_PORTS:
        return _smtp_target(scheme, parts)
    if scheme == "maildir":
        return _maildir_target(parts)
    raise ValueError(
        f"unsupported mail URL scheme {scheme or '(none)'!r}: use smtp://host, smtps://host or maildir:///absolute/path"
    )


def _smtp_target(scheme: str, parts: SplitResult) -> MailTarget:
    host = parts.hostname
    if not host:
        raise ValueError(f"the {scheme}:// mail URL needs a host name")
    try:
        port = parts.port
    except ValueError:
        raise ValueError(f"the {scheme}:// mail URL has an invalid port") from None
    if port is None:
        port = DEFAULT_PORTS[scheme]
    elif port == 0:
        raise ValueError(f"the {scheme}:// mail URL has an invalid port: 0")
    if parts.path not in ("", "/"):
        raise ValueError(f"a {scheme}:// mail URL cannot have a path")
    username, password = _credentials(parts, scheme)
    allowed = ("starttls", "timeout") if scheme == "smtp" else ("timeout",)
    options = _options(parts.query, allowed=allowed)
    starttls = scheme == "smtp" and username is not None
    if "starttls" in options:
        starttls = _boolean("starttls", options["starttls"])
    return MailTarget(
        scheme=scheme,
        host=host,
        port=port,
        username=username,
        password=password,
        path=None,
        starttls=starttls,
        timeout=_timeout(options.get("timeout")),
    )


def _credentials(parts: SplitResult, scheme: str) -> tuple[str | None, str | None]:
    if "@" not in parts.netloc:
        return None, None
    if not parts.username:
        raise ValueError(f"the {scheme}:// mail URL has credentials without a user name")
    if parts.password is None:
        raise ValueError(f"the {scheme}:// mail URL has a user name but no password (write user:password@host)")
    return unquote(parts.username), unquote(parts.password)


def _options(query: str, *, allowed: tuple[str, ...]) -> dict[str, str]:
    options: dict[str, str] = {}
    for name, value in parse_qsl(query, keep_blank_values=True):
        if name not in allowed:
            raise ValueError(f"unknown mail URL option {name!r}; allowed: {', '.join(allowed) or 'none'}")
        if name in options:
            raise ValueError(f"the mail URL option {name!r} is given twice")
        options[name] = value
    return options


def _boolean(name: str, value: str) -> bool:
    try:
        return _BOOLEANS[value.strip().lower()]
    except KeyError:
        raise ValueError(f"mail URL option {name} must be true or false, not {value!r}") from None


def _timeout(value: str | None) -> float:
    if value is None:
        return DEFAULT_TIMEOUT
    try:
        seconds = float(value)
    except ValueError:
        seconds = math.nan
    if not math.isfinite(seconds) or seconds <= 0:
        raise ValueError(f"mail URL option timeout must be a positive number of seconds: {value!r}")
    return seconds


def _maildir_target(parts: SplitResult) -> MailTarget:
    if parts.query:
        raise ValueError("a maildir:// URL takes no options")
    netloc, path = parts.netloc, unquote(parts.path)
    drive = _DRIVE.match(netloc + path) if os.name == "nt" else None
    if drive:  # maildir:///C:/x and maildir://C:/x, as file URLs write Windows paths
        path = drive.group(1) + (drive.group(2) or "/")
    elif netloc:
        raise ValueError(
            f"a maildir URL needs an absolute path, as in maildir:///var/mail/akonet "
            f"(three slashes; {netloc.rpartition('@')[2]!r} was read as a host name)"
        )
    if not path or not os.path.isabs(path):
        raise ValueError("a maildir URL needs an absolute path, as in maildir:///var/mail/akonet")
    return MailTarget(
        scheme="maildir",
        host=None,
        port=None,
        username=None,
        password=None,
        path=path,
        starttls=False,
        timeout=DEFAULT_TIMEOUT,
    )
