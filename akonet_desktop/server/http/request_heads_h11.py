"""uvicorn's h11 protocol with a `HeadWatch` (request_heads.py): where httptools is not installed.

h11 bounds the head it buffers itself (`max_incomplete_event_size`) but answers 400 when it is
passed, and lets through a larger head that arrived whole in one read; here both get the 431 the
httptools protocol answers, and the watch adds the head timeout, which h11 has not.
"""

from __future__ import annotations

import asyncio
from typing import Any

import h11
from uvicorn.config import Config
from uvicorn.protocols.http.h11_impl import H11Protocol
from uvicorn.server import ServerState

from akonet_desktop.server.http.request_heads import FIELD_FRAMING, REQUEST_LINE_FRAMING, HeadLimits, HeadWatch


class _Connection(h11.Connection):
    """Refuses complete heads over the limit too, and remembers the status each refusal suggests."""

    def __init__(self, max_head_bytes: int) -> None:
        super().__init__(h11.SERVER, max_incomplete_event_size=max_head_bytes)
        self.max_head_bytes = max_head_bytes
        self.refused_with: int | None = None

    def next_event(self) -> Any:
        try:
            event = super().next_event()
            if isinstance(event, h11.Request) and _head_size(event) > self.max_head_bytes:
                raise h11.RemoteProtocolError("request head too large", error_status_hint=431)
            return event
        except h11.RemoteProtocolError as exc:
            self.refused_with = exc.error_status_hint
            raise


def _head_size(request: h11.Request) -> int:
    fields = sum(len(name) + len(value) + FIELD_FRAMING for name, value in request.headers)
    return REQUEST_LINE_FRAMING + len(request.target) + fields


class HeadLimitedH11Protocol(H11Protocol):
    def __init__(
        self,
        config: Config,
        server_state: ServerState,
        app_state: dict[str, Any],
        _loop: asyncio.AbstractEventLoop | None = None,
        *,
        limits: HeadLimits,
    ) -> None:
        super().__init__(config, server_state, app_state, _loop)
        self.conn = _Connection(limits.max_bytes)
        self.watch = HeadWatch(limits, self.loop, server_state.default_headers)

    def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]
        super().connection_made(transport)
        self.watch.attach(transport)

    def connection_lost(self, exc: Exception | None) -> None:
        self.watch.stop()
        super().connection_lost(exc)

    def data_received(self, data: bytes) -> None:
        super().data_received(data)
        self._watch_head()

    def on_response_complete(self) -> None:
        super().on_response_complete()  # may start on a pipelined head h11 had kept
        self._watch_head()

    def _watch_head(self) -> None:
        if self.transport.is_closing():
            return
        if self.conn.their_state is h11.SEND_BODY:
            self.watch.head_done()  # the body is due within the same timeout
        elif self.conn.their_state is not h11.IDLE:
            self.watch.complete()
        elif self.conn.trailing_data[0]:
            # h11 holds part of a head (and refuses it past the limit): only the clock is kept here.
            self.watch.receiving(0)

    def send_400_response(self, msg: str) -> None:
        if self.conn.refused_with == 431:
            self.watch.refuse_too_large()
        else:
            super().send_400_response(msg)
