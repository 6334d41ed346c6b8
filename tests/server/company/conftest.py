"""A company with one person of each kind, all signed in."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from tests.support.api import Api
from tests.support.devices import add_member

OWNER, ADMIN, USER = "owner@frio.es", "admin@frio.es", "user@frio.es"


@dataclass
class Company:
    owner: dict
    admin: dict
    user: dict

    def of(self, kind: str) -> dict:
        return getattr(self, kind)


@pytest.fixture
def company(api: Api) -> Company:
    owner = api.register(OWNER)
    return Company(owner=owner, admin=add_member(api, owner, ADMIN, "admin"), user=add_member(api, owner, USER, "user"))
