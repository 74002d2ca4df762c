# Two commands do all set-up on a fresh machine: `make run` and `make test`. Both create .venv first.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp
HOST ?= 127.0.0.1
PORT ?= 8866

.PHONY: site run workshop print-pack binder hub-proxy lab test test-fast bench notebooks chromium clean catalogues translations

VOILA_TEMPLATE := share/jupyter/voila/templates/rebound

# The install copies the Voila template into .venv/share/jupyter (pyproject.toml's shared-data), so a
# change to it reinstalls.
$(STAMP): pyproject.toml $(shell find $(VOILA_TEMPLATE) -type f)
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	# A .venv made before the template was installed as data holds a link to it; pip would write through it.
	if [ -L $(VENV)/$(VOILA_TEMPLATE) ]; then rm $(VENV)/$(VOILA_TEMPLATE); fi
	$(BIN)/python -m pip install --quiet -e ".[dev]"
	touch $(STAMP)

# Translations: gettext catalogues compiled at build time (the editable install compiles them too; this
# recompiles one whose .po changed since). `make translations` re-extracts the English after a wording
# change and merges it into every language's .po, where new or changed entries then wait for a translator
# (tests/test_i18n.py fails until each is translated). A regional variant (a `delta-of` file in its
# locale folder, naming its base) keeps only what differs from the base: guide/catalogue/delta.py updates
# the entries it holds, flags those whose English changed, and adds none of the base's (which
# `pybabel update` would). The languages are the folders of guide/locale; none is named here.
LOCALE := guide/locale
CATALOGUES := $(wildcard $(LOCALE)/*/LC_MESSAGES/rebound.po)
catalogues: $(CATALOGUES:.po=.mo)
%.mo: %.po | $(STAMP)
	$(BIN)/pybabel compile --domain=rebound --input-file=$< --output-file=$@

# --ignore-dirs: without it, Babel skips every folder whose name starts with "_", and so the shared
# sentences of templates/_partials (greetings, sign-offs, the callback line) would never be extracted.
translations: $(STAMP)
	$(BIN)/pybabel extract --mapping-file=babel.cfg --output-file=$(LOCALE)/rebound.pot --no-wrap \
	  --ignore-dirs='.* __pycache__' --sort-by-file --project=Rebound --copyright-holder=Rebound --add-comments=Translators: .
	@for po in $(CATALOGUES); do folder=$${po%/LC_MESSAGES/rebound.po}; \
	  if [ -f $$folder/delta-of ]; then \
	    $(BIN)/python -m guide.catalogue.delta $(LOCALE)/rebound.pot $$po || exit 1; \
	  else \
	    $(BIN)/pybabel update --input-file=$(LOCALE)/rebound.pot --output-file=$$po --locale=$${folder##*/} \
	      --domain=rebound --no-wrap --ignore-obsolete --no-fuzzy-matching || exit 1; \
	  fi; done

run: $(STAMP) catalogues
	$(BIN)/voila notebooks/rebound.ipynb --Voila.ip=$(HOST) --port=$(PORT) --no-browser

# A workshop room: preheated kernels for ROOM participants, a cap on live kernels, idle culling
# (workshop/voila.json), and the facilitator page on 127.0.0.1:PORT+1. Listens on the LAN by default.
ROOM ?= 40
workshop: HOST = 0.0.0.0
workshop: $(STAMP) catalogues
	$(BIN)/python -m guide.room.serve --room=$(ROOM) --host=$(HOST) --port=$(PORT)

# The print pack for a room, in one command: the PDF and the printable page, into print-pack/
# (LENGTH=60|75|90, SEED=<set number>, PACK_LANG=es for Spanish). Enough to run the session on paper alone.
LENGTH ?= 75
SEED ?= 1
PACK_LANG ?= en
print-pack: $(STAMP) catalogues
	$(BIN)/python -m guide.workshop.pack --room=$(ROOM) --length=$(LENGTH) --seed=$(SEED) --lang=$(PACK_LANG) --out=print-pack

# The Binder launch link of this repository, from its origin remote (or REMOTE=<clone address>). The
# script needs only Python's standard library, so no .venv is made for it.
binder:
	@$(PYTHON) guide/room/binder.py $(REMOTE)

# JupyterHub's proxy is a Node program; the hub test (tests/browser/test_jupyterhub.py) needs it.
hub-proxy: $(VENV)/node_modules/.bin/configurable-http-proxy
$(VENV)/node_modules/.bin/configurable-http-proxy:
	npm install --prefix $(VENV) --no-audit --no-fund configurable-http-proxy@5

# The static site (site/, git-ignored): the app and the chapters running in the browser (JupyterLite,
# Pyodide), for any static host, with no server and no network. Its build-only packages are the `site`
# extra; downloads are cached in .site-cache/, so a rebuild fetches nothing. Needs npm (the Pyodide
# runtime is the pyodide npm package). Serve it with `python -m http.server -d site`.
SITE_STAMP := $(VENV)/.site-stamp
# The extra's packages are read from pyproject.toml (not `pip install .[site]`, which would replace the
# editable install of the project itself).
$(SITE_STAMP): $(STAMP) pyproject.toml
	$(BIN)/python -c "import tomllib; print('\n'.join(tomllib.load(open('pyproject.toml', 'rb'))['project']['optional-dependencies']['site']))" \
	  | xargs $(BIN)/python -m pip install --quiet
	# The Pyodide kernel's extension is for the site's build only: JupyterLab (`make lab`) would offer its
	# kernel and log an error, so it is disabled there (Voila's voila.json leaves it out too).
	$(BIN)/jupyter labextension disable --level=sys_prefix @jupyterlite/pyodide-kernel-extension
	touch $(SITE_STAMP)
