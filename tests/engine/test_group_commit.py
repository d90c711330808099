"""`GroupCommit`: records from concurrent sends share transactions, and nobody is told
their record is durable before the transaction holding it has committed."""

from __future__ import annotations

import asyncio

import pytest

from core.engine.fan_out import GroupCommit


class Writes:
    """A database stand-in: each write waits until the test lets it commit."""

    def __init__(self) -> None:
        self.committed: list[list[int]] = []
        self.started = asyncio.Event()
        self.go = asyncio.Event()
        self.fail = False

    async def write(self, items: list[int]) -> None:
        self.started.set()
        await self.go.wait()
        if self.fail:
            raise ConnectionError("the database went away")
        self.committed.append(items)


async def test_records_that_arrive_during_a_commit_share_the_next_one() -> None:
    writes = Writes()
    records = GroupCommit(writes.write)

    first = asyncio.create_task(records.add(0))
    await writes.started.wait()  # the first commit is under way
    rest = [asyncio.create_task(records.add(n)) for n in range(1, 10)]
    await asyncio.sleep(0)  # one turn of the loop: each new task reaches its wait
    assert not any(task.done() for task in [first, *rest])  # nothing durable yet
    writes.go.set()
    await asyncio.gather(first, *rest)

    assert writes.committed == [[0], list(range(1, 10))]


async def test_a_failed_commit_fails_each_of_its_records_and_the_next_one_works() -> None:
    writes = Writes()
    records = GroupCommit(writes.write)
    writes.fail = True
    writes.go.set()

    failed = await asyncio.gather(*(records.add(n) for n in range(3)), return_exceptions=True)
    writes.fail = False
    await records.add(3)

    assert all(isinstance(error, ConnectionError) for error in failed)
    assert writes.committed == [[3]]


async def test_a_waiter_cancelled_meanwhile_does_not_stop_the_others() -> None:
    writes = Writes()
    records = GroupCommit(writes.write)
    leaving = asyncio.create_task(records.add(1))
    staying = asyncio.create_task(records.add(2))
    await writes.started.wait()

    leaving.cancel()
    writes.go.set()
    await staying

    with pytest.raises(asyncio.CancelledError):
        await leaving
    assert writes.committed == [[1, 2]]
