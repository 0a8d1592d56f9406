# Pantau Kinerja — two commands: `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
PORT ?= 8501

.PHONY: run replika test lint format demo install install-dev chromium clean mutasi

$(VENV)/.runtime: requirements.txt
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -r requirements.txt
	touch $@

$(VENV)/.dev: requirements-dev.txt $(VENV)/.runtime
	$(PY) -m pip install --quiet -r requirements-dev.txt
	touch $@

install: $(VENV)/.runtime
install-dev: $(VENV)/.dev

## Serve the dashboard on http://localhost:$(PORT) (builds the demo province on first run). Without login
## configured only this machine may connect; `make run ALAMAT=0.0.0.0` needs login (see README).
ALAMAT ?= 127.0.0.1
run: install
	$(PY) -m pantau jalankan --alamat $(ALAMAT) --port $(PORT)

## Scale-out on this machine: JUMLAH app processes on 127.0.0.1 (ports PORT+1…) behind haproxy on ALAMAT:PORT with
## sticky sessions, one database, one writer (pantau/replika.py; needs Debian's haproxy). Ctrl-C stops them all.
JUMLAH ?= 2
replika: install
	$(PY) -m pantau replika --jumlah $(JUMLAH) --alamat $(ALAMAT) --port $(PORT)

## (Re)build the demo database from data/demo/.
demo: install
	$(PY) -m pantau demo

## The whole suite: lint, unit, AppTest and real-browser tests (Debian's Chromium), one worker per core; a test
## file stays on one worker (its servers and fixtures are shared by its tests). `make test PYTEST_N=1`: one worker.
PYTEST_N ?= auto
test: install-dev chromium
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(PY) -m pytest -n $(PYTEST_N) --dist loadfile --durations=15

## Mutation check (not part of `test`): plant bugs in a copy, see which tests fail (tools/mutasi.py, docs/mutasi.md).
mutasi: install-dev
	$(PY) tools/mutasi.py --tulis-docs

chromium:
	@bash .ci/install-chromium

lint: install-dev
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .

format: install-dev
	$(VENV)/bin/ruff format .
	$(VENV)/bin/ruff check --fix .

clean:
	rm -rf $(VENV) .pytest_cache .ruff_cache data/pantau.duckdb
