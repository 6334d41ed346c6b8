"""The platform's emails and link pages, rendered from the localised texts in templates/."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from html import escape
from string import Template
from typing import Any

from akonet_desktop.api.links import LINK_KINDS
from akonet_desktop.server.mail import blocks
from akonet_desktop.server.mail.catalog import layout, normalize_lang, texts

KINDS = (
    "registration_continue",
    "registration_already_registered",
    "account_locked",
    "password_reset",
    "ownership_transferred_to_you",
    "ownership_transferred_away",
    "invitation",
    "account_unlocked",
    "password_changed",
    "totp_enabled",
    "totp_disabled",
    "recovery_code_used",
)
LINK_PAGE_KINDS = tuple(kind.name for kind in LINK_KINDS if kind.web_path is not None)  # texts: link_page.<name>

REQUIRED_PARAMS: Mapping[str, tuple[str, ...]] = {
    "registration_continue": ("web_link", "app_link", "token", "expires_hours"),
    "registration_already_registered": ("app_link_recovery",),
    "account_locked": (
        "first_name",
        "attempts",
        "web_link",
        "app_link",
        "token",
        "expires_minutes",
    ),
    "password_reset": ("first_name", "web_link", "app_link", "token", "expires_minutes"),
    "ownership_transferred_to_you": ("first_name", "company_name", "previous_owner"),
    "ownership_transferred_away": ("first_name", "company_name", "new_owner", "app_link_recovery"),
    "invitation": (
        "first_name",
        "inviter_name",
        "company_name",
        "web_link",
        "app_link",
        "token",
        "expires_minutes",
    ),
    # unlocked_by: the administrator, "First Last <address>"; the link opens the app's recovery.
    "account_unlocked": ("first_name", "unlocked_by", "app_link_recovery"),
    # Security notices of My account: each says how to react if it was not the person (recovery).
    "password_changed": ("first_name", "app_link_recovery"),
    "totp_enabled": ("first_name", "app_link_recovery"),
    "totp_disabled": ("first_name", "app_link_recovery"),
    # remaining: how many unused recovery codes are left (may be 0).
    "recovery_code_used": ("first_name", "remaining", "app_link_recovery"),
}
_COUNTS = frozenset({"expires_hours", "expires_minutes", "attempts"})
_BOLD = re.compile(r"\*\*(.+?)\*\*")


@dataclass(frozen=True)
class RenderedMail:
    subject: str
    text: str  # plain text body
    html: str  # full HTML document body


def render_mail(kind: str, lang: str, **params: Any) -> RenderedMail:
    """One email. Parameters the kind does not use are ignored; a missing one is a TypeError."""
    if kind not in REQUIRED_PARAMS:
        raise ValueError(f"unknown mail kind {kind!r}; expected one of {', '.join(KINDS)}")
    missing = [name for name in REQUIRED_PARAMS[kind] if name not in params]
    if missing:
        raise TypeError(f"mail {kind!r} needs the parameter(s): {', '.join(missing)}")
    lang = normalize_lang(lang)
    catalog = texts(lang)
    values = _values(catalog["common"], {name: params[name] for name in REQUIRED_PARAMS[kind]})
    own = catalog[kind]
    subject = " ".join(Template(own["subject"]).substitute(values).split())
    text = _plain_text(own["text"], values)
    return RenderedMail(subject, text, _mail_html(kind, lang, catalog, values, subject))


def render_link_page(kind: str, lang: str, *, token: str, app_link: str) -> str:
    """The page behind an emailed web link: the code to paste, and a link that opens the app."""
    if kind not in LINK_PAGE_KINDS:
        raise ValueError(f"unknown link page {kind!r}; expected {' or '.join(LINK_PAGE_KINDS)}")
    lang = normalize_lang(lang)
    catalog = texts(lang)
    page = catalog["link_page"]
    own = page[kind]
    fragment = _Fragments(catalog["typography"], {})
    title = fragment(own["title"])
    content = [
        blocks.heading(title),
        blocks.paragraph(fragment(own["instructions"])),
        blocks.code_box(_one_line(token), large=True),
        blocks.button(_one_line(app_link), fragment(page["open_app"])),
        blocks.paragraph(fragment(page["open_app_hint"]), small=True),
        blocks.paragraph(fragment(page["private"]), small=True),
    ]
    return _document(lang, title=title, content=content, footer=fragment(page["footer"]), landmark='role="main"')


def render_link_not_found_page(lang: str) -> str:
    """The page for a link whose code the server never issued. It repeats nothing of the link."""
    lang = normalize_lang(lang)
    catalog = texts(lang)
    own = catalog["link_page_not_found"]
    fragment = _Fragments(catalog["typography"], {})
    title = fragment(own["title"])
    content = [blocks.heading(title), blocks.paragraph(fragment(own["instructions"]))]
    return _document(lang, title=title, content=content, footer="", landmark='role="main"')


def _one_line(value: Any) -> str:
    # Parameters are names, links and codes: a line break in one can only be an injection.
    return " ".join(str("" if value is None else value).split())


def _count(name: str, value: Any) -> int:
    if isinstance(value, bool) or not isinstance(value, (int, str)):
        raise ValueError(f"{name} must be a positive integer, got {value!r}")
    try:
        number = int(value)
    except ValueError:
        raise ValueError(f"{name} must be a positive integer, got {value!r}") from None
    if number < 1:
        raise ValueError(f"{name} must be a positive integer, got {value!r}")
    return number


def _plural(common: Mapping[str, str], unit: str, n: int) -> str:
    return Template(common[f"{unit}_one" if n == 1 else f"{unit}_other"]).substitute(n=n)


def _values(common: Mapping[str, str], params: Mapping[str, Any]) -> dict[str, str]:
    counts = {name: _count(name, params[name]) for name in params if name in _COUNTS}
    values = {name: _one_line(value) for name, value in params.items() if name not in _COUNTS}
    values.update({name: str(n) for name, n in counts.items()})
    first_name = values.get("first_name", "")
    values["greeting"] = (
        Template(common["greeting_name"]).substitute(first_name=first_name) if first_name else common["greeting"]
    )
    values["signature"] = common["signature"]
    if "expires_hours" in counts:
        values["expiry"] = _plural(common, "hour", counts["expires_hours"])
    if "expires_minutes" in counts:
        minutes = counts["expires_minutes"]
        if minutes % (24 * 60) == 0:  # an invitation's week reads "7 days", not "168 hours"
            values["expiry"] = _plural(common, "day", minutes // (24 * 60))
        elif minutes % 60 == 0:
            values["expiry"] = _plural(common, "hour", minutes // 60)
        else:
            values["expiry"] = _plural(common, "minute", minutes)
    if "attempts" in counts:
        values["failed_attempts"] = _plural(common, "attempt", counts["attempts"])
    return values


def _plain_text(template: str, values: Mapping[str, str]) -> str:
    body = Template(template).substitute(values)
    return "\n".join(line.rstrip() for line in body.strip().splitlines()) + "\n"


class _Fragments:
    """Turns a plain-text fragment of the texts into HTML: escaped, **bold**, then filled in.

    Escaping the fragment before substituting the (escaped) values means a parameter can never
    bring markup, bold markers or typography changes with it.
    """

    def __init__(self, typography: Mapping[str, str], values: Mapping[str, str]) -> None:
        self._before = typography.get("nbsp_before", "")
        self._after = typography.get("nbsp_after", "")
        self._values = {name: escape(value) for name, value in values.items()}

    def __call__(self, source: str) -> str:
        markup = _BOLD.sub(r"<strong>\1</strong>", escape(source, quote=False))
        for mark in self._before:
            markup = markup.replace(f" {mark}", f"\u00a0{mark}")
        for mark in self._after:
            markup = markup.replace(f"{mark} ", f"{mark}\u00a0")
        return Template(markup).substitute(self._values)


def _mail_html(kind: str, lang: str, catalog: Mapping[str, Any], values: Mapping[str, str], subject: str) -> str:
    common, own = catalog["common"], catalog[kind]
    fragment = _Fragments(catalog["typography"], values)
    main_link = values.get("web_link") or values.get("app_link_recovery")
    content = [blocks.heading(fragment(own["heading"]))]
    content += [blocks.paragraph(fragment(p)) for p in own["intro"]]
    if main_link:  # a mail that only informs (ownership received) has no button
        content.append(blocks.button(main_link, fragment(own["button"])))
        content.append(blocks.link_line(fragment(own.get("fallback", common["fallback"])), main_link))
    if "token" in values:
        content.append(blocks.link_line(fragment(common["app_link_intro"]), values["app_link"]))
        content.append(blocks.paragraph(fragment(own["code_intro"])))
        content.append(blocks.code_box(values["token"]))
    content += [blocks.paragraph(fragment(p)) for p in own["outro"]]
    content.append(blocks.paragraph(fragment(common["signature"])))
    title = escape(subject)
    return _document(
        lang,
        title=title,
        content=content,
        footer=fragment(common["footer"]),
        preheader=blocks.preheader(fragment(own["preheader"])),
        landmark=f'role="article" aria-roledescription="email" aria-label="{title}"',
    )


def _document(lang: str, *, title: str, content: list[str], footer: str, landmark: str, preheader: str = "") -> str:
    return Template(layout()).substitute(
        lang=lang,
        title=title,
        preheader=preheader,
        landmark=landmark,
        content="\n".join(content),
        footer=footer,
    )
