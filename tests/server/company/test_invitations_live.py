"""The invitation flow on a real uvicorn server over loopback, with real mail: Maildir and SMTP (aiosmtpd)."""

from __future__ import annotations

import time

import httpx

from akonet_desktop.server.app import create_app
from akonet_desktop.server.mail.transports import read_maildir
from akonet_desktop.server.runner import ServerThread
from tests.support.api import COMPANY, STRONG_PASSWORD, TOKEN_IN_LINK
from tests.support.live import register_owner
from tests.support.processes import free_port
from tests.support.smtp import SmtpServer

OWNER = "jefe@frio.es"
INVITEE = "Nueva.Tecnica@Frio.ES"


def _wait(read, to: str, count: int = 1, timeout: float = 15.0) -> list:
    deadline = time.monotonic() + timeout
    while len(found := [m for m in read() if m["To"] == to]) < count:
        assert time.monotonic() < deadline, f"expected {count} mail(s) to {to}, got {len(found)}"
        time.sleep(0.05)
    return found


def _token(mail) -> str:
    return TOKEN_IN_LINK.search(mail.get_body(("plain",)).get_content()).group(1)


def _invite_and_join(url: str, read_mail) -> None:
    with httpx.Client(base_url=f"{url}/api/v1", timeout=30) as http:
        owner = http.post("/auth/login", json={"email": OWNER, "password": STRONG_PASSWORD}).json()
        headers = {"Authorization": f"Bearer {owner['session']['access_token']}"}
        r = http.post(
            "/users/invitations",
            json={"email": INVITEE, "first_name": "Lucía", "last_name": "Mora", "role": "admin", "language": "it"},
            headers=headers,
        )
        assert r.status_code == 201, r.text
        invitee = "Nueva.Tecnica@frio.es"  # as typed; the domain lower-cased
        mail = _wait(read_mail, invitee)[-1]
        assert mail["Subject"].endswith(" la invita a unirsi a Frío Industrial SL su AKONet")
        token = _token(mail)
        body = mail.get_body(("plain",)).get_content()
        assert f"{url}/invitation/accept?token={token}" in body and "valido per 7 giorni" in body

        # The web link's page, then the app's calls with the code it shows.
        page = httpx.get(f"{url}/invitation/accept?token={token}", headers={"Accept-Language": "it"})
        assert page.status_code == 200 and token in page.text
        assert http.get(f"/invitations/{token}").json()["company_name"] == "Frío Industrial SL"

        # Sent again: only the newest link works.
        r = http.post(f"/users/invitations/{r.json()['id']}/resend", headers=headers)
        assert r.status_code == 200
        fresh = _token(_wait(read_mail, invitee, 2)[-1])
        assert http.get(f"/invitations/{token}").json()["code"] == "link_unknown"

        accept = {
            "first_name": "Lucía",
            "last_name": "Mora",
            "password": STRONG_PASSWORD,
            "password_confirmation": STRONG_PASSWORD,
            "language": "it",
        }
        r = http.post(f"/invitations/{fresh}/accept", json=accept)
        assert r.status_code == 201, r.text
        assert r.json()["user"]["role"] == "admin"
        assert http.post(f"/invitations/{fresh}/accept", json=accept).json()["code"] == "link_used"
        assert http.post("/auth/login", json={"email": INVITEE, "password": STRONG_PASSWORD}).status_code == 200


def _serve(make_settings, database_url, **overrides) -> ServerThread:
    port = free_port()
    settings = make_settings(
        database_url, outbox_worker=True, outbox_poll_seconds=0.1, public_url=f"http://127.0.0.1:{port}", **overrides
    )
    return ServerThread(create_app(settings), port=port)


def test_invitation_on_maildir(make_settings, database_url, tmp_path):
    maildir = tmp_path / "Maildir"
    with _serve(make_settings, database_url) as server:
        register_owner(server.url, maildir, OWNER)
        _invite_and_join(server.url, lambda: read_maildir(str(maildir)) if maildir.exists() else [])


def test_invitation_on_real_smtp(make_settings, sqlite_url, tmp_path):
    with SmtpServer() as smtp:
        with _serve(make_settings, sqlite_url, mail_url=f"smtp://127.0.0.1:{smtp.port}") as server:
            with httpx.Client(base_url=f"{server.url}/api/v1", timeout=30) as http:
                http.post(
                    "/registrations", json={"email": OWNER, "email_confirmation": OWNER, "language": "en"}
                ).raise_for_status()
                token = _token(_wait(lambda: list(smtp.messages), OWNER)[-1])
                http.put(f"/registrations/{token}/company", json=COMPANY).raise_for_status()
                http.post(
                    f"/registrations/{token}/complete",
                    json={
                        "first_name": "Ana",
                        "last_name": "García",
                        "password": STRONG_PASSWORD,
                        "password_confirmation": STRONG_PASSWORD,
                        "language": "en",
                    },
                ).raise_for_status()
            _invite_and_join(server.url, lambda: list(smtp.messages))
