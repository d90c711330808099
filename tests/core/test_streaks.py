"""Streak rules as a table of small histories, plus properties over random ones."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from core.streaks import Streak, compute_streak

TODAY = date(2025, 3, 10)


def d(offset: int) -> date:
    """A day relative to TODAY: d(-1) is yesterday."""
    return TODAY + timedelta(days=offset)


def span(first: int, last: int) -> list[date]:
    """Every day from offset `first` to `last`, both included."""
    return [d(n) for n in range(first, last + 1)]


CASES = {
    "empty history": ([], [], Streak(0, 0, 0, (), False)),
    "single day today": ([d(0)], [], Streak(1, 1, 0, (), True)),
    "yesterday only keeps the run while today is not over": (
        [d(-1)],
        [],
        Streak(1, 1, 0, (), False),
    ),
    "a missed day without a freeze breaks the run": (
        [d(-3), d(-2), d(0)],
        [],
        Streak(1, 2, 0, (), True),
    ),
    "a missed yesterday without a freeze leaves nothing today": (
        [d(-2)],
        [],
        Streak(0, 1, 0, (), False),
    ),
    "a freeze earned by seven days covers a gap": (
        [*span(-9, -3), d(-1), d(0)],
        [],
        Streak(9, 9, 0, (d(-2),), True),
    ),
    "two gaps with two freezes": (
        [*span(-20, -7), *span(-5, -4), *span(-2, 0)],
        [],
        Streak(19, 19, 0, (d(-6), d(-3)), True),
    ),
    "earning caps at two freezes": (span(-20, 0), [], Streak(21, 21, 2, (), True)),
    "a freeze covering yesterday keeps the run before today is practised": (
        span(-8, -2),
        [],
        Streak(7, 7, 0, (d(-1),), False),
    ),
    "a gap longer than the freezes breaks the run and gives the freeze back": (
        [*span(-10, -4), d(-1)],
        [],
        Streak(1, 7, 1, (), False),
    ),
    "a missed day with no run to save spends no freeze": (
        [*span(-30, -24), d(-1), d(0)],
        [],
        Streak(2, 7, 1, (), True),
    ),
    "rest days in the middle keep the run without adding": (
        [d(-4), d(-3), d(-1), d(0)],
        [d(-2)],
        Streak(4, 4, 0, (), True),
    ),
    "rest today keeps the run": ([d(-2), d(-1)], [d(0)], Streak(2, 2, 0, (), False)),
    "rest days after a broken run count for nothing": (
        [d(-10)],
        span(-5, 0),
        Streak(0, 1, 0, (), False),
    ),
    "rest days before the first practice count for nothing": (
        [d(0)],
        span(-5, -1),
        Streak(1, 1, 0, (), True),
    ),
    "a day of both rest and practice counts as practice": (
        [d(-1), d(0)],
        [d(0)],
        Streak(2, 2, 0, (), True),
    ),
    "future dates are ignored": (
        [d(-1), d(0), d(1), d(2)],
        [d(3)],
        Streak(2, 2, 0, (), True),
    ),
    "only future dates is an empty history": ([d(1)], [d(2)], Streak(0, 0, 0, (), False)),
    "duplicates count once": ([d(-1), d(-1), d(0), d(0), d(0)], [], Streak(2, 2, 0, (), True)),
}


@pytest.mark.parametrize(("practice", "rest", "expected"), CASES.values(), ids=CASES.keys())
def test_streak_table(practice, rest, expected):
    assert compute_streak(practice, rest, TODAY) == expected


def test_rest_day_keeps_the_streak_alive():
    with_rest = compute_streak([d(-2), d(0)], [d(-1)], TODAY)
    without = compute_streak([d(-2), d(0)], [], TODAY)
    assert (with_rest.current, without.current) == (2, 1)


def test_freeze_every_and_max_freezes_are_honoured():
    streak = compute_streak(span(-5, 0), [], TODAY, freeze_every=2, max_freezes=5)
    assert streak.freezes_held == 3


def test_iterators_are_accepted_once():
    streak = compute_streak(iter([d(-1), d(0)]), iter([]), TODAY)
    assert streak.current == 2


@pytest.mark.parametrize(("freeze_every", "max_freezes"), [(0, 2), (7, -1)])
def test_nonsense_settings_are_refused(freeze_every, max_freezes):
    with pytest.raises(ValueError):
        compute_streak([], [], TODAY, freeze_every=freeze_every, max_freezes=max_freezes)


offsets = st.sets(st.integers(min_value=-40, max_value=3), max_size=40)
freeze_every = st.integers(min_value=1, max_value=10)
max_freezes = st.integers(min_value=0, max_value=3)
FAST = settings(max_examples=150, deadline=None)


def days(offset_set: set[int]) -> list[date]:
    return [d(n) for n in offset_set]


def run_ending_today_or_yesterday(practice: set[int]) -> int:
    """The plain rule with no freezes or rest: consecutive practice days back from today."""
    day = 0 if 0 in practice else -1
    count = 0
    while day in practice:
        count += 1
        day -= 1
    return count


def longest_run(practice: set[int]) -> int:
    past = {n for n in practice if n <= 0}
    return max((run_ending_at(past, n) for n in past), default=0)


def run_ending_at(practice: set[int], last: int) -> int:
    count = 0
    while last - count in practice:
        count += 1
    return count


@FAST
@given(offsets, offsets, freeze_every, max_freezes)
def test_current_never_exceeds_longest(practice, rest, every, most):
    streak = compute_streak(days(practice), days(rest), TODAY, freeze_every=every, max_freezes=most)
    assert 0 <= streak.current <= streak.longest


@FAST
@given(offsets, offsets, freeze_every, max_freezes)
def test_practising_today_never_lowers_current(practice, rest, every, most):
    before = compute_streak(days(practice), days(rest), TODAY, freeze_every=every, max_freezes=most)
    after = compute_streak(
        [*days(practice), TODAY], days(rest), TODAY, freeze_every=every, max_freezes=most
    )
    assert after.current >= before.current
    assert after.practised_today


@FAST
@given(offsets, offsets, freeze_every, max_freezes)
def test_freezes_held_stay_within_bounds(practice, rest, every, most):
    streak = compute_streak(days(practice), days(rest), TODAY, freeze_every=every, max_freezes=most)
    assert 0 <= streak.freezes_held <= most


@FAST
@given(offsets, offsets, freeze_every, max_freezes)
def test_frozen_days_are_past_missed_days_oldest_first(practice, rest, every, most):
    streak = compute_streak(days(practice), days(rest), TODAY, freeze_every=every, max_freezes=most)
    frozen = list(streak.frozen_days)
    assert frozen == sorted(set(frozen))
    assert all(day < TODAY for day in frozen)
    assert not set(frozen) & (set(days(practice)) | set(days(rest)))


@FAST
@given(offsets)
def test_without_freezes_or_rest_current_is_the_plain_run(practice):
    streak = compute_streak(days(practice), [], TODAY, max_freezes=0)
    assert streak.current == run_ending_today_or_yesterday(practice)
    assert streak.longest == longest_run(practice)
    assert streak.frozen_days == ()
