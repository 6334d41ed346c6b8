"""The devices list's items are written by the database (devices/page_json.py): each must be what
pydantic writes for the same device (`DeviceOut.model_dump_json`, as GET /devices/{id} answers),
whatever its texts hold (quotes, backslashes, accents, emoji, control characters), its alarm
and its moments (never; on the second; with a fraction), on SQLite and PostgreSQL; and the page's
JSON is a DevicePage."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from akonet_desktop.api.models import DeviceCounts, DevicePage, DeviceQuery
from akonet_desktop.rules.device import DEVICE_MODELS
from akonet_desktop.server.devices.listing import get_device, list_devices
from akonet_desktop.server.devices.page_json import DevicePageJson
from tests.support.devices import add_company, add_devices
from tests.support.module_api import BACKENDS, module_api


@pytest.fixture(scope="module", params=BACKENDS)
def api(request, tmp_path_factory):
    with module_api(request, tmp_path_factory, "devices-page-json") as api:
        yield api


# No NUL: PostgreSQL's text cannot hold it (and no name the rules accept does).
_TEXT = st.text(st.characters(blacklist_categories=["Cs"], blacklist_characters="\x00"), max_size=12)
_TRICKY = st.sampled_from(['"', "\\", "\\u0041", "'", "\n\t\x01\x1f\x7f", "é", "İ", "🧊", "</script>"])
_FIELD = st.lists(_TEXT | _TRICKY, max_size=3).map("".join)
_MOMENT = st.none() | st.datetimes(
    min_value=datetime(2000, 1, 1), max_value=datetime(2100, 1, 1), timezones=st.just(UTC)
).flatmap(lambda moment: st.sampled_from([moment, moment.replace(microsecond=0)]))
_DEVICE = st.fixed_dictionaries(
    {
        "name": _FIELD,
        "location": _FIELD,
        "firmware": _FIELD.map(lambda text: text[:20]),  # its column's size
        "model": st.sampled_from(DEVICE_MODELS),
        "alarm": st.booleans(),
        "last_seen_at": _MOMENT,
        "activated_at": _MOMENT,
    }
)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(specs=st.lists(_DEVICE, min_size=1, max_size=6), seen_just_now=st.booleans())
def test_an_item_is_what_pydantic_writes_for_the_device(api, specs, seen_just_now):
    company = add_company(api)
    if seen_just_now:  # active: seen since the inactivity cut-off (the others are mostly long ago)
        specs = [{**specs[0], "alarm": False, "last_seen_at": api.ctx.clock.now() - timedelta(seconds=1)}, *specs[1:]]
    add_devices(api, [{**spec, "company_id": company} for spec in specs])
    page = list_devices(api.ctx, company, DeviceQuery(limit=100))
    assert len(page.items) == len(specs)
    # From an offset, the page's rows are read by their ids (queries._Reader): the other statement.
    past_one = list_devices(api.ctx, company, DeviceQuery(offset=1, limit=100, sort="name"))
    assert len(past_one.items) == len(specs) - 1
    for item in [*page.items, *past_one.items]:
        written = json.loads(item)
        expected = get_device(api.ctx, company, written["id"]).model_dump_json()
        assert written == json.loads(expected)
        assert list(written) == list(json.loads(expected))  # the same fields, in the same order


def test_the_page_is_a_device_page(api):
    company = add_company(api)
    add_devices(api, [{"company_id": company, "name": f"Cámara {i}"} for i in range(3)])
    answer = list_devices(api.ctx, company, DeviceQuery(limit=2, sort="name"))
    page = DevicePage.model_validate_json(answer.json())
    assert [d.name for d in page.items] == ["Cámara 0", "Cámara 1"]
    assert (page.total, page.offset, page.limit, page.counts.total) == (3, 0, 2, 3)
    assert page.next_cursor == answer.next_cursor is not None
    assert json.loads(answer.json())["items"] == [json.loads(item) for item in answer.items]


def test_an_empty_last_page_has_no_cursor():
    counts = DeviceCounts(total=0, active=0, inactive=0, alarm=0)
    page = DevicePageJson(items=[], total=0, offset=0, limit=50, counts=counts, next_cursor=None)
    assert DevicePage.model_validate_json(page.json()) == DevicePage(
        items=[], total=0, offset=0, limit=50, counts=counts, next_cursor=None
    )
