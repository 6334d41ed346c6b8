"""The Windows MSI (tools/build_msi.py, packaging/windows/akonet-desktop.wxs), built with wixl and read with msiinfo.

Most tests build it from a small fake bundle; the `packaging` test builds it from the real one.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path, PurePosixPath

import pytest

from tests.packaging.msi_tables import Msi
from tests.packaging.requirements import require_tools

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tools"))

import build_msi  # noqa: E402

EXE = "akonet-desktop.exe"
COMMAND = '"[INSTALLDIR]akonet-desktop.exe" --open-link "%1"'
HKMU = "-1"
# A bundle's shape: the executable, and PyInstaller's _internal folder with subfolders.
FAKE_FILES = {
    "_internal/base_library.zip": b"zip",
    "_internal/python311.dll": b"python",
    "_internal/PySide6/Qt/plugins/platforms/qwindows.dll": b"platform plug-in",
    "_internal/PySide6/Qt/lib/Qt6Core.dll": b"qt core",
    "_internal/resources/translations/akonet_fr.qm": b"fr",
    "_internal/a & b {1} 'c'.txt": b"XML characters in a name",
}


def fake_bundle(folder: Path, executable: str = "akonet-desktop") -> Path:
    bundle = folder / "akonet-desktop"
    for relative, content in FAKE_FILES.items():
        (bundle / relative).parent.mkdir(parents=True, exist_ok=True)
        (bundle / relative).write_bytes(content)
    (bundle / executable).write_bytes(b"the executable")
    return bundle


def build(folder: Path, version: str, bundle: Path | None = None) -> Msi:
    require_tools("wixl", "msibuild", "msiinfo")
    bundle = bundle or fake_bundle(folder)
    msi, _links = build_msi.build_msi(bundle, folder / "out", version, folder / "work")
    return Msi(msi)


@pytest.fixture(scope="module")
def bundle(tmp_path_factory) -> Path:
    return fake_bundle(tmp_path_factory.mktemp("bundle"))


@pytest.fixture(scope="module")
def msi(tmp_path_factory, bundle) -> Msi:
    return build(tmp_path_factory.mktemp("msi"), "1.2.3", bundle)


def expected_layout(bundle: Path) -> set[PurePosixPath]:
    """The bundle's files as Windows installs them: the executable as akonet-desktop.exe, no links."""
    main = build_msi.main_executable(bundle)
    return {
        PurePosixPath(EXE) if path == main else PurePosixPath(path.relative_to(bundle).as_posix())
        for path in bundle.rglob("*")
        if path.is_file() and not path.is_symlink()
    }


def test_every_file_of_the_bundle_installs_under_installdir_by_its_path(msi, bundle):
    installed = msi.installed_files()
    assert set(installed) == expected_layout(bundle)
    assert {path: int(row["FileSize"]) for path, row in installed.items() if path.name != EXE} == {
        PurePosixPath(relative): len(content) for relative, content in FAKE_FILES.items()
    }


def test_installdir_is_akonet_desktop_in_program_files(msi):
    assert msi.directory_path("INSTALLDIR", "TARGETDIR") == PurePosixPath("AKONet Desktop")
    assert msi.rows("Directory", Directory="INSTALLDIR")[0]["Directory_Parent"] == "ProgramFiles64Folder"


def test_the_files_in_the_msi_are_the_bundles(msi, bundle, tmp_path):
    require_tools("msiextract")
    subprocess.run(["msiextract", "--directory", str(tmp_path), str(msi.path)], capture_output=True, check=True)
    extracted = tmp_path / "AKONet Desktop"
    for relative in expected_layout(bundle):
        source = build_msi.main_executable(bundle) if str(relative) == EXE else bundle / relative
        assert (extracted / relative).read_bytes() == source.read_bytes(), relative


def test_a_windows_bundle_installs_the_same_layout(tmp_path):
    bundle = fake_bundle(tmp_path / "windows", executable=EXE)
    windows = build(tmp_path, "1.2.3", bundle)
    assert set(windows.installed_files()) == expected_layout(bundle)
    assert PurePosixPath(EXE) in windows.installed_files()


