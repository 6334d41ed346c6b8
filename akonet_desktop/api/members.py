"""The contract of a company's roles and members: /roles and /users (invitations have their own module)."""

from __future__ import annotations

from datetime import datetime
from typing import Literal

from pydantic import Field

from akonet_desktop.api.models import ApiModel
from akonet_desktop.rules.roles import Kind, Privilege

# --- roles --------------------------------------------------------------------------------------


class RoleOut(ApiModel):
    id: int
    name: str
    privileges: list[Privilege]
    # rules.roles.BUILTIN_ROLES key ("technician", "viewer") while the name is the untouched default:
    # the desktop then shows the name translated. Renaming the role clears it for good.
    builtin: str | None
    users: int  # members holding the role (kind "user")


class RoleCreate(ApiModel):
    name: str = Field(max_length=1000)
    # Names, checked against rules.roles.ROLE_PRIVILEGES (422 on field "privileges" otherwise).
    privileges: list[str] = Field(default=[], max_length=50)


class RoleUpdate(ApiModel):
    name: str | None = Field(default=None, max_length=1000)
    privileges: list[str] | None = Field(default=None, max_length=50)


# --- members ------------------------------------------------------------------------------------

MemberStatus = Literal["active", "invited", "locked"]
MemberSort = Literal["email", "last_name", "role", "status", "last_sign_in_at", "created_at"]
MemberEntry = Literal["user", "invitation"]
MEMBER_SORT_FIELDS = ("email", "last_name", "role", "status", "last_sign_in_at", "created_at")
MEMBER_PAGE_DEFAULT = 50
MEMBER_PAGE_MAX = 200
MEMBER_QUERY_MAX = 100
MEMBER_OFFSET_MAX = 10**9


class MemberOut(ApiModel):
    """One row of GET /users: a person of the company, or a pending invitation (status "invited").

    Users and invitations have separate id spaces: `entry` says which one `id` belongs to. A "user"
    row's id is the one of /users/{id}; an "invitation" row's id is the one of
    /users/invitations/{id} (resend, revoke). (entry, id) is unique within a list.
    """

    entry: MemberEntry
    id: int
    email: str
    first_name: str
    last_name: str
    role: Kind  # the kind: owner, admin or user
    role_id: int | None  # the role of a "user" (None for owner and admins)
    role_name: str | None  # that role's name, and its built-in key while untouched (see RoleOut)
    role_builtin: str | None
    status: MemberStatus  # active; invited (a pending invitation); locked (too many wrong passwords)
    last_sign_in_at: datetime | None
    created_at: datetime  # joined, or invited
    expires_at: datetime | None = None  # an invitation's end of validity


class MemberPage(ApiModel):
    items: list[MemberOut]
    total: int  # matching the filter
    offset: int
    limit: int


class MemberQuery(ApiModel):
    """The query string of GET /users; every field has a default."""

    offset: int = Field(default=0, ge=0, le=MEMBER_OFFSET_MAX)
    limit: int = Field(default=MEMBER_PAGE_DEFAULT, ge=1, le=MEMBER_PAGE_MAX)
    q: str = Field(default="", max_length=MEMBER_QUERY_MAX)  # substring of email, first or last name
    sort: MemberSort = "email"
    order: Literal["asc", "desc"] = "asc"
    status: MemberStatus | None = None


class MemberUpdate(ApiModel):
    """PATCH /users/{id}: omitted fields stay. `role` is "admin" or "user" (ownership moves only by
    POST /company/owner); a "user" needs a role of the company: `role_id`, or the built-in Viewer
    role when someone is made a user without one."""

    first_name: str | None = Field(default=None, max_length=1000)
    last_name: str | None = Field(default=None, max_length=1000)
    role: str | None = Field(default=None, max_length=20)
    role_id: int | None = Field(default=None, ge=1, le=2**63 - 1)
