"""The devices search through its trigram index answers what the search always meant: the folded
text is part of the folded serial, name, location or model (tests/support/device_lists.found_by),
whatever the case, accents, digits, LIKE wildcards, quotes or FTS5 syntax in names and queries;
on SQLite (FTS5) and PostgreSQL (pg_trgm). Also: the index serves the search, and migration 0008
indexes the devices already there."""

from __future__ import annotations

from datetime import datetime

import pytest
from alembic import command
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import inspect, select, text

from akonet_desktop.api.models import DeviceQuery
from akonet_desktop.rules.device import DEVICE_MODELS
from akonet_desktop.server.db import make_engine, transaction
from akonet_desktop.server.devices import queries as device_queries
from akonet_desktop.server.devices import search_index, search_text
from akonet_desktop.server.migrate import alembic_config, upgrade
from akonet_desktop.server.models import Device
from tests.support.api import Api
from tests.support.device_lists import found_by
from tests.support.device_pages import listed
from tests.support.devices import add_company, add_devices, add_inventory, bearer, company_id
from tests.support.module_api import BACKENDS, module_api


@pytest.fixture(scope="module", params=BACKENDS)
def api(request, tmp_path_factory):
    with module_api(request, tmp_path_factory, "devices-search") as api:
        yield api


# The fixtures are per module or constant for a test: nothing to reset between examples.
_SLOW_AND_PER_TEST = [HealthCheck.too_slow, HealthCheck.function_scoped_fixture]


@pytest.fixture(params=["few", "many"])
def searched(request, monkeypatch):
    """Both ways a search is read: its few matches' ids first, or counted then paged (FEW = 0)."""
    if request.param == "many":
        monkeypatch.setattr(device_queries, "FEW", 0)
    return request.param


# Case pairs, accents, letters whose fold is longer (ß, ﬁ, İ) or another letter (K Kelvin sign,
# full-width F), digits, LIKE's wildcards and escape, quotes, and FTS5's syntax.
_ALPHABET = "aAáÁeEéÉnNñÑsSßẞıİﬁＦK0123 %_\\'\"*^:()-+.,"
_WORDS = st.sampled_from(["AND", "OR", "NOT", "NEAR", "Cámara", "CÁMARA", "fría", "12", "%_", '""'])
_FIELD = st.lists(st.text(_ALPHABET, max_size=4) | _WORDS, max_size=4).map(" ".join)


def _found(api: Api, company: int, q: str) -> set[int]:
    page = listed(api, company, DeviceQuery(q=q, limit=500))
    assert page.total == len(page.items)
    return {d.id for d in page.items}


@settings(max_examples=80, deadline=None, suppress_health_check=_SLOW_AND_PER_TEST)
@given(
    fields=st.lists(st.tuples(_FIELD, _FIELD, st.sampled_from(DEVICE_MODELS)), min_size=1, max_size=8),
    data=st.data(),
)
def test_search_finds_what_the_folded_substring_finds(api, searched, fields, data):
    company = add_company(api)
    labels = add_devices(api, [{"company_id": company, "name": n, "location": loc, "model": m} for n, loc, m in fields])
    ids = {d.serial: d.id for d in listed(api, company, DeviceQuery(limit=500)).items}
    devices = [
        {"id": ids[label.serial], "serial": label.serial, "name": n, "location": loc, "model": m}
        for label, (n, loc, m) in zip(labels, fields, strict=True)
    ]
    # (Not the serials: random, they would change what a replayed example draws; test_listing
    # searches by part of a serial.)
    candidates = [d[field] for d in devices for field in ("name", "location", "model")]
    for _ in range(4):
        kind = data.draw(st.sampled_from(["part", "text", "word"]), label="kind")
        if kind == "part":  # a part of what is there, maybe in another case
            value = data.draw(st.sampled_from(candidates), label="field")
            start = data.draw(st.integers(0, len(value)), label="start")
            part = value[start : data.draw(st.integers(start, len(value)), label="end")]
            q = data.draw(st.sampled_from([part, part.upper(), part.lower()]), label="q")
        else:
            q = data.draw(st.text(_ALPHABET, min_size=1, max_size=6) if kind == "text" else _WORDS, label="q")
        want = {d["id"] for d in devices if found_by(d, q)}
        assert _found(api, company, q) == want, q


def test_the_trigram_index_serves_the_search(api):
    company = add_company(api)
    add_devices(api, [{"company_id": company, "name": f"Cámara {i}", "location": "Málaga"} for i in range(30)])
    assert len(_found(api, company, "CÁMARA 1")) == 11  # 1, 10…19
    assert _found(api, company, 'ra "1') == set()
    with api.ctx.engine.connect() as connection:
        dialect = connection.dialect.name
        ids = search_index.matching_ids(dialect, "cámara 1")
        sql = str(ids.compile(connection, compile_kwargs={"literal_binds": True}))
        if dialect == "sqlite":
            plan = " ".join(row[3] for row in connection.exec_driver_sql(f"EXPLAIN QUERY PLAN {sql}"))
            assert f"SCAN {search_index.FTS_TABLE} VIRTUAL TABLE" in plan, plan
        else:
            connection.exec_driver_sql("SET enable_seqscan = off")  # a small table: ask what it can use
            plan = " ".join(row[0] for row in connection.exec_driver_sql(f"EXPLAIN {sql}"))
            assert search_index.PG_INDEX in plan, plan


