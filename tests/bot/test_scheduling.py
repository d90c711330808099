"""`make test`'s hand-out of tests to its workers (`tests.scheduling`): waiting tests spread
over all workers but one, slow ones singly, quick ones by the dozen, the tests that read asks
all to one worker, and one at a time for everything when the collection's layout is unknown."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from types import SimpleNamespace

from tests import scheduling


class _Worker:
    def __init__(self, name: str) -> None:
        self.name = name
        self.gateway = SimpleNamespace(id=name)
        self.shutting_down = False
        self.sent: list[list[int]] = []

    def send_runtest_some(self, indices: list[int]) -> None:
        self.sent.append(list(indices))

    def shutdown(self) -> None:
        self.shutting_down = True


def _started(
    tmp_path: Path,
    layout: scheduling.Layout | None,
    tests: int = 60,
    workers: int = 2,
    reading: Sequence[int] = (),
) -> tuple[scheduling.SlowSinglyQuickInBatches, list[_Worker]]:
    """A scheduler with its workers started; the tests numbered in `reading` read asks."""
    if layout is not None:
        scheduling.note_layout(str(tmp_path), layout)
    options = {"maxschedchunk": 1, "tx": [f"{workers}*popen"]}  # `make test`'s options
    config = SimpleNamespace(getoption=options.get, getvalue=options.get)
    scheduler = scheduling.SlowSinglyQuickInBatches(config, None, str(tmp_path))
    started = [_Worker(f"gw{i}") for i in range(workers)]
    ids = [
        f"{scheduling.READERS[0] if i in reading else 'tests/test_x'}.py::test_{i}"
        for i in range(tests)
    ]
    for worker in started:
        scheduler.add_node(worker)
        scheduler.add_node_collection(worker, ids)
    scheduler.schedule()
    return scheduler, started


def _finish_first(scheduler: scheduling.SlowSinglyQuickInBatches, worker: _Worker) -> None:
    scheduler.mark_test_complete(worker, scheduler.node2pending[worker][0], duration=0.01)


def _run_all(
    scheduler: scheduling.SlowSinglyQuickInBatches, workers: list[_Worker]
) -> list[tuple[list[list[int]], list[int]]]:
    """Every worker finishes its first test in turn until none holds any; what each held and
    what was left to hand out after every step."""
    seen: list[tuple[list[list[int]], list[int]]] = []
    while any(scheduler.node2pending[worker] for worker in workers):
        for worker in workers:
            if scheduler.node2pending[worker]:
                _finish_first(scheduler, worker)
            held = [list(scheduler.node2pending[w]) for w in workers]
            seen.append((held, list(scheduler.pending)))
    return seen


def test_slow_tests_go_out_singly_and_quick_ones_by_the_dozen(tmp_path: Path) -> None:
    scheduler, (first, _second) = _started(tmp_path, scheduling.Layout(waiting=0, slow=10))
    held = []
    while scheduler.node2pending[first]:
        _finish_first(scheduler, first)
        held.append(len(scheduler.node2pending[first]))
    assert first.sent[0] == [0, 1]  # the start: two each, as pytest-xdist gives them
    assert [batch for batch in first.sent[1:] if min(batch) < 10 and len(batch) > 1] == []
    assert max(held) == scheduling.BATCH  # the quick ones came a dozen at a time
    assert max(held[:5]) <= 2  # while slow ones were left, a worker held at most two


def test_waiting_tests_are_held_by_all_workers_but_one_and_one_each(tmp_path: Path) -> None:
    layout = scheduling.Layout(waiting=6, slow=8)
    scheduler, workers = _started(tmp_path, layout, tests=80, workers=3)
    assert [worker.sent[0] for worker in workers] == [[0, 8], [1, 9], [6, 7]]
    seen = _run_all(scheduler, workers)
    holding = [([sum(i < 6 for i in held) for held in step], left) for step, left in seen]
    assert max(max(counts) for counts, _ in holding) == 1  # never two on one worker
    assert max(sum(counts) for counts, _ in holding) == 2  # and never on all three
    assert all(sum(counts) == 2 for counts, left in holding if left and left[0] < 6)


def test_on_four_workers_two_hold_waiting_tests_and_two_compute(tmp_path: Path) -> None:
    layout = scheduling.Layout(waiting=8, slow=10)
    scheduler, workers = _started(tmp_path, layout, tests=120, workers=4)
    assert [worker.sent[0] for worker in workers] == [[0, 10], [1, 11], [8, 9], [12, 13]]
    seen = _run_all(scheduler, workers)
    counts = [sum(any(i < 8 for i in held) for held in step) for step, _ in seen]
    assert max(counts) == scheduling.WAITING_WORKERS == 2


def test_a_worker_holding_a_waiting_test_gets_quick_ones_singly(tmp_path: Path) -> None:
    layout = scheduling.Layout(waiting=3, slow=3)
    scheduler, workers = _started(tmp_path, layout, tests=100, workers=3)
    seen = _run_all(scheduler, workers)
    holds = [held for step, _ in seen for held in step]
    assert [held for held in holds if min(held, default=9) < 3 and len(held) > 2] == []
    assert max(len(held) for held in holds) == scheduling.BATCH


def test_without_the_layout_every_test_goes_out_singly_in_order(tmp_path: Path) -> None:
    scheduler, (first, _second) = _started(tmp_path, None)
    for _ in range(30):
        _finish_first(scheduler, first)
    assert all(len(batch) == 1 for batch in first.sent[1:])
    assert first.sent[:2] == [[0, 1], [4]]
    assert len(scheduler.node2pending[first]) <= 2


def test_every_test_is_handed_out_once_and_the_workers_stop(tmp_path: Path) -> None:
    scheduler, workers = _started(tmp_path, scheduling.Layout(waiting=3, slow=5), tests=40)
    _run_all(scheduler, workers)
    handed = sorted(i for worker in workers for batch in worker.sent for i in batch)
    assert handed == list(range(40))
    assert all(worker.shutting_down for worker in workers)


def test_an_unreadable_layout_is_no_layout(tmp_path: Path) -> None:
    (tmp_path / "collection-layout").write_text("five", encoding="ascii")
    assert scheduling.read_layout(str(tmp_path)) is None
    assert scheduling.read_layout(None) is None
    scheduling.note_layout(str(tmp_path), scheduling.Layout(2, 7))
    assert scheduling.read_layout(str(tmp_path)) == scheduling.Layout(2, 7)


def _handed(workers: list[_Worker]) -> list[list[int]]:
    return [sorted(i for batch in worker.sent for i in batch) for worker in workers]


def test_the_tests_that_read_asks_all_go_to_the_last_worker(tmp_path: Path) -> None:
    """The computing worker: the slow ones among them first, and no waiting test meanwhile."""
    layout = scheduling.Layout(waiting=4, slow=8)
    reading = [6, 7, *range(60, 100)]  # two computing tests and the last forty quick ones
    scheduler, workers = _started(tmp_path, layout, tests=100, workers=3, reading=reading)
    assert [worker.sent[0] for worker in workers] == [[0, 8], [1, 9], [6, 7]]
    _run_all(scheduler, workers)
    first, second, reader = _handed(workers)
    assert reader[: len(reading)] == reading  # first, and in order
    assert not set(reading) & set(first + second)
    assert not set(range(4)) & set(reader)  # the waiting ones: the others hold those
    assert sorted(first + second + reader) == list(range(100))
    assert all(worker.shutting_down for worker in workers)


def test_a_worker_left_with_only_tests_that_read_asks_stops_at_once(tmp_path: Path) -> None:
    layout = scheduling.Layout(waiting=1, slow=1)
    scheduler, (first, reader) = _started(tmp_path, layout, tests=40, reading=range(4, 40))
    assert first.sent == [[0, 1]] and reader.sent == [[4, 5]]
    _finish_first(scheduler, first)
    assert first.sent[1:] == [[2, 3]] and first.shutting_down  # runs 1 to 3, then stops
    _finish_first(scheduler, reader)
    assert reader.sent[1:] == [list(range(6, 6 + scheduling.BATCH - 1))]
    assert not reader.shutting_down


def test_one_worker_runs_every_test_that_reads_asks(tmp_path: Path) -> None:
    layout = scheduling.Layout(waiting=2, slow=4)
    scheduler, workers = _started(tmp_path, layout, tests=30, workers=1, reading=range(20, 30))
    _run_all(scheduler, workers)
    assert _handed(workers) == [list(range(30))]


def test_a_stopped_readers_tests_go_to_the_next_reader(tmp_path: Path) -> None:
    layout = scheduling.Layout(waiting=1, slow=1)
    scheduler, (first, reader) = _started(tmp_path, layout, tests=40, reading=range(20, 40))
    assert reader.sent == [[20, 21]]
    assert scheduler.remove_node(reader) == f"{scheduling.READERS[0]}.py::test_20"
    _run_all(scheduler, [first])
    assert _handed([first]) == [list(range(20)) + list(range(21, 40))]


def test_without_end_to_end_tests_those_that_read_asks_are_spread(tmp_path: Path) -> None:
    """A run of the check's own tests (`pytest -n 2 tests/core/test_asks_r4*.py`) keeps all
    its workers: only beside waiting tests does one worker take them all."""
    layout = scheduling.Layout(waiting=0, slow=2)
    scheduler, workers = _started(tmp_path, layout, tests=60, reading=range(1, 60))
    _run_all(scheduler, workers)
    first, second = _handed(workers)
    assert len(first) > 20 and len(second) > 20
    assert sorted(first + second) == list(range(60))
