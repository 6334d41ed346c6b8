"""The links in AKONet emails: akonet:// app links, the web pages behind them, and bare codes.

Formats (kept in step with the server's `links.py`, checked by the tests):
    akonet://registration/continue?token=CODE    https://server/registration/continue?token=CODE
    akonet://password/reset?token=CODE           https://server/password/reset?token=CODE
    akonet://password/forgot
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal
from urllib.parse import parse_qs, urlsplit

APP_SCHEME = "akonet"
MAX_LINK_LENGTH = 2048
MAX_PASTE_LENGTH = 100_000

# The server issues URL-safe base64 codes; the bounds leave room for longer ones.
TOKEN = re.compile(r"[A-Za-z0-9_-]{16,200}")

LinkKind = Literal["registration", "password_reset", "password_forgot"]

_APP_ROUTES: dict[tuple[str, str], LinkKind] = {
    ("registration", "/continue"): "registration",
    ("password", "/reset"): "password_reset",
    ("password", "/forgot"): "password_forgot",
}
_WEB_PATHS = ("/registration/continue", "/password/reset")
# What mail clients and sentences put around a link: quotes, brackets, final punctuation.
_WRAPPING = "<>\"'`«»“”„‘’()[]{}.,;:!?"
_LINK_IN_TEXT = re.compile(r"(?:akonet|https?)://[^\s<>\"'«»“”]+", re.IGNORECASE)


@dataclass(frozen=True)
class DeepLink:
    kind: LinkKind
    token: str | None


def _trim(text: str) -> str:
    """Without the whitespace and wrapping characters at both ends (linear, unlike a regex)."""
    start, end = 0, len(text)
    while start < end and (text[start].isspace() or text[start] in _WRAPPING):
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in _WRAPPING):
        end -= 1
    return text[start:end]


def _link(text: str) -> str:
    # Mail clients wrap long links across lines; no valid link contains whitespace.
    return "".join(_trim(text).split())


def _query_token(query: str) -> str | None:
    values = parse_qs(query, keep_blank_values=True).get("token", [])
    if len(values) == 1 and TOKEN.fullmatch(values[0]):
        return values[0]
    return None


def parse_deep_link(text: str) -> DeepLink:
    """The app link's meaning; ValueError (with the reason) for anything that is not one."""
    if not isinstance(text, str):
        raise ValueError("a link must be text")
    if len(text) > MAX_LINK_LENGTH:
        raise ValueError(f"the link is longer than {MAX_LINK_LENGTH} characters")
    parts = urlsplit(_link(text))
    if parts.scheme.lower() != APP_SCHEME:
        raise ValueError(f"not an {APP_SCHEME}:// link")
    kind = _APP_ROUTES.get((parts.netloc.lower(), parts.path.rstrip("/").lower()))
    if kind is None:
        raise ValueError("unknown AKONet link")
    if kind == "password_forgot":
        return DeepLink(kind, None)
    if "token" not in parse_qs(parts.query, keep_blank_values=True):
        raise ValueError("the link has no code")
    token = _query_token(parts.query)
    if token is None:
        raise ValueError("the code in the link is not valid")
    return DeepLink(kind, token)


def _token_from_link(link: str) -> str | None:
    try:
        parts = urlsplit(link)
    except ValueError:
        return None
    scheme = parts.scheme.lower()
    if scheme == APP_SCHEME:
        try:
            return parse_deep_link(link).token
        except ValueError:
            return None
    # endswith: an organisation server may be published under a path prefix.
    if scheme in ("http", "https") and parts.netloc and parts.path.rstrip("/").endswith(_WEB_PATHS):
        return _query_token(parts.query)
    return None


def extract_token(text: str) -> str | None:
    """The code in what the user pasted (a code, an app link, a web link, or a mail excerpt)."""
    if not isinstance(text, str) or len(text) > MAX_PASTE_LENGTH:
        return None
    code = _trim(text)
    if TOKEN.fullmatch(code):
        return code
    token = _token_from_link(_link(text))
    if token is not None:
        return token
    for match in _LINK_IN_TEXT.finditer(text):
        token = _token_from_link(_link(match.group()))
        if token is not None:
            return token
    return None
