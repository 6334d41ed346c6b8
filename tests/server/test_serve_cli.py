"""`akonet-server serve` as an organisation runs it: HTTPS, behind a proxy, or refused when unsafe."""

from __future__ import annotations

import os
import shutil
import ssl
import subprocess
import sys

import httpx
import pytest

from akonet_desktop.server.cli import main
from tests.support.processes import free_port, wait_healthy


def test_every_interface_needs_the_public_address_for_links(monkeypatch, capsys):
    monkeypatch.delenv("AKONET_PUBLIC_URL", raising=False)
    assert main(["serve", "--host", "0.0.0.0"]) == 2
    assert "--public-url" in capsys.readouterr().err


def test_https_needs_both_files(monkeypatch, capsys, tmp_path):
    monkeypatch.setenv("AKONET_PUBLIC_URL", "https://akonet.example.com")
    assert main(["serve", "--ssl-certfile", str(tmp_path / "cert.pem")]) == 2
    assert "--ssl-keyfile" in capsys.readouterr().err


def _serve(tmp_path, *flags: str, **env: str) -> tuple[subprocess.Popen, int]:
    port = free_port()
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "akonet_desktop.server.cli",
            "serve",
            "--port",
            str(port),
            "--log-level",
            "warning",
            *flags,
        ],
        env={**os.environ, "AKONET_DATA_DIR": str(tmp_path), "AKONET_OUTBOX_WORKER": "false", **env},
        stderr=subprocess.DEVNULL,
    )
    return process, port


@pytest.mark.skipif(shutil.which("openssl") is None, reason="openssl makes the test certificate")
def test_serves_https(tmp_path):
    cert, key = tmp_path / "cert.pem", tmp_path / "key.pem"
    subprocess.run(
        [
            "openssl",
            "req",
            "-x509",
            "-newkey",
            "rsa:2048",
            "-nodes",
            "-days",
            "1",
            "-subj",
            "/CN=127.0.0.1",
            "-addext",
            "subjectAltName=IP:127.0.0.1",
            "-keyout",
            str(key),
            "-out",
            str(cert),
        ],
        check=True,
        capture_output=True,
    )
    process, port = _serve(tmp_path, "--ssl-certfile", str(cert), "--ssl-keyfile", str(key))
    try:
        url = f"https://127.0.0.1:{port}"
        wait_healthy(url, process, verify=ssl.create_default_context(cafile=str(cert)))
        with pytest.raises(httpx.TransportError):
            httpx.get(f"http://127.0.0.1:{port}/api/v1/health", timeout=2)  # no plain HTTP beside it
    finally:
        process.terminate()
        process.wait(10)


def _register(url: str, n: int, forwarded_for: str) -> int:
    email = f"proxy{n}@froid.fr"
    return httpx.post(
        f"{url}/api/v1/registrations",
        headers={"X-Forwarded-For": forwarded_for},
        json={"email": email, "email_confirmation": email, "language": "fr"},
    ).status_code


@pytest.mark.parametrize("trusted", [True, False])
def test_per_client_limits_see_through_a_trusted_proxy_only(tmp_path, trusted):
    flags = ("--forwarded-allow-ips", "127.0.0.1") if trusted else ()
    process, port = _serve(tmp_path, *flags, AKONET_MAILS_PER_CLIENT_PER_HOUR="2")
    try:
        url = f"http://127.0.0.1:{port}"
        wait_healthy(url, process)
        assert [_register(url, n, "203.0.113.7") for n in range(3)] == [202, 202, 429]
        # another client behind the same proxy: its own allowance only if the proxy is trusted
        assert _register(url, 3, "198.51.100.9") == (202 if trusted else 429)
    finally:
        process.terminate()
        process.wait(10)


@pytest.mark.parametrize("flags,status", [((), 404), (("--docs",), 200)])
def test_the_docs_page_only_with_the_docs_flag(tmp_path, flags, status):
    process, port = _serve(tmp_path, *flags)
    try:
        url = f"http://127.0.0.1:{port}"
        wait_healthy(url, process)
        r = httpx.get(f"{url}/docs")
        assert r.status_code == status
        assert ("content-security-policy" in r.headers) == (status == 200)
    finally:
        process.terminate()
        process.wait(10)
