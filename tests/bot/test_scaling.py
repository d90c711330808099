"""The several-processes wiring: the heartbeat registered at start and gone at stop, its
takeovers said at WARNING and counted, 429s counted and said without flooding the log."""

from __future__ import annotations

import logging
from contextlib import AsyncExitStack
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from adapters.store.liveness import SqlLiveness
from adapters.store.liveness_schema import processes
from adapters.store.sql_store import SqlStore
from bot.metrics import Metrics
from bot.scaling import FloodLog, shared_pace, start_heartbeat
from bot.settings import load_settings
from tests.fakes.chat import FixedClock, migrated_sqlite

T0 = datetime(2026, 3, 2, 8, 0, tzinfo=UTC)


async def _names(store: SqlStore) -> set[str]:
    async with store.engine.connect() as connection:
        return set((await connection.execute(select(processes.c.id))).scalars())


async def test_a_process_beats_from_start_takes_over_the_quiet_and_leaves_at_stop(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    url = await migrated_sqlite(tmp_path, tmp_path / "template" / "askanyway.db")
    store = SqlStore.from_url(url)
    clock = FixedClock(T0)
    metrics = Metrics()
    settings = load_settings(ASKANYWAY_PROCESS_TIMEOUT_SECONDS="15")
    other = SqlStore.from_url(url)
    try:
        gone = SqlLiveness(other)
        await gone.beat(T0 - timedelta(minutes=1))  # a process that crashed a minute ago
        with caplog.at_level(logging.WARNING, logger="bot.scaling"):
            async with AsyncExitStack() as stack:
                heartbeat = await start_heartbeat(settings, store, clock, metrics, stack)
                running = await _names(store)
            stopped = await _names(store)
    finally:
        await store.close()
        await other.close()

    assert running == {heartbeat.liveness.process}  # the crashed one is gone, this one in
    assert stopped == set()  # a clean stop leaves no heartbeat behind to wait out
    assert heartbeat.may_send(T0)
    assert "of 1 processes gone quiet" in caplog.text
    assert shared_pace(store) is None  # SQLite: one process, nothing shared
    assert b"askanyway_claims_taken_over_total 0.0" in metrics.text()  # no claims were held


def test_429s_are_counted_each_and_said_at_most_every_ten_seconds(
    caplog: pytest.LogCaptureFixture,
) -> None:
    now = [0.0]
    metrics = Metrics()
    floods = FloodLog(metrics, clock=lambda: now[0])
    with caplog.at_level(logging.WARNING, logger="bot.scaling"):
        for second in range(5):
            now[0] = float(second)
            floods("telegram", 1.0)
        now[0] = 11.0
        floods("telegram", 3.0)

    said = [r.getMessage() for r in caplog.records if r.levelno == logging.WARNING]
    assert len(said) == 2
    assert said[0].startswith("rate limited (HTTP 429): 1 on telegram")
    assert said[1].startswith("rate limited (HTTP 429): 5 on telegram; asked to wait up to 3 s")
    assert b'askanyway_rate_limited_total{platform="telegram"} 6.0' in metrics.text()
