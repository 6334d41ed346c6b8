"""What an ELF binary asks of the dynamic loader: its NEEDED libraries and the symbol versions
it needs from them (GLIBC_2.34…), read from the section headers with the standard library only.

tools/build_deb.py derives the package's minimum libc6 version from these, and the packaging
tests check every NEEDED library against the bundle and the package's Depends. `readelf -d`
and `readelf -V` show the same; this exists so that the build needs no binutils.
"""

from __future__ import annotations

import re
import struct
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO

MAGIC = b"\x7fELF"
SHT_DYNAMIC = 6
SHT_GNU_VERNEED = 0x6FFFFFFE
DT_NULL = 0
DT_NEEDED = 1
GLIBC_VERSION = re.compile(r"GLIBC_(\d+(?:\.\d+)+)")


@dataclass(frozen=True)
class ElfDependencies:
    needed: tuple[str, ...]
    # library file name ("libc.so.6") -> the version names needed from it ("GLIBC_2.34")
    versions: dict[str, frozenset[str]] = field(default_factory=dict)


@dataclass(frozen=True)
class _Layout:
    """Struct formats of one ELF class (32 or 64 bits) and byte order."""

    order: str
    wide: bool

    def unpack(self, fmt: str, data: bytes, offset: int = 0) -> tuple:
        return struct.unpack_from(self.order + fmt, data, offset)

    @property
    def header(self) -> str:  # e_type … e_shstrndx, after the 16 bytes of e_ident
        return "HHIQQQIHHHHHH" if self.wide else "HHIIIIIHHHHHH"

    @property
    def section(self) -> str:  # name, type, flags, addr, offset, size, link, info, addralign, entsize
        return "IIQQQQIIQQ" if self.wide else "IIIIIIIIII"

    @property
    def dynamic_entry(self) -> str:
        return "qQ" if self.wide else "iI"


@dataclass(frozen=True)
class _Section:
    kind: int
    offset: int
    size: int
    link: int
    info: int


def is_elf(path: Path) -> bool:
    try:
        with path.open("rb") as file:
            return file.read(4) == MAGIC
    except OSError:
        return False


def read(path: Path) -> ElfDependencies | None:
    """The dependencies of `path`, or None if it is not an ELF file."""
    with path.open("rb") as file:
        ident = file.read(16)
        if len(ident) < 16 or ident[:4] != MAGIC or ident[4] not in (1, 2) or ident[5] not in (1, 2):
            return None
        layout = _Layout(order="<" if ident[5] == 1 else ">", wide=ident[4] == 2)
        sections = _sections(file, layout)
        needed: list[str] = []
        versions: dict[str, frozenset[str]] = {}
        for section in sections:
            if section.kind == SHT_DYNAMIC and section.link < len(sections):
                needed += _needed(file, layout, section, sections[section.link])
            elif section.kind == SHT_GNU_VERNEED and section.link < len(sections):
                versions.update(_version_needs(file, layout, section, sections[section.link]))
    return ElfDependencies(tuple(needed), versions)


def glibc_minimum(dependencies: Iterable[ElfDependencies]) -> tuple[int, ...] | None:
    """The newest GLIBC_x.y symbol version any of them needs, as numbers: (2, 35); None if none."""
    found = [
        tuple(int(n) for n in match.group(1).split("."))
        for dependency in dependencies
        for names in dependency.versions.values()
        for name in names
        if (match := GLIBC_VERSION.fullmatch(name))
    ]
    return max(found, default=None)


def elf_files(folder: Path) -> Iterator[Path]:
    """Every regular ELF file under `folder` (symlinks skipped: their targets are listed)."""
    for path in sorted(folder.rglob("*")):
        if path.is_file() and not path.is_symlink() and is_elf(path):
            yield path


def _read_at(file: BinaryIO, offset: int, size: int) -> bytes:
    file.seek(offset)
    return file.read(size)


def _sections(file: BinaryIO, layout: _Layout) -> list[_Section]:
    header = _read_at(file, 16, struct.calcsize(layout.order + layout.header))
    *_, shoff, _flags, _ehsize, _phentsize, _phnum, shentsize, shnum, _shstrndx = layout.unpack(layout.header, header)
    if shoff == 0 or shnum == 0:
        return []  # no section headers (sstrip'ed): nothing this reader can tell
    table = _read_at(file, shoff, shentsize * shnum)
    sections = []
    for i in range(shnum):
        _name, kind, _flags, _addr, offset, size, link, info, _align, _entsize = layout.unpack(
            layout.section, table, i * shentsize
        )
        sections.append(_Section(kind, offset, size, link, info))
    return sections


def _string(table: bytes, offset: int) -> str:
    return table[offset : table.index(b"\0", offset)].decode("utf-8", "replace")


def _needed(file: BinaryIO, layout: _Layout, dynamic: _Section, strings: _Section) -> list[str]:
    data = _read_at(file, dynamic.offset, dynamic.size)
    table = _read_at(file, strings.offset, strings.size)
    size = struct.calcsize(layout.order + layout.dynamic_entry)
    names = []
    for offset in range(0, len(data) - size + 1, size):
        tag, value = layout.unpack(layout.dynamic_entry, data, offset)
        if tag == DT_NULL:
            break
        if tag == DT_NEEDED:
            names.append(_string(table, value))
    return names


def _version_needs(file: BinaryIO, layout: _Layout, verneed: _Section, strings: _Section) -> dict[str, frozenset[str]]:
    # Elf_Verneed (vn_version, vn_cnt, vn_file, vn_aux, vn_next) and Elf_Vernaux (vna_hash,
    # vna_flags, vna_other, vna_name, vna_next): the same 16 bytes in both ELF classes.
    data = _read_at(file, verneed.offset, verneed.size)
    table = _read_at(file, strings.offset, strings.size)
    needs: dict[str, frozenset[str]] = {}
    entry = 0
    for _ in range(verneed.info):  # sh_info: the number of Verneed entries
        _version, count, file_name, aux, next_entry = layout.unpack("HHIII", data, entry)
        names, item = set(), entry + aux
        for _ in range(count):
            _hash, _flags, _other, name, next_aux = layout.unpack("IHHII", data, item)
            names.add(_string(table, name))
            item += next_aux
        needs[_string(table, file_name)] = frozenset(names)
        if next_entry == 0:
            break
        entry += next_entry
    return needs
