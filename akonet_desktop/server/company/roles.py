"""A company's roles: the named sets of privileges its users get (rules/roles.py)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy.orm import Session

from akonet_desktop.rules.roles import BUILTIN_ROLES, stored_privileges
from akonet_desktop.server.models import Role


def create_builtin_roles(session: Session, company_id: int, now: datetime) -> list[Role]:
    """The roles every company starts with ("Technician", "Viewer"); renamable, deletable."""
    roles = [
        Role(company_id=company_id, name=name, privileges=stored_privileges(granted), builtin=key, created_at=now)
        for key, name, granted in BUILTIN_ROLES
    ]
    session.add_all(roles)
    return roles
