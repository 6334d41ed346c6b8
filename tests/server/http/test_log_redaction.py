"""A real `akonet-server serve` logs every request, but never a live link's token."""

from __future__ import annotations

import os
import subprocess
import sys
import time

import httpx
import pytest

from akonet_desktop.server.http.log_redaction import REDACTED, redact
from tests.support.processes import free_port, wait_healthy


@pytest.mark.parametrize(
    "path,logged",
    [
        ("/api/v1/registrations/AbC-123_x", f"/api/v1/registrations/{REDACTED}"),
        ("/api/v1/registrations/AbC-123_x/company", f"/api/v1/registrations/{REDACTED}/company"),
        ("/api/v1/registrations/AbC/complete?x=1", f"/api/v1/registrations/{REDACTED}/complete?x=1"),
        ("/registration/continue?token=AbC-123", f"/registration/continue?token={REDACTED}"),
        ("/password/reset?lang=fr&token=AbC&x=2", f"/password/reset?lang=fr&token={REDACTED}&x=2"),
        ("/api/v1/registrations", "/api/v1/registrations"),
        ("/api/v1/invitations/AbC-123_x", f"/api/v1/invitations/{REDACTED}"),
        ("/api/v1/invitations/AbC-123_x/accept", f"/api/v1/invitations/{REDACTED}/accept"),
        ("/invitation/accept?token=AbC-123", f"/invitation/accept?token={REDACTED}"),
        ("/api/v1/users/invitations/42/resend", "/api/v1/users/invitations/42/resend"),
        ("/api/v1/users/invitations", "/api/v1/users/invitations"),
        ("/api/v1/devices?q=token", "/api/v1/devices?q=token"),
    ],
)
def test_redact(path, logged):
    assert redact(path) == logged


def test_served_requests_are_logged_without_their_tokens(tmp_path):
    port = free_port()
    env = {**os.environ, "AKONET_DATA_DIR": str(tmp_path), "AKONET_OUTBOX_WORKER": "false"}
    log = tmp_path / "server.log"
    with open(log, "wb") as out:
        server = subprocess.Popen(
            [sys.executable, "-m", "akonet_desktop.server.cli", "serve", "--port", str(port), "--log-level", "info"],
            env=env,
            stdout=out,
            stderr=subprocess.STDOUT,
        )
        try:
            url = f"http://127.0.0.1:{port}"
            wait_healthy(url, server)
            secret = "Zq9SecretToken0123456789abcdefXY"
            httpx.get(f"{url}/api/v1/registrations/{secret}")
            httpx.put(f"{url}/api/v1/registrations/{secret}/company", json={})
            httpx.get(f"{url}/registration/continue", params={"token": secret})
            httpx.get(f"{url}/password/reset", params={"token": secret})
            deadline = time.monotonic() + 10
            while log.read_text(errors="replace").count(REDACTED) < 4 and time.monotonic() < deadline:
                time.sleep(0.05)
        finally:
            server.terminate()
            server.wait(10)
    text = log.read_text(errors="replace")
    assert text.count(f"/api/v1/registrations/{REDACTED}") == 2  # the requests were logged...
    assert f"/registration/continue?token={REDACTED}" in text
    assert f"/password/reset?token={REDACTED}" in text
    assert secret not in text  # ...without the token
