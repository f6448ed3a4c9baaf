# The two commands: `make demo` (install, crawl the offline demo mirror) and `make test`.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: install demo test lint bench system-deps clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[test]"
	touch $(STAMP)

install: $(STAMP)

demo: install  ## install, then crawl the bundled demo mirror into khao-demo.db
	PYTHAINLP_OFFLINE=1 $(BIN)/khao demo --db khao-demo.db

system-deps:  ## Debian packages the tests drive for real: redis-server, chromium
	bash scripts/ensure_system_deps.sh

test: install system-deps lint  ## install, lint, then run every test (slow ones included)
	PYTHAINLP_OFFLINE=1 $(BIN)/python -m pytest -q

lint: install
	$(BIN)/ruff check . && $(BIN)/ruff format --check .

bench: install system-deps  ## the benchmark suite (not tests): see bench/RESULTS.md
	PYTHAINLP_OFFLINE=1 $(BIN)/python bench/run_all.py

clean:
	rm -rf $(VENV) build *.egg-info .pytest_cache .hypothesis
