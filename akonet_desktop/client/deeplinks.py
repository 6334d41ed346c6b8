"""The links in AKONet emails, read back: akonet:// app links, the web pages behind them, and bare codes.

One parser for all of it, driven by the link kinds in api/links.py:
- parse_deep_link: a link the app was opened with (command line, the system, the Mailbox); which kind and
  which token, or why it cannot be opened. The controller routes by kind.
- extract_token: whatever the person pasted where a wizard asks for the emailed link: a code, an app or web
  link of the kind the wizard takes (of any kind with a token if none is given), or a mail excerpt with one.

What mail clients do to links is undone here: brackets, quotes and final punctuation around them, line
breaks inside them, `&amp;` from an HTML source, upper case, akonet:/ with one slash, a server's path prefix.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import SplitResult, parse_qs, urlsplit

from akonet_desktop.api.links import APP_SCHEME, LINK_KINDS, TOKEN_PATTERN, LinkKind

MAX_LINK_LENGTH = 2048
MAX_PASTE_LENGTH = 100_000

# What mail clients and sentences put around a link or a code: quotes, brackets, final punctuation.
_WRAPPING = "<>\"'`«»“”„‘’()[]{}.,;:!?"
_LINK_IN_TEXT = re.compile(rf"(?:{APP_SCHEME}|https?)://[^\s<>\"'«»“”]+", re.IGNORECASE)
_WEB_SCHEMES = ("http", "https")
# A blank line (quote markers aside) separates paragraphs: a paste with one is a mail excerpt.
_PARAGRAPH_BREAK = re.compile(r"\n[ \t>]*\r?\n")
# A link hard-wrapped by a plain-text mail client or a quoted reply: the next line, after any quote
# markers, holds nothing but the rest of the link (a line that goes on with words is a new sentence).
_WRAPPED_REST = re.compile(r"\r?\n[ \t>]*([A-Za-z0-9_\-%&=?/.]+)[ \t\"'>)\]»”]*(?=\r?\n|$)")


@dataclass(frozen=True)
class DeepLink:
    kind: str  # LinkKind.name
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


def _code(text: str) -> str:
    # A code may be wrapped across lines too, but one with spaces inside is a sentence, not a code.
    return "".join(line.strip() for line in _trim(text).splitlines())


def _query_values(query: str, parameter: str) -> list[str]:
    # A link copied from an HTML mail's source keeps its escaped ampersands.
    try:
        return parse_qs(query.replace("&amp;", "&"), keep_blank_values=True).get(parameter, [])
    except ValueError:
        return []


def _query_token(query: str, parameter: str) -> str | None:
    values = _query_values(query, parameter)
    if len(values) == 1 and TOKEN_PATTERN.fullmatch(values[0]):
        return values[0]
    return None


def _app_kind(parts: SplitResult) -> LinkKind | None:
    # akonet://a/b splits into host "a" and path "/b" (a host with a port or a user then matches no kind);
    # akonet:/a/b, with one slash as some mail clients rewrite it, names the same link.
    path = (parts.netloc + parts.path).strip("/").lower()
    return next((kind for kind in LINK_KINDS if kind.path == path), None)


def parse_deep_link(text: str) -> DeepLink:
    """The app link's meaning; ValueError (with the reason) for anything that is not one."""
    if not isinstance(text, str):
        raise ValueError("a link must be text")
    if len(text) > MAX_LINK_LENGTH:
        raise ValueError(f"the link is longer than {MAX_LINK_LENGTH} characters")
    parts = urlsplit(_link(text))
    if parts.scheme.lower() != APP_SCHEME:
        raise ValueError(f"not an {APP_SCHEME}:// link")
    kind = _app_kind(parts)
    if kind is None:
        raise ValueError("unknown AKONet link")
    if kind.parameter is None:
        return DeepLink(kind.name, None)
    if not _query_values(parts.query, kind.parameter):
        raise ValueError("the link has no code")
    token = _query_token(parts.query, kind.parameter)
    if token is None:
        raise ValueError("the code in the link is not valid")
    return DeepLink(kind.name, token)


def _token_from_link(link: str, kinds: tuple[LinkKind, ...]) -> str | None:
    try:
        parts = urlsplit(link)
    except ValueError:
        return None
    scheme = parts.scheme.lower()
    if scheme == APP_SCHEME:
        try:
            found = parse_deep_link(link)
        except ValueError:
            return None
        return found.token if any(kind.name == found.kind for kind in kinds) else None
    if scheme in _WEB_SCHEMES and parts.netloc:
        path = parts.path.rstrip("/").lower()
        for kind in kinds:
            # endswith: an organisation's server may be published under a path prefix.
            if kind.web_path is not None and path.endswith(kind.web_path):
                return _query_token(parts.query, kind.parameter)
    return None


def extract_token(text: str, kind: LinkKind | None = None) -> str | None:
    """The code in what was pasted (a code, an app link, a web link, or a mail excerpt), else None.

    With a kind, only a link of that kind counts (a reset link pasted into the registration wizard does not).
    """
    if not isinstance(text, str) or len(text) > MAX_PASTE_LENGTH:
        return None
    code = _code(text)
    if TOKEN_PATTERN.fullmatch(code):
        return code
    kinds = (kind,) if kind is not None else tuple(k for k in LINK_KINDS if k.parameter is not None)
    # The whole paste as one (wrapped) link; a paste with paragraphs is a mail excerpt, read below.
    token = None if _PARAGRAPH_BREAK.search(_trim(text)) else _token_from_link(_link(text), kinds)
    if token is not None:
        return token
    for match in _LINK_IN_TEXT.finditer(text):
        token = _token_from_link(_link(_unwrapped(text, match)), kinds)
        if token is not None:
            return token
    return None


def _unwrapped(text: str, match: re.Match[str]) -> str:
    """The link found in a mail excerpt with the lines it was wrapped onto (a cut token is never read)."""
    link, at = match.group(), match.end()
    while (rest := _WRAPPED_REST.match(text, at)) is not None:
        link, at = link + rest.group(1), rest.end()
    return link
