"""Shared test plumbing: figures that tests measure are printed at the end of the run."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests import postgres

_FIGURES: list[str] = []


@pytest.fixture
def report() -> Callable[[str], None]:
    """Record a figure (a recall, a count, a timing) to print in the run's summary."""
    return _FIGURES.append


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    if _FIGURES:
        terminalreporter.section("figures")
        for line in _FIGURES:
            terminalreporter.write_line(line)


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    """Drop the PostgreSQL databases this run created (see `tests.postgres`)."""
    _FIGURES.extend(postgres.drop_created())
