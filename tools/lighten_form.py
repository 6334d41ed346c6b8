"""Makes a form pyside6-uic compiled cheaper to import: what a window costs before it can paint.

- uic imports a fixed list of ~30 Qt classes into every form; PySide6 builds each class's Python
  type on first import, which cost ~20 ms before the sign-in window could paint: the names a
  form never uses are dropped (`prune`).
- A label's text format is set by name, through Qt's property system, not with the
  `Qt.TextFormat` enum: the first use of PySide6's `Qt` namespace builds every enum in it, 14 ms,
  and every label of ui/*.ui declares its format (tests/gui/test_plain_text.py), the sign-in
  window's too (`text_format_by_name`).
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

_IMPORT = re.compile(r"^from (PySide6\.\w+) import \(?([^)]*?)\)?\n(?=\S|\n)", re.M | re.S)
_TEXT_FORMAT = re.compile(r"([\w.]+)\.setTextFormat\(Qt\.TextFormat\.(\w+)\)")


def prune(source: str) -> str:
    def keep_used(match: re.Match) -> str:
        module, names = match.group(1), [n.strip() for n in match.group(2).split(",") if n.strip()]
        rest = source[: match.start()] + source[match.end() :]
        rest = "\n".join(line for line in rest.splitlines() if not line.lstrip().startswith("#"))
        used = [n for n in names if re.search(rf"\b{re.escape(n)}\b", rest)]
        return f"from {module} import ({', '.join(used)})\n" if used else ""

    return _IMPORT.sub(keep_used, source)


_SET_BY_NAME = """
def _text_format(label, name):
    # By name through Qt's property system (tools/lighten_form.py); never silently left AutoText.
    if not label.setProperty("textFormat", name):
        raise RuntimeError(f"{label.objectName()}: no text format {name!r}")

"""


def text_format_by_name(source: str) -> str:
    """`self.x.setTextFormat(Qt.TextFormat.PlainText)` → `_text_format(self.x, "PlainText")`,
    which sets the same property by name (QMetaProperty converts it) and raises if Qt refused
    it: no Python enum, and no label left showing markup."""
    lightened, count = _TEXT_FORMAT.subn(r'_text_format(\1, "\2")', source)
    if not count:
        return source
    first_class = lightened.index("\nclass ") + 1
    return lightened[:first_class] + _SET_BY_NAME + "\n" + lightened[first_class:]


def lighten(source: str) -> str:
    return prune(text_format_by_name(source))


if __name__ == "__main__":
    for name in sys.argv[1:]:
        path = Path(name)
        path.write_text(lighten(path.read_text()))
