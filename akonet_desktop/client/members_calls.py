"""AkonetClient's calls for a company's roles and members (/roles, /users); mixed into AkonetClient."""

from __future__ import annotations

from pydantic import TypeAdapter, ValidationError

from akonet_desktop.api.members import MemberOut, MemberPage, MemberUpdate, RoleCreate, RoleOut, RoleUpdate
from akonet_desktop.api.models import Accepted
from akonet_desktop.client.errors import ServerFailure

_ROLES = TypeAdapter(list[RoleOut])


class MembersCalls:
    """Uses AkonetClient's request helpers (`_authorized`, `_result`, `_json`); not usable alone."""

    # --- roles --------------------------------------------------------------------------------

    async def list_roles(self) -> list[RoleOut]:
        data = self._json(await self._authorized("GET", "/roles"), "GET /roles")
        try:
            return _ROLES.validate_python(data)
        except ValidationError:
            raise ServerFailure("GET /roles: the answer is not a list of roles", 200) from None

    async def create_role(self, name: str, privileges: list[str]) -> RoleOut:
        body = RoleCreate(name=name, privileges=privileges).model_dump()
        return self._result(await self._authorized("POST", "/roles", json=body), RoleOut, "POST /roles")

    async def update_role(self, role_id: int, changes: RoleUpdate) -> RoleOut:
        """Only the fields that are set (not None) change."""
        body = changes.model_dump(exclude_none=True)
        response = await self._authorized("PATCH", "/roles/{}", str(role_id), json=body)
        return self._result(response, RoleOut, "PATCH /roles/…")

    async def delete_role(self, role_id: int) -> None:
        self._result(await self._authorized("DELETE", "/roles/{}", str(role_id)), None, "DELETE /roles/…")

    # --- members ------------------------------------------------------------------------------

    async def list_members(
        self,
        offset: int = 0,
        limit: int = 50,
        q: str = "",
        sort: str | None = None,
        order: str | None = None,
        status: str | None = None,
    ) -> MemberPage:
        """One page of the company's people and pending invitations, sorted and filtered by the server."""
        params = {"offset": str(offset), "limit": str(limit)}
        for name, value in (("q", q), ("sort", sort), ("order", order), ("status", status)):
            if value:
                params[name] = value
        response = await self._authorized("GET", "/users", params=params)
        return self._result(response, MemberPage, "GET /users")

    async def update_member(self, user_id: int, changes: MemberUpdate) -> MemberOut:
        """Only the fields that are set (not None) change."""
        body = changes.model_dump(exclude_none=True)
        response = await self._authorized("PATCH", "/users/{}", str(user_id), json=body)
        return self._result(response, MemberOut, "PATCH /users/…")

    async def remove_member(self, user_id: int) -> None:
        self._result(await self._authorized("DELETE", "/users/{}", str(user_id)), None, "DELETE /users/…")

    async def unlock_member(self, user_id: int) -> None:
        response = await self._authorized("POST", "/users/{}/unlock", str(user_id))
        self._result(response, None, "POST /users/…/unlock")

    async def send_member_password_reset(self, user_id: int) -> Accepted:
        response = await self._authorized("POST", "/users/{}/password-reset", str(user_id))
        return self._result(response, Accepted, "POST /users/…/password-reset")
