"""Linux: the .deb of AKONet Desktop, made from the PyInstaller bundle (`make deb`).

    python tools/build_deb.py --bundle dist/akonet-desktop --out dist

Writes dist/akonet-desktop_<version>_<arch>.deb holding
    /opt/akonet-desktop/                          the bundle (directories 0755, files 0644, programs 0755)
    /usr/bin/akonet-desktop                       -> ../../opt/akonet-desktop/akonet-desktop (relative symlink;
                                                  the bootloader finds its folder through /proc/self/exe)
    /usr/share/applications/akonet-desktop.desktop   akonet:// links open the app
    /usr/share/icons/hicolor/256x256/apps/akonet-desktop.png
    /usr/share/doc/akonet-desktop/copyright
No maintainer scripts: desktop-file-utils and the icon theme (hicolor-icon-theme, gtk-update-icon-cache)
watch /usr/share/applications and /usr/share/icons/hicolor with dpkg file triggers and refresh the MIME
and icon caches themselves when a package puts files there, on install and on removal.
Last line: `installer_mb=<n> <file>` (MB = 10^6 bytes; goal <= 60).
"""

from __future__ import annotations

import argparse
import os
import shutil
import stat
import subprocess
import sys
import tempfile
import tomllib
from pathlib import Path

import elf_dependencies
from debian_version import debian_version
from install_desktop_entry import desktop_entry

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = "akonet-desktop"
INSTALL_DIR = Path("opt") / PACKAGE
LAUNCHER = Path("usr/bin") / PACKAGE
DESKTOP_ENTRY = Path("usr/share/applications") / f"{PACKAGE}.desktop"
ICON = Path("usr/share/icons/hicolor/256x256/apps") / f"{PACKAGE}.png"
COPYRIGHT = Path("usr/share/doc") / PACKAGE / "copyright"
ICON_SOURCE = ROOT / "resources" / "icons" / "akonet.png"
MAINTAINER = "AKONet <support@akonet.example>"

# The system libraries the bundle runs on, by the Debian 12 package names. Debian 13 and Ubuntu
# 24.04 renamed some ("t64": libglib2.0-0t64, libpng16-16t64), and on 64-bit architectures the
# renamed packages provide the old names, so these install there too.
DEPENDS = (
    # Qt's xcb display plug-in: what Qt documents for X11 and a desktop-less system lacks (the bundle
    # carries copies of some, which load first; depending on them keeps the package right without them)
    "libxcb-cursor0",
    "libxcb-icccm4",
    "libxcb-image0",
    "libxcb-keysyms1",
    "libxcb-randr0",
    "libxcb-render-util0",
    "libxcb-shape0",
    "libxcb-xinerama0",
    "libxcb-xkb1",
    "libxkbcommon-x11-0",
    # the X11/xcb core, keyboard maps and OpenGL entry points Qt links against; the bundle leaves them
    # to the system (LINUX_SYSTEM_LIBS in build_installer.spec) to match its X server and drivers
    "libx11-6",
    "libx11-xcb1",
    "libxcb1",
    "libxcb-render0",
    "libxcb-shm0",
    "libxcb-sync1",
    "libxcb-xfixes0",
    "libxkbcommon0",
    "libsm6",
    "libice6",
    "libegl1",
    "libgl1",
    "libopengl0",
    "libglx0",
    # fonts: Qt draws text with the system's fontconfig and FreeType, which know its fonts
    "libfontconfig1",
    "libfreetype6",
    # GLib (Qt's event loop integration) and D-Bus (Qt's desktop services, the Secret Service keyring)
    "libglib2.0-0",
    "libdbus-1-3",
    # the C and C++ runtimes (libc6 gets the newest GLIBC_ symbol version the bundle needs, at build time)
    "libc6",
    "libstdc++6",
    "libgcc-s1",
    # compression: Python's zlib, bz2 and lzma modules; Qt's zlib, zstd and (QtNetwork) brotli
    "zlib1g",
    "libbz2-1.0",
    "liblzma5",
    "libzstd1",
    "libbrotli1",
    # Python's uuid module; QtNetwork's Kerberos (Negotiate) authentication
    "libuuid1",
    "libgssapi-krb5-2",
)

DESCRIPTION = """\
administration client for AKONet refrigeration devices
 AKONet Desktop registers a company on an AKONet server, signs its people in
 and manages the company's devices, users, roles and billing.
 .
 It carries its own server (SQLite and a local mailbox), so it works alone on
 one computer, or it connects to an organisation's AKONet server. Links in
 AKONet emails (akonet://) open in the app."""

COPYRIGHT_TEXT = f"""\
Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/
Upstream-Name: AKONet Desktop
Upstream-Contact: {MAINTAINER}

Files: *
Copyright: AKONet
License: proprietary
Comment: /opt/{PACKAGE}/_internal also holds third-party components under their own
 licenses, among them the Python runtime (PSF-2.0), Qt 6 and PySide6 (LGPL-3.0-only).

License: proprietary
 All rights reserved. Use is subject to the AKONet terms of service.
"""


def project_version(pyproject: Path = ROOT / "pyproject.toml") -> str:
    return tomllib.loads(pyproject.read_text("utf-8"))["project"]["version"]


def architecture() -> str:
    return subprocess.run(["dpkg", "--print-architecture"], capture_output=True, text=True, check=True).stdout.strip()


# Qt 6 (PySide6's wheels) needs GLIBCXX_3.4.29 and CXXABI_1.3.13 of the system's C++ runtime:
# those of GCC 11. (glibc's minimum is read from the bundle at build time, below.)
MINIMUM_VERSIONS = {"libstdc++6": "11"}


