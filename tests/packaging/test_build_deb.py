"""tools/build_deb.py, fast: its control text and Depends, and a .deb made from a tiny fake bundle.

The real bundle's .deb is checked by test_deb_bundle.py (marker `packaging`).
"""

from __future__ import annotations

import configparser
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from akonet_desktop.gui import platform_check
from tests.packaging import dpkg_deb

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tools"))

import build_deb  # noqa: E402

# Issue 13: what Qt 6.5+'s xcb plug-in needs and a machine without a desktop lacks.
QT_XCB_PACKAGES = (
    "libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-randr0 libxcb-render-util0 "
    "libxcb-shape0 libxcb-xinerama0 libxcb-xkb1 libxkbcommon-x11-0"
).split()
PROGRAM = "/opt/akonet-desktop/akonet-desktop"


def test_depends_names_the_qt_xcb_libraries_each_package_once():
    assert set(QT_XCB_PACKAGES) <= set(build_deb.DEPENDS)
    assert len(set(build_deb.DEPENDS)) == len(build_deb.DEPENDS)


def test_depends_covers_every_library_the_display_check_can_ask_for():
    # An installed package must never meet platform_check's "install these first" message.
    debian_packages = {debian for debian, _fedora in platform_check.PACKAGES.values()}
    assert sorted(debian_packages - set(build_deb.DEPENDS)) == []


def test_libc6_gets_the_minimum_glibc_version():
    assert "libc6 (>= 2.35)," in build_deb.depends((2, 35))
    assert "libc6," in build_deb.depends(None)
    assert [entry.split(" (")[0] for entry in build_deb.depends(None).split(", ")] == list(build_deb.DEPENDS)


def test_control_text_fields():
    text = build_deb.control_text("0.4.0~rc1", "arm64", 1234, "libc6, libx11-6")
    lines = text.splitlines()
    assert lines[:6] == [
        "Package: akonet-desktop",
        "Version: 0.4.0~rc1",
        "Architecture: arm64",
        "Maintainer: AKONet <support@akonet.example>",
        "Installed-Size: 1234",
        "Depends: libc6, libx11-6",
    ]
    assert "Section: net" in lines and "Priority: optional" in lines
    synopsis = next(line for line in lines if line.startswith("Description: "))
    assert len(synopsis) <= 80 and not synopsis.endswith(".")
    # after the synopsis, the long description: every line indented, within 80 columns
    long_lines = lines[lines.index(synopsis) + 1 :]
    assert long_lines and all(line.startswith(" ") and len(line) <= 80 for line in long_lines)
    assert text.endswith("\n") and "\n\n" not in text


def test_installed_size_counts_kib_rounded_up_and_one_per_folder_or_link(tmp_path):
    (tmp_path / "DEBIAN").mkdir()
    (tmp_path / "DEBIAN" / "control").write_text("x" * 5000)  # not installed: not counted
    (tmp_path / "opt").mkdir()  # 1
    (tmp_path / "opt" / "one-byte").write_bytes(b"x")  # 1
    (tmp_path / "opt" / "just-over").write_bytes(b"x" * 1025)  # 2
    (tmp_path / "opt" / "empty").write_bytes(b"")  # 0
    (tmp_path / "opt" / "link").symlink_to("just-over")  # 1
    assert build_deb.installed_size_kib(tmp_path) == 5


def test_package_file_name_leaves_the_epoch_out(tmp_path):
    assert build_deb.package_path(tmp_path, "1:2.0~rc1", "amd64").name == "akonet-desktop_2.0~rc1_amd64.deb"
    assert build_deb.package_path(tmp_path, "0.1.0", "arm64").name == "akonet-desktop_0.1.0_arm64.deb"


# -- a .deb from a fake bundle: a real ELF program (a copy of `true`), a library, data, a symlink


@pytest.fixture(scope="module")
def fake_deb(tmp_path_factory, require_tool) -> Path:
    if not sys.platform.startswith("linux"):
        pytest.skip(".deb packages are built on Linux")
    require_tool("dpkg-deb")
    require_tool("dpkg")
    true = require_tool("true")
    bundle = tmp_path_factory.mktemp("bundle") / "akonet-desktop"
    (bundle / "_internal" / "private").mkdir(parents=True)
    shutil.copyfile(true, bundle / "akonet-desktop")
    (bundle / "akonet-desktop").chmod(0o744)
    (bundle / "_internal" / "libfake.so.1").write_bytes(b"not really a library")
    (bundle / "_internal" / "libfake.so.1").chmod(0o775)
    (bundle / "_internal" / "libfake.so").symlink_to("libfake.so.1")
    (bundle / "_internal" / "private" / "data.txt").write_text("read by the app")
    (bundle / "_internal" / "private" / "data.txt").chmod(0o600)
    (bundle / "_internal" / "private").chmod(0o700)
    out = tmp_path_factory.mktemp("out")
    previous = os.umask(0o077)  # a strict builder: dpkg-deb refuses a control folder left 0700
    try:
        return build_deb.build(bundle, out, "0.4.0~rc1", build_deb.architecture())
    finally:
        os.umask(previous)


