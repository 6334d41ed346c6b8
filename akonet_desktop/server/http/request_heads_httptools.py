"""uvicorn's httptools protocol with a `HeadWatch` (request_heads.py) in front of its parser.

httptools gathers a header field inside the parser until the field ends and only then hands it
over, so a head's size cannot be learnt from the parser while it arrives: the bytes fed while a
head is open are counted instead, chunk by chunk, and the connection is refused as soon as they
pass the limit. A head that ended inside a chunk is measured from what the parser handed over
(URL and fields) whenever the chunks do not bound it already. A pipelined head that began inside
a chunk after the end of an earlier request counts, for that chunk, what the parser handed over
of it (a field still open inside the parser is missed: at most that one chunk, which the parser
holds anyway; the next ones count whole), and it is measured when it ends.
"""

from __future__ import annotations

import asyncio
from typing import Any

from uvicorn.config import Config
from uvicorn.protocols.http.httptools_impl import HttpToolsProtocol
from uvicorn.server import ServerState

from akonet_desktop.server.http.request_heads import FIELD_FRAMING, REQUEST_LINE_FRAMING, HeadLimits, HeadWatch

# A chunked body's bytes on the wire, framing included, past which the connection is closed: the
# API's bodies are at most 64 KiB (body_limit.py), and one-byte chunks take six bytes each.
CHUNKED_BODY_BYTES = 8 * 64 * 1024


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
        self._max_bytes = limits.max_bytes
        # Whether the next bytes belong to a head: between requests, or inside one.
        self._in_head = True
        self._head_too_large = False
        # The chunks counted do not bound the current head (it began after a pipelined request).
        self._measure_head = False
        # The chunk being fed, and whether a request ended in it (the last one to end: its scope).
        self._feeding = 0
        self._ended_in_feed = False
        self._ended_scope: object = None
        # Bytes fed since the head of a chunked request ended: its trailer fields are kept by the
        # parser like head fields, so they are bounded too (a Content-Length body is bounded by
        # its length, and the body limit refuses it).
        self._chunked = False
        self._body_bytes = 0

    def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]
        super().connection_made(transport)
        self.watch.attach(transport)

    def connection_lost(self, exc: Exception | None) -> None:
        self.watch.stop()
        super().connection_lost(exc)

    def data_received(self, data: bytes) -> None:
        self._feeding = len(data)
        self._ended_in_feed = False
        super().data_received(data)
        if self.transport.is_closing():
            return
        if not self._in_head:
            if self._chunked:
                self._body_bytes += len(data)
                if self._body_bytes > CHUNKED_BODY_BYTES + self._max_bytes:
                    self.watch.cut()
            return
        if not self._ended_in_feed:
            head_bytes = self.watch.head_bytes + len(data)  # the whole chunk is this head's
        elif self.scope is not self._ended_scope:
            # uvicorn's on_message_begin made a new scope: a pipelined head began after that end
            head_bytes = self._handed_over()
            self._measure_head = True
        else:
            return  # the chunk ended with a request: nothing of the next head yet
        self.watch.receiving(head_bytes)

    def _handed_over(self) -> int:
        """The size of the head so far, from what the parser handed over (the URL, complete fields)."""
        fields = sum(len(name) + len(value) + FIELD_FRAMING for name, value in self.headers)
        return REQUEST_LINE_FRAMING + len(self.url) + fields

    # Parser callbacks (each once a request: nothing is added per header field)
    def on_headers_complete(self) -> None:
        # Measured only when the chunks counted do not show it is within the limit.
        unbounded = self._measure_head or self.watch.head_bytes + self._feeding > self._max_bytes
        if unbounded and self._handed_over() > self._max_bytes:
            self._head_too_large = True
            raise _HeadTooLarge
        self._measure_head = False
        self._in_head = False
        self._chunked = any(
            name.lower() == b"transfer-encoding" and b"chunked" in value.lower() for name, value in self.headers
        )
        self._body_bytes = 0
        self.watch.head_done()
        super().on_headers_complete()

    def on_message_complete(self) -> None:
        super().on_message_complete()
        self.watch.complete()
        self._in_head = True
        self._chunked = False
        self._ended_in_feed = True
        self._ended_scope = self.scope

    def send_400_response(self, msg: str) -> None:
        if self._head_too_large:
            self.watch.refuse_too_large()
        else:
            super().send_400_response(msg)
