from __future__ import annotations

import email
import email.policy
from datetime import UTC, datetime

import pytest

from akonet_desktop.server.mail.message import build_message
from akonet_desktop.server.mail.templates import RenderedMail, render_mail

RENDERED = RenderedMail(
    subject="Réinitialisez votre mot de passe « AKONet » — ça presse",
    text="Bonjour Zoé,\n\nVoici le code : ÀÉ-123\n",
    html='<!DOCTYPE html>\n<html lang="fr"><body><p>Bonjour Zoé</p></body></html>\n',
)
SENDER = "AKONet <no-reply@akonet.test>"


def reparse(message) -> email.message.EmailMessage:
    raw = message.as_bytes(policy=message.policy.clone(linesep="\n"))
    return email.message_from_bytes(raw, policy=email.policy.default)


def test_multipart_alternative_text_then_html():
    message = build_message(sender=SENDER, to="zoe@example.com", rendered=RENDERED)
    parsed = reparse(message)
    assert parsed.get_content_type() == "multipart/alternative"
    text, html = parsed.iter_parts()
    assert text.get_content_type() == "text/plain" and html.get_content_type() == "text/html"
    assert text.get_content_charset() == "utf-8" and html.get_content_charset() == "utf-8"
    assert text.get_content() == RENDERED.text
    assert html.get_content() == RENDERED.html
    assert parsed["Subject"] == RENDERED.subject
    assert parsed["From"] == SENDER
    assert parsed["To"] == "zoe@example.com"


def test_ascii_addresses_give_a_7bit_message():
    message = build_message(sender=SENDER, to="Zoé Ünal <zoe@example.com>", rendered=RENDERED)
    raw = message.as_bytes()
    assert raw.isascii()  # non-ASCII subject, names and bodies are encoded
    assert b"\r\n" in raw
    assert reparse(message)["To"].addresses[0].display_name == "Zoé Ünal"


def test_headers():
    date = datetime(2025, 3, 1, 8, 30, tzinfo=UTC)
    message = build_message(
        sender=SENDER,
        to="zoe@example.com",
        rendered=RENDERED,
        message_id_domain="mail.akonet.test",
        date=date,
    )
    parsed = reparse(message)
    assert parsed["Date"].datetime == date
    assert parsed["Message-ID"].endswith("@mail.akonet.test>")
    assert parsed["Auto-Submitted"] == "auto-generated"
    first = build_message(sender=SENDER, to="zoe@example.com", rendered=RENDERED)
    second = build_message(sender=SENDER, to="zoe@example.com", rendered=RENDERED)
    assert first["Message-ID"] != second["Message-ID"]
    assert first["Date"].datetime.tzinfo is not None


def test_unicode_local_part_uses_smtputf8():
    message = build_message(sender=SENDER, to="josé@exämple.com", rendered=RENDERED)
    assert message.policy.utf8
    assert "To: josé@xn--exmple-cua.com\r\n".encode() in message.as_bytes()


def test_unicode_domain_alone_is_converted_to_idna_and_stays_ascii():
    message = build_message(sender=SENDER, to="jose@exämple.com", rendered=RENDERED)
    assert not message.policy.utf8
    assert message.as_bytes().isascii()
    assert reparse(message)["To"] == "jose@xn--exmple-cua.com"


@pytest.mark.parametrize("to", ["", "not-an-address", "@example.com", "zoe@", "a@b.c\r\nBcc: x@y.z"])
def test_bad_recipient(to):
    with pytest.raises(ValueError):
        build_message(sender=SENDER, to=to, rendered=RENDERED)


def test_subject_with_a_line_break_is_refused():
    with pytest.raises(ValueError):
        rendered = RenderedMail("a\r\nBcc: x@y.z", "t", "h")
        build_message(sender=SENDER, to="zoe@example.com", rendered=rendered)


def test_rendered_mail_round_trip():
    rendered = render_mail(
        "account_locked",
        "de",
        first_name="Jürgen",
        attempts=6,
        token="abc",
        expires_minutes=30,
        web_link="http://x/password/reset?token=abc",
        app_link="akonet://password/reset?token=abc",
    )
    parsed = reparse(build_message(sender=SENDER, to="juergen@example.de", rendered=rendered))
    assert parsed["Subject"] == rendered.subject
    assert parsed.get_body(("plain",)).get_content() == rendered.text
    assert parsed.get_body(("html",)).get_content() == rendered.html
