"""Windows: the akonet:// scheme opens this executable.

macOS reads the scheme from the bundle's Info.plist and Linux from the desktop entry
(`make install-desktop-entry`). On Windows the MSI registers the scheme (HKMU: the user's classes
for a per-user install, the machine's for a per-machine one; packaging/windows/akonet-desktop.wxs)
and removes it on uninstall. An unpacked bundle, which no installer registered, registers itself
at start under HKEY_CURRENT_USER (no administrator rights), and rewrites the keys only when they
changed, for example after the app was moved.

An installed app must not write its own keys: they would outlive the uninstall, and per-user keys
override a per-machine install's. So nothing is written when HKEY_CLASSES_ROOT (the user's classes
merged over the machine's) already opens the links with this executable.
"""

from __future__ import annotations

import logging
import ntpath
from types import ModuleType

from akonet_desktop.gui.link_launch import OPEN_LINK

log = logging.getLogger(__name__)

SCHEME_KEY = r"Software\Classes\akonet"
# The same command seen through HKEY_CLASSES_ROOT.
MERGED_COMMAND_KEY = r"akonet\shell\open\command"


def scheme_entries(executable: str) -> list[tuple[str, str, str]]:
    """(key under HKEY_CURRENT_USER, value name, text) for each registry value."""
    return [
        (SCHEME_KEY, "", "URL:AKONet link"),
        (SCHEME_KEY, "URL Protocol", ""),
        (SCHEME_KEY + r"\DefaultIcon", "", f'"{executable}",0'),
        (SCHEME_KEY + r"\shell\open\command", "", open_command(executable)),
    ]


def open_command(executable: str) -> str:
    # The link is the last argument, after --open-link: Windows does not escape it, and the app
    # refuses a launch where a quote in it made more arguments (gui/link_launch.py).
    return f'"{executable}" {OPEN_LINK} "%1"'


def command_program(command: str) -> str:
    """The program a shell\\open\\command line starts: its quoted first part, or what precedes the first space."""
    command = command.strip()
    if command.startswith('"'):
        return command[1:].split('"', 1)[0]
    return command.split(" ", 1)[0]


def same_program(a: str, b: str) -> bool:
    return ntpath.normcase(ntpath.normpath(a)) == ntpath.normcase(ntpath.normpath(b))


def links_open(executable: str, registry: ModuleType) -> bool:
    """True when HKEY_CLASSES_ROOT's akonet command is exactly the one this executable would write
    (the installer's registration). Only the program's spelling may differ (case, `..`): a command
    that runs this program with other arguments (`--server https://…`) is rewritten, not kept."""
    try:
        with registry.OpenKey(registry.HKEY_CLASSES_ROOT, MERGED_COMMAND_KEY) as handle:
            command, _kind = registry.QueryValueEx(handle, "")
    except OSError:
        return False
    if not isinstance(command, str):
        return False
    program = command_program(command)
    return same_program(program, executable) and command.strip() == open_command(program)


def register_url_scheme(executable: str, registry: ModuleType | None = None) -> bool:
    """True when something had to be written; never raises (a locked-down profile may refuse)."""
    if registry is None:
        import winreg as registry
    if links_open(executable, registry):
        return False
    changed = False
    try:
        for key, name, text in scheme_entries(executable):
            with registry.CreateKeyEx(
                registry.HKEY_CURRENT_USER, key, 0, registry.KEY_QUERY_VALUE | registry.KEY_SET_VALUE
            ) as handle:
                try:
                    current, _kind = registry.QueryValueEx(handle, name)
                except OSError:
                    current = None
                if current != text:
                    registry.SetValueEx(handle, name, 0, registry.REG_SZ, text)
                    changed = True
    except OSError as error:
        log.warning("could not register the akonet:// scheme: %s", error)
        return False
    return changed
