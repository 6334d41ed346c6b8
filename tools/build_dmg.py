"""macOS: the disk image people download — the app and a link to /Applications to drag it onto.

    python tools/build_dmg.py --app "dist/AKONet Desktop.app" --out dist

Needs `hdiutil` (macOS). Signing and notarisation happen around it in the release workflow
(the .app is signed before it goes in, the image is notarised and stapled after), so this
tool stays the same with or without a Developer ID.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
APP_NAME = "AKONet Desktop"


def project_version() -> str:
    return tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["project"]["version"]


def dmg_name(version: str) -> str:
    return f"AKONet-Desktop-{version}.dmg"


def stage(app: Path, staging: Path) -> Path:
    """The image's contents: the .app as built (symlinks kept: frameworks and the signature
    depend on them) and an "Applications" link, the usual drag-to-install window."""
    staging.mkdir(parents=True, exist_ok=True)
    shutil.copytree(app, staging / app.name, symlinks=True)
    (staging / "Applications").symlink_to("/Applications")
    return staging


def hdiutil_create(staging: Path, output: Path, volume_name: str = APP_NAME) -> list[str]:
    # UDZO: zlib-compressed and read-only, opens on every supported macOS; HFS+ because
    # APFS images cannot be mounted by macOS versions before 10.13 and gain nothing here.
    return [
        "hdiutil", "create", "-volname", volume_name, "-srcfolder", str(staging),
        "-fs", "HFS+", "-format", "UDZO", "-imagekey", "zlib-level=9", "-ov", str(output),
    ]  # fmt: skip


def build(app: Path, out_dir: Path, version: str) -> Path:
    if not (app / "Contents" / "Info.plist").is_file():
        raise SystemExit(f"{app} is not an application bundle: run `make installer` on macOS first")
    out_dir.mkdir(parents=True, exist_ok=True)
    output = out_dir / dmg_name(version)
    with tempfile.TemporaryDirectory(prefix="akonet-dmg-") as tmp:
        staging = stage(app, Path(tmp) / "image")
        subprocess.run(hdiutil_create(staging, output), check=True)
    subprocess.run(["hdiutil", "verify", str(output)], check=True, stdout=subprocess.DEVNULL)
    return output


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--app", type=Path, default=ROOT / "dist" / f"{APP_NAME}.app")
    parser.add_argument("--out", type=Path, default=ROOT / "dist")
    parser.add_argument("--version", default=None, help="default: pyproject.toml's")
    args = parser.parse_args(argv)
    if shutil.which("hdiutil") is None:
        print("hdiutil not found: disk images are built on macOS", file=sys.stderr)
        return 2
    output = build(args.app, args.out, args.version or project_version())
    print(f"{output.name} installer_mb={output.stat().st_size / 1e6:.1f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
