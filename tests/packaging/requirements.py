"""What packaging tests need from the system: missing, they skip, unless CI requires them.

AKONET_REQUIRE_PACKAGING=1 (the installers' CI jobs) turns every skip for a missing tool or bundle
into a failure, so that a runner without msitools cannot pass by testing nothing.
"""

from __future__ import annotations

import os
import shutil
from typing import NoReturn

import pytest


def required() -> bool:
    return os.environ.get("AKONET_REQUIRE_PACKAGING") == "1"


def unavailable(reason: str) -> NoReturn:
    if required():
        pytest.fail(f"{reason} (AKONET_REQUIRE_PACKAGING=1)", pytrace=False)
    pytest.skip(reason)


def require_tools(*names: str) -> None:
    missing = [name for name in names if shutil.which(name) is None]
    if missing:
        unavailable(f"not installed: {' '.join(missing)}")
