"""Building the links a mail carries, from the kinds declared in api/links.py."""

from __future__ import annotations

from dataclasses import dataclass

from akonet_desktop.api.links import PASSWORD_FORGOT_LINK, LinkKind
from akonet_desktop.server.settings import Settings

# In the "you already have an account" mail: it carries no token, so it is the same in every mail.
PASSWORD_FORGOT_APP_LINK = PASSWORD_FORGOT_LINK.app_link()


@dataclass(frozen=True)
class LinkPair:
    """Every emailed link with a token exists twice: a web page that shows the code, and an app link."""

    web_link: str
    app_link: str
    token: str


def link_pair(public_url: str, kind: LinkKind, token: str) -> LinkPair:
    return LinkPair(web_link=kind.web_link(public_url, token), app_link=kind.app_link(token), token=token)


def link_minutes(settings: Settings, kind: LinkKind) -> int:
    """How long this deployment keeps links of this kind valid (the setting the registry names)."""
    if kind.lifetime is None:
        raise ValueError(f"{kind.name} links do not expire")
    return getattr(settings, kind.lifetime.setting)
