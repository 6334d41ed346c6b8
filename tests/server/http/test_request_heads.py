"""Request heads against a real `akonet-server serve`, over raw sockets: a size limit (431) applied
before the rest is read, a time limit (408, or a close), and ordinary requests unaffected.

Both of uvicorn's parsers are covered: httptools (the server's) and h11 (the desktop bundle has no
httptools; here it is hidden from the server process).
"""

from __future__ import annotations

import contextlib
import os
import select
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.support.processes import free_port, wait_healthy

HEAD_TIMEOUT = 1.5  # seconds; the default is 10
LIMIT = 16 * 1024  # the default max_head_bytes
HEALTH = b"GET /api/v1/health HTTP/1.1\r\nHost: akonet.test\r\n"

_WITHOUT_HTTPTOOLS = (
    "import sys; sys.modules['httptools'] = None\n"
    "from akonet_desktop.server.cli import main\n"
    "raise SystemExit(main(sys.argv[1:]))\n"
)


@dataclass
class Served:
    port: int
    pid: int

    def connect(self) -> socket.socket:
        sock = socket.create_connection(("127.0.0.1", self.port))
        sock.settimeout(30)
        return sock


@pytest.fixture(scope="module", params=["httptools", "h11"])
def served(request, tmp_path_factory) -> Iterator[Served]:
    data = tmp_path_factory.mktemp(f"heads-{request.param}")
    port = free_port()
    start = ["-m", "akonet_desktop.server.cli"] if request.param == "httptools" else ["-c", _WITHOUT_HTTPTOOLS]
    process = subprocess.Popen(
        [
            sys.executable,
            *start,
            "serve",
            "--port",
            str(port),
            "--log-level",
            "warning",
            "--head-timeout-seconds",
            str(HEAD_TIMEOUT),
        ],
        env={**os.environ, "AKONET_DATA_DIR": str(data), "AKONET_OUTBOX_WORKER": "false"},
        stderr=subprocess.DEVNULL,
    )
    try:
        wait_healthy(f"http://127.0.0.1:{port}", process)
        yield Served(port, process.pid)
    finally:
        process.terminate()
        process.wait(10)


def read_until_closed(sock: socket.socket) -> bytes:
    received = b""
    try:
        while chunk := sock.recv(65536):
            received += chunk
    except ConnectionResetError:
        pass  # the server closed with unread bytes of ours: what it had answered was read first
    return received


def read_response(sock: socket.socket) -> bytes:
    """One answer on a connection that stays open (its body has a Content-Length)."""
    received = b""
    while b"\r\n\r\n" not in received:
        received += sock.recv(65536)
    head, _, body = received.partition(b"\r\n\r\n")
    length = next(
        int(line.split(b":")[1]) for line in head.split(b"\r\n") if line.lower().startswith(b"content-length:")
    )
    while len(body) < length:
        body += sock.recv(65536)
    return head + b"\r\n\r\n" + body


def closed_within(sock: socket.socket, seconds: float) -> bool:
    """Whether the server closed (or answered) within `seconds`; reading nothing yet."""
    return bool(select.select([sock], [], [], seconds)[0])


def stream_head(served: Served, size: int, deadline: float) -> int:
    """Sends one header field of `size` bytes; returns how many were sent before the server cut us off."""
    sent = 0
    with served.connect() as sock:
        try:
            sock.sendall(HEALTH + b"X-A: ")
            block = b"a" * 65536
            while sent < size and time.monotonic() < deadline:
                sock.sendall(block)
                sent += len(block)
        except (BrokenPipeError, ConnectionResetError):
            pass
    return sent


def memory_kib(pid: int, field: str) -> int:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1])
    raise AssertionError(f"no {field} for {pid}")


def test_a_head_within_the_limit_is_served(served):
    with served.connect() as sock:
        sock.sendall(HEALTH + b"X-A: " + b"a" * (15 * 1024) + b"\r\nConnection: close\r\n\r\n")
        assert read_until_closed(sock).startswith(b"HTTP/1.1 200 ")


