"""100,000 devices for one company on SQLite: every kind of list request answers (no timing here;
bench/ measures)."""

from __future__ import annotations

import time

import pytest
from sqlalchemy import func, select

from akonet_desktop.server.cli import main
from akonet_desktop.server.models import Device
from tests.support.api import Api
from tests.support.devices import bearer
from tests.support.server_settings import settings_for

COUNT = 100_000


@pytest.fixture(scope="module")
def big(tmp_path_factory):

    tmp = tmp_path_factory.mktemp("devices-scale")
    url = f"sqlite:///{tmp / 'db.sqlite3'}"
    with pytest.MonkeyPatch.context() as env:  # settings as variables, restored afterwards
        env.setenv("AKONET_DATABASE_URL", url)
        env.setenv("AKONET_DATA_DIR", str(tmp / "data"))
        assert main(["inventory", "demo", "--count", str(COUNT), "--preactivate-for", "jefe@frio.es"]) == 0
    with Api(settings_for(tmp, url)) as api:
        headers = bearer(api.register("jefe@frio.es"))  # the first batch joins in the registration
        deadline = time.monotonic() + 300
        while _in_company(api) < COUNT and time.monotonic() < deadline:
            time.sleep(0.2)  # the rest, on the app's joiner task (devices/joining.py)
        yield api, headers


def _in_company(api: Api) -> int:
    with api.ctx.sessions() as session:
        return session.scalar(select(func.count()).select_from(Device).where(Device.company_id.is_not(None)))


@pytest.mark.parametrize(
    "params",
    [
        {},
        {"sort": "name"},
        {"sort": "status"},
        {"sort": "status", "order": "desc", "offset": COUNT // 2},
        {"sort": "last_seen_at", "order": "desc"},
        {"sort": "location", "offset": COUNT - 100},
        {"q": "cold room 1"},
        {"q": "zzzz"},
        {"q": "MADRID", "status": "inactive", "sort": "model"},
        {"status": "alarm", "sort": "name", "order": "desc"},
        {"status": "active", "limit": 500},
    ],
)
def test_lists_answer_at_100000(big, params):
    api, headers = big
    r = api.http.get("/api/v1/devices", params=params, headers=headers)
    assert r.status_code == 200, r.text
    page = r.json()
    assert page["counts"]["total"] == COUNT
    assert sum(page["counts"][s] for s in ("active", "inactive", "alarm")) == COUNT
    assert len(page["items"]) == min(page["limit"], max(0, page["total"] - page["offset"]))
    if "status" in params:
        assert {d["status"] for d in page["items"]} <= {params["status"]}
