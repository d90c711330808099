# Ask Anyway: `make run` starts the bot, `make test` runs every check CI runs.
# Both create .venv on first use; nothing is installed outside it, except that
# `make test` under CI=true installs and starts PostgreSQL when none answers.

PYTHON ?= $(shell for p in python3.13 python3.12 python3.11 python3; do \
	command -v $$p >/dev/null 2>&1 && $$p -c 'import sys; sys.exit(sys.version_info < (3, 11))' \
	2>/dev/null && echo $$p && break; done)
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

# The project's packages are installed by uv, a pip-compatible installer that pip puts into the
# venv the first time: from its cache it installs them in half the time pip takes (10 s against
# 20 s from a clean clone), and it compiles nothing up front: Python compiles what is imported,
# once, on first use (see PYTHONDONTWRITEBYTECODE above).
UV_READY := $(BIN)/python -m uv --version > /dev/null 2>&1 \
	|| $(BIN)/python -m pip install -qq 'uv>=0.13,<0.14'
UV := $(BIN)/python -m uv pip install --quiet --python $(BIN)/python
$(VENV)/.installed: pyproject.toml | $(BIN)/python
	@$(UV_READY)
	$(UV) -e .
	@touch $@

$(VENV)/.installed-dev: pyproject.toml | $(BIN)/python
	@$(UV_READY)
	$(UV) -e '.[dev]'
	@rm -f $(VENV)/.compiled
	@touch $@ $(VENV)/.installed

# The tests run in two pytest sessions at once. The three marked `alone` count 429s from a
# per-second limit shared by several bot processes, so their sends must leave on time:
# they run at normal priority, one after another, from the one file that holds them (so
# that session does not import every test module only to pick three; tests/conftest.py
# refuses an `alone` test anywhere else). Everything else runs beside them at a
# lower priority (nice 19), on three workers (tests/scheduling.py): the end-to-end tests that
# start a bot and wait on it go to two workers at a time, one each, with quick tests between
# them, and the third keeps the CPU busy with the rest, the tests that compute for seconds
# first: it alone runs the own-card check's tests, whose lexicons and glossaries every process
# that reads asks compiles for itself (spread over three workers, the session took 174 s,
# with 287 s of user CPU; so, 160 s with 268 s). (Handed out in order, the three first drew a
# waiting test each and the cores stood half idle for a minute.) Their bots send to a chat at 20 messages a second, not Telegram's
# one (TELEGRAM_PER_CHAT_PER_SECOND, tests/scenarios/_process.py): a day of practice took
# 40 s at Telegram's pace, 12 s at that one; the scaling tests and the stop test keep
# Telegram's pace. A fourth worker, tried while the bots still sent at Telegram's pace,
# filled the idle cores but cost its own start and compiled lexicons, some 10 s of CPU.
# Each session prints its own summary and figures.
ALONE_TESTS := tests/scenarios/test_scaling.py
PYTEST_ALONE := $(BIN)/pytest -m alone -p no:cacheprovider $(ALONE_TESTS)
PYTEST_REST := nice -n 19 $(BIN)/pytest -n 3 --maxschedchunk=1 -m "not alone"

# After an install nothing is compiled yet (uv compiles nothing, above), and the sessions'
# four processes, started at once, would each compile every module they import (five took
# 27 s of CPU for what one collection compiles in 7 s). So the first run after an install
# collects once, alone (beside mypy), before the sessions start.
WARM_UP := [ -f $(VENV)/.compiled ] || { $(BIN)/pytest --collect-only -q -p no:cacheprovider \
	> /dev/null 2>&1; touch $(VENV)/.compiled; }

unit: $(VENV)/.installed-dev postgres
	@$(WARM_UP); \
	( $(PYTEST_ALONE) > $(VENV)/alone.log 2>&1; echo $$? > $(VENV)/alone.status ) & \
	$(PYTEST_REST); tests=$$?; wait; \
	cat $(VENV)/alone.log; \
	[ "$$(cat $(VENV)/alone.status)" = 0 ] && exit $$tests || exit 1

# `make test` is lint, typecheck and unit, with the type check run beside the tests (it
# keeps one core busy for about ten seconds). Its report is printed after pytest's.
test: lint $(VENV)/.installed-dev postgres
	@( nice -n 19 $(BIN)/mypy > $(VENV)/mypy.log 2>&1; echo $$? > $(VENV)/mypy.status ) & \
	$(WARM_UP); \
	( $(PYTEST_ALONE) > $(VENV)/alone.log 2>&1; echo $$? > $(VENV)/alone.status ) & \
	$(PYTEST_REST); tests=$$?; wait; \
	cat $(VENV)/alone.log; \
	echo "mypy: $$(tail -n 1 $(VENV)/mypy.log)"; \
	if [ "$$(cat $(VENV)/mypy.status)" != 0 ]; then cat $(VENV)/mypy.log; exit 1; fi; \
	[ "$$(cat $(VENV)/alone.status)" = 0 ] && exit $$tests || exit 1

bench: $(VENV)/.installed-dev
	$(BIN)/askanyway bench chart
	$(BIN)/askanyway bench weekly
	$(BIN)/askanyway bench replies
	$(BIN)/askanyway bench tick

clean:
	rm -rf $(VENV) build *.egg-info .mypy_cache .pytest_cache .ruff_cache .hypothesis
