"""Windows: the akonet:// scheme, registered for the current user, opens this executable.

macOS reads the scheme from the bundle's Info.plist and Linux from the desktop entry
(`make install-desktop-entry`); on Windows the installed app registers itself at start, under
HKEY_CURRENT_USER (no administrator rights), and rewrites the keys only when they changed, for
example after the app was moved.
"""

from __future__ import annotations

import logging
from types import ModuleType

log = logging.getLogger(__name__)

SCHEME_KEY = r"Software\Classes\akonet"


def scheme_entries(executable: str) -> list[tuple[str, str, str]]:
    """(key under HKEY_CURRENT_USER, value name, text) for each registry value."""
    return [
        (SCHEME_KEY, "", "URL:AKONet link"),
        (SCHEME_KEY, "URL Protocol", ""),
        (SCHEME_KEY + r"\DefaultIcon", "", f'"{executable}",0'),
        # The link is the last argument, quoted: single instance hands it to the running app.
        (SCHEME_KEY + r"\shell\open\command", "", f'"{executable}" "%1"'),
    ]


def register_url_scheme(executable: str, registry: ModuleType | None = None) -> bool:
    """True when something had to be written; never raises (a locked-down profile may refuse)."""
    if registry is None:
        import winreg as registry
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
