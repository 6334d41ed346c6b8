"""Compiles Qt Designer forms (ui/*.ui) and translations (resources/translations/*.ts).

Run by the install step (`make`), and checked by tests/gui/test_forms_fresh.py.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FORMS = ROOT / "akonet_desktop" / "gui" / "forms"
TRANSLATIONS = ROOT / "resources" / "translations"
BIN = Path(sys.executable).parent


def compiled_form(ui: Path) -> Path:
    return FORMS / f"ui_{ui.stem}.py"


def build_forms() -> None:
    for ui in sorted((ROOT / "ui").glob("*.ui")):
        target = compiled_form(ui)
        if not target.exists() or target.stat().st_mtime < ui.stat().st_mtime:
            subprocess.run([BIN / "pyside6-uic", "--from-imports", str(ui), "-o", str(target)], check=True)


def build_translations() -> None:
    for ts in sorted(TRANSLATIONS.glob("*.ts")):
        qm = ts.with_suffix(".qm")
        if not qm.exists() or qm.stat().st_mtime < ts.stat().st_mtime:
            subprocess.run([BIN / "pyside6-lrelease", "-silent", str(ts), "-qm", str(qm)], check=True)


def update_translations() -> None:
    """Re-extract every tr() string from the sources and forms into the .ts files."""
    sources = [str(p) for p in sorted((ROOT / "akonet_desktop" / "gui").rglob("*.py")) if "forms" not in p.parts]
    sources += [str(p) for p in sorted((ROOT / "ui").glob("*.ui"))]
    for lang in ("fr", "en", "es"):
        ts = TRANSLATIONS / f"akonet_{lang}.ts"
        subprocess.run([BIN / "pyside6-lupdate", "-no-obsolete", "-locations", "none", *sources,
                        "-target-language", lang, "-ts", str(ts)], check=True)


if __name__ == "__main__":
    if sys.argv[1:] == ["--update-translations"]:
        update_translations()
    build_forms()
    build_translations()
