"""Drive a live server over HTTP the way a person's first steps would."""

from __future__ import annotations

import time
from pathlib import Path

import httpx

from akonet_desktop.server.mail.transports import read_maildir
from tests.support.api import COMPANY, STRONG_PASSWORD, TOKEN_IN_LINK


def mails_to(maildir: Path, email: str) -> list:
    if not maildir.exists():
        return []
    return [m for m in read_maildir(str(maildir)) if m["To"] == email]


def wait_for_mail(maildir: Path, email: str, count: int = 1, timeout: float = 15.0) -> list:
    deadline = time.monotonic() + timeout
    while len(mails := mails_to(maildir, email)) < count:
        if time.monotonic() > deadline:
            raise AssertionError(f"expected {count} mail(s) to {email}, got {len(mails)}")
        time.sleep(0.05)
    return mails


def token_in(mail) -> str:
    return TOKEN_IN_LINK.search(mail.get_body(("plain",)).get_content()).group(1)


def register_owner(
    url: str,
    maildir: Path,
    email: str,
    password: str = STRONG_PASSWORD,
    *,
    company_name: str = COMPANY["name"],
    first_name: str = "Marta",
    timeout: float = 30,
) -> None:
    with httpx.Client(base_url=f"{url}/api/v1", timeout=timeout) as http:
        http.post(
            "/registrations", json={"email": email, "email_confirmation": email, "language": "en"}
        ).raise_for_status()
        token = token_in(wait_for_mail(maildir, email)[-1])
        http.put(f"/registrations/{token}/company", json={**COMPANY, "name": company_name}).raise_for_status()
        http.post(
            f"/registrations/{token}/complete",
            json={
                "first_name": first_name,
                "last_name": "Ruiz",
                "password": password,
                "password_confirmation": password,
                "language": "en",
            },
        ).raise_for_status()
