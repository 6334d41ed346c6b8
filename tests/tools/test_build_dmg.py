"""tools/build_dmg.py: what goes in the macOS disk image (hdiutil itself runs in the workflow)."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tools"))

import build_dmg as tool  # noqa: E402


def _fake_app(folder: Path) -> Path:
    app = folder / "AKONet Desktop.app"
    frameworks = app / "Contents" / "Frameworks" / "QtCore.framework"
    (frameworks / "Versions" / "A").mkdir(parents=True)
    (frameworks / "Versions" / "A" / "QtCore").write_bytes(b"\0binary")
    (frameworks / "Versions" / "Current").symlink_to("A")
    (app / "Contents" / "Info.plist").write_text("<plist/>")
    return app


def test_the_image_holds_the_app_with_its_links_and_an_applications_link(tmp_path):
    app = _fake_app(tmp_path / "dist")
    staging = tool.stage(app, tmp_path / "image")
    assert sorted(p.name for p in staging.iterdir()) == ["AKONet Desktop.app", "Applications"]
    assert os.readlink(staging / "Applications") == "/Applications"
    current = staging / "AKONet Desktop.app" / "Contents" / "Frameworks" / "QtCore.framework" / "Versions" / "Current"
    # A framework's Versions/Current copied as a folder would break the code signature.
    assert current.is_symlink() and os.readlink(current) == "A"


def test_hdiutil_makes_a_compressed_read_only_image_named_after_the_version(tmp_path):
    command = tool.hdiutil_create(tmp_path / "image", tmp_path / tool.dmg_name("1.2.0"))
    assert command[:2] == ["hdiutil", "create"]
    assert command[command.index("-format") + 1] == "UDZO"
    assert command[command.index("-volname") + 1] == "AKONet Desktop"
    assert command[command.index("-srcfolder") + 1] == str(tmp_path / "image")
    assert command[-1].endswith("AKONet-Desktop-1.2.0.dmg")


def test_a_folder_that_is_not_an_app_is_refused_before_hdiutil_runs(tmp_path):
    (tmp_path / "akonet-desktop").mkdir()
    with pytest.raises(SystemExit, match="not an application bundle"):
        tool.build(tmp_path / "akonet-desktop", tmp_path / "out", "1.0.0")
    assert not (tmp_path / "out").exists()
