"""A route dependency for what only the company's owner and administrators may do (rules/roles.py)."""

from __future__ import annotations

from fastapi import Depends

from akonet_desktop.api.errors import ErrorCode
from akonet_desktop.rules.roles import is_administrator
from akonet_desktop.server.errors import ApiError
from akonet_desktop.server.http.deps import CurrentCaller


def _check(caller: CurrentCaller) -> None:
    if not is_administrator(caller.user.role):
        raise ApiError(403, ErrorCode.FORBIDDEN, "Only the company's administrators may do this.")


# `dependencies=[ADMINISTRATORS_ONLY]`: 403 `forbidden` for a member of kind "user".
ADMINISTRATORS_ONLY = Depends(_check)
