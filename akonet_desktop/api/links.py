"""Every kind of link the platform emails, declared once.

A link kind is a path. The app link is akonet://<path>; a kind that carries a token (in its query
parameter) is also mailed as a web link, https://<server>/<path>?<parameter>=<token>, to a page that
shows the code and opens the app. Web and app link share the path so that one reads as the other.

The server builds links and serves their pages from this table, redacts their tokens from its logs,
and times them out after their lifetime; the client parses links and pasted codes with it, and the
app routes each kind to its window. A new kind is one entry in LINK_KINDS, plus its handler in the
app's controller, its page texts (server/mail/templates) and its lifetime setting (server/settings.py).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import SplitResult, urlencode, urlsplit

APP_SCHEME = "akonet"

# The server issues URL-safe base64 tokens (secrets.token_urlsafe); the bounds leave it room to change.
MAX_TOKEN_LENGTH = 200
TOKEN_PATTERN = re.compile(rf"[A-Za-z0-9_-]{{16,{MAX_TOKEN_LENGTH}}}")
# What this server issues exactly (server/accounts/tokens.py: 24 random bytes): its link pages
# answer anything else with a plain 404, so that no text of a stranger's shows on its domain.
ISSUED_TOKEN_LENGTH = 32
ISSUED_TOKEN_PATTERN = re.compile(rf"[A-Za-z0-9_-]{{{ISSUED_TOKEN_LENGTH}}}")


@dataclass(frozen=True)
class LinkLifetime:
    """How long a link stays valid: a server setting (deployments change it), and its default."""

    setting: str  # the field of server.settings.Settings, AKONET_<SETTING> in the environment
    default_minutes: int


@dataclass(frozen=True)
class LinkKind:
    name: str  # what the client calls it (DeepLink.kind), and the key of its page's texts
    path: str  # lower case, no slash at either end
    parameter: str | None = None  # the query parameter that carries the token; None: the link carries nothing
    lifetime: LinkLifetime | None = None

    def __post_init__(self) -> None:
        if (self.parameter is None) != (self.lifetime is None):
            raise ValueError(f"link kind {self.name!r}: a token and a lifetime go together")
        if self.path != self.path.strip("/").lower():
            raise ValueError(f"link kind {self.name!r}: the path is lower case, without slashes at the ends")

    @property
    def web_path(self) -> str | None:
        """The server's page for this kind; only links that carry a token have one."""
        return f"/{self.path}" if self.parameter is not None else None

    @property
    def app_link_example(self) -> str:
        """How the app link looks, for help texts: the token as an ellipsis."""
        query = f"?{self.parameter}=…" if self.parameter is not None else ""
        return f"{APP_SCHEME}://{self.path}{query}"

    def app_link(self, token: str | None = None) -> str:
        return f"{APP_SCHEME}://{self.path}{self._query(token)}"

    def web_link(self, public_url: str, token: str) -> str:
        if self.web_path is None:
            raise ValueError(f"{self.name} links have no web page")
        return f"{public_url}{self.web_path}{self._query(token)}"

    def _query(self, token: str | None) -> str:
        if (token is None) != (self.parameter is None):
            raise ValueError(f"{self.name} links carry {'a token' if self.parameter else 'no token'}")
        return f"?{urlencode({self.parameter: token})}" if self.parameter is not None else ""


REGISTRATION_LINK = LinkKind(
    "registration", "registration/continue", "token", LinkLifetime("registration_link_minutes", 24 * 60)
)
PASSWORD_RESET_LINK = LinkKind("password_reset", "password/reset", "token", LinkLifetime("reset_link_minutes", 30))
# In the "you already have an account" mail: opens the app's recovery dialog (there is no token to carry).
PASSWORD_FORGOT_LINK = LinkKind("password_forgot", "password/forgot")
# An administrator's invitation to join their company: opens the app's "Join <company>" dialog.
INVITATION_LINK = LinkKind(
    "invitation", "invitation/accept", "token", LinkLifetime("invitation_link_minutes", 7 * 24 * 60)
)

LINK_KINDS: tuple[LinkKind, ...] = (REGISTRATION_LINK, PASSWORD_RESET_LINK, PASSWORD_FORGOT_LINK, INVITATION_LINK)
TOKEN_PARAMETERS = frozenset(kind.parameter for kind in LINK_KINDS if kind.parameter is not None)


def kind_named(name: str) -> LinkKind:
    """The kind with this name (DeepLink.kind); KeyError for none."""
    for kind in LINK_KINDS:
        if kind.name == name:
            return kind
    raise KeyError(name)


_DEFAULT_PORTS = {"http": 80, "https": 443}
# urlsplit drops tabs and line breaks anywhere, and spaces and controls at the ends: a link with any
# of them is not one the server wrote.
_BLANK_OR_CONTROL = re.compile(r"[\x00-\x20\x7f]")


def app_link_for_web_link(web_link: str, public_url: str) -> str | None:
    """The app link that a web link of the server at `public_url` stands for; None for any other text.

    The exact inverse of LinkKind.web_link: the server's scheme, host and port, a kind's web path under
    the server's path, the kind's parameter holding one token, and nothing else (no user name, other
    parameter, fragment or trailing slash). Whatever does not match came from somewhere else.
    """
    if _BLANK_OR_CONTROL.search(web_link):
        return None
    try:
        link, server = urlsplit(web_link), urlsplit(public_url.rstrip("/"))
        if not _same_origin(link, server):
            return None
    except ValueError:  # not a URL, or a port out of range
        return None
    if "#" in web_link or link.username is not None or link.password is not None:
        return None
    for kind in LINK_KINDS:
        if kind.web_path is not None and link.path == f"{server.path}{kind.web_path}":
            match = re.fullmatch(rf"{re.escape(kind.parameter or '')}=({TOKEN_PATTERN.pattern})", link.query)
            return kind.app_link(match.group(1)) if match is not None else None
    return None


def _same_origin(link: SplitResult, server: SplitResult) -> bool:
    scheme = server.scheme.lower()
    if scheme not in _DEFAULT_PORTS or link.scheme.lower() != scheme or not server.hostname:
        return False
    default = _DEFAULT_PORTS[scheme]
    return link.hostname == server.hostname and (link.port or default) == (server.port or default)
