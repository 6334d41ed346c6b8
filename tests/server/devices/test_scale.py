"""100,000 devices for one company on SQLite: every kind of list request answers (no timing here;
bench/ measures)."""

from __future__ import annotations

import pytest

from akonet_desktop.server.cli import main
from tests.support.api import Api
from tests.support.devices import bearer

COUNT = 100_000


@pytest.fixture(scope="module")
def big(tmp_path_factory):
    from akonet_desktop.server.settings import Settings

    tmp = tmp_path_factory.mktemp("devices-scale")
    url = f"sqlite:///{tmp / 'db.sqlite3'}"
    with pytest.MonkeyPatch.context() as env:  # settings as variables, restored afterwards
        env.setenv("AKONET_DATABASE_URL", url)
        env.setenv("AKONET_DATA_DIR", str(tmp / "data"))
        assert main(["inventory", "demo", "--count", str(COUNT), "--preactivate-for", "jefe@frio.es"]) == 0
    settings = Settings(
        data_dir=tmp / "data",
        database_url=url,
        mail_url=f"maildir://{tmp / 'Maildir'}",
        public_url="http://akonet.test",
        outbox_worker=False,
    )
    with Api(settings) as api:
        yield api, bearer(api.register("jefe@frio.es"))  # all of them join at registration


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
