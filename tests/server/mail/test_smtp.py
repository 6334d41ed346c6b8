"""SmtpTransport against a real SMTP server (aiosmtpd) on loopback."""

from __future__ import annotations

import email
import email.policy
import shutil
import socket
import ssl
import subprocess
import threading
import time
from contextlib import closing

import pytest
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, LoginPassword

from akonet_desktop.server.mail.message import build_message
from akonet_desktop.server.mail.templates import RenderedMail
from akonet_desktop.server.mail.transports import (
    MailDeliveryError,
    MailRejectedError,
    SmtpTransport,
    make_transport,
    parse_mail_url,
)

pytestmark = pytest.mark.filterwarnings("ignore:Requiring AUTH while not requiring TLS:UserWarning")

SENDER = "AKONet <no-reply@akonet.test>"
USER, PASSWORD = "relay@akonet.test", "p@ss:wörd/1"
CREDENTIALS = "relay%40akonet.test:p%40ss%3Aw%C3%B6rd%2F1"  # USER:PASSWORD, percent-encoded


def free_port() -> int:
    # aiosmtpd's Controller cannot listen on port 0: it connects to its own port to start.
    with closing(socket.socket()) as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def mail(to="zoe@example.com", subject="Réinitialisez votre mot de passe AKONet"):
    rendered = RenderedMail(subject, "Bonjour Zoé,\nvoici le code.\n", "<p>Bonjour Zoé</p>\n")
    return build_message(sender=SENDER, to=to, rendered=rendered)


class Handler:
    def __init__(self, rcpt_reply: str | None = None, data_reply: str | None = None) -> None:
        self.rcpt_reply, self.data_reply = rcpt_reply, data_reply
        self.received: list[tuple[object, object]] = []
        self.tls: list[bool] = []

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        if self.rcpt_reply:
            return self.rcpt_reply
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        if self.data_reply:
            return self.data_reply
        self.received.append((session, envelope))
        self.tls.append(server.transport.get_extra_info("ssl_object") is not None)
        return "250 Message accepted"

    def message(self, index=0) -> email.message.EmailMessage:
        content = self.received[index][1].content
        return email.message_from_bytes(content, policy=email.policy.default)


def check_credentials(server, session, envelope, mechanism, auth_data):
    ok = isinstance(auth_data, LoginPassword) and (auth_data.login, auth_data.password) == (
        USER.encode(),
        PASSWORD.encode(),
    )
    # handled=False: aiosmtpd then answers 535 itself (handled=True would leave the client waiting).
    return AuthResult(success=ok, handled=False)


@pytest.fixture
def smtp_server():
    started = []

    def start(handler=None, **options) -> tuple[Handler, int]:
        handler = handler or Handler()
        port = free_port()
        controller = Controller(
            handler,
            hostname="127.0.0.1",
            port=port,
            server_hostname="smtp.test",
            ready_timeout=5,
            **options,
        )
        controller.start()
        started.append(controller)
        return handler, port

    yield start
    for controller in started:
        controller.stop()


def transport(url: str, **kwargs) -> SmtpTransport:
    return SmtpTransport(parse_mail_url(url), local_hostname="client.test", **kwargs)


def test_plain_delivery(smtp_server):
    handler, port = smtp_server()
    make_transport(f"smtp://127.0.0.1:{port}?timeout=5").send(mail())
    [(session, envelope)] = handler.received
    assert handler.tls == [False]
    assert envelope.mail_from == "no-reply@akonet.test"
    assert envelope.rcpt_tos == ["zoe@example.com"]
    received = handler.message()
    assert received["Subject"] == "Réinitialisez votre mot de passe AKONet"
    body = received.get_body(("plain",)).get_content()
    assert body.replace("\r\n", "\n") == "Bonjour Zoé,\nvoici le code.\n"


def test_a_failing_quit_after_acceptance_is_still_a_delivery(smtp_server):
    class GrumpyQuit(Handler):
        async def handle_QUIT(self, server, session, envelope):
            return "421 4.3.2 Going away"

    handler, port = smtp_server(GrumpyQuit())
    transport(f"smtp://127.0.0.1:{port}?timeout=5").send(mail())  # no retry, so no duplicate
    assert len(handler.received) == 1


