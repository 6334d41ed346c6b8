"""Compiled forms match ui/*.ui, and every visible string is in the translation files."""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
BIN = Path(sys.executable).parent
FORMS = ROOT / "akonet_desktop" / "gui" / "forms"
sys.path.insert(0, str(ROOT / "tools"))
from lighten_form import lighten  # noqa: E402
from update_translations import translation_sources  # noqa: E402


@pytest.mark.parametrize("ui", sorted((ROOT / "ui").glob("*.ui")), ids=lambda p: p.name)
def test_compiled_form_is_up_to_date(ui: Path, tmp_path: Path):
    compiled = FORMS / f"ui_{ui.stem}.py"
    assert compiled.exists(), f"{compiled.name} missing: run `make`"
    fresh = tmp_path / compiled.name
    subprocess.run([BIN / "pyside6-uic", str(ui), "-o", str(fresh)], check=True)
    assert compiled.read_text() == lighten(fresh.read_text()), f"{compiled.name} is stale: run `make`"


def _messages(ts: Path) -> set[tuple[str, str]]:
    root = ET.parse(ts).getroot()
    return {(c.findtext("name"), m.findtext("source")) for c in root.iter("context") for m in c.iter("message")}


def test_every_visible_string_is_extracted_for_translation(tmp_path: Path):
    extracted = tmp_path / "extracted.ts"
    subprocess.run(
        [
            BIN / "pyside6-lupdate",
            "-silent",
            "-no-obsolete",
            "-locations",
            "none",
            *translation_sources(),
            "-ts",
            str(extracted),
        ],
        check=True,
        capture_output=True,
    )
    missing = _messages(extracted) - _messages(ROOT / "resources" / "translations" / "akonet_fr.ts")
    assert not missing, f"run `make translations` and translate: {sorted(missing)[:10]}"


@pytest.mark.parametrize("ui", sorted((ROOT / "ui").glob("*.ui")), ids=lambda p: p.name)
def test_every_label_shows_the_text_format_its_form_declares(ui: Path, qapp):
    """Set by name in the compiled forms (tools/lighten_form.py): each one, built, says so."""
    import importlib

    from PySide6 import QtWidgets
    from PySide6.QtCore import Qt

    tree = ET.parse(ui).getroot()
    module = importlib.import_module(f"akonet_desktop.gui.forms.ui_{ui.stem}")
    top = tree.find("widget")
    widget = getattr(QtWidgets, top.get("class"))()
    getattr(module, f"Ui_{tree.findtext('class')}")().setupUi(widget)
    declared = {
        label.get("name"): prop.findtext("enum").split("::")[-1]
        for label in tree.iter("widget")
        if label.get("class") == "QLabel"
        for prop in label.findall("property")
        if prop.get("name") == "textFormat"
    }
    assert declared, "every form here has labels"
    shown = {name: widget.findChild(QtWidgets.QLabel, name).textFormat() for name in declared}
    assert shown == {name: Qt.TextFormat[value] for name, value in declared.items()}
    widget.deleteLater()