def test_the_installer_registers_akonet_links_under_hkmu(msi):
    values = {(row["Key"], row["Name"]): row for row in msi.rows("Registry", Component_="UrlScheme")}
    scheme = r"Software\Classes\akonet"
    assert {key: row["Value"] for key, row in values.items()} == {
        (scheme, ""): "URL:AKONet link",
        (scheme, "URL Protocol"): "",
        (scheme + r"\DefaultIcon", ""): '"[INSTALLDIR]akonet-desktop.exe",0',
        (scheme + r"\shell\open\command", ""): COMMAND,
    }
    # -1: HKEY_CURRENT_USER per-user, HKEY_LOCAL_MACHINE per-machine (wixl writes 4, corrected).
    assert {row["Root"] for row in values.values()} == {HKMU}
    component = msi.rows("Component", Component="UrlScheme")[0]
    assert component["KeyPath"] == values[(scheme + r"\shell\open\command", "")]["Registry"]


def test_the_scheme_matches_what_an_unpacked_app_would_register(msi):
    from akonet_desktop.gui.url_scheme_windows import scheme_entries

    installed = {(row["Key"], row["Name"]): row["Value"] for row in msi.rows("Registry", Component_="UrlScheme")}
    assert installed == {(key, name): text for key, name, text in scheme_entries("[INSTALLDIR]akonet-desktop.exe")}


def test_a_start_menu_shortcut_starts_the_executable(msi):
    [shortcut] = msi.table("Shortcut")
    assert shortcut["Directory_"] == "ProgramMenuFolder"
    assert shortcut["Name"].split("|")[-1] == "AKONet Desktop"
    assert shortcut["Target"] == "[INSTALLDIR]akonet-desktop.exe"
    assert PurePosixPath(EXE) in msi.installed_files()
    # Its component's key path is a registry value under the same root as the Start menu folder.
    component = msi.rows("Component", Component=shortcut["Component_"])[0]
    [key_path] = msi.rows("Registry", Registry=component["KeyPath"])
    assert key_path["Root"] == HKMU
    assert int(component["Attributes"]) & 4  # msidbComponentAttributesRegistryKeyPath


def test_per_user_by_default_and_apps_and_features_entry(msi):
    properties = msi.properties()
    assert properties["ALLUSERS"] == "2"
    assert properties["MSIINSTALLPERUSER"] == "1"
    assert properties["Manufacturer"] == "AKONet"
    assert properties["ProductName"] == "AKONet Desktop"
    assert properties["ProductVersion"] == "1.2.3"
    assert msi.stream("Icon." + properties["ARPPRODUCTICON"]) == (ROOT / "resources/icons/akonet.ico").read_bytes()


def test_apps_and_features_learns_the_install_folder(msi):
    [action] = msi.rows("CustomAction", Action="SetArpInstallLocation")
    assert (action["Source"], action["Target"]) == ("ARPINSTALLLOCATION", "[INSTALLDIR]")
    assert int(action["Type"]) & 0x3F == 51  # sets a property
    # After the folders are resolved, before the product is registered (wixl put an After= one last).
    sequence = {row["Action"]: int(row["Sequence"]) for row in msi.table("InstallExecuteSequence")}
    assert sequence["CostFinalize"] < sequence["SetArpInstallLocation"] < sequence["RegisterProduct"]


def test_summary_says_x64_and_no_elevation(msi):
    summary = msi.summary()
    assert summary["Template"] == "x64;1033"
    word_count = int(summary["Source"].split()[0])
    assert word_count & 8, "elevation required: a per-user install would ask for an administrator"
    assert word_count & 2  # compressed


def test_every_component_is_64_bit_with_its_own_guid(msi):
    components = msi.table("Component")
    assert all(int(row["Attributes"]) & 256 for row in components)  # msidbComponentAttributes64bit
    guids = [row["ComponentId"] for row in components]
    assert all(guids) and len(set(guids)) == len(guids)
    in_feature = {row["Component_"] for row in msi.table("FeatureComponents")}
    assert in_feature == {row["Component"] for row in components}


def test_the_old_version_is_removed_before_the_new_one_installs_and_a_newer_one_stops_it(msi):
    sequence = {row["Action"]: int(row["Sequence"]) for row in msi.table("InstallExecuteSequence")}
    assert sequence["InstallValidate"] < sequence["RemoveExistingProducts"] < sequence["InstallInitialize"]
    assert sequence["FindRelatedProducts"] < sequence["LaunchConditions"]
    upgrade_code = msi.properties()["UpgradeCode"]
    upgrades = {row["ActionProperty"]: row for row in msi.rows("Upgrade", UpgradeCode=upgrade_code)}
    older = upgrades["WIX_UPGRADE_DETECTED"]
    assert (older["VersionMin"], older["VersionMax"]) == ("", "1.2.3")
    assert not int(older["Attributes"]) & 2  # msidbUpgradeAttributesOnlyDetect: older versions are removed
    newer = upgrades["WIX_DOWNGRADE_DETECTED"]
    assert (newer["VersionMin"], newer["VersionMax"]) == ("1.2.3", "")
    assert int(newer["Attributes"]) & 2
    [condition] = msi.rows("LaunchCondition", Condition="NOT WIX_DOWNGRADE_DETECTED")
    assert "newer version" in condition["Description"]
    assert "WIX_UPGRADE_DETECTED" in msi.properties()["SecureCustomProperties"].split(";")


