# `make run` and `make test` work on a fresh machine: they create .venv and install first.
VENV := .venv
ifeq ($(OS),Windows_NT)
PYTHON ?= python
BIN := $(VENV)/Scripts
else
PYTHON ?= python3
BIN := $(VENV)/bin
endif
PY := $(BIN)/python
INSTALLED := $(VENV)/.installed
FORMS := $(patsubst ui/%.ui,akonet_desktop/gui/forms/ui_%.py,$(wildcard ui/*.ui))
QM := $(patsubst %.ts,%.qm,$(wildcard resources/translations/*.ts))

.PHONY: build run test test-packages format server bench screenshots translations installer packages installer-smoke install-desktop-entry clean

$(INSTALLED): pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check -e '.[dev]'
	touch $(INSTALLED)

# Designer forms and translations are compiled at install time, never loaded from source.
akonet_desktop/gui/forms/ui_%.py: ui/%.ui tools/lighten_form.py $(INSTALLED)
	$(BIN)/pyside6-uic $< -o $@
	$(PY) tools/lighten_form.py $@

resources/translations/%.qm: resources/translations/%.ts $(INSTALLED)
	$(BIN)/pyside6-lrelease -silent $< -qm $@

build: $(INSTALLED) $(FORMS) $(QM)

# First: can Qt load its display plug-in here? If not, the one command that installs what is missing.
run: build
	$(PY) -m akonet_desktop.gui.platform_check
	$(BIN)/akonet-desktop

# Lint and format check first: CI enforces them through this target.
test: build
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q

# Fixes what ruff can fix by itself and formats the code.
format: $(INSTALLED)
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

server: build
	$(BIN)/akonet-server serve

# Re-extract tr() strings into resources/translations/*.ts (then translate, then `make`).
translations: $(INSTALLED)
	$(PY) tools/update_translations.py

screenshots: build
	AKONET_SCREENSHOTS_DIR=$(CURDIR)/docs/screenshots QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q tests/gui

bench: build
	$(PY) bench/login_throughput.py

# The PyInstaller bundle (onedir; on macOS also "AKONet Desktop.app") in dist/.
installer: build
	$(PY) -m PyInstaller --noconfirm --clean --log-level WARN --distpath dist --workpath build/pyinstaller build_installer.spec

# The installers this system can build from the bundle, in dist/: the .deb (dpkg-deb), the MSI
# (wixl; on Linux with the Windows layout, for checking) and the DMG (hdiutil, macOS).
packages: installer
	$(PY) tools/build_packages.py

# Slow, so not part of `make test`: --self-test of the bundle, its size and start time, and
# the size of each installer built.
installer-smoke: packages
	$(PY) tools/installer_smoke.py

# The installers' own tests (`.ci/run` runs them after `make test`): they build the .deb and the
# MSI from the real bundle, read them back and run the app unpacked from the .deb.
test-packages: installer
	AKONET_REQUIRE_PACKAGING=1 QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q -m packaging tests/packaging

# Linux: opens akonet:// links from emails with this checkout's app (for the current user).
install-desktop-entry: build
	$(PY) tools/install_desktop_entry.py

clean:
	rm -rf $(VENV) build dist *.egg-info .pytest_cache akonet_desktop/gui/forms/ui_*.py resources/translations/*.qm
