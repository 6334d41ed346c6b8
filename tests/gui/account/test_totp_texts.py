"""How keys and typed codes are read: groups of four, spaces and dashes ignored, what is worth sending."""

from __future__ import annotations

import pytest

from akonet_desktop.gui.account.totp_texts import compact_code, grouped_key, looks_like_code


def test_the_key_in_groups_of_four():
    assert grouped_key("jbswy3dpehpk3pxpjbswy3dpehpk3pxp") == "JBSW Y3DP EHPK 3PXP JBSW Y3DP EHPK 3PXP"
    assert grouped_key("ABCDEF") == "ABCD EF"


@pytest.mark.parametrize(
    ("typed", "compact", "totp_only", "recovery_allowed"),
    [
        ("123456", "123456", True, True),
        (" 123 456 ", "123456", True, True),
        ("123-456", "123456", True, True),
        ("12345", "12345", False, False),
        ("1234567", "1234567", False, False),
        ("abcd-efgh", "abcdefgh", False, True),
        ("ABCD EFGH", "ABCDEFGH", False, True),
        ("abc", "abc", False, False),
        ("١٢٣٤٥٦", "١٢٣٤٥٦", False, False),  # other scripts' digits are not a code
        ("abcd-efg!", "abcdefg!", False, False),
    ],
)
def test_typed_codes(typed, compact, totp_only, recovery_allowed):
    assert compact_code(typed) == compact
    assert looks_like_code(typed, recovery_allowed=False) is totp_only
    assert looks_like_code(typed, recovery_allowed=True) is recovery_allowed
