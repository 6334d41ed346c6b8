"""tools/elf_dependencies.py reads what `readelf` reads: NEEDED libraries and needed symbol versions."""

from __future__ import annotations

import re
import subprocess
import sys
import sysconfig
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tools"))

import elf_dependencies as elf  # noqa: E402

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="ELF files are Linux binaries")


def _system_binaries() -> list[Path]:
    """An executable and shared libraries of this system, with and without version needs."""
    python = Path(sys.executable).resolve()
    libpython = Path(sysconfig.get_config_var("LIBDIR") or "/") / (sysconfig.get_config_var("LDLIBRARY") or "-")
    extension = Path(sysconfig.get_config_var("DESTSHARED") or "/")  # lib-dynload
    candidates = [python, libpython, *sorted(extension.glob("_ssl*.so"))[:1], Path("/bin/ls")]
    return [path.resolve() for path in candidates if path.is_file() and elf.is_elf(path)]


def _readelf(readelf: str, path: Path) -> tuple[list[str], dict[str, set[str]]]:
    out = subprocess.run([readelf, "-dVW", str(path)], capture_output=True, text=True, check=True).stdout
    needed = re.findall(r"\(NEEDED\)\s+Shared library: \[(.+?)\]", out)
    versions: dict[str, set[str]] = {}
    current = None
    for line in out.split("Version needs section", 1)[-1].splitlines() if "Version needs section" in out else []:
        if match := re.search(r"File: (\S+)\s+Cnt:", line):
            current = versions.setdefault(match.group(1), set())
        elif (match := re.search(r"Name: (\S+)\s+Flags:", line)) and current is not None:
            current.add(match.group(1))
    return needed, versions


def test_reads_the_same_as_readelf(require_tool):
    readelf = require_tool("readelf")
    binaries = _system_binaries()
    assert binaries, "no ELF file found to compare with"
    for path in binaries:
        needed, versions = _readelf(readelf, path)
        found = elf.read(path)
        assert found is not None, path
        assert list(found.needed) == needed, path
        assert {name: set(v) for name, v in found.versions.items()} == versions, path
    assert any(elf.read(path).versions for path in binaries), "none of them needs symbol versions: a weak check"


def test_other_files_are_not_elf(tmp_path):
    text = tmp_path / "script.sh"
    text.write_text("#!/bin/sh\necho not ELF\n")
    assert not elf.is_elf(text)
    assert elf.read(text) is None
    empty = tmp_path / "empty"
    empty.write_bytes(b"")
    assert elf.read(empty) is None
    truncated = tmp_path / "truncated"
    truncated.write_bytes(b"\x7fELF\x02")
    assert elf.read(truncated) is None


def test_glibc_minimum_compares_numbers_and_ignores_other_versions():
    binaries = [
        elf.ElfDependencies(("libc.so.6",), {"libc.so.6": frozenset({"GLIBC_2.9", "GLIBC_2.17", "GLIBC_PRIVATE"})}),
        elf.ElfDependencies(("libm.so.6",), {"libm.so.6": frozenset({"GLIBC_2.29"})}),
        elf.ElfDependencies(("libstdc++.so.6",), {"libstdc++.so.6": frozenset({"GLIBCXX_3.4.32", "CXXABI_1.3.9"})}),
    ]
    assert elf.glibc_minimum(binaries) == (2, 29)
    assert elf.glibc_minimum(binaries[2:]) is None


def test_elf_files_skips_symlinks_and_other_files(tmp_path):
    binary = _system_binaries()[0]
    (tmp_path / "lib").mkdir()
    (tmp_path / "lib" / "program").write_bytes(binary.read_bytes())
    (tmp_path / "lib" / "link").symlink_to("program")
    (tmp_path / "notes.txt").write_text("ELF files only")
    assert list(elf.elf_files(tmp_path)) == [tmp_path / "lib" / "program"]
