"""`make packages` builds what the system has the tools for; the smoke reports what it built."""

from __future__ import annotations

import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tools"))

import build_packages  # noqa: E402
import installer_smoke  # noqa: E402


def _which(*present):
    return lambda name: f"/usr/bin/{name}" if name in present else None


def _tools(commands):
    return [Path(command[0]).stem for command in commands]


def test_linux_with_dpkg_and_wixl_builds_the_deb_and_the_msi():
    commands = build_packages.buildable("linux", _which("dpkg-deb", "wixl", "hdiutil"))
    assert _tools(commands) == ["build_deb", "build_msi"]


def test_macos_builds_the_dmg_and_windows_without_wixl_nothing():
    assert _tools(build_packages.buildable("darwin", _which("hdiutil", "dpkg-deb"))) == ["build_dmg"]
    assert build_packages.buildable("win32", _which()) == []


def test_the_smoke_reports_only_installers_built_from_this_bundle(tmp_path):
    exe = tmp_path / "akonet-desktop" / "akonet-desktop"
    exe.parent.mkdir()
    exe.write_bytes(b"")
    old, deb, msi, other = (tmp_path / n for n in ("old.msi", "a.deb", "b.msi", "notes.txt"))
    for path in (old, deb, msi, other):
        path.write_bytes(b"x")
    built = exe.stat().st_mtime
    os.utime(old, (built - 3600, built - 3600))
    assert installer_smoke.installers(tmp_path, exe) == [deb, msi]
