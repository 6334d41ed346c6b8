"""Linux bundle: an ICU data library holding what Qt asks ICU for, not all of ICU's data.

PySide6's Linux wheels carry ICU with its complete data library (`libicudata.so.73`, 32 MB,
a quarter of the bundle; Qt on Windows and macOS uses the system's ICU instead). Qt Core calls
ICU for four things only: collation (QCollator, localeAwareCompare), case mapping (code, no
data), time-zone names and calendars (ucal), and text codecs Qt has no own code for (ucnv).

So this keeps every code-page table, the normalisation, property and alias data, the
supplemental data, and the locale, collation and time-zone data of the app's languages with
their regional variants; it drops the trees Qt never opens (break-iterator dictionaries,
units, currencies, language and region names, transliterators, number spell-out, stringprep)
and the locale data of other languages. The output is an ordinary ICU data library, the same
exported symbol holding a common-data package in the same format, built with ICU's own
reduction in mind (ICU's data build tool filters the same way, but needs ICU's sources).

Usage: reduce_icu_data.py <libicudata.so.NN> <output .so>
"""

from __future__ import annotations

import re
import shutil
import struct
import subprocess
import sys
import tempfile
from pathlib import Path

# The app's languages (rules.languages); ICU falls back to root for anything else.
LANGUAGES = ("fr", "en", "es", "de", "it", "pt")
# Trees whose per-locale files Qt reaches: ucol_open, ucal_open, ucal_getTimeZoneDisplayName.
LOCALE_TREES = ("", "coll/", "zone/")
# Loaded by name from any tree: the index of its locales, its shared strings, its root.
TREE_FILES = ("res_index.res", "pool.res", "root.res")
DROPPED_SUFFIXES = (".spp",)  # stringprep profiles: IDNA2003 and LDAP, not used by Qt
_LOCALE_FILE = re.compile(r"(?P<lang>[a-z]{2,3})(_[A-Za-z0-9]+)*\.res")
_SYMBOL = re.compile(rb"icudt\d+_dat")
_ALIGN = 16


def keep(item: str) -> bool:
    """Whether a package item (path after the `icudtNNl/` prefix) stays."""
    tree, _, name = item.rpartition("/")
    tree = f"{tree}/" if tree else ""
    if tree not in LOCALE_TREES:
        return False
    if name in TREE_FILES:
        return True
    locale = _LOCALE_FILE.fullmatch(name)
    if locale:
        return locale["lang"] in LANGUAGES
    # Not a locale: converters, normalisation, properties, supplemental data, the root
    # collation table (coll/ucadata.icu).
    return not name.endswith(DROPPED_SUFFIXES)


# --- the library: one exported symbol, icudtNN_dat, pointing at the package -------------


def read_package(library: bytes) -> tuple[str, bytes]:
    """(symbol name, package bytes) from a little-endian ELF64 ICU data library."""
    if library[:4] != b"\x7fELF" or library[4] != 2 or library[5] != 1:
        raise ValueError("not a little-endian 64-bit ELF library")
    shoff, shentsize, shnum = struct.unpack_from("<Q", library, 0x28)[0], *struct.unpack_from("<HH", library, 0x3A)
    sections = [struct.unpack_from("<IIQQQQIIQQ", library, shoff + i * shentsize) for i in range(shnum)]
    for _name, kind, _flags, _addr, offset, size, link, _info, _align, entsize in sections:
        if kind != 11:  # SHT_DYNSYM
            continue
        strtab = sections[link]
        for at in range(offset, offset + size, entsize):
            name_at, _info_byte, _other, shndx, value, symbol_size = struct.unpack_from("<IBBHQQ", library, at)
            start = strtab[4] + name_at
            name = library[start : library.index(b"\0", start)]
            if _SYMBOL.fullmatch(name) and 0 < shndx < shnum:
                home = sections[shndx]
                file_offset = value - home[3] + home[4]
                return name.decode(), library[file_offset : file_offset + symbol_size]
    raise ValueError("no icudtNN_dat symbol")


