"""Flood control as tables of message times: who is let through, warned once, or dropped."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from core.flood import FloodControl, FloodLimit, Verdict

T0 = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
A, W, D = Verdict.ALLOW, Verdict.SLOW_DOWN, Verdict.DROP
THREE_A_MINUTE = FloodLimit(messages=3, window=timedelta(seconds=60))


def at(seconds: float) -> datetime:
    return T0 + timedelta(seconds=seconds)


CASES = {
    "under the limit everything passes": ([0, 1, 2], [A, A, A]),
    "the first message over the limit is warned, the rest dropped": (
        [0, 1, 2, 3, 4, 5],
        [A, A, A, W, D, D],
    ),
    "room comes back when the oldest message leaves the window": (
        [0, 1, 2, 3, 60],
        [A, A, A, W, A],
    ),
    "a message exactly one window later no longer counts the first": (
        [0, 10, 20, 60, 61],
        [A, A, A, A, W],
    ),
    "one warning per flood, even when room comes back in between": (
        [0, 1, 2, 3, 60, 60.5, 60.9],
        [A, A, A, W, A, D, D],
    ),
    "after a quiet window a new flood is warned again": (
        [0, 1, 2, 3, 200, 201, 202, 203],
        [A, A, A, W, A, A, A, W],
    ),
    "a steady pace under the limit never trips": (
        [0, 21, 42, 63, 84, 105, 126],
        [A, A, A, A, A, A, A],
    ),
    "a clock that goes back forgets the times now in the future": (
        [100, 101, 102, 50, 51],
        [A, A, A, A, A],
    ),
}


@pytest.mark.parametrize(("times", "expected"), CASES.values(), ids=CASES.keys())
def test_verdicts_follow_the_sliding_window(times: list[float], expected: list[Verdict]) -> None:
    gate = FloodControl(THREE_A_MINUTE)
    assert [gate.check("ana", at(t)) for t in times] == expected


def test_one_sender_flooding_leaves_another_untouched() -> None:
    gate = FloodControl(THREE_A_MINUTE)
    for second in range(10):
        gate.check(("telegram", "1"), at(second))
    assert gate.check(("telegram", "2"), at(10)) is A
    assert gate.check(("discord", "1"), at(10)) is A  # the same id on another platform
    assert gate.check(("telegram", "1"), at(10)) is D


def test_idle_senders_are_forgotten() -> None:
    gate = FloodControl(THREE_A_MINUTE)
    for n in range(50):
        gate.check(n, at(n / 100))
    assert len(gate) == 50
    gate.check("later", at(120))
    assert len(gate) == 1


def test_the_memory_is_bounded_by_the_least_recently_seen() -> None:
    gate = FloodControl(FloodLimit(messages=3, max_senders=5))
    for n in range(8):
        gate.check(n, at(n))
    assert len(gate) == 5
    gate.check(7, at(9))
    gate.check(99, at(10))
    assert len(gate) == 5


@pytest.mark.parametrize(
    "bad",
    [
        {"messages": 0},
        {"window": timedelta(0)},
        {"max_senders": 0},
    ],
)
def test_a_limit_that_would_silence_everyone_is_refused(bad: dict[str, object]) -> None:
    with pytest.raises(ValueError):
        FloodLimit(**bad)  # type: ignore[arg-type]


@settings(max_examples=200, deadline=None)
@given(gaps=st.lists(st.floats(min_value=0, max_value=30), max_size=120))
def test_no_window_ever_lets_more_than_the_limit_through(gaps: list[float]) -> None:
    gate = FloodControl(THREE_A_MINUTE)
    now, admitted, warnings = T0, [], 0
    for gap in gaps:
        now += timedelta(seconds=gap)
        verdict = gate.check("ana", now)
        admitted += [now] if verdict is A else []
        warnings += verdict is W
    for moment in admitted:
        inside = [t for t in admitted if moment - timedelta(seconds=60) < t <= moment]
        assert len(inside) <= 3
    assert warnings <= max(1, len(gaps) - 3)
