"""A launch by the system to open an akonet:// link: `akonet-desktop --open-link <link>`, nothing else.

Windows puts the clicked URL in place of "%1" in the registered command line without escaping
it, so a link holding a quote ends the quoted argument and the rest of it becomes arguments of
its own: `akonet://x" --server https://evil "` would point the genuine app at another server,
and Qt's own options (`-platformpluginpath \\\\host\\share`) would load code. The registered
commands (Windows registry, the Linux desktop entry, the MSI) therefore put `--open-link` first,
and a launch that has it must be exactly that option and one well-formed link: anything else is
refused before Qt or the settings see it.
"""

from __future__ import annotations

from akonet_desktop.api.links import APP_SCHEME

OPEN_LINK = "--open-link"


class LinkLaunchRefused(ValueError):
    """A launch through the link handler whose arguments are not one plain link."""


def opened_link(argv: list[str]) -> str | None:
    """The link of a launch by the link handler, None for any other launch."""
    if not any(arg == OPEN_LINK or arg.startswith(OPEN_LINK + "=") for arg in argv):
        return None
    if len(argv) != 2 or argv[0] != OPEN_LINK:
        raise LinkLaunchRefused("a link launch takes exactly one link and no other argument")
    link = argv[1]
    if not link.lower().startswith(APP_SCHEME + ":"):
        raise LinkLaunchRefused(f"not an {APP_SCHEME}: link")
    # Quotes, spaces and control characters never occur in the app's links (their tokens are
    # URL-safe): one of them is what an argument injection looks like.
    if any(char == '"' or char.isspace() or ord(char) < 32 or ord(char) == 127 for char in link):
        raise LinkLaunchRefused("the link holds a quote, a space or a control character")
    return link
