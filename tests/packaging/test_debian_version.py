"""PEP 440 versions as Debian versions: pre-releases, development and post releases sort as pip sorts them."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from packaging.version import Version

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tools"))

from debian_version import debian_version  # noqa: E402

# In PEP 440 order, oldest first.
ORDERED = [
    "0.9.9",
    "1.0.0.dev1",
    "1.0.0.dev2",
    "1.0.0a1.dev1",
    "1.0.0a1",
    "1.0.0a2",
    "1.0.0b1",
    "1.0.0rc1.dev3",
    "1.0.0rc1",
    "1.0.0rc1.post1.dev1",
    "1.0.0rc1.post1",
    "1.0.0rc2",
    "1.0.0",
    "1.0.0.post1.dev1",
    "1.0.0.post1",
    "1.0.0.post2",
    "1.0.1.dev1",
    "1.0.1",
    "1.0.10",
    "1.1",
    "1!0.1",
]


@pytest.mark.parametrize(
    ("pep440", "debian"),
    [
        ("0.1.0", "0.1.0"),
        ("0.4.0rc1", "0.4.0~rc1"),
        ("0.4.0a2", "0.4.0~a2"),
        ("0.4.0b3", "0.4.0~b3"),
        ("0.4.0.dev4", "0.4.0~~dev4"),
        ("0.4.0rc1.dev5", "0.4.0~rc1~dev5"),
        ("0.4.0.post1", "0.4.0+post1"),
        ("2!1.0", "2:1.0"),
    ],
)
def test_maps_each_part(pep440, debian):
    assert debian_version(pep440) == debian


@pytest.mark.parametrize("text", ["1.0+local.1", "1.0-1", "v1.0", "1.0RC1", "1.0.0-rc1", "", "latest"])
def test_refuses_what_is_not_a_canonical_public_version(text):
    with pytest.raises(ValueError, match="canonical PEP 440"):
        debian_version(text)


def test_the_examples_are_in_pep_440_order():
    assert sorted(ORDERED, key=Version) == ORDERED


@pytest.mark.parametrize(("older", "newer"), list(zip(ORDERED, ORDERED[1:], strict=False)))
def test_dpkg_sorts_the_mapped_versions_in_the_same_order(older, newer, require_tool):
    dpkg = require_tool("dpkg")
    result = subprocess.run([dpkg, "--compare-versions", debian_version(older), "lt", debian_version(newer)])
    assert result.returncode == 0, f"dpkg puts {debian_version(older)} ({older}) after {debian_version(newer)}"
