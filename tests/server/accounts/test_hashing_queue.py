"""Sign-ins wait for a hashing thread in a bounded queue: a flood is refused (503), not queued without end."""

from __future__ import annotations

import asyncio
import threading

import pytest

from akonet_desktop.server.accounts.passwords import HashingBusy, Passwords
from tests.support.api import STRONG_PASSWORD, Api


def test_runs_beyond_the_queue_limit_are_refused_until_it_drains():
    passwords = Passwords(time_cost=1, memory_kib=64, parallelism=1)
    passwords.queue_limit = 2
    release = threading.Event()

    async def scenario() -> list:
        held = [asyncio.ensure_future(passwords.run(lambda: release.wait(10))) for _ in range(2)]
        await asyncio.sleep(0)  # both are queued or running now
        with pytest.raises(HashingBusy):
            await passwords.run(lambda: "never runs")
        release.set()
        done = await asyncio.gather(*held)
        return [*done, await passwords.run(lambda: "room again")]

    assert asyncio.run(scenario()) == [True, True, "room again"]


@pytest.fixture
def api(make_settings, database_url):
    with Api(make_settings(database_url)) as api:
        yield api


def test_a_refused_sign_in_says_when_to_retry_and_counts_nothing(api):
    email = "cola@froid.fr"
    api.register(email)
    api.ctx.passwords.queue_limit = 0
    r = api.login(email, "Wrong-Password-1")
    assert (r.status_code, r.json()["code"], r.headers["retry-after"]) == (503, "service_unavailable", "1")
    api.ctx.passwords.queue_limit = 10
    assert api.login(email, "Wrong-Password-1").json()["attempts_left"] == api.settings.lockout_threshold - 1
    assert api.login(email, STRONG_PASSWORD).status_code == 200
