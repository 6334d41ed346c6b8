"""The kinds of user and the privileges each grants: the product's one permission table.

The user guide: the person who registers the company is its super-administrator, on the
platform its *owner*. The owner has every administrator privilege and is the only person who
may edit the company profile and see billing information. Administrators: any number, every
privilege except those two. Users: any number, with the privileges their role gives them; until
companies can define roles, a user has none and only looks.

The server's permission checks, the API models and the desktop all read this table; nothing
else spells a kind of user.
"""

from __future__ import annotations

from collections.abc import Iterable
from enum import StrEnum


class Kind(StrEnum):
    """What a person is in their company (the `role` field of the API)."""

    OWNER = "owner"
    ADMIN = "admin"
    USER = "user"


class Privilege(StrEnum):
    ACTIVATE_DEVICE = "activate_device"
    UPDATE_DEVICE_INFO = "update_device_info"  # rename, location
    EDIT_COMPANY_PROFILE = "edit_company_profile"
    SEE_BILLING = "see_billing"


OWNER_ONLY = frozenset({Privilege.EDIT_COMPANY_PROFILE, Privilege.SEE_BILLING})
# What a company's roles may give its users: everything but what only the owner may do.
ROLE_PRIVILEGES = frozenset(Privilege) - OWNER_ONLY

# The roles every company starts with, by a key that stays when people rename them (their names
# are translated only while untouched): the key, the English name, the privileges.
BUILTIN_ROLES: tuple[tuple[str, str, frozenset[Privilege]], ...] = (
    ("technician", "Technician", frozenset({Privilege.ACTIVATE_DEVICE, Privilege.UPDATE_DEVICE_INFO})),
    ("viewer", "Viewer", frozenset()),
)

_GRANTED: dict[Kind, frozenset[Privilege]] = {
    Kind.OWNER: frozenset(Privilege),
    Kind.ADMIN: frozenset(Privilege) - OWNER_ONLY,
    Kind.USER: frozenset(),
}


_KINDS = {kind.value: kind for kind in Kind}
_PRIVILEGES = {privilege.value: privilege for privilege in Privilege}


def privileges(kind: str, role_privileges: Iterable[str] = ()) -> frozenset[Privilege]:
    """Everything a person of this kind may do; a user adds what their role grants (never owner-only)."""
    known = _KINDS.get(kind)
    if known is None:
        return frozenset()
    granted = _GRANTED[known]
    if known is Kind.USER:
        granted |= frozenset(_PRIVILEGES[p] for p in role_privileges if p in _PRIVILEGES) - OWNER_ONLY
    return granted


def stored_privileges(privileges: Iterable[str]) -> str:
    """A role's privileges as the database keeps them: known names, sorted, comma-separated."""
    return ",".join(sorted({p for p in privileges if p in _PRIVILEGES}))


def read_privileges(stored: str | None) -> frozenset[Privilege]:
    return frozenset(_PRIVILEGES[p] for p in (stored or "").split(",") if p in _PRIVILEGES)


def can(kind: str, privilege: Privilege, role_privileges: Iterable[str] = ()) -> bool:
    return privilege in privileges(kind, role_privileges)


def is_administrator(kind: str) -> bool:
    """Owner or administrator: the people who run the company in the app."""
    return kind in (Kind.OWNER, Kind.ADMIN)
