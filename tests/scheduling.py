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
- **The own-card check's tests go to one worker** (`READERS`). The check compiles its
  lexicons' phrases and its glossaries' patterns the first time an ask needs them, some ten
  seconds of CPU in every process that reads many asks. Spread over three workers, those
  tests took 161 s of CPU; on one, 121 s (`pytest -n 3` against `-n 1`, over
  `tests/core/test_asks*.py`, beside other work). So the last worker takes them (it holds no
  waiting test while they last) and the others never do; a worker left with nothing it may take
  stops. The niced session of `make test`, run back to back on one idle clone, took 174 s (287 s
  of user CPU) with the tests spread, and 161 s and 160 s (269 s and 267 s) with them on one
  worker. Only a run with end-to-end tests does this, where the other workers have those to
  wait on: a run of the check's tests alone (`pytest -n 2 tests/core/test_asks_r4*.py`) is
  spread over all its workers, or it would run on one.

A worker runs a test once it holds the next one (pytest runs a test knowing what comes after
it), so every worker is kept holding two: the one it runs and the one it runs next.

The main process does not collect, so it knows the tests by name only (each worker sends it
their ids, which is how it finds those that read asks), not by their marks: each worker
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
READERS = (
    "tests/core/test_asks",
    "tests/core/test_deck_ethics.py",
    "tests/core/test_own_cards.py",
)
"""The test files that read many asks with the own-card check (`core.asks`)."""


def reads_asks(nodeid: str) -> bool:
    return nodeid.startswith(READERS)


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
        self._reads: frozenset[int] = frozenset()
        """The tests that read asks (`READERS`)."""
        self._readers: list[int] = []
        """Those of them still pending, in order: the reader's next is the first."""

    def schedule(self) -> None:
        if self.collection is None:  # the workers have finished collecting (and ordering)
            self._layout = read_layout(self._cache)
            ids: list[str] = next(iter(self.node2collection.values()), [])
            if self._layout and self._layout.waiting:  # beside end-to-end tests only, below
                self._reads = frozenset(i for i, nodeid in enumerate(ids) if reads_asks(nodeid))
                self._readers = sorted(self._reads)
        super().schedule()  # its first hand-out goes through `_send_tests`, below

    def remove_node(self, node: Any) -> str | None:
        """A worker that stopped hands back what it held (a crash): its tests that read asks
        go to the next reader."""
        crashed: str | None = super().remove_node(node)
        self._readers = sorted(i for i in self.pending if i in self._reads)
        return crashed

    def check_schedule(self, node: Any, duration: float = 0) -> None:
        layout, pending = self._layout, self.pending
        if layout is None or node.shutting_down or not pending:
            super().check_schedule(node, duration)  # one at a time, or the end
            return
        held, following = self.node2pending[node], self._choose(node, [])
        if following is not None:
            wanted = 2
            if not self._holds_waiting(held) and following >= layout.slow:
                wanted = BATCH if len(held) < LOW else 0  # quick ones come next: a dozen
            if len(held) < wanted:
                self._send_tests(node, wanted - len(held))
        if self._choose(node, []) is None:  # what is left reads asks, for another worker
            node.shutdown()  # it runs what it holds and stops, not waiting for a next one

    def _send_tests(self, node: Any, num: int) -> None:
        if self._layout is None:
            super()._send_tests(node, num)
            return
        chosen: list[int] = []
        while self.pending and len(chosen) < num:
            index = self._choose(node, chosen)
            if index is None:
                break
            self.pending.remove(index)
            if index in self._reads:
                self._readers.remove(index)  # the first, but for a crashed worker's
            chosen.append(index)
        if chosen:
            self.node2pending[node].extend(chosen)
            node.send_runtest_some(chosen)

    def _reader(self) -> Any:
        """The worker that runs the tests that read asks: the last, which `_choose` gives no
        waiting test while they last (of three workers, the two others hold those)."""
        return next(reversed([n for n in self.node2pending if not n.shutting_down]), None)

    def _choose(self, node: Any, chosen: list[int]) -> int | None:
        """The pending test `node` gets next: if it is the reader, the first that reads asks
        while they last; else a waiting test if it holds none and another worker may still
        start one, else the first other test (after a waiting one, a quick one: a computing
        test is not held back behind the waiting), else whatever is left that it may take,
        so no worker is ever left holding too few tests to run; None if nothing is."""
        assert self._layout is not None
        if self._readers and node is self._reader():
            return int(self._readers[0])
        waiting, slow = self._layout.waiting, self._layout.slow
        held = [*self.node2pending[node], *chosen]
        reads = self._reads if self._readers and len(self.node2pending) > 1 else frozenset()
        pending = (index for index in self.pending if index not in reads)  # those come last
        first: int | None = next(pending, None)
        if first is None:
            return None
        if first < waiting and not self._holds_waiting(held):
            others = sum(self._holds_waiting(h) for n, h in self.node2pending.items() if n != node)
            if others < min(WAITING_WORKERS, max(1, len(self.node2pending) - 1)):
                return first
        for start in (slow, waiting) if self._holds_waiting(held) else (waiting,):
            found = next((i for i in self.pending if i >= start and i not in reads), None)
            if found is not None:
                return int(found)
        return first

    def _holds_waiting(self, held: list[int]) -> bool:
        assert self._layout is not None
        return any(index < self._layout.waiting for index in held)