def test_fake_deb_control_fields(fake_deb):
    fields = dpkg_deb.control_fields(fake_deb)
    assert fake_deb.name == f"akonet-desktop_0.4.0~rc1_{fields['Architecture']}.deb"
    assert fields["Package"] == "akonet-desktop" and fields["Version"] == "0.4.0~rc1"
    arch = subprocess.run(["dpkg", "--print-architecture"], capture_output=True, text=True, check=True).stdout
    assert fields["Architecture"] == arch.strip()
    # `true` needs some GLIBC_2.x symbol version, read from the staged program
    depends = fields["Depends"].split(", ")
    assert any(entry.startswith("libc6 (>= 2.") for entry in depends), depends
    assert 0 < int(fields["Installed-Size"]) < 1000
    # dpkg triggers refresh the desktop and icon caches: no postinst/postrm
    assert dpkg_deb.control_members(fake_deb) == ["control"]


def test_fake_deb_layout_ownership_and_modes(fake_deb):
    members = dpkg_deb.contents(fake_deb)
    assert {m.owner for m in members.values()} == {"root/root"}
    launcher = members["/usr/bin/akonet-desktop"]
    assert launcher.mode.startswith("l") and launcher.target == "../../opt/akonet-desktop/akonet-desktop"
    assert members[PROGRAM].mode == "-rwxr-xr-x"  # was 0744
    assert members["/opt/akonet-desktop/_internal/libfake.so.1"].mode == "-rwxr-xr-x"  # was 0775
    assert members["/opt/akonet-desktop/_internal/libfake.so"].target == "libfake.so.1"
    assert members["/opt/akonet-desktop/_internal/private"].mode == "drwxr-xr-x"  # was 0700
    assert members["/opt/akonet-desktop/_internal/private/data.txt"].mode == "-rw-r--r--"  # was 0600
    for path in (
        "/usr/share/applications/akonet-desktop.desktop",
        "/usr/share/icons/hicolor/256x256/apps/akonet-desktop.png",
        "/usr/share/doc/akonet-desktop/copyright",
    ):
        assert members[path].mode == "-rw-r--r--", path
    assert {m.mode for m in members.values() if m.mode.startswith("d")} == {"drwxr-xr-x"}


def test_fake_deb_extracted_launcher_runs_the_program(fake_deb, tmp_path):
    root = dpkg_deb.extract(fake_deb, tmp_path)
    assert (root / "usr/bin/akonet-desktop").resolve() == (root / PROGRAM.lstrip("/")).resolve()
    assert subprocess.run([str(root / "usr/bin/akonet-desktop")], timeout=10).returncode == 0


def test_fake_deb_desktop_entry_icon_and_copyright(fake_deb, tmp_path, require_tool):
    root = dpkg_deb.extract(fake_deb, tmp_path)
    entry_path = root / "usr/share/applications/akonet-desktop.desktop"
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str
    parser.read(entry_path, encoding="utf-8")
    entry = parser["Desktop Entry"]
    assert entry["Exec"] == "/usr/bin/akonet-desktop %u"
    assert entry["MimeType"] == "x-scheme-handler/akonet;"
    assert entry["Icon"] == "akonet-desktop"  # the hicolor icon's name
    icon = root / "usr/share/icons/hicolor/256x256/apps/akonet-desktop.png"
    assert icon.read_bytes() == (ROOT / "resources/icons/akonet.png").read_bytes()
    copyright_text = (root / "usr/share/doc/akonet-desktop/copyright").read_text("utf-8")
    assert copyright_text.startswith("Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/\n")
    validate = subprocess.run([require_tool("desktop-file-validate"), str(entry_path)], capture_output=True, text=True)
    assert validate.returncode == 0, validate.stdout + validate.stderr


def test_the_cpp_runtime_has_qts_minimum():
    assert "libstdc++6 (>= 11)" in build_deb.depends((2, 35)).split(", ")


@pytest.mark.parametrize("target", ["/etc/passwd", "../../../etc/passwd", "../../outside"])
def test_a_bundle_link_pointing_outside_is_refused(tmp_path, target):
    bundle = tmp_path / "bundle"
    (bundle / "lib").mkdir(parents=True)
    (bundle / "lib" / "escape").symlink_to(target)
    with pytest.raises(SystemExit, match="points outside the bundle"):
        build_deb.refuse_links_leaving(bundle)


def test_links_inside_the_bundle_are_kept(tmp_path):
    bundle = tmp_path / "bundle"
    (bundle / "lib").mkdir(parents=True)
    (bundle / "libQt6Core.so.6").write_bytes(b"")
    (bundle / "lib" / "libQt6Core.so.6").symlink_to("../libQt6Core.so.6")
    build_deb.refuse_links_leaving(bundle)  # no error
