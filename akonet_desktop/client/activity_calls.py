"""AkonetClient's activity-log call: a mixin over the client's request helpers."""

from __future__ import annotations

from typing import TYPE_CHECKING

from akonet_desktop.api.activity import ActivityKind, ActivityPage

if TYPE_CHECKING:
    from akonet_desktop.client.api_client import AkonetClient


class ActivityCalls:
    async def list_activity(
        self: AkonetClient,
        offset: int = 0,
        limit: int = 50,
        actor: int | None = None,
        kind: ActivityKind | str | None = None,
    ) -> ActivityPage:
        """One page of the company's activity log, newest first (owner and administrators only)."""
        params = {"offset": str(offset), "limit": str(limit)}
        if actor is not None:
            params["actor"] = str(actor)
        if kind:
            params["kind"] = str(kind)
        response = await self._authorized("GET", "/activity", params=params)
        return self._result(response, ActivityPage, "GET /activity")
