# `make run` and `make test` work on a fresh machine: they create .venv and install first.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
INSTALLED := $(VENV)/.installed

.PHONY: run test server bench clean

$(INSTALLED): pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check -e '.[dev]'
	touch $(INSTALLED)

run: $(INSTALLED)
	$(VENV)/bin/akonet-desktop

test: $(INSTALLED)
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q

server: $(INSTALLED)
	$(VENV)/bin/akonet-server serve

bench: $(INSTALLED)
	$(PY) bench/login_throughput.py

clean:
	rm -rf $(VENV) build dist *.egg-info .pytest_cache