@pytest.mark.parametrize("complete", [False, True])
def test_a_head_over_the_limit_gets_431_and_the_connection_closes(served, complete):
    with served.connect() as sock:
        sock.sendall(HEALTH + b"X-A: " + b"a" * (LIMIT + 1024) + (b"\r\n\r\n" if complete else b""))
        answer = read_until_closed(sock)  # ends: the server closed, whether or not the head was complete
    assert answer.startswith(b"HTTP/1.1 431 ")
    assert b'"code": "request_head_too_large"' in answer


@pytest.mark.parametrize("rest", [None, b"a" * LIMIT, b"\r\n\r\n"])
def test_a_pipelined_head_over_the_limit_gets_431(served, rest):
    """Behind an ordinary request in the same write: whole, then going on, or ending, in another write."""
    with served.connect() as sock:
        oversized = HEALTH + b"X-A: " + b"a" * (LIMIT + 1024) + (b"\r\n\r\n" if rest is None else b"")
        sock.sendall(HEALTH + b"\r\n" + oversized)
        if rest is not None:
            time.sleep(0.2)
            with contextlib.suppress(BrokenPipeError, ConnectionResetError):  # h11 has refused already
                sock.sendall(rest)
        answers = read_until_closed(sock)
    assert b"HTTP/1.1 431 " in answers


def test_an_endless_head_is_cut_off_while_still_being_sent(served):
    sent = stream_head(served, 100_000_000, deadline=time.monotonic() + 30)
    # What loopback's socket buffers hold, at most; without a limit all 100 MB went in.
    assert sent < 32_000_000


@pytest.mark.skipif(not Path("/proc/self/clear_refs").exists(), reason="reads the server's peak memory in /proc")
def test_memory_stays_flat_under_parallel_oversized_heads(served):
    with served.connect() as sock:  # everything a request touches is loaded before measuring
        sock.sendall(HEALTH + b"Connection: close\r\n\r\n")
        read_until_closed(sock)
    Path(f"/proc/{served.pid}/clear_refs").write_text("5")  # peak RSS := current RSS
    before = memory_kib(served.pid, "VmHWM")
    deadline = time.monotonic() + 30
    senders = [threading.Thread(target=stream_head, args=(served, 100_000_000, deadline)) for _ in range(4)]
    for sender in senders:
        sender.start()
    for sender in senders:
        sender.join()
    growth_mib = (memory_kib(served.pid, "VmHWM") - before) / 1024
    assert growth_mib < 30, f"the server's peak memory grew by {growth_mib:.0f} MiB"


def test_a_slow_head_is_closed_with_408(served):
    lines_sent = 0
    with served.connect() as sock:
        sock.sendall(b"GET /api/v1/health HTTP/1.1\r\n")
        # One header line every half second: each arrives well within any idle timeout.
        while lines_sent < 20 and not closed_within(sock, 0.5):
            sock.sendall(b"X-Slow-%d: x\r\n" % lines_sent)
            lines_sent += 1
        answer = read_until_closed(sock)
    assert answer.startswith(b"HTTP/1.1 408 ")
    assert b'"code": "request_timeout"' in answer
    assert lines_sent < 20  # closed while the client was still sending


def test_a_connection_that_sends_nothing_is_closed(served):
    with served.connect() as sock:
        assert closed_within(sock, 20)
        assert read_until_closed(sock) == b""  # nothing was asked: no answer, just the close


def test_a_head_in_pieces_within_the_timeout_is_served(served):
    with served.connect() as sock:
        for piece in (b"GET /api/v1/health HTTP/1.1\r\n", b"Host: akonet.test\r\n", b"Connection: close\r\n\r\n"):
            sock.sendall(piece)
            time.sleep(HEAD_TIMEOUT / 5)
        assert read_until_closed(sock).startswith(b"HTTP/1.1 200 ")


