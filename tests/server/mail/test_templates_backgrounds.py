"""Backgrounds only where every mail client, and Qt's rich text in the app's Mailbox, draws them:
on table cells (and the page), given both as a bgcolor attribute and as CSS. A paragraph or a link
with a background came out as bars behind each line and as highlighted text."""

from __future__ import annotations

import re
from html.parser import HTMLParser

import pytest

from akonet_desktop.server.mail.blocks import ACCENT
from akonet_desktop.server.mail.catalog import LANGUAGES
from akonet_desktop.server.mail.templates import (
    KINDS,
    LINK_PAGE_KINDS,
    render_link_not_found_page,
    render_link_page,
    render_mail,
)
from tests.server.mail.test_templates import PARAMS

BACKGROUND = re.compile(r"background(?:-color)?\s*:\s*([^;]+)")
VOID = {"meta", "br", "img", "hr", "input", "link"}


class _Elements(HTMLParser):
    """Each start tag with its attributes and the tags it sits in."""

    def __init__(self) -> None:
        super().__init__()
        self.open: list[tuple[str, dict]] = []
        self.elements: list[tuple[str, dict, list[tuple[str, dict]]]] = []

    def handle_starttag(self, tag, attrs):
        attributes = {name: value or "" for name, value in attrs}
        self.elements.append((tag, attributes, list(self.open)))
        if tag not in VOID:
            self.open.append((tag, attributes))

    def handle_endtag(self, tag):
        while self.open and self.open.pop()[0] != tag:
            pass


def elements(html: str):
    parser = _Elements()
    parser.feed(html)
    parser.close()
    return parser.elements


def documents():
    for kind in KINDS:
        for lang in LANGUAGES:
            yield f"mail:{kind}:{lang}", render_mail(kind, lang, **PARAMS[kind]).html
    for kind in LINK_PAGE_KINDS:
        yield f"page:{kind}", render_link_page(kind, "en", token="T" * 32, app_link="akonet://x?token=" + "T" * 32)
    yield "page:not_found", render_link_not_found_page("en")


DOCUMENTS = dict(documents())


@pytest.mark.parametrize("name", DOCUMENTS)
def test_only_table_cells_and_the_page_have_backgrounds_given_twice(name):
    html = DOCUMENTS[name]
    for tag, attributes, _ in elements(html):
        styled = BACKGROUND.search(attributes.get("style", ""))
        if styled is None and "bgcolor" not in attributes:
            continue
        assert tag in {"body", "table", "td"}, f"{tag} has a background"
        assert styled is not None and attributes.get("bgcolor") == styled.group(1).strip(), (tag, attributes)


@pytest.mark.parametrize("kind", [kind for kind in KINDS if "web_link" in PARAMS[kind]])
def test_the_button_is_a_cell_of_the_accent_colour_holding_a_white_bold_link(kind):
    web_link = PARAMS[kind]["web_link"]
    (button,) = [
        (attributes, around)
        for tag, attributes, around in elements(render_mail(kind, "en", **PARAMS[kind]).html)
        if tag == "a" and attributes["href"] == web_link and "font-weight:bold" in attributes.get("style", "")
    ]
    attributes, around = button
    cell_tag, cell = around[-1]
    assert cell_tag == "td" and cell["bgcolor"] == ACCENT
    assert "color:#ffffff" in attributes["style"] and "text-decoration:none" in attributes["style"]
