"""`akonet-server serve` as real separate processes sharing one database."""

from __future__ import annotations

import os
import socket
import ssl
import subprocess
import sys
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

import httpx


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_healthy(
    url: str, process: subprocess.Popen, timeout: float = 60, verify: ssl.SSLContext | bool = True
) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"server exited with {process.returncode}")
        try:
            if httpx.get(f"{url}/api/v1/health", timeout=1, verify=verify).status_code == 200:
                return
        except httpx.TransportError:
            pass
        time.sleep(0.1)
    raise TimeoutError(f"{url} did not become healthy")


@contextmanager
def server_processes(
    count: int, settings_env: dict[str, str], log_dir: Path, args: Sequence[str] = ()
) -> Iterator[list[str]]:
    """`count` servers on loopback; `args`: more `serve` flags (--forwarded-allow-ips, say)."""
    env = {**os.environ, **settings_env}
    processes: list[subprocess.Popen] = []
    urls: list[str] = []
    try:
        for i in range(count):
            port = free_port()
            log = open(log_dir / f"server-{i}.log", "wb")
            processes.append(
                subprocess.Popen(
                    [
                        sys.executable,
                        "-m",
                        "akonet_desktop.server.cli",
                        "serve",
                        "--port",
                        str(port),
                        "--log-level",
                        "warning",
                        *args,
                    ],
                    env=env,
                    stdout=log,
                    stderr=subprocess.STDOUT,
                )
            )
            urls.append(f"http://127.0.0.1:{port}")
        for url, process in zip(urls, processes, strict=True):
            wait_healthy(url, process)
        yield urls
    finally:
        for process in processes:
            process.terminate()
        for process in processes:
            try:
                process.wait(10)
            except subprocess.TimeoutExpired:
                process.kill()
