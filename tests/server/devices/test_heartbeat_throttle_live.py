"""Heartbeats refused for a wrong secret are throttled per client address, against a real
`akonet-server serve`: past them the client waits (429, Retry-After) without a database write;
the devices of another client beat as usual."""

from __future__ import annotations

from datetime import UTC, datetime

import httpx

from akonet_desktop.server.db import make_engine, make_session_factory, transaction
from akonet_desktop.server.inventory import labels
from tests.support.processes import server_processes

LIMIT = 3  # refusals a minute: one back every 20 s
A, B = "127.0.0.4", "127.0.0.5"


def _add_device(database_url: str) -> labels.Label:
    engine = make_engine(database_url)
    try:
        with transaction(make_session_factory(engine)) as session:
            return labels.add(session, datetime.now(UTC), "AKO-16524")
    finally:
        engine.dispose()


def _beat(http: httpx.Client, serial: str, secret: str) -> httpx.Response:
    return http.post(
        f"/api/v1/devices/{serial}/heartbeat", json={"alarm": False}, headers={"Authorization": f"Device {secret}"}
    )


def _client(url: str, source: str) -> httpx.Client:
    return httpx.Client(base_url=url, timeout=30, transport=httpx.HTTPTransport(local_address=source))


def test_a_client_refused_too_often_waits_and_the_others_do_not(sqlite_url, tmp_path):
    env = {
        "AKONET_DATABASE_URL": sqlite_url,
        "AKONET_DATA_DIR": str(tmp_path / "data"),
        "AKONET_MAIL_URL": f"maildir://{(tmp_path / 'Maildir').as_posix()}",
        "AKONET_REFUSED_HEARTBEATS_PER_CLIENT_PER_MINUTE": str(LIMIT),
    }
    with server_processes(1, env, tmp_path) as urls:  # migrated on start: the device can go in
        device = _add_device(sqlite_url)
        with _client(urls[0], A) as a, _client(urls[0], B) as b:
            assert _beat(a, device.serial, device.device_secret).status_code == 204  # a success spends nothing
            assert [_beat(a, device.serial, f"guess-{i}").status_code for i in range(LIMIT)] == [401] * LIMIT

            for secret in ("guess-again", device.device_secret):
                refused = _beat(a, device.serial, secret)
                assert (refused.status_code, refused.json()["code"]) == (429, "too_many_requests")
                assert refused.json()["retry_after"] == int(refused.headers["Retry-After"]) >= 1

            assert _beat(b, device.serial, device.device_secret).status_code == 204
            assert _beat(b, device.serial, "guess-b").status_code == 401
