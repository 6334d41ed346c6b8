"""The embedded server's port, kept in its data folder.

Every emailed web link names the server's address, port included: a server that came back on
another port after a restart would leave the links in earlier mails dead. So the port is chosen
once per data folder, written here, and asked for again at each start.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

PORT_FILE_NAME = "server-port"
_PORT_TEXT = re.compile(rb"\s*([0-9]{1,5})\s*")
_MAX_FILE_BYTES = 64  # a port and a line break; anything longer is not ours


def read_port(path: Path) -> int | None:
    """The stored port; None when there is none or the file does not hold one (a new one is chosen then)."""
    try:
        with path.open("rb") as file:
            data = file.read(_MAX_FILE_BYTES + 1)
    except OSError:  # missing, unreadable, a folder…
        return None
    match = _PORT_TEXT.fullmatch(data)
    if match is None:
        return None
    port = int(match.group(1))
    return port if 1 <= port <= 65535 else None


def write_port(path: Path, port: int) -> None:
    """Stores the port, readable by this person only, whole or not at all (a temporary file, then a
    rename: an app stopped halfway leaves the old file or the new one). OSError when it cannot."""
    if not 1 <= port <= 65535:
        raise ValueError(f"not a port: {port}")
    partial = path.with_name(f"{path.name}.{os.getpid()}.tmp")
    partial.unlink(missing_ok=True)  # O_EXCL below: never write through a file or link left there
    descriptor = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o600)
    try:
        with os.fdopen(descriptor, "wb") as file:
            file.write(f"{port}\n".encode("ascii"))
        os.replace(partial, path)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
