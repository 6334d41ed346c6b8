"""Package exports that import their module on first use (PEP 562).

The desktop window paints before heavy validation data (phone metadata, tax-number tables)
is imported; packages re-export their names through this instead of eager imports.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Mapping
from typing import Any


def lazy_exports(package: str, sources: Mapping[str, str]) -> Callable[[str], Any]:
    """A module `__getattr__` that loads `name` from `package.<sources[name]>`."""
    namespace = importlib.import_module(package).__dict__

    def __getattr__(name: str) -> Any:
        module = sources.get(name)
        if module is None:
            raise AttributeError(f"module {package!r} has no attribute {name!r}")
        value = getattr(importlib.import_module(f"{package}.{module}"), name)
        namespace[name] = value  # later lookups skip this function
        return value

    return __getattr__
