# Two commands do all set-up on a fresh machine: `make run` and `make test`. Both create .venv first.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp
HOST ?= 127.0.0.1
PORT ?= 8866

.PHONY: run workshop hub-proxy lab test test-fast bench notebooks chromium clean

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[dev]"
	# Voila finds templates only on the Jupyter data path; link the repo's offline template into the venv's.
	mkdir -p $(VENV)/share/jupyter/voila/templates
	ln -sfn $(CURDIR)/share/jupyter/voila/templates/rebound $(VENV)/share/jupyter/voila/templates/rebound
	touch $(STAMP)

run: $(STAMP)
	$(BIN)/voila notebooks/rebound.ipynb --Voila.ip=$(HOST) --port=$(PORT) --no-browser

# A workshop room: preheated kernels for ROOM participants, a cap on live kernels, idle culling
# (workshop/voila.json), and the facilitator page on 127.0.0.1:PORT+1. Listens on the LAN by default.
ROOM ?= 40
workshop: HOST = 0.0.0.0
workshop: $(STAMP)
	$(BIN)/python -m guide.workshop.serve --room=$(ROOM) --host=$(HOST) --port=$(PORT)

# JupyterHub's proxy is a Node program; the hub test (tests/browser/test_jupyterhub.py) needs it.
hub-proxy: $(VENV)/node_modules/.bin/configurable-http-proxy
$(VENV)/node_modules/.bin/configurable-http-proxy:
	npm install --prefix $(VENV) --no-audit --no-fund configurable-http-proxy@5

lab: $(STAMP)
	$(BIN)/jupyter lab notebooks

# The browser tests need Debian's Chromium; say so plainly rather than failing deep inside a test.
chromium:
	@command -v chromium >/dev/null 2>&1 || { \
	  echo "Chromium is needed for the browser tests and was not found."; \
	  echo "Install it with:  sudo apt-get install -y chromium"; \
	  exit 1; }

test: $(STAMP) chromium
	$(BIN)/python -m pytest

# Everything but the browser: quick feedback while editing the core.
test-fast: $(STAMP)
	$(BIN)/python -m pytest -m "not browser"

# Re-run every notebook in place after changing wording or widgets, so nbval compares fresh outputs.
# Widget state is left out: it holds nothing nbval checks and would bloat the diff.
notebooks: $(STAMP)
	@for nb in notebooks/*.ipynb; do \
	  $(BIN)/jupyter nbconvert --to notebook --execute --inplace \
	    --ExecutePreprocessor.store_widget_state=False "$$nb" || exit 1; done

bench: $(STAMP)
	@for script in benchmarks/*.py; do echo "== $$script"; $(BIN)/python $$script || exit 1; done

clean:
	rm -rf $(VENV) tests/artifacts .pytest_cache
