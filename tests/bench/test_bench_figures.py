"""The benches print what they say they measured: every ask answered, every chart counted."""

from __future__ import annotations

import io

from bot.bench import weekly
from tests.bench import replies


async def test_every_help_in_the_reply_bench_gets_its_reply_timed() -> None:
    (result,) = await replies._measure(seconds=1.2, crowds=(2,), with_charts=False)
    assert result.asked >= 2 and len(result.replies_ms) == result.asked
    assert all(wait >= 0 for wait in result.replies_ms)
    assert "bot's own work" in result.bound()


def test_crowds_past_telegrams_overall_limit_are_said_to_be_bound_by_it() -> None:
    crowd = replies.Latencies(users=50, seconds=1.0, replies_ms=(1.0,), asked=1)
    assert "30 messages/s overall limit" in crowd.bound()


def test_the_weekly_day_is_extrapolated_from_the_sample_it_drew() -> None:
    result = weekly.measure(users=1_000, sample=3, niceness=0)
    assert len(result.worker_cpu_ms) == 3 and result.watched_renders == 1
    per_summary = sum(result.worker_cpu_ms) / 3 + result.loop_cpu_ms / 3
    assert abs(result.day_cpu_hours - 1_000 * per_summary / 3_600_000) < 1e-9
    out = io.StringIO()
    weekly.print_weekly(result, out)
    assert "CPU-hours" in out.getvalue() and "longest gap" in out.getvalue()
