from __future__ import annotations

import re
from html import escape
from html.parser import HTMLParser

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from akonet_desktop.server.mail.catalog import LANGUAGES, normalize_lang, raw_texts
from akonet_desktop.server.mail.templates import (
    KINDS,
    LINK_PAGE_KINDS,
    RenderedMail,
    render_link_page,
    render_mail,
)

WEB = "http://akonet.test/password/reset?token=T0k-en_123&lang=fr"
APP = "akonet://password/reset?token=T0k-en_123"
TOKEN = "T0k-en_123"
RECOVERY = "akonet://password/forgot"

PARAMS = {
    "registration_continue": dict(web_link=WEB, app_link=APP, token=TOKEN, expires_hours=24),
    "registration_already_registered": dict(app_link_recovery=RECOVERY),
    "account_locked": dict(first_name="Zoé", attempts=6, web_link=WEB, app_link=APP, token=TOKEN, expires_minutes=30),
    "password_reset": dict(first_name="Zoé", web_link=WEB, app_link=APP, token=TOKEN, expires_minutes=30),
    "ownership_transferred_to_you": dict(
        first_name="Zoé", company_name="Froid & Fils", previous_owner="Ana García <ana@example.com>"
    ),
    "ownership_transferred_away": dict(
        first_name="Zoé",
        company_name="Froid & Fils",
        new_owner="Luis Pérez <luis@example.com>",
        app_link_recovery=RECOVERY,
    ),
    "invitation": dict(
        first_name="Zoé",
        inviter_name="Ana García",
        company_name="Frío Industrial SL",
        web_link=WEB,
        app_link=APP,
        token=TOKEN,
        expires_minutes=7 * 24 * 60,
    ),
    "account_unlocked": dict(first_name="Zoé", unlocked_by="Ana García <jefe@frio.es>", app_link_recovery=RECOVERY),
    "password_changed": dict(first_name="Zoé", app_link_recovery=RECOVERY),
    "totp_enabled": dict(first_name="Zoé", app_link_recovery=RECOVERY),
    "totp_disabled": dict(first_name="Zoé", app_link_recovery=RECOVERY),
    "recovery_code_used": dict(first_name="Zoé", remaining=0, app_link_recovery=RECOVERY),
}
HREFS = {
    "registration_continue": (WEB, APP),
    "registration_already_registered": (RECOVERY,),
    "account_locked": (WEB, APP),
    "password_reset": (WEB, APP),
    "ownership_transferred_to_you": (),  # it only informs
    "ownership_transferred_away": (RECOVERY,),
    "invitation": (WEB, APP),
    "account_unlocked": (RECOVERY,),
    "password_changed": (RECOVERY,),
    "totp_enabled": (RECOVERY,),
    "totp_disabled": (RECOVERY,),
    "recovery_code_used": (RECOVERY,),
}


def render(kind, lang="en", **overrides) -> RenderedMail:
    return render_mail(kind, lang, **{**PARAMS[kind], **overrides})


PLACEHOLDER = re.compile(r"\$(\{?[A-Za-z_])")
VOID = {"meta", "br", "img", "hr", "input", "link"}


class _Balance(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.stack: list[str] = []
        self.hrefs: list[str] = []
        self.tags: list[str] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)
        if tag == "a":
            self.hrefs.append(dict(attrs)["href"])
        if tag not in VOID:
            self.stack.append(tag)

    def handle_endtag(self, tag):
        assert self.stack and self.stack[-1] == tag, f"</{tag}> closes {self.stack[-1:]}"
        self.stack.pop()


def parse_html(html: str) -> _Balance:
    parser = _Balance()
    parser.feed(html)
    parser.close()
    assert parser.stack == []
    return parser


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("kind", KINDS)
def test_every_kind_renders_in_every_language(kind, lang):
    mail = render_mail(kind, lang, **PARAMS[kind])
    assert isinstance(mail, RenderedMail)
    for part in (mail.subject, mail.text, mail.html):
        assert not PLACEHOLDER.search(part), PLACEHOLDER.search(part)
    assert "\n" not in mail.subject and mail.subject.strip() == mail.subject
    assert mail.html.startswith("<!DOCTYPE html>")
    assert f'<html lang="{lang}"' in mail.html
    hrefs = parse_html(mail.html).hrefs
    for link in HREFS[kind]:
        assert link in mail.text
        assert escape(link) in mail.html
        assert link in hrefs
        assert f">{escape(link)}</a>" in mail.html, "shown in full too, to be copied"
    if "token" in PARAMS[kind]:
        assert TOKEN in mail.text and f">{TOKEN}</code>" in mail.html
    if "first_name" in PARAMS[kind]:
        assert "Zoé" in mail.text and "Zoé" in mail.html


