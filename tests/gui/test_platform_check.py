"""Before any QApplication: the display plug-in's missing libraries and the one command that installs them."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from akonet_desktop.gui import app, platform_check
from akonet_desktop.gui.platform_check import (
    EXIT_MISSING_LIBRARIES,
    Missing,
    find_missing,
    install_command,
    message,
    not_found,
    parse_os_release,
    platform_to_check,
    plugin_file,
    read_os_release,
)

LDD_OUTPUT = """\
\tlinux-vdso.so.1 (0x00007ffd5a7e2000)
\tlibQt6XcbQpa.so.6 => /opt/venv/PySide6/Qt/plugins/platforms/../../lib/libQt6XcbQpa.so.6 (0x00007f0c1a000000)
\tlibxcb-cursor.so.0 => not found
\tlibxcb-icccm.so.4 => not found
\tlibxcb.so.1 => /lib/x86_64-linux-gnu/libxcb.so.1 (0x00007f0c19e00000)
\tlibxcb-keysyms.so.1 => not found
\tlibxcb-icccm.so.4 => not found
\tlibxkbcommon-x11.so.0 => not found
\tlibxcb-xinerama.so.0 => not found
\tlibakonet-unknown.so.7 => not found
\t/lib64/ld-linux-x86-64.so.2 (0x00007f0c1a400000)
"""

DEBIAN = parse_os_release('PRETTY_NAME="Debian GNU/Linux 12 (bookworm)"\nID=debian\nVERSION_ID="12"\n')
UBUNTU = parse_os_release("NAME=Ubuntu\nID=ubuntu\nID_LIKE=debian\n")
MINT = parse_os_release('ID=linuxmint\nID_LIKE="ubuntu debian"\n')
FEDORA = parse_os_release("NAME='Fedora Linux'\nID=fedora\n")
ROCKY = parse_os_release('ID="rocky"\nID_LIKE="rhel centos fedora"\n')
ARCH = parse_os_release("# Arch\nID=arch\n")

X11 = {"DISPLAY": ":0"}


def fake_ldd(directory: Path, output: str) -> Path:
    """An `ldd` that prints `output` whatever it is asked."""
    directory.mkdir(parents=True, exist_ok=True)
    (directory / "ldd.out").write_text(output)
    script = directory / "ldd"
    script.write_text(f"#!/bin/sh\ncat '{directory / 'ldd.out'}'\n")
    script.chmod(0o755)
    return directory


def fake_plugin(directory: Path) -> Path:
    directory.mkdir(parents=True, exist_ok=True)
    (directory / "libqxcb.so").write_bytes(b"\x7fELF")
    return directory


def test_ldd_not_found_lines_sorted_once():
    assert not_found(LDD_OUTPUT) == (
        "libakonet-unknown.so.7",
        "libxcb-cursor.so.0",
        "libxcb-icccm.so.4",
        "libxcb-keysyms.so.1",
        "libxcb-xinerama.so.0",
        "libxkbcommon-x11.so.0",
    )
    assert not_found("\tlibxcb.so.1 => /lib/libxcb.so.1 (0x1)\n\tlinux-vdso.so.1 (0x2)\n") == ()


def test_debian_and_ubuntu_get_one_apt_get_line_of_exactly_the_missing_packages():
    missing = ("libxcb-xkb.so.1", "libxcb-cursor.so.0", "libxcb-randr.so.0", "libxcb-cursor.so.0")
    for os_release in (DEBIAN, UBUNTU, MINT):
        assert install_command(missing, os_release) == "sudo apt-get install libxcb-cursor0 libxcb-randr0 libxcb-xkb1"


def test_fedora_and_rhel_get_a_dnf_line_with_one_package_per_library_family():
    missing = ("libxcb-xkb.so.1", "libxcb-cursor.so.0", "libxcb-randr.so.0", "libxkbcommon-x11.so.0")
    for os_release in (FEDORA, ROCKY):
        assert install_command(missing, os_release) == "sudo dnf install libxcb libxkbcommon-x11 xcb-util-cursor"


def test_the_issue_list_maps_to_its_debian_packages():
    missing = not_found(LDD_OUTPUT.replace("libakonet-unknown.so.7 => not found", ""))
    assert install_command(missing, DEBIAN) == (
        "sudo apt-get install libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-xinerama0 libxkbcommon-x11-0"
    )


def test_an_unknown_library_is_named_as_it_is():
    assert install_command(("libakonet-unknown.so.7",), DEBIAN) == "sudo apt-get install libakonet-unknown.so.7"


def test_an_unknown_distribution_gets_the_library_names_and_no_command():
    missing = Missing("xcb", Path("/qt/plugins/platforms/libqxcb.so"), ("libxcb-cursor.so.0", "libxcb-icccm.so.4"))
    assert install_command(missing.libraries, ARCH) is None
    assert install_command(missing.libraries, {}) is None
    text = message(missing, ARCH)
    assert "libxcb-cursor.so.0, libxcb-icccm.so.4" in text
    assert "sudo" not in text


def test_the_message_says_what_is_missing_and_the_command():
    missing = Missing("xcb", Path("/qt/plugins/platforms/libqxcb.so"), ("libxcb-cursor.so.0",))
    text = message(missing, DEBIAN)
    assert "libxcb-cursor.so.0" in text
    assert "\n    sudo apt-get install libxcb-cursor0\n" in text


def test_os_release_first_file_that_exists(tmp_path):
    usr_lib = tmp_path / "os-release"
    usr_lib.write_text('ID=fedora\nVERSION_ID=40\n# comment=no\n\nPRETTY_NAME="Fedora Linux 40"\n')
    assert read_os_release((tmp_path / "absent", usr_lib)) == {
        "ID": "fedora",
        "VERSION_ID": "40",
        "PRETTY_NAME": "Fedora Linux 40",
    }
    assert read_os_release((tmp_path / "absent",)) == {}


@pytest.mark.parametrize(
    ("environ", "argv", "system", "expected"),
    [
        (X11, (), "linux", "xcb"),
        ({}, (), "linux", None),  # no display: nothing Qt could open, nothing to check
        ({**X11, "WAYLAND_DISPLAY": "wayland-0"}, (), "linux", None),
        ({**X11, "QT_QPA_PLATFORM": "offscreen"}, (), "linux", None),
        ({**X11, "QT_QPA_PLATFORM": "minimal"}, (), "linux", None),
        ({**X11, "QT_QPA_PLATFORM": "wayland"}, (), "linux", None),
        ({**X11, "QT_QPA_PLATFORM": "wayland;xcb"}, (), "linux", None),
        ({"QT_QPA_PLATFORM": "xcb"}, (), "linux", "xcb"),
        ({"WAYLAND_DISPLAY": "wayland-0", "QT_QPA_PLATFORM": "xcb:nomitshm"}, (), "linux", "xcb"),
        ({**X11, "QT_QPA_PLATFORM": "offscreen"}, ("-platform", "xcb"), "linux", "xcb"),
        (X11, ("--platform", "offscreen"), "linux", None),
        ({**X11, "QT_QPA_PLATFORM": "xcb"}, (), "win32", None),
        ({**X11, "QT_QPA_PLATFORM": "xcb"}, (), "darwin", None),
    ],
)
def test_which_platform_is_checked(environ, argv, system, expected):
    assert platform_to_check(environ, argv, system) == expected


def test_offscreen_wayland_and_other_systems_run_no_ldd(monkeypatch):
    def no_ldd(library):
        raise AssertionError("ldd ran")

    monkeypatch.setattr(platform_check, "unresolved_libraries", no_ldd)
    assert find_missing({**X11, "QT_QPA_PLATFORM": "offscreen"}, system="linux") is None
    assert find_missing({**X11, "WAYLAND_DISPLAY": "wayland-0"}, system="linux") is None
    assert find_missing({"QT_QPA_PLATFORM": "xcb"}, system="win32") is None


def test_the_plug_in_is_found_where_qt_looks_first(tmp_path):
    qpa = fake_plugin(tmp_path / "qpa")
    plugin_path = fake_plugin(tmp_path / "extra" / "platforms").parent
    qt_own = fake_plugin(tmp_path / "qt" / "platforms").parent
    assert plugin_file("xcb", {}, qt_own) == qt_own / "platforms" / "libqxcb.so"
    assert plugin_file("xcb", {"QT_PLUGIN_PATH": f"/absent{os.pathsep}{plugin_path}"}, qt_own) == (
        plugin_path / "platforms" / "libqxcb.so"
    )
    environ = {"QT_QPA_PLATFORM_PLUGIN_PATH": str(qpa), "QT_PLUGIN_PATH": str(plugin_path)}
    assert plugin_file("xcb", environ, qt_own) == qpa / "libqxcb.so"
    assert plugin_file("xcb", {}, tmp_path / "none") is None


def test_without_ldd_or_plug_in_the_check_lets_qt_speak(tmp_path, monkeypatch):
    monkeypatch.setenv("PATH", str(tmp_path))  # no ldd
    environ = {"QT_QPA_PLATFORM": "xcb", "QT_QPA_PLATFORM_PLUGIN_PATH": str(fake_plugin(tmp_path / "qpa"))}
    assert find_missing(environ, system="linux") is None
    monkeypatch.setattr(platform_check, "plugin_file", lambda *args: None)
    assert find_missing({"QT_QPA_PLATFORM": "xcb"}, system="linux") is None


def test_this_machine_offscreen_starts():
    environ = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    assert find_missing(environ) is None
    out = subprocess.run(
        [sys.executable, "-m", "akonet_desktop.gui.platform_check"],
        env=environ,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert (out.returncode, out.stderr) == (0, "")


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the xcb plug-in is Linux's")
def test_module_with_a_plug_in_whose_library_is_not_found(tmp_path):
    environ = {
        **os.environ,
        "QT_QPA_PLATFORM": "xcb",
        "QT_QPA_PLATFORM_PLUGIN_PATH": str(fake_plugin(tmp_path / "qpa")),
        "PATH": f"{fake_ldd(tmp_path / 'bin', LDD_OUTPUT)}{os.pathsep}{os.environ['PATH']}",
    }
    out = subprocess.run(
        [sys.executable, "-m", "akonet_desktop.gui.platform_check"],
        env=environ,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert out.returncode == EXIT_MISSING_LIBRARIES
    assert str(tmp_path / "qpa" / "libqxcb.so") in out.stderr
    expected = install_command(not_found(LDD_OUTPUT), read_os_release())
    if expected is None:
        assert "libxcb-cursor.so.0, libxcb-icccm.so.4" in out.stderr
    else:
        assert f"\n    {expected}\n" in out.stderr
    if "debian" in (read_os_release().get("ID", ""), *read_os_release().get("ID_LIKE", "").split()):
        assert "\n    sudo apt-get install libakonet-unknown.so.7 libxcb-cursor0 libxcb-icccm4 " in out.stderr


@pytest.mark.skipif(
    not sys.platform.startswith("linux") or not shutil.which("cc") or not shutil.which("ldd"),
    reason="needs Linux, a C compiler and ldd",
)
def test_a_real_plug_in_whose_library_is_gone(tmp_path):
    """The real ldd on a real library whose dependency was deleted after linking."""

    def cc(*args):
        subprocess.run(["cc", "-shared", "-fPIC", *args], cwd=tmp_path, check=True, capture_output=True, timeout=60)

    (tmp_path / "gone.c").write_text("int akonet_gone(void) { return 1; }\n")
    (tmp_path / "plugin.c").write_text("int akonet_gone(void);\nint plugin(void) { return akonet_gone(); }\n")
    cc("-o", "libakonet-gone.so.1", "-Wl,-soname,libakonet-gone.so.1", "gone.c")
    plugins = tmp_path / "qpa"
    plugins.mkdir()
    cc("-o", str(plugins / "libqxcb.so"), "plugin.c", "-L.", "-l:libakonet-gone.so.1")
    (tmp_path / "libakonet-gone.so.1").unlink()
    environ = {"QT_QPA_PLATFORM": "xcb", "QT_QPA_PLATFORM_PLUGIN_PATH": str(plugins)}
    assert find_missing(environ) == Missing("xcb", plugins / "libqxcb.so", ("libakonet-gone.so.1",))
    assert install_command(("libakonet-gone.so.1",), FEDORA) == "sudo dnf install libakonet-gone.so.1"


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the xcb plug-in is Linux's")
def test_the_app_says_the_same_and_never_reaches_qt(tmp_path):
    environ = {
        **os.environ,
        "QT_QPA_PLATFORM": "xcb",
        "QT_QPA_PLATFORM_PLUGIN_PATH": str(fake_plugin(tmp_path / "qpa")),
        "PATH": f"{fake_ldd(tmp_path / 'bin', LDD_OUTPUT)}{os.pathsep}{os.environ['PATH']}",
        "HOME": str(tmp_path),
        "XDG_CONFIG_HOME": str(tmp_path),
    }
    out = subprocess.run(
        [sys.executable, "-m", "akonet_desktop", "--data-dir", str(tmp_path / "data"), "--exit-after-first-paint"],
        env=environ,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert out.returncode == EXIT_MISSING_LIBRARIES
    assert "AKONet Desktop cannot open its window" in out.stderr
    assert "libxcb-cursor.so.0" in out.stderr
    assert "platform plugin" not in out.stderr  # Qt's own abort
    assert not (tmp_path / "data").exists()


def test_app_main_exits_with_the_message_before_any_qapplication(monkeypatch, capsys):
    from PySide6 import QtWidgets

    class NoQApplication(QtWidgets.QApplication):  # pytest-qt still asks QApplication.instance()
        def __init__(self, *args, **kwargs):
            raise AssertionError("QApplication created")

    missing = Missing("xcb", Path("/qt/plugins/platforms/libqxcb.so"), ("libxcb-cursor.so.0",))
    monkeypatch.setattr(platform_check, "find_missing", lambda environ=None, argv=(): missing)
    monkeypatch.setattr(platform_check, "read_os_release", lambda: DEBIAN)
    monkeypatch.setattr(QtWidgets, "QApplication", NoQApplication)
    assert app.main(["--data-dir", "/nonexistent/akonet"]) == EXIT_MISSING_LIBRARIES
    err = capsys.readouterr().err
    assert "AKONet Desktop cannot open its window" in err
    assert "\n    sudo apt-get install libxcb-cursor0\n" in err
