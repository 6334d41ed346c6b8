"""The `User-Agent` the desktop sends on every request: `AKONetDesktop/<version> (<OS>)`.

The server shows it in the person's list of signed-in sessions ("AKONetDesktop/0.4 (Windows 11)"),
so the OS part is what a person recognises: "Windows 11", "macOS 14.5", or the Linux
distribution's name ("Ubuntu 24.04.1 LTS"); "Linux" when it says nothing.
"""

from __future__ import annotations

import platform
import re
from collections.abc import Callable, Mapping

from akonet_desktop import __version__

PRODUCT = "AKONetDesktop"
MAX_OS_LENGTH = 60

# A comment in a User-Agent (RFC 9110): printable ASCII without its own parentheses or backslash;
# a distribution's name is free text, and a header must stay one valid line.
_NOT_IN_COMMENT = re.compile(r"[^\x20-\x7e]|[()\\]")


def _windows(release: str, version: str) -> str:
    # Windows 11 still reports NT 10.0: its build numbers start at 22000 (Python before 3.12
    # answers release "10" there).
    build = version.rsplit(".", 1)[-1]
    if release == "10" and build.isdigit() and int(build) >= 22000:
        release = "11"
    return f"Windows {release}".strip()


def _linux(os_release: Callable[[], Mapping[str, str]]) -> str:
    try:
        info = os_release()
    except OSError:  # no /etc/os-release (a minimal container, say)
        return "Linux"
    name = info.get("PRETTY_NAME") or " ".join(filter(None, (info.get("NAME"), info.get("VERSION_ID"))))
    return name or "Linux"


def os_description(
    system: str | None = None,
    *,
    release: str | None = None,
    version: str | None = None,
    mac_version: str | None = None,
    os_release: Callable[[], Mapping[str, str]] = platform.freedesktop_os_release,
) -> str:
    """The operating system in words; every argument defaults to what this computer says."""
    system = platform.system() if system is None else system
    if system == "Windows":
        found = _windows(
            platform.release() if release is None else release, platform.version() if version is None else version
        )
    elif system == "Darwin":
        mac = platform.mac_ver()[0] if mac_version is None else mac_version
        found = f"macOS {mac}".strip()
    elif system == "Linux":
        found = _linux(os_release)
    else:
        found = system or "unknown"
    cleaned = " ".join(_NOT_IN_COMMENT.sub(" ", found).split())
    return cleaned[:MAX_OS_LENGTH].rstrip() or "unknown"


def user_agent(os_name: str | None = None) -> str:
    return f"{PRODUCT}/{__version__} ({os_description() if os_name is None else os_name})"
