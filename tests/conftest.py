"""Shared test plumbing: figures that tests measure are printed at the end of the run."""

from __future__ import annotations

import gc
import os
import shutil
import tempfile
from collections.abc import Callable, Generator

import pytest

from tests import postgres, scheduling

_FIGURES: list[str] = []
_OWN_CACHE = "ASKANYWAY_TESTS_OWN_CACHE"


def pytest_configure(config: pytest.Config) -> None:
    """A cache directory of the run's own, for the deck stamps (`adapters.content.deck_stamps`):
    set before the workers start, so they and every bot they start share it. A run never reads
    a stamp from the user's cache or leaves one there, and its first start checks the deck in
    full."""
    if _OWN_CACHE not in os.environ:
        os.environ[_OWN_CACHE] = os.environ["XDG_CACHE_HOME"] = tempfile.mkdtemp(
            prefix="askanyway-tests-"
        )
        config.add_cleanup(lambda: shutil.rmtree(os.environ.pop(_OWN_CACHE), ignore_errors=True))


@pytest.fixture
def report(request: pytest.FixtureRequest) -> Callable[[str], None]:
    """Record a figure (a recall, a count, a timing) to print in the run's summary.

    The figure rides on the test's report (`user_properties`), which pytest-xdist sends
    from its workers to the main process, so the summary has every worker's figures."""

    def record(line: str) -> None:
        request.node.user_properties.append((FIGURE, line))

    return record


FIGURE = "figure"


SLOW_SECONDS = 5.0
"""What a slow test takes when its marker does not say (`pytest.mark.slow(seconds=30)`)."""


def _expected_seconds(item: pytest.Item) -> float:
    marker = item.get_closest_marker("slow")
    return float(marker.kwargs.get("seconds", SLOW_SECONDS)) if marker else 0.0


ALONE_TESTS = "tests/scenarios/test_scaling.py"
"""The only file `make test` collects for its `alone` session (ALONE_TESTS in the Makefile)."""


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Refuse an `alone` test outside ALONE_TESTS, and order the rest (see `_slow_first`)."""
    strays = [
        item.nodeid
        for item in items
        if item.get_closest_marker("alone") and not item.nodeid.startswith(ALONE_TESTS)
    ]
    if strays:
        raise pytest.UsageError(
            f"tests marked alone must live in {ALONE_TESTS}, which is all `make test` collects "
            f"for them; elsewhere no session would run them: {', '.join(strays)}"
        )
    _slow_first(items)


def _slow_first(items: list[pytest.Item]) -> None:
    """Start the slow tests first, the longest first: those that wait on a bot they started,
    then those that compute (`pytest.mark.slow(computes=True)`), then the quick ones, those
    that read asks last (one worker takes them all, `tests.scheduling.READERS`, and the others
    find theirs first).

    The waiting ones spend most of their time on the platforms' pacing, not on the CPU, so
    they should overlap with the computing and the quick tests on other workers; `make test`
    hands them out spread over the workers and the run (`tests.scheduling`), each slow test to
    the first worker free for it, so no worker is left at the end with a queue of them while
    the others have stopped. (In chunks, as pytest-xdist hands them out by default, one worker
    once drew five of the longest and ran 60 s past the rest.) The order is the same in every
    worker, as pytest-xdist requires."""
    slow = sorted(
        (item for item in items if item.get_closest_marker("slow")),
        key=lambda item: (_computes(item), -_expected_seconds(item)),
    )
    quick = [item for item in items if not item.get_closest_marker("slow")]
    last = [item for item in quick if scheduling.reads_asks(item.nodeid)]
    items[:] = slow + [item for item in quick if not scheduling.reads_asks(item.nodeid)] + last
    waiting = sum(not _computes(item) for item in slow)
    scheduling.note_layout(os.environ.get(_OWN_CACHE), scheduling.Layout(waiting, len(slow)))


def _computes(item: pytest.Item) -> bool:
    marker = item.get_closest_marker("slow")
    return bool(marker and marker.kwargs.get("computes", False))


@pytest.hookimpl(optionalhook=True)
def pytest_xdist_make_scheduler(config: pytest.Config, log: object) -> object | None:
    """Waiting tests spread out, slow ones singly, quick ones by the dozen
    (`tests.scheduling`); other `--dist` modes as pytest-xdist makes them."""
    if config.getoption("dist") != "load":
        return None
    return scheduling.SlowSinglyQuickInBatches(config, log, os.environ.get(_OWN_CACHE))


@pytest.hookimpl(wrapper=True)
def pytest_collection() -> Generator[None, object, object]:
    """Keep the garbage collector off what lives all session: every module and test item.

    Collecting imports every test module and the libraries behind them, some 300,000
    objects that all live on, and the collector's passes over them while they were made took
    a seventh of the collection's CPU; it runs with the collector off. After it, Python's
    full collection would still walk them all, a dozen times a session (about 4 s of CPU in
    each worker): frozen, they are skipped (2 s), and a full collection after every hundred
    younger ones instead of every ten leaves the few that pytest asks for at the end."""
    gc.disable()
    try:
        return (yield)
    finally:
        gc.freeze()
        young, middle, _old = gc.get_threshold()
        gc.set_threshold(young, middle, 100)
        gc.enable()


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
