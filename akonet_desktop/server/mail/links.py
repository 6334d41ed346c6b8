"""Every emailed link exists twice: a web page that shows the code, and an akonet:// app link."""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import urlencode

APP_SCHEME = "akonet"
REGISTRATION_PATH = "/registration/continue"
PASSWORD_RESET_PATH = "/password/reset"
PASSWORD_FORGOT_APP_LINK = f"{APP_SCHEME}://password/forgot"


@dataclass(frozen=True)
class LinkPair:
    web_link: str
    app_link: str
    token: str


def link_pair(public_url: str, path: str, token: str) -> LinkPair:
    query = urlencode({"token": token})
    return LinkPair(
        web_link=f"{public_url}{path}?{query}",
        app_link=f"{APP_SCHEME}:/{path}?{query}",
        token=token,
    )
