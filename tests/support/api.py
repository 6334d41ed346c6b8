"""A real app on a real database, driven in-process; mail read back from the Maildir."""

from __future__ import annotations

import re
from email.message import EmailMessage
from pathlib import Path

from fastapi.testclient import TestClient

from akonet_desktop.rules import email_key
from akonet_desktop.server.accounts import requested_mail
from akonet_desktop.server.app import create_app
from akonet_desktop.server.mail.outbox import OutboxWorker
from akonet_desktop.server.mail.transports import parse_mail_url, read_maildir
from akonet_desktop.server.settings import Settings

TOKEN_IN_LINK = re.compile(r"akonet://[a-z/]+\?token=([A-Za-z0-9_\-]+)")

STRONG_PASSWORD = "Fridge-Ninja-42"


class Api:
    def __init__(self, settings: Settings, clock=None) -> None:
        self.settings = settings
        self.app = create_app(settings, clock=clock)
        self.ctx = self.app.state.ctx
        self.http = TestClient(self.app, raise_server_exceptions=False)

    def __enter__(self) -> Api:
        self.http.__enter__()
        return self

    def __exit__(self, *exc) -> None:
        self.http.__exit__(*exc)

    # --- mail ---
    @property
    def maildir(self) -> Path:
        return Path(parse_mail_url(self.settings.effective_mail_url).path)

    def deliver(self) -> int:
        return OutboxWorker(self.ctx, settle_requests=requested_mail.settle_pending).run_once()

    def mails(self, to: str | None = None) -> list[EmailMessage]:
        self.deliver()
        if not self.maildir.exists():
            return []
        return [m for m in read_maildir(str(self.maildir)) if to is None or addressed_to(m, to)]

    def last_token(self, to: str) -> str:
        mail = self.mails(to)[-1]
        return token_of(mail)

    # --- flows ---
    def register(
        self, email: str, *, company: dict | None = None, password: str = STRONG_PASSWORD, language: str = "en"
    ) -> dict:
        r = self.http.post(
            "/api/v1/registrations", json={"email": email, "email_confirmation": email, "language": language}
        )
        assert r.status_code == 202, r.text
        token = self.last_token(email)
        r = self.http.put(f"/api/v1/registrations/{token}/company", json=company or COMPANY)
        assert r.status_code == 200, r.text
        r = self.http.post(
            f"/api/v1/registrations/{token}/complete",
            json={
                "first_name": "Ana",
                "last_name": "García",
                "password": password,
                "password_confirmation": password,
                "language": language,
            },
        )
        assert r.status_code == 201, r.text
        return r.json()

    def login(self, email: str, password: str):
        return self.http.post("/api/v1/auth/login", json={"email": email, "password": password})


def addressed_to(mail: EmailMessage, to: str) -> bool:
    """To `to` (a part of the address), or to the same person: the address in any case, its
    domain in Unicode or ASCII (IDNA) form."""
    if to in mail["To"]:
        return True
    try:
        return email_key(mail["To"]) == email_key(to)
    except ValueError:
        return False


def token_of(mail: EmailMessage) -> str:
    body = mail.get_body(("plain",)).get_content()
    match = TOKEN_IN_LINK.search(body)
    assert match, body
    return match.group(1)


COMPANY = {
    "name": "Frío Industrial SL",
    "country": "ES",
    "id_type": "es_cif",
    "id_number": "B58818501",
    "phone": "+34 912 345 678",
}
