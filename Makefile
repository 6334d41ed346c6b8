# `make run` and `make test` work on a fresh machine: they create .venv and install first.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
INSTALLED := $(VENV)/.installed
FORMS := $(patsubst ui/%.ui,akonet_desktop/gui/forms/ui_%.py,$(wildcard ui/*.ui))
QM := $(patsubst %.ts,%.qm,$(wildcard resources/translations/*.ts))

.PHONY: build run test server bench screenshots translations clean

$(INSTALLED): pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check -e '.[dev]'
	touch $(INSTALLED)

# Designer forms and translations are compiled at install time, never loaded from source.
akonet_desktop/gui/forms/ui_%.py: ui/%.ui tools/prune_form_imports.py $(INSTALLED)
	$(VENV)/bin/pyside6-uic $< -o $@
	$(PY) tools/prune_form_imports.py $@

resources/translations/%.qm: resources/translations/%.ts $(INSTALLED)
	$(VENV)/bin/pyside6-lrelease -silent $< -qm $@

build: $(INSTALLED) $(FORMS) $(QM)

run: build
	$(VENV)/bin/akonet-desktop

test: build
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q

server: build
	$(VENV)/bin/akonet-server serve

# Re-extract tr() strings into resources/translations/*.ts (then translate, then `make`).
translations: $(INSTALLED)
	$(PY) tools/update_translations.py

screenshots: build
	AKONET_SCREENSHOTS_DIR=$(CURDIR)/docs/screenshots QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q tests/gui

bench: build
	$(PY) bench/login_throughput.py

clean:
	rm -rf $(VENV) build dist *.egg-info .pytest_cache akonet_desktop/gui/forms/ui_*.py resources/translations/*.qm
