"""AkonetClient's roles and members calls: the requests they send, and the real server's answers."""

from __future__ import annotations

import json
from pathlib import Path

import httpx
import pytest
from argon2 import PasswordHasher

from akonet_desktop.api.members import MemberUpdate, RoleUpdate
from akonet_desktop.client.api_client import AkonetClient
from akonet_desktop.client.errors import ApiFailure, ServerFailure
from akonet_desktop.server.db import make_engine, make_session_factory, transaction
from akonet_desktop.server.models import User
from tests.client.conftest import run
from tests.support.api import STRONG_PASSWORD
from tests.support.clock import ManualClock


def recorded(answer: httpx.Response, action):
    sent: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return answer

    async def scenario():
        async with AkonetClient("http://akonet.test", transport=httpx.MockTransport(handler)) as client:
            client.access_token = "acc"
            return await action(client)

    return run(scenario()), sent


def test_list_members_sends_only_the_filters_given():
    page = {"items": [], "total": 0, "offset": 50, "limit": 50}
    result, (request,) = recorded(
        httpx.Response(200, json=page), lambda c: c.list_members(50, 50, q="ana", sort="role", status="locked")
    )
    assert request.url.path == "/api/v1/users"
    assert dict(request.url.params) == {"offset": "50", "limit": "50", "q": "ana", "sort": "role", "status": "locked"}
    assert request.headers["Authorization"] == "Bearer acc"
    assert result.total == 0


def test_updates_send_only_what_changes():
    role = {"id": 3, "name": "Night", "privileges": [], "builtin": None, "users": 0}
    _, (request,) = recorded(httpx.Response(200, json=role), lambda c: c.update_role(3, RoleUpdate(name="Night")))
    assert (request.method, request.url.path, json.loads(request.content)) == (
        "PATCH",
        "/api/v1/roles/3",
        {"name": "Night"},
    )


def test_a_roles_answer_that_is_not_a_list_is_a_server_failure():
    with pytest.raises(ServerFailure):
        recorded(httpx.Response(200, json={"roles": []}), lambda c: c.list_roles())


def _add_admin(tmp_path: Path, company_id: int, email: str) -> None:
    """A second person in the company, written to the `server` fixture's database."""
    engine = make_engine(f"sqlite:///{tmp_path / 'akonet.sqlite3'}")
    now = ManualClock().now()
    with transaction(make_session_factory(engine)) as session:
        session.add(
            User(
                company_id=company_id,
                email=email,
                first_name="Luis",
                last_name="Pérez",
                role="admin",
                language="es",
                password_hash=PasswordHasher().hash(STRONG_PASSWORD),
                password_changed_at=now,
                created_at=now,
            )
        )
    engine.dispose()


def test_roles_and_members_on_the_real_server(server, tmp_path):
    async def scenario():
        async with AkonetClient(server.url) as client:
            owner = await server.register(client, "jefe@frio.es")
            _add_admin(tmp_path, owner.company.id, "admin@frio.es")

            roles = await client.list_roles()
            assert [(r.name, r.builtin) for r in roles] == [("Technician", "technician"), ("Viewer", "viewer")]
            night = await client.create_role("Night shift", ["activate_device"])
            assert (await client.update_role(night.id, RoleUpdate(privileges=[]))).privileges == []
            with pytest.raises(ApiFailure) as taken:
                await client.create_role("night SHIFT", [])
            assert (taken.value.status, taken.value.code) == (409, "role_name_taken")

            page = await client.list_members(sort="email")
            assert [m.email for m in page.items] == ["admin@frio.es", "jefe@frio.es"]
            admin = page.items[0]
            changed = await client.update_member(admin.id, MemberUpdate(role="user", role_id=night.id))
            assert (changed.role, changed.role_name) == ("user", "Night shift")
            with pytest.raises(ApiFailure) as in_use:
                await client.delete_role(night.id)
            assert in_use.value.code == "role_in_use"

            seen = server.mail_count("admin@frio.es")
            assert (await client.send_member_password_reset(admin.id)).code == "password_reset_sent"
            await server.next_token("admin@frio.es", seen)
            await client.unlock_member(admin.id)
            with pytest.raises(ApiFailure) as protected:
                await client.update_member(owner.user.id, MemberUpdate(role="admin"))
            assert protected.value.code == "owner_protected"
            await client.remove_member(admin.id)
            await client.delete_role(night.id)
            assert (await client.list_members()).total == 1

    run(scenario(), timeout=60)
