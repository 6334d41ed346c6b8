"""MIME assembly of a rendered mail: multipart/alternative (text, then HTML), UTF-8."""

from __future__ import annotations

import email.policy
from datetime import UTC, datetime
from email.headerregistry import Address
from email.message import EmailMessage
from email.utils import format_datetime, getaddresses, make_msgid

import idna

from akonet_desktop.server.mail.templates import RenderedMail


def build_message(
    *,
    sender: str,
    to: str,
    rendered: RenderedMail,
    message_id_domain: str = "akonet.local",
    date: datetime | None = None,
) -> EmailMessage:
    """Raises ValueError for an unusable address or a header with a line break."""
    senders = _addresses(sender, "sender")
    if len(senders) != 1:
        raise ValueError(f"expected one sender address, got {sender!r}")
    recipients = _addresses(to, "recipient")
    # A non-ASCII local part can only travel as SMTPUTF8 (RFC 6531); everything else stays
    # plain 7-bit so that any SMTP server accepts it.
    international = any(not a.addr_spec.isascii() for a in (*senders, *recipients))
    message = EmailMessage(policy=email.policy.SMTPUTF8 if international else email.policy.SMTP)
    message["From"] = senders
    message["To"] = recipients
    message["Subject"] = rendered.subject
    message["Date"] = format_datetime(date or datetime.now(UTC))
    message["Message-ID"] = make_msgid(domain=message_id_domain)
    message["Auto-Submitted"] = "auto-generated"  # RFC 3834: no vacation auto-replies
    message["X-Auto-Response-Suppress"] = "All"
    # quoted-printable keeps the body 7-bit: no reliance on the server's 8BITMIME.
    message.set_content(rendered.text, subtype="plain", charset="utf-8", cte="quoted-printable")
    message.add_alternative(rendered.html, subtype="html", charset="utf-8", cte="quoted-printable")
    return message


def _addresses(value: str, role: str) -> list[Address]:
    if not isinstance(value, str) or "\r" in value or "\n" in value:
        raise ValueError(f"invalid {role} address: {value!r}")
    parsed = [pair for pair in getaddresses([value]) if any(pair)]
    if not parsed:
        raise ValueError(f"invalid {role} address: {value!r}")
    addresses = []
    for name, spec in parsed:
        local, at, domain = spec.rpartition("@")
        if not (local and at and domain):
            raise ValueError(f"invalid {role} address: {value!r}")
        addresses.append(Address(display_name=name, username=local, domain=_ascii_domain(domain)))
    return addresses


def _ascii_domain(domain: str) -> str:
    """IDNA form of an internationalised domain, so only a non-ASCII local part needs SMTPUTF8."""
    if domain.isascii():
        return domain
    try:
        return idna.encode(domain, uts46=True).decode("ascii")
    except (idna.IDNAError, UnicodeError):
        return domain
