"""tools/reduce_icu_data.py: the Linux bundle's cut-down ICU data still serves what Qt asks."""

from __future__ import annotations

import json
import os
import shutil
import struct
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tools.reduce_icu_data import keep, read_items, reduce_library, write_items

PYSIDE_ICU = sorted((Path(sys.prefix) / "lib").glob("python3*/site-packages/PySide6/Qt/lib/libicudata.so.*"))


@pytest.mark.parametrize(
    "item",
    [
        "root.res",
        "res_index.res",
        "pool.res",
        "fr.res",
        "en_GB.res",
        "pt_BR.res",
        "supplementalData.res",
        "zoneinfo64.res",
        "metaZones.res",
        "cnvalias.icu",
        "ibm-1252_P100-2000.cnv",
        "gb18030.cnv",
        "nfkc.nrm",
        "coll/root.res",
        "coll/ucadata.icu",
        "coll/es.res",
        "coll/de__PHONEBOOK.res",
        "coll/res_index.res",
        "zone/fr.res",
        "zone/pool.res",
        "zone/tzdbNames.res",
    ],
)
def test_keeps_what_qt_reaches(item):
    assert keep(item)


@pytest.mark.parametrize(
    "item",
    [
        "sv.res",
        "ja.res",
        "zh_Hant_TW.res",
        "coll/sv.res",
        "coll/zh.res",
        "zone/ja.res",
        "brkitr/cjdict.dict",
        "brkitr/root.res",
        "unit/fr.res",
        "curr/fr.res",
        "lang/fr.res",
        "region/es.res",
        "translit/root.res",
        "rbnf/fr.res",
        "rfc3491.spp",
    ],
)
def test_drops_what_qt_never_opens(item):
    assert not keep(item)


_HEADER = struct.pack("<HBB", 32, 0xDA, 0x27) + struct.pack("<HHBBBB", 20, 0, 0, 0, 2, 0) + b"CmnD" + bytes(16)


@given(
    st.dictionaries(
        st.from_regex(r"icudt73l/[a-z]{1,8}(/[a-z]{1,8})?\.res", fullmatch=True),
        st.binary(min_size=1, max_size=64),
        min_size=1,
        max_size=20,
    )
)
def test_package_round_trip(items):
    package = write_items(_HEADER, list(items.items()))
    header, read = read_items(package)
    assert header == _HEADER
    assert [name for name, _ in read] == sorted(items)  # ICU binary-searches the names
    for name, data in read:
        assert data[: len(items[name])] == items[name] and not data[len(items[name]) :].strip(b"\0")
    offsets = [struct.unpack_from("<II", package, len(_HEADER) + 4 + 8 * i)[1] for i in range(len(items))]
    assert all((len(_HEADER) + offset) % 16 == 0 for offset in offsets)  # ICU maps items in place


_QT_CHECKS = """
import json
from functools import cmp_to_key
from PySide6.QtCore import QCollator, QCoreApplication, QLocale, QStringDecoder, QTimeZone
app = QCoreApplication([])
def ordered(lang, words):
    return sorted(words, key=cmp_to_key(QCollator(QLocale(lang)).compare))
print(json.dumps({
    "maps": [line.split()[-1] for line in open("/proc/self/maps") if "libicudata" in line][:1],
    "es": ordered("es", ["oso", "ñu", "nube"]),
    "fr": ordered("fr", ["Zambie", "Espagne", "Émirats", "Égypte"]),
    "de_upper": QLocale("de").toUpper("straße"),
    "tr_upper": QLocale("tr").toUpper("istanbul"),
    "codecs": [QStringDecoder(name).isValid() for name in ("ISO-8859-15", "windows-1252", "Shift_JIS", "KOI8-R")],
    "zone_es": QTimeZone(b"Europe/Madrid").displayName(QTimeZone.TimeType.StandardTime,
                                                       QTimeZone.NameType.LongName, QLocale("es")),
}, ensure_ascii=False))
"""


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="only PySide6's Linux wheels carry ICU data")
@pytest.mark.skipif(not PYSIDE_ICU, reason="this PySide6 carries no ICU data library")
@pytest.mark.skipif(not (shutil.which("cc") or shutil.which("gcc")), reason="no C compiler to build the library")
def test_reduced_library_serves_qt(tmp_path):
    source = PYSIDE_ICU[-1]
    kept, total = reduce_library(source, tmp_path / source.name)
    assert 0 < kept < total
    assert (tmp_path / source.name).stat().st_size < source.stat().st_size / 3
    # The dynamic loader prefers LD_LIBRARY_PATH to Qt's $ORIGIN run path: Qt gets the reduced data.
    env = {**os.environ, "LD_LIBRARY_PATH": str(tmp_path), "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-c", _QT_CHECKS], env=env, capture_output=True, text=True, timeout=60, check=True
    )
    seen = json.loads(result.stdout)
    assert seen["maps"] == [str(tmp_path / source.name)]
    assert seen["es"] == ["nube", "ñu", "oso"]  # Spanish tailoring: ñ is a letter of its own
    assert seen["fr"] == ["Égypte", "Émirats", "Espagne", "Zambie"]
    assert seen["de_upper"] == "STRASSE" and seen["tr_upper"] == "İSTANBUL"
    assert seen["codecs"] == [True] * 4
    assert seen["zone_es"] == "hora estándar de Europa central"
    assert "Could not create collator" not in result.stderr