# --- the package: ICU's common data format (header, table of contents, names, items) ---------


def read_items(package: bytes) -> tuple[bytes, list[tuple[str, bytes]]]:
    """(header, [(name, item bytes)]) in table-of-contents order (sorted by name)."""
    header_size, magic1, magic2 = struct.unpack_from("<HBB", package, 0)
    if (magic1, magic2) != (0xDA, 0x27) or package[12:16] != b"CmnD":
        raise ValueError("not an ICU common data package")
    count = struct.unpack_from("<I", package, header_size)[0]
    toc = [struct.unpack_from("<II", package, header_size + 4 + 8 * i) for i in range(count)]
    ends = [data for _name, data in toc[1:]] + [len(package) - header_size]
    items = []
    for (name_at, data_at), end in zip(toc, ends, strict=True):
        start = header_size + name_at
        name = package[start : package.index(b"\0", start)].decode("ascii")
        items.append((name, package[header_size + data_at : header_size + end]))
    return package[:header_size], items


def _padded(length: int) -> int:
    return -length % _ALIGN


def write_items(header: bytes, items: list[tuple[str, bytes]]) -> bytes:
    """The package ICU's loader expects: offsets relative to the table, items 16-byte aligned."""
    items = sorted(items)  # ICU finds an item by binary search over the names
    names = b"".join(name.encode("ascii") + b"\0" for name, _ in items)
    table_size = 4 + 8 * len(items)
    names_at = table_size
    data_at = names_at + len(names)
    data_at += _padded(len(header) + data_at)
    toc, blob, name_at, at = [], [], names_at, data_at
    for name, item in items:
        toc.append(struct.pack("<II", name_at, at))
        name_at += len(name) + 1
        blob.append(item + b"\0" * _padded(len(item)))
        at += len(blob[-1])
    gap = b"\0" * (data_at - names_at - len(names))
    return header + struct.pack("<I", len(items)) + b"".join(toc) + names + gap + b"".join(blob)


def build_library(symbol: str, package: bytes, soname: str, output: Path) -> None:
    """Assemble the package into a data-only shared library (needs a C compiler)."""
    compiler = shutil.which("cc") or shutil.which("gcc")
    if compiler is None:
        raise RuntimeError("no C compiler (cc or gcc) to build the reduced ICU data library")
    with tempfile.TemporaryDirectory() as tmp:
        (Path(tmp) / "icudata.bin").write_bytes(package)
        (Path(tmp) / "icudata.S").write_text(
            "\t.section .rodata\n"
            f"\t.globl {symbol}\n\t.type {symbol}, @object\n\t.balign {_ALIGN}\n"
            f'{symbol}:\n\t.incbin "icudata.bin"\n\t.size {symbol}, . - {symbol}\n'
            '\t.section .note.GNU-stack,"",@progbits\n'
        )
        subprocess.run(
            [
                compiler,
                "-shared",
                "-nostdlib",
                f"-Wl,-soname,{soname}",
                "-Wl,-z,noexecstack",
                "-o",
                str(output.resolve()),
                "icudata.S",
            ],
            cwd=tmp,
            check=True,
            capture_output=True,
        )


def reduce_library(source: Path, output: Path) -> tuple[int, int]:
    """Write the reduced library; (items kept, items in the source)."""
    symbol, package = read_package(source.read_bytes())
    header, items = read_items(package)
    kept = [(name, item) for name, item in items if keep(name.partition("/")[2])]
    build_library(symbol, write_items(header, kept), source.name, output)
    return len(kept), len(items)


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print(__doc__.strip().splitlines()[-1], file=sys.stderr)
        return 2
    source, output = Path(argv[0]), Path(argv[1])
    kept, total = reduce_library(source, output)
    print(
        f"{output}: {kept} of {total} ICU data items, {output.stat().st_size / 1e6:.1f} MB "
        f"(from {source.stat().st_size / 1e6:.1f} MB)"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
