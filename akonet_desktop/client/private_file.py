"""Writing a file only its owner may read (recovery codes): whole or not at all."""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path

PRIVATE_MODE = 0o600


def write_private_text(path: str | os.PathLike[str], text: str) -> Path:
    """`text` (UTF-8) into `path`, readable by its owner alone where the system has such modes
    (POSIX; Windows keeps the folder's permissions). Written to a temporary file beside it, flushed
    to disk, then moved over `path`: a reader never finds half of it, and a failure leaves any file
    already there as it was. OSError when the folder cannot be written."""
    target = Path(path)
    fd, temporary = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".tmp")  # 0600 already
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        with contextlib.suppress(OSError):  # a file system without modes (FAT, a share)
            os.chmod(temporary, PRIVATE_MODE)
        os.replace(temporary, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise
    return target