@pytest.mark.parametrize("kind", KINDS)
def test_subjects_and_bodies_are_localised(kind):
    subjects = {lang: render(kind, lang).subject for lang in LANGUAGES}
    assert len(set(subjects.values())) == len(LANGUAGES), subjects
    assert render(kind, "fr").text != render(kind, "en").text


@pytest.mark.parametrize("lang", ["xx", "", None, "zh-CN", "klingon"])
def test_unknown_language_falls_back_to_english(lang):
    assert render("password_reset", lang) == render("password_reset", "en")


@pytest.mark.parametrize(
    ("given", "expected"),
    [("fr-CA", "fr"), ("FR_fr", "fr"), ("pt-BR", "pt"), ("de", "de"), (" es ", "es")],
)
def test_language_tags_are_normalised(given, expected):
    assert normalize_lang(given) == expected
    assert f'lang="{expected}"' in render("password_reset", given).html


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_language_file_has_exactly_the_english_keys(lang):
    def shape(value):
        if isinstance(value, dict):
            return {key: shape(item) for key, item in value.items()}
        return type(value).__name__

    assert shape(raw_texts(lang)) == shape(raw_texts("en"))


def test_french_uses_the_products_reference_wording():
    forgot = "« Vous avez oublié votre mot de passe ? »"
    assert forgot in render("registration_already_registered", "fr").text
    locked = render("account_locked", "fr")
    assert forgot in locked.text
    assert "6 échecs de connexion consécutifs" in locked.text
    # HTML keeps French typography: no line break before « ? » or inside the guillemets.
    assert "«\u00a0Vous avez oublié votre mot de passe\u00a0?\u00a0»" in locked.html


def test_the_unlocked_mail_names_who_unlocked_and_says_what_to_do_otherwise():
    for lang in LANGUAGES:
        mail = render("account_unlocked", lang)
        assert "Ana García <jefe@frio.es>" in mail.text
        assert "Ana García &lt;jefe@frio.es&gt;" in mail.html
        assert RECOVERY in mail.text
    assert "« Vous avez oublié votre mot de passe ? »" in render("account_unlocked", "fr").text


def test_html_escapes_every_parameter():
    hostile = dict(PARAMS["account_locked"])
    hostile.update(
        first_name='<script>alert("x")</script>',
        web_link='http://akonet.test/password/reset?token=a"><img src=x>',
        token="<b>tok</b>",
    )
    mail = render_mail("account_locked", "en", **hostile)
    assert "<script>" not in mail.html and "<img" not in mail.html and "<b>tok" not in mail.html
    assert "&lt;script&gt;" in mail.html
    assert '<script>alert("x")</script>' in mail.text  # plain text stays as given
    parse_html(mail.html)


def test_parameters_cannot_inject_markup_or_placeholders():
    mail = render("password_reset", first_name="**$token** ${web_link}")
    assert "<strong>$token</strong>" not in mail.html
    assert "Hello **$token** ${web_link}," in mail.text


def test_line_breaks_in_parameters_are_flattened():
    mail = render("password_reset", first_name="Zoé\r\nBcc: x@example.com")
    assert "Hello Zoé Bcc: x@example.com," in mail.text


def test_greeting_without_a_first_name():
    mail = render("password_reset", "fr", first_name="  ")
    assert mail.text.startswith("Bonjour,\n")


@pytest.mark.parametrize(
    ("minutes", "expected"),
    [(1, "1 minute "), (30, "30 minutes"), (60, "1 hour "), (120, "2 hours"), (90, "90 minutes")],
)
def test_expiry_is_worded_naturally(minutes, expected):
    assert f"valid for {expected}" in render("password_reset", expires_minutes=minutes).text


