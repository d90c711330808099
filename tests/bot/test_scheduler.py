"""The tick job as `askanyway run` builds it: it must run, keep running, and stop cleanly."""

from __future__ import annotations

import asyncio

from bot.scheduler import Ticking, build_scheduler


async def test_the_tick_runs_by_itself_once_the_scheduler_starts() -> None:
    ticks = 0
    third = asyncio.Event()

    async def tick() -> None:
        nonlocal ticks
        ticks += 1
        if ticks == 3:
            third.set()

    scheduler = build_scheduler(tick, 0.05)
    scheduler.start()
    try:
        await asyncio.wait_for(third.wait(), timeout=5)
    finally:
        scheduler.shutdown(wait=False)
    assert ticks >= 3


async def test_a_failing_tick_does_not_stop_the_next_one() -> None:
    calls = 0
    second = asyncio.Event()

    async def tick() -> None:
        nonlocal calls
        calls += 1
        if calls == 2:
            second.set()
        raise RuntimeError("the database went away for a moment")

    scheduler = build_scheduler(tick, 0.05)
    scheduler.start()
    try:
        await asyncio.wait_for(second.wait(), timeout=5)
    finally:
        scheduler.shutdown(wait=False)
    assert calls >= 2


async def test_stopping_lets_a_tick_in_progress_finish_instead_of_cancelling_it() -> None:
    started, release = asyncio.Event(), asyncio.Event()
    finished: list[str] = []

    async def tick() -> None:
        started.set()
        await release.wait()  # a send, a database write...
        finished.append("the delivery was recorded")

    ticking = Ticking(tick, 0.05)
    ticking.start()
    await asyncio.wait_for(started.wait(), timeout=5)
    stopping = asyncio.create_task(ticking.stop())
    for _ in range(5):
        await asyncio.sleep(0)  # let the stop get as far as it can on its own
    assert not stopping.done()
    release.set()
    await asyncio.wait_for(stopping, timeout=5)
    assert finished == ["the delivery was recorded"]
    assert not ticking.scheduler.running


async def test_a_tick_that_outlasts_the_grace_period_is_cancelled_so_the_bot_can_stop() -> None:
    started = asyncio.Event()
    cancelled: list[bool] = []

    async def tick() -> None:
        started.set()
        try:
            await asyncio.Event().wait()
        except asyncio.CancelledError:
            cancelled.append(True)
            raise

    ticking = Ticking(tick, 0.05, grace=0.05)
    ticking.start()
    await asyncio.wait_for(started.wait(), timeout=5)
    await asyncio.wait_for(ticking.stop(), timeout=5)
    for _ in range(5):
        await asyncio.sleep(0)  # the cancellation reaches the tick on its next step
    assert cancelled == [True]


async def test_a_cancelled_tick_gets_the_last_of_the_grace_for_its_sends_then_is_cut_off() -> None:
    started = asyncio.Event()
    steps: list[str] = []

    async def tick() -> None:
        started.set()
        try:
            await asyncio.Event().wait()  # a long preparation
        except asyncio.CancelledError:
            steps.append("cancelled: the sends on the wire may finish")
            try:
                await asyncio.Event().wait()  # a platform that never answers
            except asyncio.CancelledError:
                steps.append("cut off")
                raise

    ticking = Ticking(tick, 0.05, grace=0.1, settle=0.05)
    ticking.start()
    await asyncio.wait_for(started.wait(), timeout=5)
    await asyncio.wait_for(ticking.stop(), timeout=5)
    for _ in range(5):
        await asyncio.sleep(0)  # the second cancellation reaches the tick on its next step
    assert steps == ["cancelled: the sends on the wire may finish", "cut off"]
    assert not ticking.scheduler.running
