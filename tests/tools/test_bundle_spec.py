"""The installer spec ships every file the code loads, and the code loads files only one way.

A bundle is laid out from the spec's DATAS in a temporary folder, and the app's self-test (the
built-in server with its migrations and mail texts, a registration, the translations, forms
and icon) runs against it with `sys._MEIPASS` pointing there, as inside the real bundle: a file
found from source but missing from the spec fails here, not on a customer's machine.
"""

from __future__ import annotations

import ast
import glob
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SPEC = ROOT / "build_installer.spec"

# Files in the source tree that the running app never reads, and why.
NOT_BUNDLED = {
    "resources/translations/*.ts": "translation sources; the compiled .qm files ship",
    "resources/icons/akonet.ico": "the Windows executable's icon, embedded by the spec",
    "resources/icons/akonet.icns": "the macOS bundle's icon, embedded by the spec",
    "akonet_desktop/server/migrations/script.py.mako": "template for `alembic revision`, a developer command",
}

_DUMP_SPEC = """
import json, sys
class Stub:
    def __init__(self, *args, **kwargs):
        self.args, self.kwargs = args, kwargs
        self.binaries, self.datas, self.pure, self.scripts = [], [], [], []
names = dict(SPECPATH=sys.argv[1], Analysis=Stub, PYZ=Stub, EXE=Stub, COLLECT=Stub, BUNDLE=Stub)
exec(compile(open(sys.argv[2], encoding="utf-8").read(), sys.argv[2], "exec"), names)
print(json.dumps({k: names[k] for k in ("DATAS", "HIDDEN_IMPORTS", "EXCLUDES")}))
"""


@pytest.fixture(scope="module")
def spec() -> dict:
    # In a child process: the spec patches PyInstaller's Qt hooks, which must not leak into tests.
    out = subprocess.run(
        [sys.executable, "-c", _DUMP_SPEC, str(ROOT), str(SPEC)], capture_output=True, text=True, check=True, cwd=ROOT
    )
    return json.loads(out.stdout)


def _bundled_sources(spec: dict) -> dict[Path, Path]:
    """Each file the spec ships: source path -> path inside the bundle."""
    shipped = {}
    for pattern, dest in spec["DATAS"]:
        matches = glob.glob(pattern)
        assert matches, f"the spec lists {pattern}, which matches no file (stale entry, or `make build` not run)"
        for source in map(Path, matches):
            shipped[source.resolve()] = Path(dest) / source.name
    return shipped


def test_every_data_file_in_the_source_tree_ships_or_is_known_not_to(spec):
    shipped = set(_bundled_sources(spec))
    ignored = {p.resolve() for pattern in NOT_BUNDLED for p in ROOT.glob(pattern)}
    candidates = [p for p in (ROOT / "resources").rglob("*") if p.is_file()]
    candidates += [p for p in (ROOT / "akonet_desktop").rglob("*") if p.is_file() and p.suffix not in (".py", ".pyc")]
    missing = sorted(
        str(p.relative_to(ROOT))
        for p in candidates
        if p.resolve() not in shipped | ignored and "__pycache__" not in p.parts
    )
    assert not missing, f"data files neither in the spec's DATAS nor in NOT_BUNDLED: {missing}"


def test_files_keep_their_source_layout_in_the_bundle(spec):
    # akonet_desktop.resources finds files at the same relative place in both.
    for source, inside in _bundled_sources(spec).items():
        assert source == (ROOT / inside).resolve(), f"{source} would land at {inside}"


