"""Limits on request heads (request line and header fields), enforced in front of uvicorn's parser.

uvicorn's parsers keep a head in memory until it ends: httptools has no size limit at all (a
50 MB header field was answered 200 and four parallel 100 MB heads cost the server 490 MB), and
neither parser drops a client that sends a head slowly or never. Each connection therefore has
a `HeadWatch`: it counts the bytes of the head being received and answers 431 once they pass
`max_bytes`, before the rest is read, and it closes a head still incomplete `timeout_seconds`
after the connection opened or after the first byte of a later request (408, or a silent close
when not one byte came); the request's body is due within the same time. Between requests, an
idle keep-alive connection is closed by uvicorn's own `timeout_keep_alive`, as before.

The protocol classes that feed it live beside this module, one per parser uvicorn may use:
request_heads_httptools.py (httptools, the server's) and request_heads_h11.py (the desktop
bundle ships without httptools).
"""

from __future__ import annotations

import asyncio
import functools
import json
from dataclasses import dataclass
from http import HTTPStatus

from akonet_desktop.api.errors import ErrorCode

DEFAULT_MAX_HEAD_BYTES = 16 * 1024
DEFAULT_HEAD_TIMEOUT_SECONDS = 10.0

# A complete head's size, from what a parser hands over (the URL, each field's name and value):
# plus ": " and CRLF per field, and about this much for the method, version, spaces and CRLFs.
FIELD_FRAMING = 4
REQUEST_LINE_FRAMING = 16


@dataclass(frozen=True)
class HeadLimits:
    max_bytes: int = DEFAULT_MAX_HEAD_BYTES
    timeout_seconds: float = DEFAULT_HEAD_TIMEOUT_SECONDS


def refusal(status: int, code: ErrorCode, message: str, default_headers: list[tuple[bytes, bytes]]) -> bytes:
    """A whole HTTP/1.1 answer that ends the connection, in the API's error shape."""
    body = json.dumps({"code": code.value, "message": message}).encode()
    lines = [f"HTTP/1.1 {status} {HTTPStatus(status).phrase}".encode()]
    lines += [name + b": " + value for name, value in default_headers]
    lines += [b"content-type: application/json", b"content-length: %d" % len(body), b"connection: close", b"", body]
    return b"\r\n".join(lines)


class HeadWatch:
    """One connection's watch over the request head it is waiting for."""

    def __init__(
        self, limits: HeadLimits, loop: asyncio.AbstractEventLoop, default_headers: list[tuple[bytes, bytes]]
    ) -> None:
        self.limits = limits
        self._loop = loop
        self._default_headers = default_headers
        self._transport: asyncio.Transport | None = None
        self._timer: asyncio.TimerHandle | None = None
        self.head_bytes = 0  # of the head being received, as far as counted
        self._any_byte = False  # of that head: a timeout then answers 408 rather than closing silently

    def attach(self, transport: asyncio.Transport) -> None:
        """A new connection: its first head is due within the timeout, even if no byte ever comes."""
        self._transport = transport
        self._arm()

    def receiving(self, head_bytes: int) -> None:
        """Bytes of an incomplete head arrived: `head_bytes` of it so far."""
        self.head_bytes = head_bytes
        self._any_byte = True
        self._arm()
        if head_bytes > self.limits.max_bytes:
            self.refuse_too_large()

    def head_done(self) -> None:
        """The head ended; its body (if any) is still due within the same timeout: a client
        trickling a body, or a chunked body's trailer, holds the connection no longer than a head."""
        self.head_bytes = 0
        self._any_byte = True
        self._arm()

    def complete(self) -> None:
        """The whole request arrived: it is the application's now (answer, keep-alive)."""
        self._disarm()
        self.head_bytes = 0
        self._any_byte = False

    def cut(self) -> None:
        """Close without answering: the application may have answered already."""
        self._disarm()
        if self._transport is not None and not self._transport.is_closing():
            self._transport.close()

    def stop(self) -> None:
        self._disarm()

    def refuse_too_large(self) -> None:
        self._refuse(
            431,
            ErrorCode.REQUEST_HEAD_TOO_LARGE,
            f"The request line and headers are larger than {self.limits.max_bytes} bytes.",
        )

    def _arm(self) -> None:
        if self._timer is None:
            self._timer = self._loop.call_later(self.limits.timeout_seconds, self._timed_out)

    def _disarm(self) -> None:
        if self._timer is not None:
            self._timer.cancel()
            self._timer = None

    def _timed_out(self) -> None:
        self._timer = None
        if self._transport is None or self._transport.is_closing():
            return
        if self._any_byte:
            self._refuse(
                408,
                ErrorCode.REQUEST_TIMEOUT,
                f"The request did not arrive within {self.limits.timeout_seconds:g} seconds.",
            )
        else:
            self._transport.close()  # an opened connection that never asked anything

    def _refuse(self, status: int, code: ErrorCode, message: str) -> None:
        self._disarm()
        transport = self._transport
        if transport is None or transport.is_closing():
            return
        transport.write(refusal(status, code, message, self._default_headers))
        # Closing stops reading at once: whatever else the client sends is never buffered.
        transport.close()


def head_limited_protocol(limits: HeadLimits) -> functools.partial:
    """uvicorn's `http=` protocol: httptools' where it is installed (as uvicorn's "auto" picks), else h11's.

    A partial of a module-level class, so that it pickles into `--workers` processes.
    """
    try:
        from akonet_desktop.server.http.request_heads_httptools import HeadLimitedHttpToolsProtocol as protocol
    except ImportError:  # the desktop bundle leaves httptools out
        from akonet_desktop.server.http.request_heads_h11 import HeadLimitedH11Protocol as protocol
    return functools.partial(protocol, limits=limits)
