"""The small web pages behind emailed links: they show the code to paste into the app."""

from __future__ import annotations

from fastapi import APIRouter, Header, Query
from fastapi.responses import HTMLResponse

from akonet_desktop.rules import best_language
from akonet_desktop.server.mail.links import PASSWORD_RESET_PATH, REGISTRATION_PATH, link_pair
from akonet_desktop.server.mail.templates import render_link_page

router = APIRouter(include_in_schema=False)

_SECURITY_HEADERS = {
    "Content-Security-Policy": "default-src 'none'; style-src 'unsafe-inline'; img-src data:",
    "Referrer-Policy": "no-referrer",  # the token is in the URL: never pass it on
    "X-Frame-Options": "DENY",
    "Cache-Control": "no-store",
}


def _page(kind: str, path: str, token: str, accept_language: str | None) -> HTMLResponse:
    links = link_pair("", path, token)
    html = render_link_page(kind, best_language(accept_language), token=token, app_link=links.app_link)
    return HTMLResponse(html, headers=_SECURITY_HEADERS)


@router.get(REGISTRATION_PATH, response_class=HTMLResponse)
def registration_page(
    token: str = Query(max_length=200), accept_language: str | None = Header(default=None)
) -> HTMLResponse:
    return _page("registration", REGISTRATION_PATH, token, accept_language)


@router.get(PASSWORD_RESET_PATH, response_class=HTMLResponse)
def reset_page(
    token: str = Query(max_length=200), accept_language: str | None = Header(default=None)
) -> HTMLResponse:
    return _page("password_reset", PASSWORD_RESET_PATH, token, accept_language)
