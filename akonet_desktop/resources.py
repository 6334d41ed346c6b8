"""Finds the app's data files from a source checkout and inside the PyInstaller bundle alike.

Every file the code reads at run time is found through here (a test forbids other ways), so
that tests/tools/test_bundle_spec.py can check, against a bundle laid out from the spec's data
lists, that the installer ships each of them.
"""

from __future__ import annotations

import sys
from pathlib import Path

PACKAGE = "akonet_desktop"


def bundle_root() -> Path:
    """The folder holding `resources/` and `akonet_desktop/`: the checkout, or the bundle."""
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle)
    return Path(__file__).resolve().parent.parent


def resources_dir() -> Path:
    return bundle_root() / "resources"


def resource_path(*parts: str) -> Path:
    """A file under the top-level `resources/` (translations, icons)."""
    return resources_dir().joinpath(*parts)


def package_path(*parts: str) -> Path:
    """A data file inside the package, e.g. package_path("rules", "data", "countries.json")."""
    return bundle_root().joinpath(PACKAGE, *parts)
