"""Delivery to an SMTP server (smtplib): plain, STARTTLS or implicit TLS, with optional AUTH."""

from __future__ import annotations

import base64
import logging
import smtplib
import ssl
from email.message import EmailMessage
from email.utils import getaddresses

from akonet_desktop.server.mail.errors import MailDeliveryError, MailRejectedError
from akonet_desktop.server.mail.url import MailTarget

log = logging.getLogger(__name__)


class SmtpTransport:
    """One connection per send: the outbox sends little mail, and a fresh connection never
    inherits a half-broken session from an earlier failure."""

    def __init__(
        self,
        target: MailTarget,
        *,
        ssl_context: ssl.SSLContext | None = None,
        local_hostname: str | None = None,
    ) -> None:
        if target.scheme not in ("smtp", "smtps"):
            raise ValueError(f"SmtpTransport needs an smtp or smtps target, not {target.scheme}")
        self.target = target
        self._ssl_context = ssl_context
        self._local_hostname = local_hostname

    def __repr__(self) -> str:
        return f"SmtpTransport({self.target.scheme}://{self.target.host}:{self.target.port})"

    def send(self, message: EmailMessage) -> None:
        if not _recipients(message):
            raise MailRejectedError("the message has no recipient")
        try:
            client = self._connect()
        except (smtplib.SMTPException, OSError) as exc:
            raise _translate(exc, self._where()) from exc
        try:
            refused = client.send_message(message)
        except smtplib.SMTPNotSupportedError as exc:
            _close(client, exc)
            # Raised only by the SMTPUTF8 check: this server can never take this address.
            raise MailRejectedError(f"{self._where()} cannot take this address: {exc}") from exc
        except (smtplib.SMTPException, OSError) as exc:
            _close(client, exc)
            raise _translate(exc, self._where()) from exc
        _close(client)
        if refused:
            log.warning("%s refused some recipients: %s", self._where(), refused)

    def _where(self) -> str:
        return f"SMTP server {self.target.host}:{self.target.port}"

    def _context(self) -> ssl.SSLContext:
        return self._ssl_context or ssl.create_default_context()

    def _connect(self) -> smtplib.SMTP:
        target = self.target
        if target.scheme == "smtps":
            client: smtplib.SMTP = smtplib.SMTP_SSL(
                target.host,
                target.port,
                local_hostname=self._local_hostname,
                timeout=target.timeout,
                context=self._context(),
            )
        else:
            client = smtplib.SMTP(
                target.host,
                target.port,
                local_hostname=self._local_hostname,
                timeout=target.timeout,
            )
        try:
            if target.starttls:
                client.ehlo()
                if not client.has_extn("starttls"):
                    raise MailDeliveryError(
                        f"{self._where()} does not offer STARTTLS; "
                        "add ?starttls=false to the mail URL to send without encryption"
                    )
                client.starttls(context=self._context())
                client.ehlo()
            if target.username is not None:
                _login(client, target.username, target.password or "")
        except BaseException as exc:
            _close(client, exc)
            raise
        return client


def _recipients(message: EmailMessage) -> list[str]:
    fields = [str(v) for name in ("To", "Cc", "Bcc") for v in message.get_all(name, [])]
    return [address for _, address in getaddresses(fields) if address]


def _login(client: smtplib.SMTP, username: str, password: str) -> None:
    if (username + password).isascii():
        client.login(username, password)
        return
    # smtplib encodes credentials as ASCII; RFC 4616 (PLAIN) and common LOGIN use UTF-8.
    client.ehlo_or_helo_if_needed()
    offered = client.esmtp_features.get("auth", "").upper().split()

    def b64(raw: bytes) -> str:
        return base64.b64encode(raw).decode("ascii")

    if "PLAIN" in offered:
        code, reply = client.docmd("AUTH", "PLAIN " + b64(b"\0" + username.encode() + b"\0" + password.encode()))
    elif "LOGIN" in offered:
        code, reply = client.docmd("AUTH", "LOGIN " + b64(username.encode()))
        if code == 334:
            code, reply = client.docmd(b64(password.encode()))
    else:
        raise smtplib.SMTPNotSupportedError("no AUTH mechanism for non-ASCII credentials")
    if code not in (235, 503):
        raise smtplib.SMTPAuthenticationError(code, reply)


def _translate(exc: Exception, where: str) -> MailDeliveryError:
    if isinstance(exc, smtplib.SMTPRecipientsRefused):
        answers = exc.recipients.values()
        detail = "; ".join(f"{code} {_text(reply)}" for code, reply in answers)
        if answers and all(500 <= code < 600 for code, _ in answers):
            return MailRejectedError(f"{where} refused the recipient: {detail}")
        return MailDeliveryError(f"{where} deferred the recipient: {detail}")
    if isinstance(exc, smtplib.SMTPResponseException):
        answer = f"{exc.smtp_code} {_text(exc.smtp_error)}"
        if isinstance(exc, smtplib.SMTPDataError) and 500 <= exc.smtp_code < 600:
            return MailRejectedError(f"{where} refused the message: {answer}")
        if isinstance(exc, smtplib.SMTPAuthenticationError):
            return MailDeliveryError(f"{where} refused the credentials: {answer}")
        return MailDeliveryError(f"{where} answered {answer}")
    if isinstance(exc, smtplib.SMTPNotSupportedError):
        return MailDeliveryError(f"{where}: {exc}")
    if isinstance(exc, TimeoutError) or isinstance(exc.__context__, TimeoutError):
        # smtplib reports a read timeout as SMTPServerDisconnected, raised while handling it.
        return MailDeliveryError(f"{where} did not answer in time")
    return MailDeliveryError(f"cannot deliver through {where}: {str(exc) or type(exc).__name__}")


def _text(reply: bytes | str) -> str:
    return reply.decode("utf-8", "replace") if isinstance(reply, bytes) else str(reply)


def _close(client: smtplib.SMTP, failure: BaseException | None = None) -> None:
    """QUIT politely unless the connection itself failed (a QUIT would wait out the timeout)."""
    try:
        if not isinstance(failure, (OSError, smtplib.SMTPServerDisconnected)):
            client.quit()
    except (smtplib.SMTPException, OSError):
        # The mail is already accepted, or the failure is already reported: a failing QUIT
        # must not turn a delivery into a retry, which would send the mail twice.
        pass
    finally:
        client.close()