def depends(glibc: tuple[int, ...] | None) -> str:
    """The Depends field: DEPENDS, libc6 with the minimum version the bundle's binaries need."""
    minimums = {**MINIMUM_VERSIONS, **({"libc6": ".".join(map(str, glibc))} if glibc else {})}
    return ", ".join(f"{name} (>= {minimums[name]})" if name in minimums else name for name in DEPENDS)


def control_text(version: str, arch: str, installed_kib: int, depends_field: str) -> str:
    fields = {
        "Package": PACKAGE,
        "Version": version,
        "Architecture": arch,
        "Maintainer": MAINTAINER,
        "Installed-Size": str(installed_kib),
        "Depends": depends_field,
        "Section": "net",
        "Priority": "optional",
        "Description": DESCRIPTION,
    }
    return "".join(f"{name}: {value}\n" for name, value in fields.items())


def installed_size_kib(root: Path) -> int:
    """What dpkg-gencontrol counts: each file's size rounded up to a KiB, 1 KiB per directory or
    symlink, DEBIAN/ excluded."""
    total = 0
    for path in root.rglob("*"):
        if path.relative_to(root).parts[0] == "DEBIAN":
            continue
        info = path.lstat()
        total += -(-info.st_size // 1024) if stat.S_ISREG(info.st_mode) else 1
    return total


def normalise_modes(folder: Path) -> None:
    """Directories 0755; files 0755 if any execute bit was set (programs, shared libraries), else 0644."""
    for path in [folder, *folder.rglob("*")]:
        if path.is_symlink():
            continue
        mode = path.stat().st_mode
        executable = path.is_dir() or mode & (stat.S_IXUSR | stat.S_IXGRP | stat.S_IXOTH)
        path.chmod(0o755 if executable else 0o644)


def write_file(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    path.chmod(0o644)


def glibc_needed(folder: Path) -> tuple[int, ...] | None:
    """The newest GLIBC_ symbol version the ELF files under `folder` need: (2, 35)."""
    found = [elf_dependencies.read(path) for path in elf_dependencies.elf_files(folder)]
    return elf_dependencies.glibc_minimum(dependencies for dependencies in found if dependencies is not None)


def stage(bundle: Path, root: Path, version: str, arch: str) -> None:
    """Lays the package out under `root`, DEBIAN/control included."""
    refuse_links_leaving(bundle)
    shutil.copytree(bundle, root / INSTALL_DIR, symlinks=True)
    normalise_modes(root / INSTALL_DIR)
    (root / LAUNCHER).parent.mkdir(parents=True)
    (root / LAUNCHER).symlink_to(Path("../..") / INSTALL_DIR / PACKAGE)
    write_file(root / DESKTOP_ENTRY, desktop_entry(Path("/") / LAUNCHER).encode())
    write_file(root / ICON, ICON_SOURCE.read_bytes())
    write_file(root / COPYRIGHT, COPYRIGHT_TEXT.encode())
    for folder in [root, *(p for p in root.rglob("*") if p.is_dir() and not p.is_symlink())]:
        folder.chmod(0o755)  # also the usr/… folders made above, whatever the umask
    control = control_text(version, arch, installed_size_kib(root), depends(glibc_needed(root / INSTALL_DIR)))
    write_file(root / "DEBIAN" / "control", control.encode())
    (root / "DEBIAN").chmod(0o755)  # dpkg-deb refuses a control folder a strict umask made 0700


def refuse_links_leaving(bundle: Path) -> None:
    """A symlink of the bundle must point inside it: one to /etc or ../.. would ship as it is."""
    top = bundle.resolve()
    for link in (p for p in bundle.rglob("*") if p.is_symlink()):
        target = Path(os.readlink(link))
        if target.is_absolute() or not (link.parent.resolve() / target).resolve().is_relative_to(top):
            raise SystemExit(f"{link} points outside the bundle ({target}): refusing to package it")


def package_path(out: Path, version: str, arch: str) -> Path:
    # Debian's file names leave the epoch out ("1:2.0" is in the control file only).
    return out / f"{PACKAGE}_{version.partition(':')[2] or version}_{arch}.deb"


def build(bundle: Path, out: Path, version: str, arch: str) -> Path:
    deb = package_path(out, version, arch)
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="akonet-deb-") as tmp:
        root = Path(tmp) / "root"
        stage(bundle, root, version, arch)
        # --root-owner-group: every file root:root whoever builds; xz: the smallest .deb dpkg reads.
        subprocess.run(
            ["dpkg-deb", "--root-owner-group", "-Zxz", "--build", str(root), str(deb)],
            check=True,
            stdout=subprocess.DEVNULL,
        )
    return deb


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--bundle", type=Path, default=ROOT / "dist" / PACKAGE, help="the PyInstaller onedir bundle")
    parser.add_argument("--out", type=Path, default=ROOT / "dist", help="where the .deb goes")
    args = parser.parse_args(argv)
    program = args.bundle / PACKAGE
    if not program.is_file():
        print(f"{program} not found: run `make installer` first", file=sys.stderr)
        return 1
    for tool in ("dpkg-deb", "dpkg"):
        if shutil.which(tool) is None:
            print(f"{tool} not found: .deb packages are built on Debian or Ubuntu (package dpkg)", file=sys.stderr)
            return 1
    version = debian_version(project_version())
    deb = build(args.bundle, args.out, version, architecture())
    print(f"installer_mb={deb.stat().st_size / 1e6:.1f} {deb}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
