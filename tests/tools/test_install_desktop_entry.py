"""`make install-desktop-entry`: the .desktop file that sends akonet:// links to the app."""

from __future__ import annotations

import configparser
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tools"))

import install_desktop_entry as tool  # noqa: E402

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="desktop entries are a Linux feature")


def _entry(path: Path) -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str
    parser.read(path, encoding="utf-8")
    return parser["Desktop Entry"]


def test_writes_a_scheme_handler_entry_and_icon(tmp_path, monkeypatch):
    program = tmp_path / "bin" / "akonet-desktop"
    program.parent.mkdir()
    program.write_text("#!/bin/sh\n")
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "share"))
    assert tool.main(["--exec", str(program), "--no-register"]) == 0
    entry = _entry(tmp_path / "share" / "applications" / "akonet-desktop.desktop")
    assert entry["Type"] == "Application"
    assert entry["MimeType"] == "x-scheme-handler/akonet;"
    assert entry["Exec"] == f"{program} %u"
    assert (tmp_path / "share" / "icons" / "hicolor" / "256x256" / "apps" / "akonet-desktop.png").stat().st_size > 0


def test_paths_with_spaces_and_percent_signs_are_quoted(tmp_path):
    exec_line = tool.desktop_entry(Path("/opt/AKONet Desktop/100% cold/akonet-desktop"))
    assert 'Exec="/opt/AKONet Desktop/100%% cold/akonet-desktop" %u' in exec_line


def test_refuses_a_program_that_does_not_exist(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "share"))
    assert tool.main(["--exec", str(tmp_path / "missing"), "--no-register"]) == 1
    assert not (tmp_path / "share" / "applications").exists()


@pytest.mark.skipif(shutil.which("desktop-file-validate") is None, reason="desktop-file-utils is not installed")
def test_entry_passes_desktop_file_validate(tmp_path):
    path = tmp_path / "akonet-desktop.desktop"
    path.write_text(tool.desktop_entry(Path("/opt/akonet/akonet-desktop")), encoding="utf-8")
    result = subprocess.run(["desktop-file-validate", str(path)], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
