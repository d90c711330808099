"""How `make test` hands tests to its workers: waiting ones spread out, quick ones by the dozen.

The collection starts with the slow tests (`tests.conftest._slow_first`): first the end-to-end
ones, which start the bot as a child process and spend most of their time waiting on it and on
the platforms' pacing (one Telegram message a second per chat), then the few that compute for
seconds (training, screening thousands of texts), then the ten thousand quick ones.

- **Waiting tests are spread out.** Handed out in order, each of `make test`'s three workers
  drew a waiting test at the start, and the two cores sat half idle for the first minute
  (`vmstat`: 50 to 88 % idle from 25 s to 80 s of a 233 s run). Now at most `WAITING_WORKERS`
  workers (and always one fewer than there are) hold a waiting test at a time, one each, and
  run quick tests between them; the others keep the CPU busy, the computing tests first.
  (`make test`'s bots also send faster than Telegram allows, to the fake server only, so
  the waiting is shorter: the Makefile says how much.)
- **Quick tests go out by the dozen.** Every hand-out is a message between the main process and
  a worker, and one at a time that came to nearly 2 ms of CPU per test, a quick test's own
  time: 3,000 empty tests took 12.8 s of CPU on three workers one at a time and 7.4 s four at
  a time. A worker whose queue runs low gets a dozen; one that holds a waiting test gets them
  one at a time, so none sits queued behind the waiting.
- **Slow tests go out singly,** each to the first worker free for it, longest first, so no
  worker ends with a queue of them while the others have stopped.

A worker runs a test once it holds the next one (pytest runs a test knowing what comes after
it), so every worker is kept holding two: the one it runs and the one it runs next.

The main process does not collect, so it does not know which tests are which: each worker
writes how the collection starts to the run's own cache directory (`note_layout`), and the
scheduler reads it when it starts handing out. Without it (a run without `make test`'s options,
say) the tests are handed out in order, as pytest-xdist hands them out.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from xdist.scheduler import LoadScheduling

LOW = 4
"""A worker holding fewer quick tests than this gets more."""
BATCH = 12
"""How many quick tests a worker holds after it got more."""
WAITING_WORKERS = 2
"""At most this many workers hold a waiting test at once (and always one fewer than there are)."""
_LAYOUT = "collection-layout"


@dataclass(frozen=True)
class Layout:
    """The collection's first `waiting` tests wait on a child process; up to `slow` are slow."""

    waiting: int
    slow: int


def note_layout(cache: str | None, layout: Layout) -> None:
    """In a worker, after ordering: how the collection starts."""
    if cache is None:
        return
    path = Path(cache) / _LAYOUT
    temporary = path.with_name(f"{_LAYOUT}.{os.getpid()}")
    temporary.write_text(f"{layout.waiting} {layout.slow}", encoding="ascii")
    temporary.replace(path)  # every worker writes the same numbers; none reads half of them


def read_layout(cache: str | None) -> Layout | None:
    if cache is None:
        return None
    try:
        waiting, slow = map(int, (Path(cache) / _LAYOUT).read_text(encoding="ascii").split())
    except (OSError, ValueError):
        return None
    return Layout(waiting, slow) if 0 <= waiting <= slow else None


class SlowSinglyQuickInBatches(LoadScheduling):  # type: ignore[misc]  # xdist is untyped
    """pytest-xdist's load scheduling, choosing which pending test each worker gets."""

    def __init__(self, config: Any, log: Any, cache: str | None) -> None:
        super().__init__(config, log)
        self._cache = cache
        self._layout: Layout | None = None

    def schedule(self) -> None:
        if self.collection is None:  # the workers have finished collecting (and ordering)
            self._layout = read_layout(self._cache)
        super().schedule()  # its first hand-out goes through `_send_tests`, below

    def check_schedule(self, node: Any, duration: float = 0) -> None:
        layout, pending = self._layout, self.pending
        if layout is None or node.shutting_down or not pending:
            super().check_schedule(node, duration)  # one at a time, or the end
            return
        held = self.node2pending[node]
        wanted = 2
        if not self._holds_waiting(held) and self._choose(node, []) >= layout.slow:
            wanted = BATCH if len(held) < LOW else 0  # quick ones come next: a dozen
        if len(held) < wanted:
            self._send_tests(node, wanted - len(held))

    def _send_tests(self, node: Any, num: int) -> None:
        if self._layout is None:
            super()._send_tests(node, num)
            return
        chosen: list[int] = []
        while self.pending and len(chosen) < num:
            index = self._choose(node, chosen)
            self.pending.remove(index)
            chosen.append(index)
        if chosen:
            self.node2pending[node].extend(chosen)
            node.send_runtest_some(chosen)

    def _choose(self, node: Any, chosen: list[int]) -> int:
        """The pending test `node` gets next: a waiting test if it holds none and another
        worker may still start one, else the first other test (after a waiting one, a quick
        one: a computing test is not held back behind the waiting), else whatever is
        left, so no worker is ever left holding too few tests to run."""
        assert self._layout is not None
        waiting, slow = self._layout.waiting, self._layout.slow
        pending, held = self.pending, [*self.node2pending[node], *chosen]
        if pending[0] < waiting and not self._holds_waiting(held):
            others = sum(self._holds_waiting(h) for n, h in self.node2pending.items() if n != node)
            if others < min(WAITING_WORKERS, max(1, len(self.node2pending) - 1)):
                return int(pending[0])
        for first in (slow, waiting) if self._holds_waiting(held) else (waiting,):
            found = next((index for index in pending if index >= first), None)
            if found is not None:
                return int(found)
        return int(pending[0])

    def _holds_waiting(self, held: list[int]) -> bool:
        assert self._layout is not None
        return any(index < self._layout.waiting for index in held)