def test_invitation_says_who_invites_to_which_company_and_for_how_long():
    mail = render("invitation")
    assert mail.subject == "Ana García invites you to join Frío Industrial SL on AKONet"
    assert "valid for 7 days" in mail.text and "<strong>Frío Industrial SL</strong>" in mail.html
    french = render("invitation", "fr")
    assert "valable 7 jours" in french.text and "« J’ai une invitation »" in french.text
    assert "valid for 1 day " in render("invitation", expires_minutes=24 * 60).text


def test_single_attempt_is_singular():
    assert "after 1 failed sign-in attempt." in render("account_locked", attempts=1).text
    assert "after 6 failed sign-in attempts in a row." in render("account_locked").text


def test_registration_expiry_in_hours():
    assert "valables 24 heures" in render("registration_continue", "fr").text
    assert "valid for 1 hour " in render("registration_continue", expires_hours="1").text


def test_unused_parameters_are_ignored():
    assert render("password_reset", attempts=6) == render("password_reset")


def test_missing_parameter_is_a_type_error():
    with pytest.raises(TypeError, match="token"):
        render_mail("password_reset", "en", first_name="A", web_link=WEB, app_link=APP, expires_minutes=5)


@pytest.mark.parametrize("bad", [0, -1, "soon", 1.5, True, None])
def test_counts_must_be_positive_integers(bad):
    with pytest.raises(ValueError):
        render("password_reset", expires_minutes=bad)


def test_unknown_kind():
    with pytest.raises(ValueError, match="unknown mail kind"):
        render_mail("welcome", "en")


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("kind", LINK_PAGE_KINDS)
def test_link_page(kind, lang):
    app_link = f"akonet://x/y?token={TOKEN}&a=b"
    page = render_link_page(kind, lang, token=TOKEN, app_link=app_link)
    assert f'<html lang="{lang}"' in page
    assert not PLACEHOLDER.search(page)
    assert TOKEN in page
    assert escape(app_link) in page
    assert app_link in parse_html(page).hrefs
    assert "<code" in page and "monospace" in page


def test_link_pages_are_localised_and_differ_by_kind():
    english = render_link_page("registration", "en", token=TOKEN, app_link=APP)
    assert "Return to the AKONet Desktop app and paste this code" in english
    assert "Open AKONet Desktop" in english
    french = render_link_page("registration", "fr", token=TOKEN, app_link=APP)
    assert "Retournez dans l’application AKONet Desktop" in french
    assert english != render_link_page("password_reset", "en", token=TOKEN, app_link=APP)


def test_link_page_escapes_the_token_from_the_url():
    page = render_link_page("password_reset", "en", token="<script>x</script>", app_link=APP)
    assert "<script>" not in page and "&lt;script&gt;x&lt;/script&gt;" in page


def test_link_page_unknown_kind():
    with pytest.raises(ValueError):
        render_link_page("invalid", "en", token=TOKEN, app_link=APP)


BASELINE_TAGS = parse_html(render("password_reset", "fr").html).tags


@settings(max_examples=60, deadline=None)
@given(first_name=st.text(max_size=40), token=st.text(max_size=40))
def test_any_parameter_text_renders_to_well_formed_html(first_name, token):
    mail = render("password_reset", "fr", first_name=first_name, token=token)
    assert parse_html(mail.html).tags == BASELINE_TAGS


@pytest.mark.parametrize("lang", LANGUAGES)
def test_ownership_mails_name_the_company_and_the_other_person(lang):
    to_you = render("ownership_transferred_to_you", lang)
    away = render("ownership_transferred_away", lang)
    assert "Froid & Fils" in to_you.subject and "Froid & Fils" in away.subject
    assert "Ana García <ana@example.com>" in to_you.text and "Froid &amp; Fils" in to_you.html
    assert "&lt;ana@example.com&gt;" in to_you.html
    assert "Luis Pérez <luis@example.com>" in away.text
    assert parse_html(to_you.html).hrefs == []  # it only informs: no button
    assert parse_html(away.html).hrefs == [RECOVERY, RECOVERY]  # button and the address shown in full
