"""Installers built from the PyInstaller bundle.

Tests marked `packaging` use the real bundle, dist/akonet-desktop (`make installer`), and are left
out of the default run (pyproject's addopts): `pytest -m packaging tests/packaging` runs them.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.packaging.requirements import unavailable

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="session")
def bundle_dir() -> Path:
    bundle = ROOT / "dist" / "akonet-desktop"
    if not bundle.is_dir():
        unavailable(f"{bundle} not found: run `make installer` first")
    return bundle
