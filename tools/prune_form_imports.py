"""Drops the names pyside6-uic imports but a form never uses.

uic imports a fixed list of ~30 Qt classes into every form; PySide6 builds each class's
Python type on first import, which costs ~20 ms before the sign-in window can paint.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

_IMPORT = re.compile(r"^from (PySide6\.\w+) import \(?([^)]*?)\)?\n(?=\S|\n)", re.M | re.S)


def prune(source: str) -> str:
    def keep_used(match: re.Match) -> str:
        module, names = match.group(1), [n.strip() for n in match.group(2).split(",") if n.strip()]
        rest = source[: match.start()] + source[match.end() :]
        rest = "\n".join(line for line in rest.splitlines() if not line.lstrip().startswith("#"))
        used = [n for n in names if re.search(rf"\b{re.escape(n)}\b", rest)]
        return f"from {module} import ({', '.join(used)})\n" if used else ""

    return _IMPORT.sub(keep_used, source)


if __name__ == "__main__":
    for name in sys.argv[1:]:
        path = Path(name)
        path.write_text(prune(path.read_text()))