def test_code_finds_its_files_only_through_the_resource_helper():
    offenders = []
    for path in (ROOT / "akonet_desktop").rglob("*.py"):
        if path.name == "resources.py" or "forms" in path.relative_to(ROOT).parts:
            continue
        tree = ast.parse(path.read_text("utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Name) and node.id == "__file__":
                offenders.append(f"{path.relative_to(ROOT)}:{node.lineno} __file__")
            if isinstance(node, ast.Import):
                imported = {alias.name for alias in node.names}
            elif isinstance(node, ast.ImportFrom):
                imported = {f"{node.module}.{alias.name}" for alias in node.names} | {node.module or ""}
            else:
                continue
            if imported & {"importlib.resources", "pkgutil.get_data"}:
                offenders.append(f"{path.relative_to(ROOT)}:{node.lineno} importlib.resources / pkgutil.get_data")
    assert not offenders, f"use akonet_desktop.resources instead: {offenders}"


def test_every_package_module_is_a_hidden_import(spec):
    """Lazy exports and the embedded server import by name, where PyInstaller cannot see it."""
    declared = set(spec["HIDDEN_IMPORTS"])
    for path in (ROOT / "akonet_desktop").rglob("*.py"):
        parts = path.relative_to(ROOT).with_suffix("").parts
        if "migrations" in parts:
            continue
        name = ".".join(parts[:-1] if parts[-1] == "__init__" else parts)
        assert name in declared, f"{name} is not declared in the spec's hidden imports"


def test_nothing_the_app_imports_is_excluded(spec):
    # The spec leaves out test tools and servers the desktop does not run; not what it uses.
    excluded = set(spec["EXCLUDES"])
    for needed in ("sqlite3", "ssl", "keyring", "argon2", "alembic", "uvicorn", "h11", "PySide6.QtNetwork"):
        assert needed not in excluded


def test_self_test_passes_against_a_bundle_laid_out_from_the_spec(spec, tmp_path):
    bundle = tmp_path / "bundle"
    for source, inside in _bundled_sources(spec).items():
        (bundle / inside).parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(source, bundle / inside)
    code = (
        "import sys\n"
        f"sys._MEIPASS = {str(bundle)!r}\n"
        "from PySide6.QtWidgets import QApplication\n"
        "app = QApplication(sys.argv[:1])\n"
        "from akonet_desktop.resources import bundle_root\n"
        f"assert bundle_root() == __import__('pathlib').Path({str(bundle)!r})\n"
        "from akonet_desktop.gui.self_test import run_self_test\n"
        f"sys.exit(run_self_test(__import__('pathlib').Path({str(tmp_path / 'data')!r})))\n"
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, cwd=ROOT, timeout=120
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "self-test: passed" in result.stdout


_BINARIES_AFTER_SPEC = """
import json, sys
class Stub:
    def __init__(self, *args, **kwargs):
        self.binaries, self.datas, self.pure, self.scripts = json.loads(sys.argv[4]), [], [], []
names = dict(SPECPATH=sys.argv[1], workpath=sys.argv[3], Analysis=Stub, PYZ=Stub, EXE=Stub, COLLECT=Stub, BUNDLE=Stub)
exec(compile(open(sys.argv[2], encoding="utf-8").read(), sys.argv[2], "exec"), names)
print(json.dumps(names["a"].binaries))
"""


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="only PySide6's Linux wheels carry ICU data")
def test_linux_bundle_ships_the_reduced_icu_data(tmp_path):
    from tests.tools.test_reduce_icu_data import PYSIDE_ICU

    if not PYSIDE_ICU or not (shutil.which("cc") or shutil.which("gcc")):
        pytest.skip("no PySide6 ICU data library or no C compiler here")
    icu = PYSIDE_ICU[-1]
    entries = [[f"PySide6/Qt/lib/{icu.name}", str(icu), "BINARY"], ["libother.so", "/usr/lib/libother.so", "BINARY"]]
    out = subprocess.run(
        [sys.executable, "-c", _BINARIES_AFTER_SPEC, str(ROOT), str(SPEC), str(tmp_path), json.dumps(entries)],
        capture_output=True,
        text=True,
        check=True,
        cwd=ROOT,
    )
    reduced, other = json.loads(out.stdout)
    assert reduced[0] == entries[0][0] and reduced[2] == "BINARY"
    assert Path(reduced[1]).parent == tmp_path / "icu"
    assert Path(reduced[1]).stat().st_size < icu.stat().st_size / 3
    assert other == entries[1]


@pytest.mark.parametrize(
    "dest,ships",
    [
        # Qt libraries of unused modules, as each system names them
        ("PySide6/Qt/lib/libQt6Qml.so.6", False),
        ("PySide6/Qt6Qml.dll", False),
        ("PySide6/Qt/lib/QtQml.framework/Versions/A/QtQml", False),
        ("PySide6/Qt6QuickWidgets.dll", False),
        ("PySide6/Qt/lib/libQt6Widgets.so.6", True),
        ("PySide6/Qt6Widgets.dll", True),
        ("PySide6/Qt/lib/QtWidgets.framework/Versions/A/QtWidgets", True),
        ("PySide6/Qt6Network.dll", True),
        # Qt's own translations: the app's languages only, wherever the wheel keeps them
        ("PySide6/Qt/translations/qtbase_fr.qm", True),
        ("PySide6/translations/qtbase_pt.qm", True),
        ("PySide6/translations/qtbase_ja.qm", False),
        ("PySide6/Qt/translations/qtdeclarative_fr.qm", False),
        ("resources/translations/akonet_fr.qm", True),
        # plug-ins, with or without the "lib" prefix
        ("PySide6/Qt/plugins/platforms/libqwayland-egl.so", False),
        ("PySide6/plugins/platforms/qwindows.dll", True),
        ("PySide6/Qt/plugins/platforms/libqcocoa.dylib", True),
        ("PySide6/plugins/imageformats/qjpeg.dll", False),
        ("PySide6/Qt/plugins/platforms/libqoffscreen.so", True),
    ],
)
def test_unused_qt_parts_are_left_out_on_every_system(tmp_path, dest, ships):
    entries = [[dest, f"/nowhere/{Path(dest).name}", "BINARY"]]
    out = subprocess.run(
        [sys.executable, "-c", _BINARIES_AFTER_SPEC, str(ROOT), str(SPEC), str(tmp_path), json.dumps(entries)],
        capture_output=True,
        text=True,
        check=True,
        cwd=ROOT,
    )
    assert (json.loads(out.stdout) == entries) is ships