_VITRINA = {"name": "Vitrina", "location": "Sevilla"}


def test_renaming_and_activating_rewrite_what_the_search_finds(api):
    owner = api.register("renombra@frio.es")
    headers = bearer(owner)
    label = add_inventory(api)[0]
    r = api.http.post(
        "/api/v1/devices/activate",
        headers=headers,
        json={"serial": label.serial, "activation_code": label.activation_code, **_VITRINA},
    )
    assert r.status_code == 201, r.text
    device = r.json()["id"]
    company = company_id(owner)
    assert _found(api, company, "VITRINA") == _found(api, company, "sevilla") == {device}
    r = api.http.patch(f"/api/v1/devices/{device}", json={"location": "Córdoba"}, headers=headers)
    assert r.status_code == 200, r.text
    assert _found(api, company, "sevilla") == set()
    assert _found(api, company, "córdoba") == _found(api, company, "vitrina") == {device}


def test_migration_0008_indexes_the_devices_already_there(database_url):
    engine = make_engine(database_url)
    upgrade(engine, "0007")
    with engine.begin() as connection:
        for i, (name, location) in enumerate([("Cámara FRÍA", "Málaga"), ("Freezer 12", "Bilbao"), ("", "")]):
            connection.execute(
                text(
                    "INSERT INTO devices (serial, model, firmware, activation_code_hash, device_secret_hash, name, "
                    "location, name_key, location_key, alarm, created_at) "
                    "VALUES (:serial, 'AKO-16524', '1.0.0', 'h', 'h', :name, :location, '', '', :alarm, :now)"
                ),
                {"serial": f"S{i}X", "name": name, "location": location, "alarm": False, "now": datetime(2026, 12, 1)},
            )
    upgrade(engine)
    with engine.connect() as connection:
        dialect = connection.dialect.name

        def found(q):
            statement = select(Device.serial).where(search_index.holds(Device.id, dialect, q)).order_by(Device.serial)
            return connection.execute(statement).scalars().all()

        assert found("cámara fría") == ["S0X"]
        assert found("ako-16524") == ["S0X", "S1X", "S2X"]
        assert found("s1x") == ["S1X"]
        assert found("ez") == ["S1X"]  # below three characters: read, not indexed
    with engine.begin() as connection:  # and back, for an operator who must roll a release back
        config = alembic_config()
        config.attributes["connection"] = connection
        command.downgrade(config, "0007")
    with engine.connect() as connection:
        tables = set(inspect(connection).get_table_names())
        assert "device_search" not in tables and search_index.FTS_TABLE not in tables
    upgrade(engine)  # and up again
    engine.dispose()


def test_writes_keep_the_index_in_step(api):
    """Through the triggers (SQLite) or the index itself (PostgreSQL): insert, update, delete."""
    company = add_company(api)
    add_devices(api, [{"company_id": company, "name": "Alpha room"}])
    (device,) = _found(api, company, "alpha")
    with transaction(api.ctx.sessions) as session:
        search_text.rewrite(session, device, "X", "Beta room", "", "AKO-16524")
    assert _found(api, company, "alpha") == set() and _found(api, company, "beta") == {device}
    with transaction(api.ctx.sessions) as session:
        session.execute(text("DELETE FROM device_search WHERE device_id = :d"), {"d": device})
    assert _found(api, company, "beta") == set()


_TRICKY = ["a\\b", "50%_off", 'say "hi"', "x AND y", "NEAR(a b)", "-neg", "col:val", "^start", "Straße", "ﬁsh", "İzmir"]


@pytest.mark.parametrize(
    "q,names",
    [
        ("a\\b", ["a\\b"]),
        ("\\", ["a\\b"]),
        ("a\\", ["a\\b"]),
        ("%", ["50%_off"]),
        ("%_", ["50%_off"]),
        ("0%_o", ["50%_off"]),
        ("_", ["50%_off"]),
        ('"hi"', ['say "hi"']),
        ('"', ['say "hi"']),
        ('y "', ['say "hi"']),
        ("AND", ["x AND y"]),
        ("x and y", ["x AND y"]),
        ("NEAR(", ["NEAR(a b)"]),
        ("-neg", ["-neg"]),
        ("col:", ["col:val"]),
        ("^st", ["^start"]),
        ("strasse", ["Straße"]),  # ß folds to ss
        ("STRASSE", ["Straße"]),
        ("fish", ["ﬁsh"]),  # a ligature folds to its letters
        ("i̇zmir", ["İzmir"]),
        ("*", []),
    ],
)
def test_what_names_and_queries_hold_is_text_never_syntax(api, searched, q, names):
    company = add_company(api)
    labels = add_devices(api, [{"company_id": company, "name": name} for name in _TRICKY])
    by_name = dict(zip(_TRICKY, labels, strict=True))
    found = {d.serial for d in listed(api, company, DeviceQuery(q=q, limit=100)).items}
    assert found == {by_name[name].serial for name in names}