def test_upgrade_code_is_fixed_and_product_code_follows_the_version(tmp_path):
    first, again, next_version = (
        build(tmp_path / "a", "1.2.3"),
        build(tmp_path / "b", "1.2.3"),
        build(tmp_path / "c", "1.2.4"),
    )
    codes = [(m.properties()["UpgradeCode"], m.properties()["ProductCode"]) for m in (first, again, next_version)]
    assert codes[0][0] == codes[1][0] == codes[2][0]
    assert codes[0][1] == codes[1][1]
    assert codes[0][1] != codes[2][1]
    # A file keeps its component GUID from version to version, so an upgrade replaces it.
    guids = [{row["Component"]: row["ComponentId"] for row in m.table("Component")} for m in (first, next_version)]
    assert guids[0] == guids[1]


# Creating links needs a privilege on Windows, whose bundles have none.
needs_links = pytest.mark.skipif(sys.platform == "win32", reason="symbolic links")


@needs_links
def test_bundle_links_are_left_out_their_targets_kept(tmp_path):
    bundle = fake_bundle(tmp_path)
    (bundle / "_internal/Qt6Core.dll").symlink_to("PySide6/Qt/lib/Qt6Core.dll")
    files, links = build_msi.bundle_files(bundle)
    assert links == [PurePosixPath("_internal/Qt6Core.dll")]
    assert PurePosixPath("_internal/PySide6/Qt/lib/Qt6Core.dll") in files
    assert PurePosixPath("_internal/Qt6Core.dll") not in files


@needs_links
def test_a_link_out_of_the_bundle_is_refused(tmp_path, capsys):
    bundle = fake_bundle(tmp_path)
    (tmp_path / "elsewhere.dll").write_bytes(b"x")
    (bundle / "_internal/elsewhere.dll").symlink_to(tmp_path / "elsewhere.dll")
    assert build_msi.main(["--bundle", str(bundle), "--out", str(tmp_path / "out"), "--work", str(tmp_path)]) == 1
    assert "elsewhere.dll links to" in capsys.readouterr().err
    assert not (tmp_path / "out").exists()


def test_a_dollar_sign_in_a_name_is_refused(tmp_path):
    bundle = fake_bundle(tmp_path)
    (bundle / "_internal/price$list.txt").write_bytes(b"x")
    with pytest.raises(ValueError, match="price"):
        build_msi.bundle_files(bundle)


@pytest.mark.parametrize("version", ["1.2", "1.2.3.4", "1.2.3rc1", "256.0.0", "1.256.0", "1.0.65536"])
def test_versions_an_msi_cannot_carry_are_refused(version):
    with pytest.raises(ValueError):
        build_msi.msi_version(version)


def test_the_command_line_names_the_msi_and_prints_its_size(tmp_path, capsys):
    require_tools("wixl", "msibuild")
    bundle = fake_bundle(tmp_path)
    args = ["--bundle", str(bundle), "--out", str(tmp_path / "out"), "--work", str(tmp_path / "work")]
    assert build_msi.main(args) == 0
    version = build_msi.project_version()
    msi = tmp_path / "out" / f"AKONet-Desktop-{version}-x64.msi"
    lines = capsys.readouterr().out.splitlines()
    assert lines[-2:] == [str(msi), f"installer_mb={msi.stat().st_size / 1e6:.1f}"]


@pytest.mark.packaging
def test_the_real_bundle_makes_an_msi_of_at_most_60_mb(bundle_dir, tmp_path):
    msi = build(tmp_path, build_msi.project_version(), bundle_dir)
    installed = msi.installed_files()
    assert set(installed) == expected_layout(bundle_dir)
    assert sum(int(row["FileSize"]) for row in installed.values()) == sum(
        path.stat().st_size for path in bundle_dir.rglob("*") if path.is_file() and not path.is_symlink()
    )
    size_mb = os.path.getsize(msi.path) / 1e6
    print(f"installer_mb={size_mb:.1f}")
    assert size_mb <= 60
