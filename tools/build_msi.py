"""The Windows installer (MSI) of AKONet Desktop, built from the PyInstaller bundle with wixl (msitools).

    python tools/build_msi.py --bundle dist/akonet-desktop --out dist [--version 0.1.0]

writes dist/AKONet-Desktop-<version>-x64.msi and prints `installer_mb=<n>` (MB = 10^6 bytes) last.
packaging/windows/akonet-desktop.wxs is the installer itself; this script lists the bundle's files
for it (<work>/bundle-files.wxs, one component per file), defines its variables, runs wixl and
corrects what wixl gets wrong (HKMU, below). Needs `wixl` and `msibuild` on PATH: Debian's wixl
and msitools packages, MSYS2's msitools on Windows.

On Linux the bundle's executable is `akonet-desktop`: the MSI still installs it as
`akonet-desktop.exe`, so an MSI built here has exactly the Windows layout and can be checked
(tests/packaging/test_msi.py). Symbolic links, which only a Linux bundle has (PyInstaller links
libraries into _internal), are left out: an MSI cannot hold a link, and the file it points to is
in the MSI under its own path.

Stable identities, so that an upgrade replaces what it must and nothing else:
- the UpgradeCode is a constant of the .wxs;
- the ProductCode is derived from the version (uuid5 in the UpgradeCode's namespace): a new version
  is a new product, and a rebuild of one version is the same product;
- each file's component GUID is derived from its installed path, the same in every build.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import re
import shutil
import subprocess
import sys
import tomllib
import uuid
import xml.etree.ElementTree as ET
from pathlib import Path, PurePosixPath

ROOT = Path(__file__).resolve().parent.parent
WXS = ROOT / "packaging" / "windows" / "akonet-desktop.wxs"
ICON = ROOT / "resources" / "icons" / "akonet.ico"
WIX_NS = "http://schemas.microsoft.com/wix/2006/wi"
# The name the .wxs installs the executable under; the bundle's own is this, or this without .exe.
EXECUTABLE = "akonet-desktop.exe"
COMPONENT_GROUP = "BundleFiles"
# wixl writes Root="HKMU" as 4, which is no registry root; the Registry table's HKMU is -1 (HKEY_CURRENT_USER
# in a per-user install, HKEY_LOCAL_MACHINE per-machine). Still so in msitools 0.106.
HKMU_FIX = "UPDATE `Registry` SET `Root` = -1 WHERE `Root` = 4"


def project_version() -> str:
    return tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["project"]["version"]


def msi_version(version: str) -> str:
    """The MSI's ProductVersion: major.minor.build within Windows Installer's limits."""
    match = re.fullmatch(r"(\d+)\.(\d+)\.(\d+)", version)
    if match is None:
        raise ValueError(f"version {version!r}: an MSI needs major.minor.patch, digits only")
    major, minor, build = (int(part) for part in match.groups())
    if major > 255 or minor > 255 or build > 65535:
        raise ValueError(f"version {version!r}: Windows Installer allows at most 255.255.65535")
    return f"{major}.{minor}.{build}"


def upgrade_code(wxs: Path = WXS) -> uuid.UUID:
    product = ET.parse(wxs).getroot().find(f"{{{WIX_NS}}}Product")
    return uuid.UUID(product.get("UpgradeCode"))


def product_code(version: str, wxs: Path = WXS) -> uuid.UUID:
    return uuid.uuid5(upgrade_code(wxs), f"ProductCode {version}")


def component_guid(installed_path: str, wxs: Path = WXS) -> uuid.UUID:
    """Windows paths ignore case: `Lib\\a.dll` and `lib\\A.DLL` are one component."""
    return uuid.uuid5(upgrade_code(wxs), "Component " + installed_path.replace("/", "\\").lower())


def main_executable(bundle: Path) -> Path:
    for name in (EXECUTABLE, EXECUTABLE.removesuffix(".exe")):
        if (bundle / name).is_file():
            return bundle / name
    raise FileNotFoundError(f"{bundle} holds neither {EXECUTABLE} nor {EXECUTABLE.removesuffix('.exe')}")


def bundle_files(bundle: Path) -> tuple[list[PurePosixPath], list[PurePosixPath]]:
    """(files, skipped links), relative to the bundle, sorted; without the main executable."""
    main = main_executable(bundle)
    files, links = [], []
    for path in sorted(bundle.rglob("*")):
        relative = PurePosixPath(path.relative_to(bundle).as_posix())
        if "$" in str(relative):
            # WiX and wixl read `$(…)` as a variable in every attribute, and wixl 0.101 mangles
            # the `$$` escape when a `$` or `(` follows; PyInstaller bundles have no such names.
            raise ValueError(f"{relative}: a `$` in a name would reach the MSI changed")
        if path.is_symlink():
            target = path.resolve()
            if not target.is_file() or not target.is_relative_to(bundle.resolve()):
                raise ValueError(f"{relative} links to {target}, not to a file of the bundle: an MSI cannot hold it")
            links.append(relative)
        elif path.is_file() and path != main:
            files.append(relative)
    return files, links


def _identifier(prefix: str, relative: PurePosixPath) -> str:
    # MSI identifiers: letters, digits, underscores and dots, at most 72 characters.
    return prefix + hashlib.sha1(str(relative).lower().encode("utf-8")).hexdigest().upper()


def _wix(tag: str) -> str:
    return f"{{{WIX_NS}}}{tag}"


def files_fragment(files: list[PurePosixPath], wxs: Path = WXS) -> ET.ElementTree:
    """WiX source of the bundle's files under INSTALLDIR, one component per file in the component group."""
    ET.register_namespace("", WIX_NS)
    root = ET.Element(_wix("Wix"))
    fragment = ET.SubElement(root, _wix("Fragment"))
    install_dir = ET.SubElement(fragment, _wix("DirectoryRef"), Id="INSTALLDIR")
    group = ET.SubElement(fragment, _wix("ComponentGroup"), Id=COMPONENT_GROUP)
    directories: dict[PurePosixPath, ET.Element] = {PurePosixPath("."): install_dir}

    def directory(relative: PurePosixPath) -> ET.Element:
        if relative not in directories:
            parent = directory(relative.parent)
            directories[relative] = ET.SubElement(
                parent, _wix("Directory"), Id=_identifier("dir", relative), Name=relative.name
            )
        return directories[relative]

    for relative in files:
        component_id = _identifier("cmp", relative)
        component = ET.SubElement(
            directory(relative.parent),
            _wix("Component"),
            Id=component_id,
            Guid=str(component_guid(str(relative), wxs)).upper(),
            Win64="yes",
        )
        source = f"$(var.BundleDir)/{relative}"
        ET.SubElement(
            component, _wix("File"), Id=_identifier("fil", relative), Name=relative.name, Source=source, KeyPath="yes"
        )
        ET.SubElement(group, _wix("ComponentRef"), Id=component_id)
    ET.indent(root)
    return ET.ElementTree(root)


