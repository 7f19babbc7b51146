# Mutual: `make run` serves the demo, `make test` runs the whole suite, `make bench` the benchmarks.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
PORT ?= 8000
PYTEST_WORKERS ?= 2

.PHONY: run test lint bench install install-test clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(VENV)/.installed: pyproject.toml constraints.txt | $(BIN)/python
	$(BIN)/python -m pip install --quiet -c constraints.txt -e .
	touch $@

$(VENV)/.installed-test: pyproject.toml constraints.txt $(VENV)/.installed
	$(BIN)/python -m pip install --quiet -c constraints.txt -e ".[test]"
	touch $@

install: $(VENV)/.installed
install-test: $(VENV)/.installed-test

run: install
	$(BIN)/mutual migrate --noinput
	$(BIN)/mutual collectstatic --noinput --verbosity 0
	$(BIN)/mutual seed --demo --if-empty
	$(BIN)/mutual meetings refresh
	PORT=$(PORT) $(BIN)/mutual serve

lint: install-test
	$(BIN)/ruff check src tests bench

test: lint
	$(BIN)/mutual makemigrations --check --dry-run
	@if [ -n "$$TEST_DATABASE_URL" ]; then \
		$(BIN)/python -m pytest -n $(PYTEST_WORKERS) -q && \
		echo "--- again on $$TEST_DATABASE_URL" && \
		DATABASE_URL="$$TEST_DATABASE_URL" REDIS_URL="$$TEST_REDIS_URL" \
			$(BIN)/python -m pytest -n $(PYTEST_WORKERS) -q; \
	else \
		$(BIN)/python -m pytest -n $(PYTEST_WORKERS) -q; \
	fi

bench: install-test
	$(BIN)/python -m bench

clean:
	rm -rf $(VENV) var build src/*.egg-info