@pytest.mark.parametrize("mechanism", ["PLAIN", "LOGIN"])
def test_auth(smtp_server, mechanism):
    other = {"PLAIN": "LOGIN", "LOGIN": "PLAIN"}[mechanism]
    handler, port = smtp_server(
        authenticator=check_credentials,
        auth_require_tls=False,
        auth_required=True,
        auth_exclude_mechanism=[other],
    )
    transport(f"smtp://{CREDENTIALS}@127.0.0.1:{port}?starttls=false&timeout=5").send(mail())
    [(session, _)] = handler.received
    assert session.authenticated


def test_ascii_credentials_use_smtplib_login(smtp_server):
    def ascii_check(server, session, envelope, mechanism, auth_data):
        ok = (auth_data.login, auth_data.password) == (b"user", b"secret")
        return AuthResult(success=ok, handled=False)

    handler, port = smtp_server(authenticator=ascii_check, auth_require_tls=False, auth_required=True)
    transport(f"smtp://user:secret@127.0.0.1:{port}?starttls=false&timeout=5").send(mail())
    assert handler.received[0][0].authenticated


@pytest.mark.parametrize("password", ["wrong", "wr%C3%B6ng"])
def test_wrong_password_is_transient(smtp_server, password):
    handler, port = smtp_server(authenticator=check_credentials, auth_require_tls=False, auth_required=True)
    url = f"smtp://relay%40akonet.test:{password}@127.0.0.1:{port}?starttls=false&timeout=5"
    with pytest.raises(MailDeliveryError, match="credentials") as caught:
        transport(url).send(mail())
    assert not isinstance(caught.value, MailRejectedError)
    assert handler.received == []


def test_starttls_required_but_not_offered(smtp_server):
    _, port = smtp_server()
    with pytest.raises(MailDeliveryError, match="STARTTLS") as caught:
        transport(f"smtp://127.0.0.1:{port}?starttls=true&timeout=5").send(mail())
    assert not isinstance(caught.value, MailRejectedError)


@pytest.mark.parametrize("stage", ["rcpt", "data"])
def test_451_is_transient(smtp_server, stage):
    reply = "451 4.3.0 Try again later"
    _, port = smtp_server(Handler(**{f"{stage}_reply": reply}))
    with pytest.raises(MailDeliveryError, match="451") as caught:
        transport(f"smtp://127.0.0.1:{port}?timeout=5").send(mail())
    assert not isinstance(caught.value, MailRejectedError)


@pytest.mark.parametrize("stage", ["rcpt", "data"])
def test_550_is_permanent(smtp_server, stage):
    _, port = smtp_server(Handler(**{f"{stage}_reply": "550 5.1.1 No such user"}))
    with pytest.raises(MailRejectedError, match="550"):
        transport(f"smtp://127.0.0.1:{port}?timeout=5").send(mail())


def test_unicode_recipient_with_smtputf8(smtp_server):
    handler, port = smtp_server(enable_SMTPUTF8=True)
    transport(f"smtp://127.0.0.1:{port}?timeout=5").send(mail(to="Zoé <zoé@exämple.com>"))
    [(_, envelope)] = handler.received
    assert envelope.rcpt_tos == ["zoé@xn--exmple-cua.com"]
    assert "SMTPUTF8" in envelope.mail_options


def test_unicode_recipient_without_smtputf8_is_permanent(smtp_server):
    handler, port = smtp_server(enable_SMTPUTF8=False)  # aiosmtpd's Controller defaults to on
    with pytest.raises(MailRejectedError, match="SMTPUTF8"):
        transport(f"smtp://127.0.0.1:{port}?timeout=5").send(mail(to="zoé@example.com"))
    assert handler.received == []


def test_unicode_domain_needs_no_smtputf8(smtp_server):
    handler, port = smtp_server()
    transport(f"smtp://127.0.0.1:{port}?timeout=5").send(mail(to="zoe@exämple.com"))
    assert handler.received[0][1].rcpt_tos == ["zoe@xn--exmple-cua.com"]