def test_keep_alive_and_pipelined_requests_still_work(served):
    with served.connect() as sock:
        for _ in range(2):
            sock.sendall(HEALTH + b"\r\n")
            assert read_response(sock).startswith(b"HTTP/1.1 200 ")
            # Idle between requests for longer than the head timeout: keep-alive's own (5 s) applies.
            time.sleep(HEAD_TIMEOUT + 0.5)
        body = b'{"name": "x"}'
        post = b"PUT /api/v1/registrations/unknown/company HTTP/1.1\r\nHost: akonet.test\r\n"
        post += b"Content-Type: application/json\r\nContent-Length: %d\r\n\r\n%s" % (len(body), body)
        sock.sendall(HEALTH + b"\r\n" + post + HEALTH + b"Connection: close\r\n\r\n")
        answers = read_until_closed(sock)
    assert answers.count(b"HTTP/1.1 200 ") == 2
    assert answers.count(b"HTTP/1.1 ") == 3


def test_no_server_header(served):
    with served.connect() as sock:
        sock.sendall(HEALTH + b"Connection: close\r\n\r\n")
        head = read_until_closed(sock).split(b"\r\n\r\n")[0].lower()
    assert b"\r\nserver:" not in head
    assert b"\r\ndate:" in head


def test_the_embedded_server_has_the_same_guard_with_its_settings(make_settings, sqlite_url):
    from akonet_desktop.server.app import create_app
    from akonet_desktop.server.runner import ServerThread

    with ServerThread(create_app(make_settings(sqlite_url, max_head_bytes=4096))) as thread:
        embedded = Served(thread.port, os.getpid())
        with embedded.connect() as sock:
            sock.sendall(HEALTH + b"X-A: " + b"a" * 5000 + b"\r\n\r\n")
            assert read_until_closed(sock).startswith(b"HTTP/1.1 431 ")
        with embedded.connect() as sock:
            sock.sendall(HEALTH + b"Connection: close\r\n\r\n")
            answer = read_until_closed(sock)
    assert answer.startswith(b"HTTP/1.1 200 ")
    assert b"\r\nserver:" not in answer.split(b"\r\n\r\n")[0].lower()


def test_without_httptools_the_h11_protocol_is_chosen(monkeypatch):
    from akonet_desktop.server.http.request_heads import HeadLimits, head_limited_protocol
    from akonet_desktop.server.http.request_heads_h11 import HeadLimitedH11Protocol

    monkeypatch.setitem(sys.modules, "httptools", None)
    for loaded in ("akonet_desktop.server.http.request_heads_httptools", "uvicorn.protocols.http.httptools_impl"):
        monkeypatch.delitem(sys.modules, loaded, raising=False)
    assert head_limited_protocol(HeadLimits()).func is HeadLimitedH11Protocol


def test_a_slow_body_is_closed_with_408(served):
    """A head sent at once, then a body trickled: the body is due within the head's timeout too."""
    bytes_sent = 0
    with served.connect() as sock:
        sock.sendall(
            b"POST /api/v1/auth/login HTTP/1.1\r\nHost: akonet.test\r\n"
            b"Content-Type: application/json\r\nContent-Length: 100\r\n\r\n"
        )
        while bytes_sent < 20 and not closed_within(sock, 0.5):
            sock.sendall(b" ")
            bytes_sent += 1
        answer = read_until_closed(sock)
    assert answer.startswith(b"HTTP/1.1 408 ")
    assert bytes_sent < 20  # closed while the client was still sending


def test_an_endless_chunked_trailer_is_cut_off(served):
    """A chunked body's trailer fields are buffered by the parser like head fields: bounded too."""
    sent = 0
    deadline = time.monotonic() + 30
    with served.connect() as sock:
        sock.settimeout(5)
        with contextlib.suppress(OSError):
            sock.sendall(
                b"POST /api/v1/auth/login HTTP/1.1\r\nHost: akonet.test\r\nContent-Type: application/json\r\n"
                b"Transfer-Encoding: chunked\r\n\r\n1\r\n{\r\n0\r\nX-T: "
            )
            block = b"a" * 65536
            while sent < 100_000_000 and time.monotonic() < deadline:
                sock.sendall(block)
                sent += len(block)
    # What loopback's socket buffers hold, at most; without a limit all 100 MB went in.
    assert sent < 32_000_000
