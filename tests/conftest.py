"""Shared test plumbing: figures that tests measure are printed at the end of the run."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests import postgres

_FIGURES: list[str] = []


@pytest.fixture
def report(request: pytest.FixtureRequest) -> Callable[[str], None]:
    """Record a figure (a recall, a count, a timing) to print in the run's summary.

    The figure rides on the test's report (`user_properties`), which pytest-xdist sends
    from its workers to the main process, so the summary has every worker's figures."""

    def record(line: str) -> None:
        request.node.user_properties.append((FIGURE, line))

    return record


FIGURE = "figure"


SLOW_SPACING = 16
"""Quick tests between two slow ones in the run's order (see `pytest_collection_modifyitems`)."""


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Spread the slow end-to-end tests over the front of the run.

    They spend most of their time waiting on the platforms' pacing, not on the CPU. In file
    order they came late and together, so the run ended with workers waiting on them and the
    cores idle; spread out early, each wait overlaps with quick tests on the other workers.
    The order is the same in every worker, as pytest-xdist requires."""
    slow = [item for item in items if item.get_closest_marker("slow")]
    quick = [item for item in items if not item.get_closest_marker("slow")]
    ordered: list[pytest.Item] = []
    for n, item in enumerate(slow):
        ordered += [item, *quick[n * SLOW_SPACING : (n + 1) * SLOW_SPACING]]
    items[:] = ordered + quick[len(slow) * SLOW_SPACING :]


def pytest_runtest_logreport(report: pytest.TestReport) -> None:
    if report.when == "teardown":  # the last report of a test carries all its figures
        _FIGURES.extend(str(value) for key, value in report.user_properties if key == FIGURE)


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    if _FIGURES:
        terminalreporter.section("figures")
        for line in _FIGURES:
            terminalreporter.write_line(line)


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    """Drop the PostgreSQL databases this run created (see `tests.postgres`)."""
    _FIGURES.extend(postgres.drop_created())