def test_nothing_listening_fails_fast():
    started = time.monotonic()
    with pytest.raises(MailDeliveryError) as caught:
        transport(f"smtp://127.0.0.1:{free_port()}?timeout=1").send(mail())
    assert time.monotonic() - started < 2
    assert not isinstance(caught.value, MailRejectedError)


def test_silent_server_times_out():
    with closing(socket.socket()) as listener:
        listener.bind(("127.0.0.1", 0))
        listener.listen()  # accepts connections, never greets
        port = listener.getsockname()[1]
        started = time.monotonic()
        with pytest.raises(MailDeliveryError, match="in time"):
            transport(f"smtp://127.0.0.1:{port}?timeout=0.3").send(mail())
        assert time.monotonic() - started < 2


def test_message_without_recipient_is_permanent():
    message = mail()
    del message["To"]
    with pytest.raises(MailRejectedError):
        transport("smtp://127.0.0.1:9?timeout=1").send(message)


def test_concurrent_sends_use_separate_connections(smtp_server):
    handler, port = smtp_server()
    sender = transport(f"smtp://127.0.0.1:{port}?timeout=5")
    subjects = [f"m{i}" for i in range(8)]
    threads = [threading.Thread(target=sender.send, args=(mail(subject=s),)) for s in subjects]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sorted(handler.message(i)["Subject"] for i in range(8)) == sorted(subjects)


# TLS: a self-signed certificate for 127.0.0.1, trusted through the transport's ssl_context.


@pytest.fixture(scope="module")
def certificate(tmp_path_factory):
    if shutil.which("openssl") is None:
        pytest.skip("openssl is not on PATH: cannot generate a certificate for the TLS tests")
    folder = tmp_path_factory.mktemp("tls")
    cert, key = folder / "cert.pem", folder / "key.pem"
    subprocess.run(
        [
            "openssl",
            "req",
            "-x509",
            "-newkey",
            "ec",
            "-pkeyopt",
            "ec_paramgen_curve:prime256v1",
            "-nodes",
            "-days",
            "2",
            "-subj",
            "/CN=127.0.0.1",
            "-addext",
            "subjectAltName=IP:127.0.0.1,DNS:localhost",
            "-keyout",
            str(key),
            "-out",
            str(cert),
        ],
        check=True,
        capture_output=True,
    )
    server = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    server.load_cert_chain(cert, key)
    client = ssl.create_default_context(cafile=str(cert))
    return server, client


def test_starttls_with_auth(smtp_server, certificate):
    server_context, client_context = certificate
    handler, port = smtp_server(
        tls_context=server_context,
        require_starttls=True,
        authenticator=check_credentials,
        auth_required=True,
    )
    url = f"smtp://{CREDENTIALS}@127.0.0.1:{port}?timeout=5"
    assert parse_mail_url(url).starttls  # on by default when credentials are given
    make_transport(url, ssl_context=client_context).send(mail())
    [(session, _)] = handler.received
    assert handler.tls == [True] and session.authenticated


def test_starttls_refuses_an_untrusted_certificate(smtp_server, certificate):
    server_context, _ = certificate
    handler, port = smtp_server(tls_context=server_context, require_starttls=True)
    with pytest.raises(MailDeliveryError, match="(?i)certificate"):
        transport(f"smtp://127.0.0.1:{port}?starttls=true&timeout=5").send(mail())
    assert handler.received == []


def test_smtps_with_auth(smtp_server, certificate):
    server_context, client_context = certificate
    # aiosmtpd only counts STARTTLS as TLS for AUTH; this connection is TLS from the start.
    handler, port = smtp_server(
        ssl_context=server_context,
        authenticator=check_credentials,
        auth_required=True,
        auth_require_tls=False,
    )
    url = f"smtps://{CREDENTIALS}@127.0.0.1:{port}?timeout=5"
    make_transport(url, ssl_context=client_context).send(mail())
    [(session, _)] = handler.received
    assert handler.tls == [True] and session.authenticated


def test_smtps_refuses_an_untrusted_certificate(smtp_server, certificate):
    server_context, _ = certificate
    handler, port = smtp_server(ssl_context=server_context)
    with pytest.raises(MailDeliveryError, match="(?i)certificate"):
        transport(f"smtps://127.0.0.1:{port}?timeout=5").send(mail())
    assert handler.received == []
