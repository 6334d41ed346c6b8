"""The options every uvicorn the project starts gets: `akonet-server serve` and the embedded ServerThread."""

from __future__ import annotations

from typing import Any

from akonet_desktop.server.http.request_heads import HeadLimits, head_limited_protocol


def uvicorn_options(limits: HeadLimits) -> dict[str, Any]:
    return {
        "http": head_limited_protocol(limits),
        # What h11 itself buffers of a head (the h11 protocol also sets it on its own connection).
        "h11_max_incomplete_event_size": limits.max_bytes,
        # No "server: uvicorn" on every answer: nothing tells a prober which software to aim at.
        "server_header": False,
    }
