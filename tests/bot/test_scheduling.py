"""`make test`'s hand-out of tests to its workers (`tests.scheduling`): slow ones singly,
quick ones by the dozen, and one at a time for everything when the slow count is unknown."""

from __future__ import annotations

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
    tmp_path: Path, slow: int | None, tests: int = 60
) -> tuple[scheduling.SlowSinglyQuickInBatches, list[_Worker]]:
    if slow is not None:
        scheduling.note_slow_count(str(tmp_path), slow)
    options = {"maxschedchunk": 1, "tx": ["2*popen"]}  # `make test`'s, on two workers
    config = SimpleNamespace(getoption=options.get, getvalue=options.get)
    scheduler = scheduling.SlowSinglyQuickInBatches(config, None, str(tmp_path))
    workers = [_Worker("gw0"), _Worker("gw1")]
    ids = [f"tests/test_x.py::test_{i}" for i in range(tests)]
    for worker in workers:
        scheduler.add_node(worker)
        scheduler.add_node_collection(worker, ids)
    scheduler.schedule()
    return scheduler, workers


def _finish_first(scheduler: scheduling.SlowSinglyQuickInBatches, worker: _Worker) -> None:
    scheduler.mark_test_complete(worker, scheduler.node2pending[worker][0], duration=0.01)


def test_slow_tests_go_out_singly_and_quick_ones_by_the_dozen(tmp_path: Path) -> None:
    scheduler, (first, _second) = _started(tmp_path, slow=10)
    held = []
    while scheduler.node2pending[first]:
        _finish_first(scheduler, first)
        held.append(len(scheduler.node2pending[first]))
    assert first.sent[0] == [0, 1]  # the start: two each, as pytest-xdist gives them
    assert [batch for batch in first.sent[1:] if min(batch) < 10 and len(batch) > 1] == []
    assert max(held) == scheduling.BATCH  # the quick ones came a dozen at a time
    assert max(held[:5]) <= 2  # while slow ones were left, a worker held at most two


def test_without_the_slow_count_every_test_goes_out_singly(tmp_path: Path) -> None:
    scheduler, (first, _second) = _started(tmp_path, slow=None)
    for _ in range(30):
        _finish_first(scheduler, first)
    assert all(len(batch) == 1 for batch in first.sent[1:])
    assert len(scheduler.node2pending[first]) <= 2


def test_every_test_is_handed_out_once_and_the_workers_stop(tmp_path: Path) -> None:
    scheduler, workers = _started(tmp_path, slow=5, tests=40)
    while any(scheduler.node2pending[worker] for worker in workers):
        for worker in workers:
            if scheduler.node2pending[worker]:
                _finish_first(scheduler, worker)
    handed = sorted(i for worker in workers for batch in worker.sent for i in batch)
    assert handed == list(range(40))
    assert all(worker.shutting_down for worker in workers)
