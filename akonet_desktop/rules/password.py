"""Password policy: rules, UI checklist and strength meter."""

from __future__ import annotations

import math
import unicodedata
from collections.abc import Mapping
from dataclasses import asdict, dataclass, fields

from ._text import INVALID_CATEGORIES, as_text, fold, has_category
from .common_passwords import is_common_password
from .email import email_local_part
from .login import MAX_POLICY_LENGTH

RULE_CODES: tuple[str, ...] = (
    "too_short",
    "too_long",
    "no_uppercase",
    "no_digit",
    "no_symbol",
    "common",
    "contains_personal",
    "invalid_character",
)
# Personal values shorter than this would match far too many passwords by accident.
MIN_PERSONAL_LENGTH = 3


@dataclass(frozen=True)
class PasswordPolicy:
    min_length: int = 8
    max_length: int = 128
    require_uppercase: bool = True
    require_digit: bool = True
    require_symbol: bool = True
    forbid_common: bool = True
    forbid_personal: bool = True

    def __post_init__(self) -> None:
        for f in fields(self):
            value = getattr(self, f.name)
            expected = bool if f.type in ("bool", bool) else int
            if type(value) is not expected:
                raise TypeError(f"PasswordPolicy.{f.name} must be {expected.__name__}")
        if not 1 <= self.min_length <= self.max_length <= MAX_POLICY_LENGTH:
            raise ValueError("need 1 <= min_length <= max_length <= 1024")

    @property
    def rules(self) -> tuple[str, ...]:
        """Rule codes that apply under this policy, in RULE_CODES order."""
        optional = {
            "no_uppercase": self.require_uppercase,
            "no_digit": self.require_digit,
            "no_symbol": self.require_symbol,
            "common": self.forbid_common,
            "contains_personal": self.forbid_personal,
        }
        return tuple(code for code in RULE_CODES if optional.get(code, True))

    def to_dict(self) -> dict:
        return {**asdict(self), "rules": list(self.rules)}

    @classmethod
    def from_dict(cls, data: Mapping) -> PasswordPolicy:
        """Tolerant parse (unknown keys ignored, missing or ill-typed ones defaulted, lengths clamped)."""
        if not isinstance(data, Mapping):
            raise TypeError("PasswordPolicy.from_dict expects a mapping")
        default = cls()
        values: dict[str, object] = {}
        for f in fields(cls):
            value = data.get(f.name, getattr(default, f.name))
            if isinstance(getattr(default, f.name), bool):
                values[f.name] = value if isinstance(value, bool) else getattr(default, f.name)
            else:
                ok = isinstance(value, int) and not isinstance(value, bool)
                values[f.name] = value if ok else getattr(default, f.name)
        min_length = min(max(values["min_length"], 1), MAX_POLICY_LENGTH)
        max_length = min(max(values["max_length"], min_length), MAX_POLICY_LENGTH)
        return cls(**{**values, "min_length": min_length, "max_length": max_length})


DEFAULT_POLICY = PasswordPolicy()


def _is_symbol(ch: str) -> bool:
    # Control/format characters are reported as invalid_character, not counted as symbols.
    return not ch.isalnum() and not ch.isspace() and unicodedata.category(ch) not in INVALID_CATEGORIES


def _contains_personal(password: str, email: str | None, first: str | None, last: str | None) -> bool:
    folded = fold(password)
    pieces = (email_local_part(as_text(email)), as_text(first), as_text(last))
    for piece in pieces:
        piece = fold(piece.strip())
        if len(piece) >= MIN_PERSONAL_LENGTH and piece in folded:
            return True
    return False


def password_checklist(
    password: str,
    policy: PasswordPolicy = DEFAULT_POLICY,
    *,
    email: str | None = None,
    first_name: str | None = None,
    last_name: str | None = None,
) -> dict[str, bool]:
    """For each rule that applies under the policy (in order): True when met."""
    password = as_text(password)
    chars = set(password)  # character-class rules only need each distinct character once
    checks = {
        "too_short": lambda: len(password) >= policy.min_length,
        "too_long": lambda: len(password) <= policy.max_length,
        "no_uppercase": lambda: any(ch.isupper() for ch in chars),
        "no_digit": lambda: any(ch.isdecimal() for ch in chars),
        "no_symbol": lambda: any(_is_symbol(ch) for ch in chars),
        "common": lambda: not is_common_password(password),
        "contains_personal": lambda: not _contains_personal(password, email, first_name, last_name),
        "invalid_character": lambda: not has_category("".join(chars), INVALID_CATEGORIES),
    }
    return {code: checks[code]() for code in policy.rules}


def check_password(
    password: str,
    policy: PasswordPolicy = DEFAULT_POLICY,
    *,
    email: str | None = None,
    first_name: str | None = None,
    last_name: str | None = None,
) -> list[str]:
    """Unmet rule codes, in RULE_CODES order; [] when the password is acceptable."""
    checklist = password_checklist(password, policy, email=email, first_name=first_name, last_name=last_name)
    return [code for code, met in checklist.items() if not met]


def _classes(password: str) -> tuple[tuple[int, bool], ...]:
    """(alphabet size, present) per character class."""
    password = "".join(set(password))
    return (
        (26, any(ch.islower() for ch in password)),
        (26, any(ch.isupper() for ch in password)),
        (10, any(ch.isdecimal() for ch in password)),
        (33, any(not ch.isalnum() for ch in password)),
        (100, any(ch.isalpha() and not (ch.isupper() or ch.islower()) for ch in password)),  # uncased scripts
    )


# Entropy thresholds (bits) for meter levels 1..4.
_STRENGTH_THRESHOLDS = (25, 45, 60, 80)


def password_strength(password: str) -> int:
    """0..4 for a strength meter: a rough entropy estimate; any common password scores 0."""
    password = as_text(password)
    if not password or is_common_password(password):
        return 0
    pool = max(10, sum(size for size, present in _classes(password) if present))
    # Repetition ("aaaaaaaa!A1") adds length but little entropy.
    effective_length = min(len(password), 3 * len(set(password)))
    bits = effective_length * math.log2(pool)
    return sum(bits >= threshold for threshold in _STRENGTH_THRESHOLDS)
