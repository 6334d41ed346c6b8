"""Before any QApplication: can Qt load the display plug-in it is about to use?

Qt 6.5+'s X11 plug-in (xcb) needs system libraries that a desktop usually has and a fresh or
minimal Linux may not (libxcb-cursor0 first of all). Without them Qt aborts with "no Qt platform
plugin could be initialized", which says nothing about what to install. This check runs first
(`make run`, and `main` of the app), lists the plug-in's libraries that `ldd` does not find and
names the one command that installs them on this system.

Only Linux with the xcb plug-in is checked (one `ldd` call, a few milliseconds); Windows, macOS,
Wayland, offscreen and the rest answer "nothing missing". Anything the check cannot tell (no
`ldd`, no plug-in file) also answers "nothing missing": Qt then says what it says.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

EXIT_MISSING_LIBRARIES = 3

# soname -> (Debian/Ubuntu package, Fedora/RHEL package)
PACKAGES: dict[str, tuple[str, str]] = {
    "libxcb-cursor.so.0": ("libxcb-cursor0", "xcb-util-cursor"),
    "libxcb-icccm.so.4": ("libxcb-icccm4", "xcb-util-wm"),
    "libxcb-image.so.0": ("libxcb-image0", "xcb-util-image"),
    "libxcb-keysyms.so.1": ("libxcb-keysyms1", "xcb-util-keysyms"),
    "libxcb-randr.so.0": ("libxcb-randr0", "libxcb"),
    "libxcb-render-util.so.0": ("libxcb-render-util0", "xcb-util-renderutil"),
    "libxcb-shape.so.0": ("libxcb-shape0", "libxcb"),
    "libxcb-shm.so.0": ("libxcb-shm0", "libxcb"),
    "libxcb-sync.so.1": ("libxcb-sync1", "libxcb"),
    "libxcb-xfixes.so.0": ("libxcb-xfixes0", "libxcb"),
    "libxcb-xinerama.so.0": ("libxcb-xinerama0", "libxcb"),
    "libxcb-xkb.so.1": ("libxcb-xkb1", "libxcb"),
    "libxcb-render.so.0": ("libxcb-render0", "libxcb"),
    "libxcb.so.1": ("libxcb1", "libxcb"),
    "libxkbcommon-x11.so.0": ("libxkbcommon-x11-0", "libxkbcommon-x11"),
    "libxkbcommon.so.0": ("libxkbcommon0", "libxkbcommon"),
    "libX11-xcb.so.1": ("libx11-xcb1", "libX11-xcb"),
    "libX11.so.6": ("libx11-6", "libX11"),
    "libSM.so.6": ("libsm6", "libSM"),
    "libICE.so.6": ("libice6", "libICE"),
    "libEGL.so.1": ("libegl1", "libglvnd-egl"),
    "libGL.so.1": ("libgl1", "libglvnd-glx"),
    "libOpenGL.so.0": ("libopengl0", "libglvnd-opengl"),
    "libGLX.so.0": ("libglx0", "libglvnd-glx"),
    "libfontconfig.so.1": ("libfontconfig1", "fontconfig"),
    "libfreetype.so.6": ("libfreetype6", "freetype"),
    "libdbus-1.so.3": ("libdbus-1-3", "dbus-libs"),
    "libglib-2.0.so.0": ("libglib2.0-0", "glib2"),
}


@dataclass(frozen=True)
class Missing:
    """The plug-in Qt would load, and the libraries it needs that this system lacks."""

    platform: str
    plugin: Path
    libraries: tuple[str, ...]


def platform_to_check(environ: Mapping[str, str], argv: Sequence[str] = (), system: str = sys.platform) -> str | None:
    """The platform plug-in Qt will try first, if it is one this module checks (only "xcb")."""
    if not system.startswith("linux"):
        return None
    name = _platform_argument(argv) or environ.get("QT_QPA_PLATFORM", "")
    if name:  # "xcb", "wayland;xcb", "offscreen:fontengine=freetype": the first one, without options
        first = name.split(";")[0].split(":")[0].strip()
        return "xcb" if first == "xcb" else None
    if environ.get("WAYLAND_DISPLAY") or not environ.get("DISPLAY"):
        return None  # Wayland (Qt falls back to xcb only if it fails), or no display at all
    return "xcb"


def _platform_argument(argv: Sequence[str]) -> str:
    """Qt's own `-platform NAME` (or `--platform NAME`) argument, which wins over the environment."""
    for i, arg in enumerate(argv[:-1]):
        if arg in ("-platform", "--platform"):
            return argv[i + 1]
    return ""


