"""uvicorn's h11 protocol with a `HeadWatch` (request_heads.py): where httptools is not installed.

h11 bounds the head it buffers itself (`max_incomplete_event_size`) but answers 400 when it is
passed; here that refusal becomes the 431 the httptools protocol answers, and the watch adds the
head timeout, which h11 has not.
"""

from __future__ import annotations

import asyncio
from typing import Any

import h11
from uvicorn.config import Config
from uvicorn.protocols.http.h11_impl import H11Protocol
from uvicorn.server import ServerState

from akonet_desktop.server.http.request_heads import HeadLimits, HeadWatch


class _Connection(h11.Connection):
    """Remembers the status h11 suggests for the error it raised (431 for a head too large)."""

    refused_with: int | None = None

    def next_event(self) -> Any:
        try:
            return super().next_event()
        except h11.RemoteProtocolError as exc:
            self.refused_with = exc.error_status_hint
            raise


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
        self.conn = _Connection(h11.SERVER, max_incomplete_event_size=limits.max_bytes)
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
        if self.conn.their_state is not h11.IDLE:
            self.watch.complete()
        elif self.conn.trailing_data[0]:
            # h11 holds part of a head (and refuses it past the limit): only the clock is kept here.
            self.watch.receiving(0)

    def send_400_response(self, msg: str) -> None:
        if self.conn.refused_with == 431:
            self.watch.refuse_too_large()
        else:
            super().send_400_response(msg)
