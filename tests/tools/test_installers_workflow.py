"""The release workflow: the three installers, built by the project's own tools, released on a tag.

GitHub runs it, not this machine: these checks keep it consistent with the files it names.
"""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
WORKFLOW = (ROOT / ".github" / "workflows" / "installers.yml").read_text("utf-8")
WXS = (ROOT / "packaging" / "windows" / "akonet-desktop.wxs").read_text("utf-8")


def jobs() -> dict[str, str]:
    """Job id -> its text (the lines indented under `  <id>:` in `jobs:`)."""
    body = WORKFLOW.split("\njobs:\n", 1)[1]
    parts = re.split(r"^  ([a-z][a-z0-9-]*):\n", body, flags=re.MULTILINE)
    return dict(zip(parts[1::2], parts[2::2], strict=True))


def test_a_v_tag_releases_the_three_installers_after_every_check():
    assert re.search(r"^on:\n  push:\n    tags: \[\"v\*\"\]", WORKFLOW, re.MULTILINE)
    release = jobs()["release"]
    assert "if: startsWith(github.ref, 'refs/tags/v')" in release
    assert "needs: [linux, windows-msi-check, macos]" in release
    assert "contents: write" in release and "pattern: installer-*" in release


def test_the_assets_are_installers_not_folders():
    uploads = dict(re.findall(r"upload-artifact@v4\n\s+with:\n\s+name: (installer-[a-z]+)\n\s+path: (\S+)", WORKFLOW))
    assert uploads == {
        "installer-linux": "dist/*.deb",
        "installer-windows": "dist/*.msi",
        "installer-macos": "dist/*.dmg",
    }


def test_every_bundle_passes_its_self_test_and_the_packages_their_tests():
    all_jobs = jobs()
    for job in ("linux", "windows-bundle", "macos"):
        assert "run: make installer-smoke\n" in all_jobs[job], job
    assert "run: make test-packages\n" in all_jobs["linux"]
    assert "--self-test" in all_jobs["windows-msi-check"] and "--self-test" in all_jobs["macos"]


def test_the_tools_it_runs_exist():
    for tool in set(re.findall(r"python (tools/\w+\.py)", WORKFLOW)):
        assert (ROOT / tool).is_file(), tool
    assert {"tools/build_msi.py", "tools/build_dmg.py"} <= set(re.findall(r"python (tools/\w+\.py)", WORKFLOW))


def test_the_windows_check_looks_where_the_msi_installs():
    check = jobs()["windows-msi-check"]
    folder = re.search(r'<Directory Id="INSTALLDIR" Name="([^"]+)"', WXS).group(1)
    shortcut = re.search(r'<Shortcut Id="StartMenuShortcut" Name="([^"]+)"', WXS).group(1)
    assert f"$env:LOCALAPPDATA\\Programs\\{folder}\\akonet-desktop.exe" in check
    assert f"Start Menu\\Programs\\{shortcut}.lnk" in check
    assert "HKCU:\\Software\\Classes\\akonet\\shell\\open\\command" in check
    assert "/x " in check and "uninstall left" in check


def _step(name: str) -> str:
    return WORKFLOW.split(f"name: {name}", 1)[1].split("\n      - ", 1)[0]


def test_signing_is_skipped_without_its_secrets_which_only_its_steps_see():
    for step in ("Sign the app", "Notarise", "Sign the MSI"):
        assert re.search(r"if: steps\.secrets\.outputs\.\w+ == 'yes'", _step(step)), step
    # Job- or workflow-level secrets would reach `make installer-smoke` (pip, PyInstaller hooks).
    for line in WORKFLOW.splitlines():
        if "${{ secrets." in line:
            assert line.startswith("          "), line  # a step's env: (10 spaces), not a job's (6)
