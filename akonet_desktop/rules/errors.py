"""Structured validation errors shared by the server (422 answers) and the desktop client."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field


class Params(Mapping[str, object]):
    """Read-only, hashable mapping, so that FieldError stays a true value object."""

    __slots__ = ("_data",)

    def __init__(self, data: Mapping[str, object] | None = None) -> None:
        self._data = dict(data or {})

    def __getitem__(self, key: str) -> object:
        return self._data[key]

    def __iter__(self) -> Iterator[str]:
        return iter(self._data)

    def __len__(self) -> int:
        return len(self._data)

    def __hash__(self) -> int:
        return hash(frozenset(self._data.items()))

    def __eq__(self, other: object) -> bool:
        if isinstance(other, Mapping):
            return self._data == dict(other)
        return NotImplemented

    def __repr__(self) -> str:
        return f"Params({self._data!r})"


@dataclass(frozen=True)
class FieldError:
    field: str
    code: str
    params: Mapping[str, object] = field(default_factory=Params)

    def __post_init__(self) -> None:
        if not isinstance(self.params, Params):
            object.__setattr__(self, "params", Params(self.params))

    def to_dict(self) -> dict[str, object]:
        """JSON-able form: {"field", "code", "params"}."""
        return {"field": self.field, "code": self.code, "params": dict(self.params)}


REQUIRED = "required"
TOO_LONG = "too_long"
INVALID = "invalid"
MISMATCH = "mismatch"
NOT_ALLOWED_FOR_COUNTRY = "not_allowed_for_country"
# An email address whose local part holds a character NFKC would replace (ﬁ, K, full-width).
COMPATIBILITY_CHARACTER = "compatibility_character"
