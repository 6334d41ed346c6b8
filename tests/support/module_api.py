"""One app and database for a whole test module, on SQLite and on PostgreSQL: for modules whose
tests only read, or each make a company of their own (conftest's `api` is one per test)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import ExitStack, contextmanager

from tests.support.api import Api
from tests.support.postgres import fresh_database
from tests.support.server_settings import settings_for

BACKENDS = ["sqlite", "postgresql"]  # a module fixture's params: request.param is one of them


@contextmanager
def module_api(request, tmp_path_factory, name: str, clock=None, **overrides) -> Iterator[Api]:
    folder = tmp_path_factory.mktemp(name)
    with ExitStack() as stack:
        if request.param == "sqlite":
            url = f"sqlite:///{folder / 'db.sqlite3'}"
        else:
            request.getfixturevalue("postgres_available")
            url = stack.enter_context(fresh_database())
        yield stack.enter_context(Api(settings_for(folder, url, **overrides), clock=clock))