def plugin_file(platform: str, environ: Mapping[str, str], plugins_dir: Path | None = None) -> Path | None:
    """The plug-in file Qt loads for `platform`, in Qt's order: QT_QPA_PLATFORM_PLUGIN_PATH,
    then each QT_PLUGIN_PATH entry's platforms/, then Qt's own plug-in directory."""
    name = f"libq{platform}.so"
    candidates = []
    if environ.get("QT_QPA_PLATFORM_PLUGIN_PATH"):
        candidates.append(Path(environ["QT_QPA_PLATFORM_PLUGIN_PATH"]) / name)
    for entry in environ.get("QT_PLUGIN_PATH", "").split(os.pathsep):
        if entry:
            candidates.append(Path(entry) / "platforms" / name)
    if plugins_dir is None:
        from PySide6.QtCore import QLibraryInfo

        plugins_dir = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.PluginsPath))
    candidates.append(plugins_dir / "platforms" / name)
    return next((path for path in candidates if path.is_file()), None)


def not_found(ldd_output: str) -> tuple[str, ...]:
    """The sonames `ldd` reports as "=> not found", sorted, each once."""
    names = set()
    for line in ldd_output.splitlines():
        soname, arrow, target = line.strip().partition("=>")
        if arrow and target.strip() == "not found":
            names.add(soname.strip())
    return tuple(sorted(names))


def unresolved_libraries(library: Path) -> tuple[str, ...]:
    """What the dynamic loader cannot find for `library` and everything it needs; () if unknown."""
    import shutil
    import subprocess  # here: imported before the first paint, on every launch, it cost 2 ms

    ldd = shutil.which("ldd")
    if ldd is None:
        return ()
    try:
        result = subprocess.run([ldd, str(library)], capture_output=True, text=True, timeout=10, check=False)
    except (OSError, subprocess.SubprocessError):
        return ()
    # ldd exits non-zero when something is not found on some systems, 0 on others: read the lines.
    return not_found(result.stdout)


def find_missing(
    environ: Mapping[str, str] | None = None, argv: Sequence[str] = (), system: str = sys.platform
) -> Missing | None:
    """None if Qt can load its display plug-in here (or this check cannot tell), else what is missing."""
    environ = os.environ if environ is None else environ
    platform = platform_to_check(environ, argv, system)
    if platform is None:
        return None
    plugin = plugin_file(platform, environ)
    if plugin is None:
        return None
    libraries = unresolved_libraries(plugin)
    return Missing(platform, plugin, libraries) if libraries else None


def read_os_release(paths: Sequence[Path] = (Path("/etc/os-release"), Path("/usr/lib/os-release"))) -> dict[str, str]:
    """KEY=value pairs of the first os-release file that exists ({} if none)."""
    for path in paths:
        try:
            text = path.read_text(encoding="utf-8", errors="replace")
        except OSError:
            continue
        return parse_os_release(text)
    return {}


def parse_os_release(text: str) -> dict[str, str]:
    fields = {}
    for line in text.splitlines():
        key, equals, value = line.strip().partition("=")
        if equals and not key.startswith("#"):
            fields[key.strip()] = value.strip().strip("\"'")
    return fields


def _family(os_release: Mapping[str, str]) -> str | None:
    ids = [os_release.get("ID", ""), *os_release.get("ID_LIKE", "").split()]
    ids = [i.lower() for i in ids if i]
    if any(i in ("debian", "ubuntu") for i in ids):
        return "debian"
    if any(i in ("fedora", "rhel", "centos") for i in ids):
        return "fedora"
    return None


def install_command(libraries: Sequence[str], os_release: Mapping[str, str]) -> str | None:
    """The one-line command that installs `libraries` on this distribution, or None if unknown.

    A soname without a known package is named as it is (apt-get and dnf then say what they think)."""
    family = _family(os_release)
    if family is None:
        return None
    column = 0 if family == "debian" else 1
    packages = sorted({PACKAGES[name][column] if name in PACKAGES else name for name in libraries})
    tool = "apt-get" if family == "debian" else "dnf"
    return f"sudo {tool} install {' '.join(packages)}"


def message(missing: Missing, os_release: Mapping[str, str]) -> str:
    libraries = ", ".join(missing.libraries)
    lines = [
        "AKONet Desktop cannot open its window: Qt's display plug-in "
        f"({missing.platform}, {missing.plugin}) needs system libraries that are not installed: {libraries}.",
    ]
    command = install_command(missing.libraries, os_release)
    if command:
        lines += ["Install them with this command, then start AKONet Desktop again:", "", f"    {command}", ""]
    else:
        lines.append("Install the packages of your distribution that provide them, then start AKONet Desktop again.")
    return "\n".join(lines)


def check(argv: Sequence[str] = (), environ: Mapping[str, str] | None = None) -> int:
    """0 if the app can start here; else the message on stderr and EXIT_MISSING_LIBRARIES."""
    missing = find_missing(environ, argv)
    if missing is None:
        return 0
    print(message(missing, read_os_release()), file=sys.stderr)
    return EXIT_MISSING_LIBRARIES


if __name__ == "__main__":  # `make run` asks before it starts the app
    raise SystemExit(check(sys.argv[1:]))