def _relative_to(path: Path, start: Path) -> str:
    """wixl 0.101 looks files up relative to its working directory only (later versions take absolute paths too)."""
    try:
        return Path(os.path.relpath(path.resolve(), start.resolve())).as_posix()
    except ValueError:  # Windows: another drive
        return path.resolve().as_posix()


def msi_name(version: str) -> str:
    return f"AKONet-Desktop-{version}-x64.msi"


def _run(command: list[str], cwd: Path) -> None:
    result = subprocess.run(command, cwd=cwd, capture_output=True, text=True)
    if result.returncode != 0:
        raise RuntimeError(f"{' '.join(command)} failed (exit {result.returncode}):\n{result.stdout}{result.stderr}")


def build_msi(bundle: Path, out: Path, version: str, work: Path, wxs: Path = WXS) -> tuple[Path, list[PurePosixPath]]:
    """The MSI's path and the links left out."""
    version = msi_version(version)
    files, links = bundle_files(bundle)
    for tool in ("wixl", "msibuild"):
        if shutil.which(tool) is None:
            raise FileNotFoundError(f"{tool} not found: install msitools (Debian: apt-get install wixl msitools)")
    work.mkdir(parents=True, exist_ok=True)
    out.mkdir(parents=True, exist_ok=True)
    fragment = work / "bundle-files.wxs"
    files_fragment(files, wxs).write(fragment, encoding="utf-8", xml_declaration=True)
    msi = out / msi_name(version)
    defines = {
        "Version": version,
        "ProductCode": str(product_code(version, wxs)).upper(),
        "BundleDir": _relative_to(bundle, work),
        "MainExecutable": _relative_to(main_executable(bundle), work),
        "IconFile": _relative_to(ICON, work),
    }
    command = ["wixl", "--arch", "x64", "--output", _relative_to(msi, work)]
    command += [f"--define={name}={value}" for name, value in defines.items()]
    command += [_relative_to(wxs, work), fragment.name]
    _run(command, cwd=work)
    _run(["msibuild", _relative_to(msi, work), "-q", HKMU_FIX], cwd=work)
    return msi, links


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--bundle", type=Path, default=ROOT / "dist" / "akonet-desktop")
    parser.add_argument("--out", type=Path, default=ROOT / "dist")
    parser.add_argument("--version", default=None, help="default: pyproject.toml's")
    parser.add_argument("--work", type=Path, default=ROOT / "build" / "msi", help="where the generated WiX source goes")
    args = parser.parse_args(argv)
    try:
        msi, links = build_msi(args.bundle, args.out, args.version or project_version(), args.work)
    except (OSError, ValueError, RuntimeError) as error:
        print(f"build_msi: {error}", file=sys.stderr)
        return 1
    if links:
        print(f"left out {len(links)} symbolic links (their files are in the MSI): " + " ".join(map(str, links)))
    print(msi)
    print(f"installer_mb={msi.stat().st_size / 1e6:.1f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
