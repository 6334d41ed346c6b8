"""Smoke test of the built bundle (`make installer-smoke`, after `make installer`).

1. Runs the bundled executable with --self-test, offscreen, in a fresh data folder: the
   built-in server starts and a registration goes through it. Must exit 0.
2. Prints the bundle's size and the median time from process start to the sign-in window's
   first paint over 5 launches, measured from outside (bootloader and imports included).
3. Prints `<file> installer_mb=<n>` for each installer `make packages` built from this bundle
   (.deb, .msi, .dmg in dist/, not older than the bundle). Goal: each <= 60.
Last line: `size_mb=<n> start_ms=<n>` (MB = 10^6 bytes). Goals: size <= 130, start <= 300.
For scale, the line before gives a bare PySide6 window's time on the same machine, launched
alternately with the bundle (bench/startup.py's reference window, from the virtualenv).
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))
NAME = "akonet-desktop"
INSTALLER_SUFFIXES = (".deb", ".msi", ".dmg")

from startup import BARE, launch_ms  # noqa: E402


def bundle_dir(dist: Path) -> Path:
    app = dist / "AKONet Desktop.app"
    return app if sys.platform == "darwin" and app.exists() else dist / NAME


def executable(dist: Path) -> Path:
    if sys.platform == "darwin" and (dist / "AKONet Desktop.app").exists():
        return dist / "AKONet Desktop.app" / "Contents" / "MacOS" / NAME
    return dist / NAME / (f"{NAME}.exe" if sys.platform == "win32" else NAME)


def size_bytes(folder: Path) -> int:
    """Sum of file sizes, symlinks counted once as links (what an installer archive holds)."""
    return sum(p.lstat().st_size for p in folder.rglob("*") if p.is_file() or p.is_symlink())


def installers(dist: Path, bundle_exe: Path) -> list[Path]:
    """The installers built from this bundle: an older one left in dist/ would mislead."""
    built = bundle_exe.stat().st_mtime
    found = [p for suffix in INSTALLER_SUFFIXES for p in dist.glob(f"*{suffix}")]
    return sorted(p for p in found if p.is_file() and p.stat().st_mtime >= built)


def environment(home: Path) -> dict[str, str]:
    # Fresh settings and data folders: no remembered server, language or session can change
    # what is measured.
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "XDG_CONFIG_HOME": str(home / "config"),
        "XDG_DATA_HOME": str(home / "data"),
        "APPDATA": str(home / "appdata"),
        "LOCALAPPDATA": str(home / "local"),
    }
    if sys.platform.startswith("linux"):
        # Not on macOS: the login keychain, which the self-test's keyring check uses, is found through HOME.
        env["HOME"] = str(home)
    return env


def self_test(exe: Path, home: Path) -> None:
    result = subprocess.run(
        [str(exe), "--self-test", "--data-dir", str(home / "akonet")],
        env=environment(home),
        capture_output=True,
        text=True,
        timeout=180,
    )
    sys.stdout.write(result.stdout)
    sys.stderr.write(result.stderr)
    if result.returncode != 0:
        raise SystemExit(f"self-test failed (exit {result.returncode})")


def start_ms(exe: Path, home: Path) -> float:
    return launch_ms([str(exe), "--exit-after-first-paint", "--data-dir", str(home / "akonet")], environment(home))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--dist", type=Path, default=ROOT / "dist")
    parser.add_argument("--launches", type=int, default=5)
    args = parser.parse_args()
    exe = executable(args.dist)
    if not exe.exists():
        raise SystemExit(f"{exe} not found: run `make installer` first")
    with tempfile.TemporaryDirectory(prefix="akonet-smoke-") as tmp:
        self_test(exe, Path(tmp) / "self-test")
        start_ms(exe, Path(tmp) / "warm-up")  # first launch reads the files from disk into the cache
        times, bare = [], []
        for i in range(args.launches):
            times.append(start_ms(exe, Path(tmp) / f"launch-{i}"))
            bare.append(launch_ms([sys.executable, "-c", BARE], environment(Path(tmp) / f"bare-{i}")))
    size_mb = size_bytes(bundle_dir(args.dist)) / 1e6
    for package in installers(args.dist, exe):
        print(f"{package.name} installer_mb={package.stat().st_size / 1e6:.1f}")
    print("start_ms per launch: " + " ".join(f"{t:.0f}" for t in times))
    print(f"bare_pyside6_window_ms={statistics.median(bare):.0f}")
    print(f"size_mb={size_mb:.1f} start_ms={statistics.median(times):.0f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
