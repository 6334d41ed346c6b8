"""The per-client token bucket: refill, the wait it announces, who counts as one client, bounded memory."""

from __future__ import annotations

import pytest

from akonet_desktop.server import client_throttle
from akonet_desktop.server.client_throttle import ClientThrottle, client_key
from akonet_desktop.server.errors import ApiError
from tests.support.api import Api


class Seconds:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def _throttle(per_minute: int = 30) -> tuple[ClientThrottle, Seconds]:
    clock = Seconds()
    return ClientThrottle(per_minute, clock, "failed sign-ins"), clock


def test_failures_spend_and_time_gives_back():
    throttle, clock = _throttle(30)  # one back every 2 s
    for _ in range(30):
        throttle.check("192.0.2.1")
        throttle.spend("192.0.2.1")
    with pytest.raises(ApiError) as refused:
        throttle.check("192.0.2.1")
    assert (refused.value.status, refused.value.body.code, refused.value.body.retry_after) == (
        429,
        "too_many_requests",
        2,
    )
    throttle.check("192.0.2.2")  # another client
    clock.now += 1.9
    assert throttle.retry_after("192.0.2.1") == 1
    clock.now += 0.1
    assert throttle.retry_after("192.0.2.1") is None
    throttle.spend("192.0.2.1")
    assert throttle.retry_after("192.0.2.1") == 2


def test_failures_past_an_empty_bucket_still_count():
    throttle, _clock = _throttle(30)
    for _ in range(33):  # three more were in flight when it ran dry
        throttle.spend("192.0.2.1")
    assert throttle.retry_after("192.0.2.1") == 8  # four tokens short, one every 2 s


def test_a_clock_going_back_gives_nothing_back():
    throttle, clock = _throttle(30)
    for _ in range(30):
        throttle.spend("192.0.2.1")
    clock.now -= 3600
    assert throttle.retry_after("192.0.2.1") == 2


def test_who_is_one_client():
    assert client_key("192.0.2.1") == "192.0.2.1"
    assert client_key("::ffff:192.0.2.1") == "192.0.2.1"
    # one IPv6 /64 is one client: its holder has 2^64 addresses to hop between
    assert client_key("2001:db8:1:2:aaaa::1") == client_key("2001:db8:1:2:ffff::9") == "2001:db8:1:2::/64"
    assert client_key("2001:db8:1:3::1") != client_key("2001:db8:1:2::1")
    assert client_key("testclient") == "testclient"


def test_memory_is_bounded(monkeypatch):
    monkeypatch.setattr(client_throttle, "MAX_CLIENTS", 100)
    throttle, clock = _throttle(30)
    for _ in range(30):
        throttle.spend("192.0.2.1")
    for n in range(1000):
        throttle.spend(f"10.0.{n // 256}.{n % 256}")
    assert len(throttle) == 100
    assert throttle.retry_after("192.0.2.1") is None  # spent longest ago: forgotten past the cap
    assert throttle.retry_after("10.0.3.231") is None and len(throttle) == 100
    clock.now += 2.0  # every bucket back to full: as good as none, and dropped at the next spend
    throttle.spend("192.0.2.9")
    assert len(throttle) == 1


def test_the_server_clock_drives_the_wait(make_settings, sqlite_url, clock):
    with Api(make_settings(sqlite_url, failed_sign_ins_per_client_per_minute=2), clock=clock) as api:
        assert [api.login(f"nobody{i}@froid.fr", "Wrong-Guess-1").status_code for i in range(2)] == [401, 401]
        refused = api.login("nobody@froid.fr", "Wrong-Guess-1")
        assert refused.status_code == 429 and refused.headers["Retry-After"] == "30"
        clock.advance(seconds=30)
        assert api.login("nobody@froid.fr", "Wrong-Guess-1").status_code == 401
