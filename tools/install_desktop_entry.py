"""Linux: register AKONet Desktop for the current user as the handler of akonet:// links.

    make install-desktop-entry                 # this checkout's app (the bundle if built)
    python tools/install_desktop_entry.py --exec /opt/akonet/akonet-desktop

Writes $XDG_DATA_HOME/applications/akonet-desktop.desktop (MimeType=x-scheme-handler/akonet;)
and the icon, then makes it the default handler with xdg-mime when that tool exists. A link
clicked in an email then starts the app, or hands the link to the one already running.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DESKTOP_ID = "akonet-desktop.desktop"
SCHEME_HANDLER = "x-scheme-handler/akonet"


def default_executable() -> Path:
    bundle = ROOT / "dist" / "akonet-desktop" / "akonet-desktop"
    return bundle if bundle.exists() else ROOT / ".venv" / "bin" / "akonet-desktop"


def quote_exec(path: Path) -> str:
    """An Exec= argument, quoted as the Desktop Entry specification asks."""
    text = str(path)
    if not any(c in text for c in " \t\n\"'\\><~|&;$*?#()`"):
        return text
    escaped = text.replace("\\", "\\\\").replace('"', '\\"').replace("`", "\\`").replace("$", "\\$")
    return f'"{escaped}"'


def desktop_entry(executable: Path) -> str:
    # "%" must be doubled in Exec=, except in the %u field code that receives the link.
    command = quote_exec(executable).replace("%", "%%")
    return "\n".join(
        [
            "[Desktop Entry]",
            "Type=Application",
            "Name=AKONet Desktop",
            "GenericName=Refrigeration devices administration",
            "Comment=Register your company, sign in and manage your AKONet devices",
            f"Exec={command} %u",
            "Icon=akonet-desktop",
            "Terminal=false",
            "Categories=Office;Network;",
            f"MimeType={SCHEME_HANDLER};",
            "StartupNotify=true",
            "",
        ]
    )


def data_home() -> Path:
    return Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share")


def install(executable: Path, data: Path) -> Path:
    applications = data / "applications"
    applications.mkdir(parents=True, exist_ok=True)
    entry = applications / DESKTOP_ID
    entry.write_text(desktop_entry(executable), encoding="utf-8")
    icons = data / "icons" / "hicolor" / "256x256" / "apps"
    icons.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(ROOT / "resources" / "icons" / "akonet.png", icons / "akonet-desktop.png")
    return entry


def register(applications: Path) -> None:
    for command in (
        ["update-desktop-database", str(applications)],
        ["xdg-mime", "default", DESKTOP_ID, SCHEME_HANDLER],
    ):
        if shutil.which(command[0]) is None:
            print(f"note: {command[0]} not found; run `{' '.join(command)}` where it exists")
            continue
        subprocess.run(command, check=False)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument(
        "--exec",
        dest="executable",
        type=Path,
        default=None,
        help="the akonet-desktop program to start (default: this checkout's bundle, else its .venv)",
    )
    parser.add_argument("--no-register", action="store_true", help="write the files only (no xdg-mime)")
    args = parser.parse_args(argv)
    if not sys.platform.startswith("linux"):
        print("Desktop entries are for Linux; the Windows and macOS installers declare the akonet:// scheme.")
        return 1
    executable = (args.executable or default_executable()).resolve()
    if not executable.exists():
        print(f"{executable} does not exist: run `make build` or `make installer` first", file=sys.stderr)
        return 1
    entry = install(executable, data_home())
    if not args.no_register:
        register(entry.parent)
    print(f"Installed {entry}: akonet:// links now open {executable}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
