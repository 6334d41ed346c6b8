"""`make packages`: every installer this system can build from the bundle in dist/.

- .deb, where `dpkg-deb` exists (tools/build_deb.py);
- MSI, where `wixl` exists (tools/build_msi.py). The release's MSI is built from the Windows
  bundle; on Linux this builds one from the Linux bundle with the Windows layout, so that its
  tables can be read back and checked (tests/packaging);
- DMG, on macOS (tools/build_dmg.py), from "AKONet Desktop.app".

A system that can build none of them is not an error: the bundle is still there.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DIST = ROOT / "dist"
BUNDLE = DIST / "akonet-desktop"


def buildable(platform: str = sys.platform, which=shutil.which) -> list[list[str]]:
    """The tool command lines (after the interpreter) for what this system can build."""
    commands = []
    if platform.startswith("linux") and which("dpkg-deb"):
        commands.append(["tools/build_deb.py", "--bundle", str(BUNDLE), "--out", str(DIST)])
    if which("wixl"):
        commands.append(["tools/build_msi.py", "--bundle", str(BUNDLE), "--out", str(DIST)])
    if platform == "darwin" and which("hdiutil"):
        commands.append(["tools/build_dmg.py", "--app", str(DIST / "AKONet Desktop.app"), "--out", str(DIST)])
    return commands


def main() -> int:
    if not BUNDLE.is_dir():
        raise SystemExit(f"{BUNDLE} not found: run `make installer` first")
    commands = buildable()
    if not commands:
        print("no installer can be built on this system (needs dpkg-deb, wixl or hdiutil)")
    for command in commands:
        subprocess.run([sys.executable, *command], cwd=ROOT, check=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
