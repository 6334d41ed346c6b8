"""Mail delivery: the transport interface, and the transport a mail URL designates."""

from __future__ import annotations

import ssl
from email.message import EmailMessage
from typing import Protocol, runtime_checkable

from akonet_desktop.server.mail.errors import MailDeliveryError, MailRejectedError
from akonet_desktop.server.mail.maildir import MaildirTransport, read_maildir
from akonet_desktop.server.mail.smtp import SmtpTransport
from akonet_desktop.server.mail.url import MailTarget, parse_mail_url

__all__ = [
    "MailDeliveryError",
    "MailRejectedError",
    "MailTarget",
    "MaildirTransport",
    "SmtpTransport",
    "Transport",
    "make_transport",
    "parse_mail_url",
    "read_maildir",
]


@runtime_checkable
class Transport(Protocol):
    def send(self, message: EmailMessage) -> None:
        """Deliver one message, blocking; raises MailDeliveryError or MailRejectedError."""


def make_transport(url: str, *, ssl_context: ssl.SSLContext | None = None) -> Transport:
    """ValueError for a bad URL; no connection is made until the first send."""
    target = parse_mail_url(url)
    if target.scheme == "maildir":
        assert target.path is not None
        return MaildirTransport(target.path)
    return SmtpTransport(target, ssl_context=ssl_context)
