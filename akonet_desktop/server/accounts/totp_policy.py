"""The company's rule "two-step verification for administrators": who it binds."""

from __future__ import annotations

from akonet_desktop.rules.roles import Kind
from akonet_desktop.server.models import User

# The owner and the administrators; users with a role are not bound by it.
BOUND_KINDS = frozenset({Kind.OWNER, Kind.ADMIN})


def totp_setup_required(user: User) -> bool:
    """`user` with its company loaded: bound by the policy and without two-step verification."""
    return bool(user.company.require_totp_for_admins) and user.role in BOUND_KINDS and user.totp_secret is None