site: $(SITE_STAMP) catalogues
	$(BIN)/python -m guide.site.build

# Jupyter refuses to start as root unless told it may (containers, workshop machines): say so only then.
lab: $(STAMP) catalogues
	$(BIN)/jupyter lab notebooks $(if $(filter 0,$(shell id -u)),--allow-root)

# The browser tests need Debian's Chromium. As root with apt-get (a container, CI), `make test` installs it
# when missing, with wide Unicode fonts so screenshots show names in any script (what .ci/run did);
# otherwise it says how, rather than failing deep inside a test.
DEJAVU := /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf
chromium:
	@need=""; command -v chromium >/dev/null 2>&1 || need=chromium; \
	if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
	  fonts=""; [ -e $(DEJAVU) ] || fc-list 2>/dev/null | grep -qi dejavu || fonts=fonts-dejavu-core; \
	  if [ -n "$$need$$fonts" ]; then \
	    echo "Installing for the browser tests: $$need $$fonts"; \
	    export DEBIAN_FRONTEND=noninteractive; \
	    apt-get update -qq && apt-get install -y -qq $$need $$fonts >/dev/null || exit 1; \
	  fi; \
	elif [ -n "$$need" ]; then \
	  echo "Chromium is needed for the browser tests and was not found."; \
	  if command -v apt-get >/dev/null 2>&1; then \
	    echo "Install it with:  sudo apt-get install -y chromium fonts-dejavu-core"; \
	  else \
	    echo "Install it with this system's package manager, so that 'chromium' is on PATH."; \
	  fi; \
	  exit 1; \
	fi; \
	command -v chromium >/dev/null 2>&1 || { echo "Chromium was installed but 'chromium' is not on PATH."; exit 1; }

# Tests run in parallel on pytest-xdist workers (each browser worker runs a Voila and a Chromium of its
# own). --dist loadfile keeps a file's tests on one worker: a notebook's cells run in
# order in one kernel (nbval), and a module's own server starts once. --no-loadscope-reorder hands files
# out in the order tests/conftest.py sorts them (slowest first) instead of xdist's own (most tests first),
# which left the few long files (rooms, the site, the wheel) for last while one core sat idle.
# One worker per core (at most 4). A third worker on two cores was tried on 7 December 2026: the
# processors sat idle about a third of the time with two, but with three a Voila page load under the
# site's Pyodide and a room of kernels passed its 60 s wait, and the whole run was no faster (15m59s).
XDIST ?= -n auto --maxprocesses=4 --dist loadfile --no-loadscope-reorder
# The time of the whole `make` (set-up included), printed at the end against the target, with the exit
# status of the command kept.
STARTED := $(shell date +%s)
define timed
status=0; $(1) || status=$$?; elapsed=$$(( $$(date +%s) - $(STARTED) )); \
printf '\nmake %s: %dm%02ds (target %s)\n' $@ $$((elapsed / 60)) $$((elapsed % 60)) "$(2)"; exit $$status
endef

# The hub test needs JupyterHub's Node proxy: installed when npm is there (it is on this project's machines);
# without npm that one test says it was skipped and why.
# The site test (tests/browser/test_site.py) builds the static site when it is missing or stale: it needs
# the `site` extra (JupyterLite) and npm (the Pyodide runtime), both on this project's machines.
test: $(STAMP) $(SITE_STAMP) catalogues chromium $(if $(shell command -v npm),hub-proxy)
	@$(call timed,$(BIN)/ruff check && $(BIN)/python -m pytest $(XDIST),6 min)

# The quick loop while editing the core or the widgets: everything but the slow groups (the browser, the
# workshop room, the wheel build, JupyterLab, JupyterHub; see pyproject.toml's markers) and the notebooks
# (nbval re-runs every cell of every notebook; `make test` does).
SLOW := browser or room or wheel or lab or hub
test-fast: $(STAMP) catalogues
	@$(call timed,$(BIN)/python -m pytest tests -m "not ($(SLOW))" $(XDIST),2 min)

# Re-run every notebook in place after changing wording or widgets, so nbval compares fresh outputs.
# Widget state is left out: it holds nothing nbval checks and would bloat the diff.
# Each folder of notebooks/ holds one language's chapters (notebooks/<lang>/, tests/test_narrative.py),
# and the app notebook is committed run in that language too, so nbval covers its page: the same cells
# but for the language line (tests/test_ui_language.py checks that they stay in step). No language is
# named here: a new folder is all it takes.
NOTEBOOK_LANGUAGES := $(notdir $(patsubst %/,%,$(wildcard notebooks/*/)))
notebooks: $(STAMP) catalogues
	@for lang in $(NOTEBOOK_LANGUAGES); do \
	  sed "s/\"app = App()\"/\"app = App(language=\\\\\"$$lang\\\\\")\"/" notebooks/rebound.ipynb > notebooks/$$lang/rebound.ipynb; done
	@for nb in notebooks/*.ipynb notebooks/*/*.ipynb; do \
	  $(BIN)/jupyter nbconvert --to notebook --execute --inplace \
	    --ExecutePreprocessor.store_widget_state=False "$$nb" || exit 1; done

bench: $(STAMP)
	@for script in benchmarks/*.py; do echo "== $$script"; $(BIN)/python $$script || exit 1; done

clean:
	rm -rf $(VENV) tests/artifacts .pytest_cache
