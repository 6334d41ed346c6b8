"""uvicorn's httptools protocol with a `HeadWatch` (request_heads.py) in front of its parser.

httptools gathers a header field inside the parser until the field ends and only then hands it
over, so a head's size cannot be learnt from the parser's callbacks alone while it arrives: the
bytes fed while a head is open are counted instead, chunk by chunk, and the connection is
refused as soon as they pass the limit. Where a chunk also carried the end of an earlier
request (pipelining), the bytes the parser handed over for the new head stand in for the
chunk's share; every complete head is also checked against the limit field by field.
"""

from __future__ import annotations

import asyncio
from typing import Any

from uvicorn.config import Config
from uvicorn.protocols.http.httptools_impl import HttpToolsProtocol
from uvicorn.server import ServerState

from akonet_desktop.server.http.request_heads import FIELD_FRAMING, REQUEST_LINE_FRAMING, HeadLimits, HeadWatch


class _HeadTooLarge(Exception):
    """Raised from a parser callback: the parser stops, and the 400 it would answer becomes 431."""


class HeadLimitedHttpToolsProtocol(HttpToolsProtocol):
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
        self.watch = HeadWatch(limits, self.loop, server_state.default_headers)
        # Whether the next bytes belong to a head: between requests, or inside one.
        self._in_head = True
        # Bytes of the current head the parser has handed over (URL, complete fields).
        self._head_parsed = 0
        # During one feed: a request ended, and (after it) another began.
        self._ended_in_feed = False
        self._began_after_end = False

    def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]
        super().connection_made(transport)
        self.watch.attach(transport)

    def connection_lost(self, exc: Exception | None) -> None:
        self.watch.stop()
        super().connection_lost(exc)

    def data_received(self, data: bytes) -> None:
        self._ended_in_feed = self._began_after_end = False
        super().data_received(data)
        if not self._in_head or self.transport.is_closing():
            return
        if not self._ended_in_feed:
            head_bytes = self.watch.head_bytes + len(data)  # the whole chunk is this head's
        elif self._began_after_end:
            head_bytes = self._head_parsed  # a pipelined head began inside the chunk
        else:
            return  # the chunk ended with a request: nothing of the next head yet
        self.watch.receiving(head_bytes)

    # Parser callbacks
    def on_message_begin(self) -> None:
        super().on_message_begin()
        self._head_parsed = REQUEST_LINE_FRAMING
        self._began_after_end = self._ended_in_feed

    def on_url(self, url: bytes) -> None:
        super().on_url(url)
        self._parsed(len(url))

    def on_header(self, name: bytes, value: bytes) -> None:
        super().on_header(name, value)
        self._parsed(len(name) + len(value) + FIELD_FRAMING)

    def on_headers_complete(self) -> None:
        self._in_head = False
        self.watch.complete()
        super().on_headers_complete()

    def on_message_complete(self) -> None:
        super().on_message_complete()
        self._in_head = True
        self._ended_in_feed = True
        self._began_after_end = False

    def _parsed(self, size: int) -> None:
        self._head_parsed += size
        if self._head_parsed > self.watch.limits.max_bytes:
            raise _HeadTooLarge

    def send_400_response(self, msg: str) -> None:
        if self._head_parsed > self.watch.limits.max_bytes:
            self.watch.refuse_too_large()
        else:
            super().send_400_response(msg)
