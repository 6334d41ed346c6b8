"""The .deb of the real bundle (`make test-packages`, after `make installer`): built by the tool as
`make deb` runs it, read with dpkg-deb, extracted, and the extracted app's --self-test run."""

from __future__ import annotations

import configparser
import re
import subprocess
import sys
from pathlib import Path

import pytest

from tests.packaging import dpkg_deb

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tools"))

import build_deb  # noqa: E402
import elf_dependencies  # noqa: E402
import installer_smoke  # noqa: E402
from debian_version import debian_version  # noqa: E402

pytestmark = [
    pytest.mark.packaging,
    pytest.mark.skipif(not sys.platform.startswith("linux"), reason=".deb packages are built on Linux"),
]
INSTALL_DIR = "opt/akonet-desktop"
SIZE_GOAL_MB = 60


@pytest.fixture(scope="module")
def deb(bundle_dir, tmp_path_factory, require_tool) -> Path:
    require_tool("dpkg-deb")
    require_tool("dpkg")
    out = tmp_path_factory.mktemp("deb")
    result = subprocess.run(
        [sys.executable, str(ROOT / "tools" / "build_deb.py"), "--bundle", str(bundle_dir), "--out", str(out)],
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    last = result.stdout.strip().splitlines()[-1]
    match = re.fullmatch(r"installer_mb=(\d+\.\d) (.+\.deb)", last)
    assert match, f"last line: {last!r}"
    path = Path(match.group(2))
    assert path.parent == out and float(match.group(1)) == round(path.stat().st_size / 1e6, 1)
    return path


@pytest.fixture(scope="module")
def extracted(deb, tmp_path_factory) -> Path:
    return dpkg_deb.extract(deb, tmp_path_factory.mktemp("root"))


def test_package_is_within_the_size_goal(deb):
    assert deb.stat().st_size / 1e6 <= SIZE_GOAL_MB


def test_control_fields(deb, bundle_dir):
    fields = dpkg_deb.control_fields(deb)
    arch = subprocess.run(["dpkg", "--print-architecture"], capture_output=True, text=True, check=True).stdout.strip()
    assert fields["Package"] == "akonet-desktop"
    assert fields["Version"] == debian_version(build_deb.project_version())
    assert deb.name == f"akonet-desktop_{fields['Version']}_{arch}.deb"
    assert fields["Architecture"] == arch
    assert fields["Maintainer"] == build_deb.MAINTAINER
    assert fields["Section"] == "net" and fields["Priority"] == "optional"
    assert fields["Description"].startswith("administration client")
    bundle_kib = installer_smoke.size_bytes(bundle_dir) / 1024
    assert bundle_kib <= int(fields["Installed-Size"]) <= bundle_kib * 1.05 + 100
    depends = fields["Depends"].split(", ")
    names = [entry.split(" ")[0] for entry in depends]
    assert names == list(build_deb.DEPENDS)
    assert re.fullmatch(r"libc6 \(>= 2\.\d+\)", depends[names.index("libc6")])
    assert dpkg_deb.control_members(deb) == ["control"]


def test_file_list_ownership_and_modes(deb, bundle_dir):
    members = dpkg_deb.contents(deb)
    assert {m.owner for m in members.values()} == {"root/root"}
    assert members["/usr/bin/akonet-desktop"].target == f"../../{INSTALL_DIR}/akonet-desktop"
    assert members[f"/{INSTALL_DIR}/akonet-desktop"].mode == "-rwxr-xr-x"
    for path in (
        "/usr/share/applications/akonet-desktop.desktop",
        "/usr/share/icons/hicolor/256x256/apps/akonet-desktop.png",
        "/usr/share/doc/akonet-desktop/copyright",
    ):
        assert members[path].mode == "-rw-r--r--", path
    # every file of the bundle, nothing else under /opt, and nothing outside /opt and /usr
    shipped = {f"/{INSTALL_DIR}/{p.relative_to(bundle_dir)}" for p in bundle_dir.rglob("*")}
    assert {p for p in members if p.startswith(f"/{INSTALL_DIR}/")} == shipped
    assert {p.split("/")[1] for p in members if p != "/"} == {"opt", "usr"}
    modes = {m.mode for m in members.values()}
    assert modes <= {"drwxr-xr-x", "-rw-r--r--", "-rwxr-xr-x", "lrwxrwxrwx"}, modes


def test_extracted_app_passes_its_self_test(extracted, tmp_path):
    launcher = extracted / "usr" / "bin" / "akonet-desktop"
    assert launcher.is_symlink()
    # Through the /usr/bin symlink, as a desktop starts it: the bootloader must find its folder.
    installer_smoke.self_test(launcher, tmp_path / "home")


def test_desktop_entry_is_valid_and_opens_akonet_links(extracted, require_tool):
    entry_path = extracted / "usr" / "share" / "applications" / "akonet-desktop.desktop"
    validate = subprocess.run([require_tool("desktop-file-validate"), str(entry_path)], capture_output=True, text=True)
    assert validate.returncode == 0, validate.stdout + validate.stderr
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str
    parser.read(entry_path, encoding="utf-8")
    entry = parser["Desktop Entry"]
    assert entry["Exec"] == "/usr/bin/akonet-desktop %u"
    assert entry["MimeType"] == "x-scheme-handler/akonet;"
    assert (extracted / "usr/share/icons/hicolor/256x256/apps" / f"{entry['Icon']}.png").is_file()


def test_every_needed_library_ships_or_comes_from_a_package_in_depends(extracted, require_tool):
    require_tool("ldconfig")
    bundle = extracted / INSTALL_DIR
    shipped = {path.name for path in bundle.rglob("*")}
    needed = {library for path in elf_dependencies.elf_files(bundle) for library in elf_dependencies.read(path).needed}
    from_system = needed - shipped
    assert "libc.so.6" in from_system and "libX11.so.6" in from_system  # the scan found the usual ones
    owners = system_library_owners(sorted(from_system))
    declared = set(build_deb.DEPENDS)
    missing = {
        library: sorted(owners.get(library, ())) or "no such library on this system"
        for library in sorted(from_system)
        if not declared & owners.get(library, set())
    }
    assert not missing, f"needed by the bundle, neither shipped nor from a package in Depends: {missing}"


def system_library_owners(sonames: list[str]) -> dict[str, set[str]]:
    """soname -> the packages owning the files the dynamic loader would load for it (dpkg -S)."""
    paths_by_soname = loader_paths()
    candidates: dict[str, str] = {}  # file path -> soname
    for soname in sonames:
        for path in paths_by_soname.get(soname, ()):
            # dpkg knows a file by the path its package ships it at: /lib/… and /usr/lib/… are one
            # folder on a merged-/usr system, and the soname is often a symlink to the real file.
            real = str(Path(path).resolve())
            for candidate in {path, real, *(_other_usr_form(p) for p in (path, real))}:
                candidates[candidate] = soname
    result = subprocess.run(["dpkg", "-S", *candidates], capture_output=True, text=True)
    owners: dict[str, set[str]] = {}
    for line in result.stdout.splitlines():  # "zlib1g:amd64: /lib/x86_64-linux-gnu/libz.so.1"
        packages, _, path = line.rpartition(": ")
        if path in candidates:
            for package in packages.split(", "):
                owners.setdefault(candidates[path], set()).add(package.split(":")[0])
    return owners


def loader_paths() -> dict[str, list[str]]:
    """The dynamic loader's cache: soname -> paths (`ldconfig -p`)."""
    out = subprocess.run(["ldconfig", "-p"], capture_output=True, text=True, check=True).stdout
    paths: dict[str, list[str]] = {}
    for line in out.splitlines():  # "\tlibz.so.1 (libc6,x86-64) => /lib/x86_64-linux-gnu/libz.so.1"
        soname, arrow, path = line.strip().partition(" => ")
        if arrow:
            paths.setdefault(soname.split(" (")[0], []).append(path)
    return paths


def _other_usr_form(path: str) -> str:
    return path.removeprefix("/usr") if path.startswith("/usr/") else "/usr" + path
