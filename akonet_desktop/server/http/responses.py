"""The error answers a route documents in the OpenAPI schema (their body is always `ErrorBody`)."""

from __future__ import annotations

from akonet_desktop.api.models import ErrorBody


def error_responses(*statuses: int) -> dict[int | str, dict]:
    return {status: {"model": ErrorBody} for status in statuses}
