"""Fixtures most server tests share: a manual clock, and a real app on each database driven by it."""

from __future__ import annotations

import pytest

from tests.support.api import Api
from tests.support.clock import ManualClock


@pytest.fixture
def clock() -> ManualClock:
    return ManualClock()


@pytest.fixture
def api(make_settings, database_url, clock):
    """A module defining its own `api` (other settings, another scope) overrides this one."""
    with Api(make_settings(database_url), clock=clock) as api:
        yield api
