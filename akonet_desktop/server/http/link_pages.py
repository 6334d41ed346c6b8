"""The small web pages behind emailed links: they show the code to paste, and open the app.

One page per link kind that carries a token (api/links.py), at the kind's web path.
"""

from __future__ import annotations

from collections.abc import Callable

from fastapi import APIRouter, Header, Query
from fastapi.responses import HTMLResponse

from akonet_desktop.api.links import ISSUED_TOKEN_PATTERN, LINK_KINDS, LinkKind
from akonet_desktop.rules import best_language
from akonet_desktop.server.mail.templates import render_link_not_found_page, render_link_page

router = APIRouter(include_in_schema=False)

_SECURITY_HEADERS = {
    "Content-Security-Policy": "default-src 'none'; style-src 'unsafe-inline'; img-src data:",
    "Referrer-Policy": "no-referrer",  # the token is in the URL: never pass it on
    "X-Frame-Options": "DENY",
    "Cache-Control": "no-store",
}


def _page_for(kind: LinkKind) -> Callable[..., HTMLResponse]:
    # The page shows a code only if it has the form of one this server issues (the app says whether
    # it is still valid): any other text, shown on the server's own domain as "your code", could
    # be a stranger's message. Without the database: the page costs nothing and tells nothing.
    def page(
        token: str | None = Query(default=None, alias=kind.parameter),
        accept_language: str | None = Header(default=None),
    ) -> HTMLResponse:
        language = best_language(accept_language)
        if token is None or ISSUED_TOKEN_PATTERN.fullmatch(token) is None:
            return HTMLResponse(render_link_not_found_page(language), status_code=404, headers=_SECURITY_HEADERS)
        html = render_link_page(kind.name, language, token=token, app_link=kind.app_link(token))
        return HTMLResponse(html, headers=_SECURITY_HEADERS)

    page.__name__ = f"{kind.name}_page"
    return page


for _kind in LINK_KINDS:
    if _kind.web_path is not None:
        router.add_api_route(_kind.web_path, _page_for(_kind), methods=["GET"], response_class=HTMLResponse)
