"""The whole guide on a real uvicorn server over loopback: register, mail, steps 2 and 3, signed in."""

from __future__ import annotations

import time

import httpx

from akonet_desktop.server.app import create_app
from akonet_desktop.server.mail.transports import read_maildir
from akonet_desktop.server.runner import ServerThread
from tests.support.api import COMPANY, STRONG_PASSWORD, TOKEN_IN_LINK
from tests.support.processes import free_port
from tests.support.smtp import SmtpServer

EMAIL = "Responsable@Froid-Express.FR"
DELIVERED = "Responsable@froid-express.fr"  # the local part as typed, the domain lower-cased


def _wait(read, timeout: float = 15.0):
    deadline = time.monotonic() + timeout
    while not (found := read()) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert found, "no mail arrived"
    return found


def _walk_the_guide(url: str, read_mail) -> None:
    with httpx.Client(base_url=url, timeout=30) as http:
        assert http.get("/api/v1/health").json()["status"] == "ok"
        r = http.post(
            "/api/v1/registrations", json={"email": EMAIL, "email_confirmation": EMAIL.lower(), "language": "fr"}
        )
        assert r.status_code == 202

        mail = _wait(read_mail)[0]
        assert mail["To"] == DELIVERED
        body = mail.get_body(("plain",)).get_content()
        token = TOKEN_IN_LINK.search(body).group(1)
        assert f"{url}/registration/continue?token={token}" in body

        page = http.get(f"/registration/continue?token={token}", headers={"Accept-Language": "fr-FR,fr;q=0.9"})
        assert page.status_code == 200 and token in page.text

        state = http.get(f"/api/v1/registrations/{token}").json()
        assert (state["email"], state["language"]) == (DELIVERED, "fr")
        assert http.put(f"/api/v1/registrations/{token}/company", json=COMPANY).status_code == 200
        r = http.post(
            f"/api/v1/registrations/{token}/complete",
            json={
                "first_name": "Élodie",
                "last_name": "Durand",
                "password": STRONG_PASSWORD,
                "password_confirmation": STRONG_PASSWORD,
                "language": "fr",
            },
        )
        assert r.status_code == 201, r.text
        signed = r.json()
        assert signed["user"]["role"] == "owner"
        assert signed["company"]["phone"] == "+34912345678"

        me = http.get("/api/v1/me", headers={"Authorization": f"Bearer {signed['session']['access_token']}"})
        assert me.json()["user"]["first_name"] == "Élodie"
        login = http.post("/api/v1/auth/login", json={"email": EMAIL.lower(), "password": STRONG_PASSWORD})
        assert login.status_code == 200
        assert login.json()["user"]["email"] == DELIVERED


def _serve(make_settings, database_url, **overrides) -> ServerThread:
    port = free_port()
    settings = make_settings(
        database_url, outbox_worker=True, outbox_poll_seconds=0.1, public_url=f"http://127.0.0.1:{port}", **overrides
    )
    return ServerThread(create_app(settings), port=port)


def test_guide_on_maildir(make_settings, database_url, tmp_path):
    maildir = tmp_path / "Maildir"
    with _serve(make_settings, database_url) as server:
        _walk_the_guide(server.url, lambda: read_maildir(str(maildir)) if maildir.exists() else [])


def test_guide_on_real_smtp(make_settings, sqlite_url):
    with SmtpServer() as smtp:
        with _serve(make_settings, sqlite_url, mail_url=f"smtp://127.0.0.1:{smtp.port}") as server:
            _walk_the_guide(server.url, lambda: list(smtp.messages))
