"""The request-head guard (server/http/request_heads.py) against plain uvicorn, on one core each.

Two servers run the same app: `akonet-server serve` (guarded) and uvicorn as it comes (plain).
For each it prints the server's resident memory before and at the peak of four parallel 100 MB
request heads (each sender stops after --attack-seconds), then what both serve of ordinary
GET /api/v1/health requests with a browser-sized head, in alternating slices: requests per
second, and requests per second of the server's own CPU time (steadier on a shared machine).
Last `ratio=<guarded ÷ plain>` of the latter (the median over the rounds). Goal: ratio ≥ 0.9.
With --with-h11, the guarded server also runs on h11 (as in the desktop bundle, which has no
httptools), compared with the same plain uvicorn.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.support.processes import free_port, wait_healthy  # noqa: E402

# `akonet-server serve`'s uvicorn.run without the guard: its http protocol is uvicorn's "auto".
PLAIN = """
import sys, uvicorn
uvicorn.run(
    "akonet_desktop.server.app:create_app", factory=True, port=int(sys.argv[1]), log_level="warning",
    proxy_headers=False, server_header=False,
)
"""
WITHOUT_HTTPTOOLS = """
import sys; sys.modules["httptools"] = None
from akonet_desktop.server.cli import main
raise SystemExit(main(sys.argv[1:]))
"""

# What a browser sends: about 500 bytes in a dozen fields.
REQUEST = (
    b"GET /api/v1/health HTTP/1.1\r\n"
    b"Host: akonet.example.com\r\n"
    b"User-Agent: Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0 Safari/537.36\r\n"
    b"Accept: application/json, text/plain, */*\r\n"
    b"Accept-Language: fr-FR,fr;q=0.9,en-US;q=0.8,en;q=0.7\r\n"
    b"Accept-Encoding: gzip, deflate, br\r\n"
    b"Authorization: Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NSIsImV4cCI6MTcwMDAwMDAwMH0.c2lnbmF0dXJl\r\n"
    b"Referer: https://akonet.example.com/\r\n"
    b"Sec-Fetch-Mode: cors\r\n"
    b"Sec-Fetch-Site: same-origin\r\n"
    b"Cache-Control: no-cache\r\n"
    b"Connection: keep-alive\r\n"
    b"\r\n"
)


def pinned(core: int) -> list[str]:
    return ["taskset", "-c", str(core)] if shutil.which("taskset") and os.cpu_count() > 1 else []


def start(kind: str, data: Path) -> tuple[subprocess.Popen, int]:
    port = free_port()
    serve = ["serve", "--port", str(port), "--log-level", "warning"]
    if kind == "guarded":
        command = ["-m", "akonet_desktop.server.cli", *serve]
    elif kind == "guarded_h11":
        command = ["-c", WITHOUT_HTTPTOOLS, *serve]
    else:
        command = ["-c", PLAIN, str(port)]
    env = {**os.environ, "AKONET_DATA_DIR": str(data / kind), "AKONET_OUTBOX_WORKER": "false"}
    env["AKONET_PUBLIC_URL"] = f"http://127.0.0.1:{port}"
    process = subprocess.Popen([*pinned(0), sys.executable, *command], env=env, cwd=ROOT, stderr=subprocess.DEVNULL)
    wait_healthy(f"http://127.0.0.1:{port}", process)
    return process, port


def memory_mib(pid: int, field: str) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1]) / 1024
    return float("nan")


def oversized_heads(pid: int, port: int, seconds: float) -> tuple[float, float, float]:
    """(RSS before, peak RSS, MB the clients got sent before being cut off) for four parallel 100 MB heads."""
    Path(f"/proc/{pid}/clear_refs").write_text("5")  # peak := now
    before = memory_mib(pid, "VmRSS")
    deadline = time.monotonic() + seconds
    sent = [0] * 4

    def send(slot: int) -> None:
        with socket.create_connection(("127.0.0.1", port)) as sock:
            try:
                sock.sendall(b"GET /api/v1/health HTTP/1.1\r\nHost: x\r\nX-A: ")
                block = b"a" * 65536
                while sent[slot] < 100_000_000 and time.monotonic() < deadline:
                    sock.sendall(block)
                    sent[slot] += len(block)
            except OSError:
                pass

    senders = [threading.Thread(target=send, args=(slot,)) for slot in range(4)]
    for sender in senders:
        sender.start()
    for sender in senders:
        sender.join()
    return before, memory_mib(pid, "VmHWM"), sum(sent) / 1e6


def cpu_seconds(pid: int) -> float:
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")  # utime + stime


async def requests_per_second(port: int, seconds: float, connections: int) -> float:
    done = 0
    stop_at = time.perf_counter() + seconds

    async def client() -> None:
        nonlocal done
        reader, writer = await asyncio.open_connection("127.0.0.1", port)
        try:
            while time.perf_counter() < stop_at:
                writer.write(REQUEST)
                head = await reader.readuntil(b"\r\n\r\n")
                length = int(head.lower().split(b"content-length:")[1].split(b"\r\n")[0])
                await reader.readexactly(length)
                done += 1
        finally:
            writer.close()

    start_at = time.perf_counter()
    await asyncio.gather(*(client() for _ in range(connections)))
    return done / (time.perf_counter() - start_at)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--seconds", type=float, default=3.0, help="length of each measured slice")
    parser.add_argument("--rounds", type=int, default=7)
    parser.add_argument("--connections", type=int, default=8)
    parser.add_argument("--attack-seconds", type=float, default=10.0)
    parser.add_argument("--with-h11", action="store_true", help="also the guarded server on h11")
    args = parser.parse_args()
    kinds = ["guarded", "plain"] + (["guarded_h11"] if args.with_h11 else [])

    with tempfile.TemporaryDirectory() as tmp:
        servers = {kind: start(kind, Path(tmp)) for kind in kinds}
        try:
            if pinned(1):
                os.sched_setaffinity(0, {1})  # the load generator stays off the servers' core
            for kind, (process, port) in servers.items():
                asyncio.run(requests_per_second(port, 1.0, args.connections))  # warm-up
                before, peak, accepted = oversized_heads(process.pid, port, args.attack_seconds)
                print(
                    f"{kind}: rss_before_mib={before:.0f} rss_peak_mib={peak:.0f} "
                    f"growth_mib={peak - before:.0f} head_mb_sent={accepted:.1f}"
                )
            # Alternate short slices so that a disturbed moment of a shared machine hits both.
            rates: dict[str, list[float]] = {kind: [] for kind in kinds}
            per_cpu: dict[str, list[float]] = {kind: [] for kind in kinds}
            for round_ in range(args.rounds):
                for kind in kinds[round_ % len(kinds) :] + kinds[: round_ % len(kinds)]:
                    process, port = servers[kind]
                    cpu_before = cpu_seconds(process.pid)
                    rate = asyncio.run(requests_per_second(port, args.seconds, args.connections))
                    rates[kind].append(rate)
                    per_cpu[kind].append(rate * args.seconds / (cpu_seconds(process.pid) - cpu_before))
        finally:
            for process, _port in servers.values():
                process.terminate()
                process.wait(30)
    os.sched_setaffinity(0, range(os.cpu_count()))
    for kind in kinds:
        rate, cpu_rate = statistics.median(rates[kind]), statistics.median(per_cpu[kind])
        print(f"{kind}_requests_per_s={rate:.0f} {kind}_requests_per_cpu_s={cpu_rate:.0f}")
    if args.with_h11:
        h11 = [a / b for a, b in zip(per_cpu["guarded_h11"], per_cpu["plain"], strict=True)]
        print(f"h11_ratio={statistics.median(h11):.3f}")
    wall = [guarded / plain for guarded, plain in zip(rates["guarded"], rates["plain"], strict=True)]
    ratios = [guarded / plain for guarded, plain in zip(per_cpu["guarded"], per_cpu["plain"], strict=True)]
    print("rounds (per CPU second): " + " ".join(f"{r:.3f}" for r in ratios))
    print(f"wall_ratio={statistics.median(wall):.3f}")
    print(f"ratio={statistics.median(ratios):.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
