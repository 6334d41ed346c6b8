"""The roles-and-users tests' company: an owner, an administrator, a Technician user and a Viewer user;
and a second company. Those test modules import `company` from here, over conftest's simpler one."""

from __future__ import annotations

from dataclasses import dataclass

import pytest
from sqlalchemy import select, update

from akonet_desktop.server.db import transaction
from akonet_desktop.server.models import Role, User
from tests.support.api import Api
from tests.support.devices import add_member, bearer, company_id


def role_id(api: Api, company: int, builtin: str) -> int:
    with api.ctx.sessions() as session:
        return session.scalar(select(Role.id).where(Role.company_id == company, Role.builtin == builtin))


def give_role(api: Api, email: str, role: int | None) -> None:
    with transaction(api.ctx.sessions) as session:
        session.execute(update(User).where(User.email == email).values(role_id=role))


def add_user(api: Api, of: dict, email: str, builtin: str = "viewer") -> dict:
    """A member of kind "user" holding a built-in role, signed in."""
    signed = add_member(api, of, email, "user")
    give_role(api, email, role_id(api, company_id(of), builtin))
    return signed


@dataclass
class Company:
    owner: dict
    admin: dict
    technician: dict
    viewer: dict
    other: dict  # the owner of another company

    def headers(self, who: str) -> dict[str, str]:
        return bearer(getattr(self, who))

    def id_of(self, who: str) -> int:
        return getattr(self, who)["user"]["id"]


@pytest.fixture(name="company")
def members_company(api) -> Company:
    owner = api.register("jefe@frio.es")
    return Company(
        owner=owner,
        admin=add_member(api, owner, "admin@frio.es", "admin"),
        technician=add_user(api, owner, "tecnico@frio.es", "technician"),
        viewer=add_user(api, owner, "mirón@frio.es", "viewer"),
        other=api.register("boss@cold.fr"),
    )
