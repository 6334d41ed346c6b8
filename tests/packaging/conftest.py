"""Shared by the installer tests (.deb, MSI): where the built bundle is, and what a missing bundle
or tool means.

The tests marked `packaging` use the real bundle, dist/akonet-desktop from `make installer`; the
default `make test` deselects them (`-m "not packaging"` in pyproject.toml) and
`make test-packages` runs them (`pytest -m packaging`). Without the bundle or a system tool they
call, they skip and say why; with AKONET_REQUIRE_PACKAGING=1 (CI) they fail instead, so that a
broken build machine cannot pass as "skipped" (tests/packaging/requirements.py).
"""

from __future__ import annotations

import shutil
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.packaging.requirements import unavailable

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="session")
def bundle_dir() -> Path:
    """The PyInstaller onedir bundle of this checkout (its program file is checked to exist)."""
    folder = ROOT / "dist" / "akonet-desktop"
    program = folder / ("akonet-desktop.exe" if sys.platform == "win32" else "akonet-desktop")
    if not program.is_file():
        unavailable(f"{program} does not exist: run `make installer` first")
    return folder


@pytest.fixture(scope="session")
def require_tool() -> Callable[[str], str]:
    """require_tool("dpkg-deb") -> its path; skips (or fails, see above) if it is not installed."""

    def require(name: str) -> str:
        path = shutil.which(name)
        if path is None:
            unavailable(f"{name} is not installed")
        return path

    return require
