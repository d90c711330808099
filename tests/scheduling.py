"""How `make test` hands tests to its workers: slow ones singly, quick ones by the dozen.

Handed out one at a time (`--maxschedchunk=1`), each free worker takes the longest slow test
left, so no worker ends with a queue of them (`tests.conftest._slow_first`). But every hand-out
is a message between the main process and a worker, and for the ten thousand quick tests that
came to nearly 2 ms of CPU per test, a quick test's own time: 3,000 empty tests took 12.8 s of
CPU on three workers one at a time and 7.4 s four at a time. So once the slow tests are all
handed out, a worker whose queue runs low gets a dozen quick ones at once; the most a worker
can be left holding at the end is a dozen quick tests.

The main process does not collect, so it does not know which tests are slow: each worker
writes how many the collection starts with to the run's own cache directory
(`tests.conftest.pytest_configure`), and the scheduler reads it when it starts handing out.
Without that number (a run without `make test`'s options, say) every test is handed out as a
slow one, one at a time, as before.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from xdist.scheduler import LoadScheduling

LOW = 4
"""A worker holding fewer quick tests than this gets more."""
BATCH = 12
"""How many quick tests a worker holds after it got more."""
_SLOW_COUNT = "slow-tests-first"


def note_slow_count(cache: str | None, count: int) -> None:
    """In a worker, after ordering: how many slow tests the collection starts with."""
    if cache is None:
        return
    path = Path(cache) / _SLOW_COUNT
    temporary = path.with_name(f"{_SLOW_COUNT}.{os.getpid()}")
    temporary.write_text(str(count), encoding="ascii")
    temporary.replace(path)  # every worker writes the same number; none reads half of one


def slow_count(cache: str | None) -> int | None:
    if cache is None:
        return None
    try:
        return int((Path(cache) / _SLOW_COUNT).read_text(encoding="ascii"))
    except (OSError, ValueError):
        return None


class SlowSinglyQuickInBatches(LoadScheduling):  # type: ignore[misc]  # xdist is untyped
    """pytest-xdist's load scheduling, with quick tests handed out in batches."""

    def __init__(self, config: Any, log: Any, cache: str | None) -> None:
        super().__init__(config, log)
        self._cache = cache
        self._slow: int | None = None

    def schedule(self) -> None:
        collection_is_new = self.collection is None
        if collection_is_new:  # the workers have finished collecting (and ordering)
            self._slow = slow_count(self._cache)
        super().schedule()

    def check_schedule(self, node: Any, duration: float = 0) -> None:
        pending = self.pending
        slow = self._slow if self._slow is not None else len(self.collection or ())
        if node.shutting_down or not pending or pending[0] < slow:
            super().check_schedule(node, duration)  # one at a time, or the end
            return
        held = len(self.node2pending[node])
        if held < LOW:
            self._send_tests(node, BATCH - held)
