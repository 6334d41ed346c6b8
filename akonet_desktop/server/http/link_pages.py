"""The small web pages behind emailed links: they show the code to paste, and open the app.

One page per link kind that carries a token (api/links.py), at the kind's web path.
"""

from __future__ import annotations

from collections.abc import Callable

from fastapi import APIRouter, Header, Query
from fastapi.responses import HTMLResponse

from akonet_desktop.api.links import LINK_KINDS, MAX_TOKEN_LENGTH, LinkKind
from akonet_desktop.rules import best_language
from akonet_desktop.server.mail.templates import render_link_page

router = APIRouter(include_in_schema=False)

_SECURITY_HEADERS = {
    "Content-Security-Policy": "default-src 'none'; style-src 'unsafe-inline'; img-src data:",
    "Referrer-Policy": "no-referrer",  # the token is in the URL: never pass it on
    "X-Frame-Options": "DENY",
    "Cache-Control": "no-store",
}


def _page_for(kind: LinkKind) -> Callable[..., HTMLResponse]:
    # The page shows whatever code it is given (the app says whether it is valid); only its size is bounded.
    def page(
        token: str = Query(alias=kind.parameter, max_length=MAX_TOKEN_LENGTH),
        accept_language: str | None = Header(default=None),
    ) -> HTMLResponse:
        html = render_link_page(kind.name, best_language(accept_language), token=token, app_link=kind.app_link(token))
        return HTMLResponse(html, headers=_SECURITY_HEADERS)

    page.__name__ = f"{kind.name}_page"
    return page


for _kind in LINK_KINDS:
    if _kind.web_path is not None:
        router.add_api_route(_kind.web_path, _page_for(_kind), methods=["GET"], response_class=HTMLResponse)
