"""Re-extracts every tr() string from the GUI sources and forms into resources/translations/*.ts.

Run it (`make translations`) after changing user-visible strings, translate what is new,
then `make` compiles the .qm files. Forms and .qm files are compiled by the Makefile.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TRANSLATIONS = ROOT / "resources" / "translations"
BIN = Path(sys.executable).parent
LANGUAGES = ("fr", "en", "es", "de", "it", "pt")  # gui.common.i18n.UI_LANGUAGES


def translation_sources() -> list[str]:
    """Every file whose tr() strings reach the person: GUI sources and Designer forms."""
    gui = ROOT / "akonet_desktop" / "gui"
    sources = [str(p) for p in sorted(gui.rglob("*.py")) if "forms" not in p.parts]
    return sources + [str(p) for p in sorted((ROOT / "ui").glob("*.ui"))]


def update_translations() -> None:
    sources = translation_sources()
    for lang in LANGUAGES:
        ts = TRANSLATIONS / f"akonet_{lang}.ts"
        subprocess.run(
            [
                BIN / "pyside6-lupdate",
                "-no-obsolete",
                "-locations",
                "none",
                *sources,
                "-target-language",
                lang,
                "-ts",
                str(ts),
            ],
            check=True,
        )


if __name__ == "__main__":
    update_translations()
