# Ask Anyway: `make run` starts the bot, `make test` runs every check CI runs.
# Both create .venv on first use; nothing is installed outside it, except that
# `make test` under CI=true installs and starts PostgreSQL when none answers.

PYTHON ?= $(shell for p in python3.13 python3.12 python3.11 python3; do \
	command -v $$p >/dev/null 2>&1 && $$p -c 'import sys; sys.exit(sys.version_info < (3, 11))' \
	&& echo $$p && break; done)
VENV := .venv
BIN := $(VENV)/bin

# Python keeps compiled modules in __pycache__ (git-ignored). Some environments turn that
# off (PYTHONDONTWRITEBYTECODE); then every test worker and every bot process the tests
# start compiles the whole tree again, which doubled the time each one took to start.
unexport PYTHONDONTWRITEBYTECODE

.PHONY: run console test lint typecheck unit bench postgres clean

$(BIN)/python:
	@test -n "$(PYTHON)" || { echo "Ask Anyway needs Python 3.11 or newer."; exit 1; }
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e .
	@touch $@

$(VENV)/.installed-dev: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	@touch $@ $(VENV)/.installed

run: $(VENV)/.installed
	$(BIN)/askanyway db upgrade
	$(BIN)/askanyway run

console: $(VENV)/.installed
	$(BIN)/askanyway console

postgres:
	./scripts/ensure-postgres

lint: $(VENV)/.installed-dev
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

typecheck: $(VENV)/.installed-dev
	$(BIN)/mypy

# Four workers on two cores: the end-to-end scenarios spend most of their time waiting on
# the platforms' pacing (one Telegram message a second per chat), so their waits overlap.
# The tests marked `alone` count 429s from a per-second limit shared by several bot
# processes: they run afterwards, one at a time, so other tests' load cannot bunch sends.
unit: $(VENV)/.installed-dev postgres
	$(BIN)/pytest -n 4 -m "not alone"
	$(BIN)/pytest -m alone

test: lint typecheck unit

bench: $(VENV)/.installed-dev
	$(BIN)/askanyway bench chart
	$(BIN)/askanyway bench weekly
	$(BIN)/askanyway bench replies
	$(BIN)/askanyway bench tick

clean:
	rm -rf $(VENV) build *.egg-info .mypy_cache .pytest_cache .ruff_cache .hypothesis
