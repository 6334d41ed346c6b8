"""The User-Agent the desktop sends on every request: `AKONetDesktop/<version> (<system>)`.

The server shows it in the person's signed-in sessions ("AKONetDesktop/0.4 (Windows 11)"), so the
system is named as people know it, not as the kernel reports it.
"""

from __future__ import annotations

import platform
import sys
from functools import cache

from akonet_desktop import __version__

PRODUCT = "AKONetDesktop"
# Windows 11 still reports release "10" to Python before 3.12; its builds start here.
_WINDOWS_11_BUILD = 22000


def _windows() -> str:
    release, version = platform.release(), platform.version()
    try:
        build = int(version.split(".")[-1])
    except ValueError:
        build = 0
    if release == "10" and build >= _WINDOWS_11_BUILD:
        release = "11"
    return f"Windows {release}".strip()


def _linux() -> str:
    try:
        release = platform.freedesktop_os_release()
    except OSError:
        return "Linux"
    name = release.get("PRETTY_NAME") or " ".join(filter(None, (release.get("NAME"), release.get("VERSION_ID"))))
    return name or "Linux"


@cache
def system_name() -> str:
    if sys.platform == "win32":
        return _windows()
    if sys.platform == "darwin":
        return f"macOS {platform.mac_ver()[0]}".strip()
    if sys.platform.startswith("linux"):
        return _linux()
    return platform.system() or "unknown system"


def user_agent() -> str:
    # Parentheses and line breaks would end the comment or the header: never in the system's name.
    system = " ".join(system_name().replace("(", " ").replace(")", " ").split())
    return f"{PRODUCT}/{__version__} ({system})"
