from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from tests.support.postgres import POSTGRES_C_LOCALE, fresh_database, postgres_unavailable_reason  # noqa: E402

REQUIRE_POSTGRES = os.environ.get("AKONET_REQUIRE_POSTGRES") == "1"


@pytest.fixture(scope="session")
def postgres_available() -> None:
    reason = postgres_unavailable_reason()
    if reason is None:
        return
    if REQUIRE_POSTGRES:
        pytest.fail(f"AKONET_REQUIRE_POSTGRES=1 but {reason}")
    pytest.skip(reason)


@pytest.fixture
def postgres_url(postgres_available) -> Iterator[str]:
    with fresh_database() as url:
        yield url


@pytest.fixture(params=["sqlite", "postgresql"])
def database_url(request, tmp_path: Path) -> Iterator[str]:
    """A fresh database. POSTGRES_C_LOCALE, not among the default params, a test asks for with
    `@pytest.mark.parametrize("database_url", [...], indirect=True)`."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'akonet.sqlite3'}"
    else:
        request.getfixturevalue("postgres_available")
        with fresh_database(locale="C" if request.param == POSTGRES_C_LOCALE else None) as url:
            yield url


@pytest.fixture
def sqlite_url(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'akonet.sqlite3'}"


@pytest.fixture
def make_settings(tmp_path: Path) -> Callable:
    from tests.support.server_settings import settings_for

    def make(database_url: str, **overrides):
        return settings_for(tmp_path, database_url, **overrides)

    return make
