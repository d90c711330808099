"""`askanyway bench tick` on a few dozen users, so the benchmark keeps working.

The full run (a million users, minutes) is `make bench`; this only checks that every
section runs and prints its figures. It asserts no timing.
"""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from adapters.store.seeding import Population, onboarded, seed
from adapters.store.sql_store import SqlStore
from bot.bench.tick import TickBench, run
from bot.cli import main
from tests.fakes.chat import migrated_sqlite
from tests.scenarios._fanout import CARD_AT


async def test_the_tick_bench_prints_every_figure_on_a_small_database(tmp_path: Path) -> None:
    url = f"sqlite+aiosqlite:///{tmp_path / 'bench.db'}"
    options = TickBench(users=20, population=30, latency_ms=1, seconds=0, databases=[url])
    out = io.StringIO()

    assert await run(options, out) == 0

    printed = out.getvalue()
    assert "30 users:" in printed
    assert "uses the next_due_at index: yes" in printed
    assert "no latency: bot" in printed and "1 ms latency: bot" in printed
    assert "(20 in" in printed  # run to the end, every due user got a card
    assert "tracemalloc peak" in printed and "skipped" not in printed


async def test_the_tick_bench_refuses_a_database_with_real_users(tmp_path: Path) -> None:
    url = await migrated_sqlite(tmp_path, tmp_path / "template" / "askanyway.db")
    await seed(url, Population(onboarded("telegram", CARD_AT), 3))
    out = io.StringIO()

    await run(TickBench(users=10, population=10, seconds=0, databases=[url]), out)

    assert "skipped: it holds 3 real users" in out.getvalue()
    store = SqlStore.from_url(url)
    assert await store.user_by_identity("telegram", "2") is not None  # left as it was
    await store.close()


def test_the_command_line_offers_the_tick_bench_with_its_options(
    capsys: pytest.CaptureFixture[str],
) -> None:
    with pytest.raises(SystemExit) as done:
        main(["bench", "tick", "--help"])
    assert done.value.code == 0
    shown = capsys.readouterr().out
    assert all(option in shown for option in ("--users", "--latency-ms", "--database"))
