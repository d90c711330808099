"""The progress series as tables of small histories, plus properties over random ones."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from core.calibration import Prediction, mirror
from core.model import Attempt, AttemptStatus, Outcome
from core.progress import (
    FIRST_STEPS_BELOW,
    WEEKS,
    DayKind,
    MoodPoint,
    WeekOutcomes,
    build_progress,
    window_start,
)

TODAY = date(2026, 5, 20)  # a Wednesday
MONDAY = date(2026, 5, 18)


def d(offset: int) -> date:
    """A day relative to TODAY: d(-1) is yesterday."""
    return TODAY + timedelta(days=offset)


def attempt(
    day: date,
    outcome: Outcome | None = Outcome.NO,
    *,
    mood: int | None = None,
    predicted: int | None = None,
    level: int = 1,
    at: int = 9,
    number: int = 0,
) -> Attempt:
    return Attempt(
        id=number or day.toordinal() * 100 + at,
        user_id=1,
        card_id="c",
        level=level,
        domain="everyday",
        local_date=day,
        created_at=datetime.combine(day, time(at), UTC),
        status=AttemptStatus.RECORDED if outcome else AttemptStatus.OPEN,
        predicted_yes=predicted,
        outcome=outcome,
        mood=mood,
    )


def kinds(attempts=(), rest=(), frozen=(), joined=None) -> dict[date, DayKind]:
    progress = build_progress(attempts, rest, frozen, TODAY, joined=joined)
    return {day.day: day.kind for day in progress.days}


def test_the_window_is_twelve_whole_iso_weeks_ending_with_this_one() -> None:
    progress = build_progress([], [], [], TODAY)
    assert len(progress.days) == 7 * WEEKS and len(progress.weeks) == WEEKS
    assert progress.days[0].day == window_start(TODAY) == MONDAY - timedelta(weeks=11)
    assert progress.days[0].day.weekday() == 0
    assert progress.days[-1].day == date(2026, 5, 24)  # this week's Sunday
    assert [w.monday for w in progress.weeks] == [
        progress.days[0].day + timedelta(weeks=n) for n in range(WEEKS)
    ]


DAY_CASES = {
    "an ask makes a practice day": ([attempt(d(-2))], [], [], d(-2), DayKind.PRACTICE),
    "a waiting answer is practice": (
        [attempt(d(-2), Outcome.WAITING)],
        [],
        [],
        d(-2),
        DayKind.PRACTICE,
    ),
    "not trying is no practice": (
        [attempt(d(-2), Outcome.DIDNT_TRY)],
        [],
        [],
        d(-2),
        DayKind.MISSED,
    ),
    "an open card without an answer is no practice": (
        [attempt(d(-2), None)],
        [],
        [],
        d(-2),
        DayKind.MISSED,
    ),
    "practice beats rest on the same day": ([attempt(d(-2))], [d(-2)], [], d(-2), DayKind.PRACTICE),
    "a rest day": ([], [d(-2)], [], d(-2), DayKind.REST),
    "rest beats a freeze": ([], [d(-2)], [d(-2)], d(-2), DayKind.REST),
    "a freeze covers a missed day": ([], [], [d(-2)], d(-2), DayKind.FREEZE),
    "an empty past day": ([], [], [], d(-2), DayKind.MISSED),
    "today before practising is still open": ([], [], [], d(0), DayKind.FUTURE),
    "today practised": ([attempt(d(0))], [], [], d(0), DayKind.PRACTICE),
    "today as a rest day": ([], [d(0)], [], d(0), DayKind.REST),
    "tomorrow": ([], [d(1)], [], d(1), DayKind.FUTURE),
}


@pytest.mark.parametrize(
    ("attempts", "rest", "frozen", "day", "expected"), DAY_CASES.values(), ids=DAY_CASES.keys()
)
def test_each_day_gets_one_kind(attempts, rest, frozen, day, expected) -> None:
    assert kinds(attempts, rest, frozen)[day] is expected


def test_days_before_joining_are_not_counted_as_missed() -> None:
    found = kinds([attempt(d(-1))], joined=d(-3))
    assert found[d(-4)] is DayKind.BEFORE
    assert found[d(-3)] is DayKind.MISSED
    assert found[d(-1)] is DayKind.PRACTICE


def test_outcomes_are_counted_per_iso_week_with_waiting_on_its_own() -> None:
    sunday, monday = MONDAY - timedelta(days=1), MONDAY
    progress = build_progress(
        [
            attempt(sunday, Outcome.YES),
            attempt(sunday, Outcome.NO, at=18),
            attempt(monday, Outcome.PARTLY),
            attempt(monday, Outcome.WAITING, at=12),
            attempt(d(0), Outcome.DIDNT_TRY),
            attempt(d(0), Outcome.NO, at=15),
            attempt(d(-1), None),
        ],
        [],
        [],
        TODAY,
    )
    last_week, this_week = progress.weeks[-2], progress.weeks[-1]
    assert last_week == WeekOutcomes(MONDAY - timedelta(weeks=1), yes=1, no=1)
    assert this_week == WeekOutcomes(MONDAY, partly=1, no=1, waiting=1, didnt_try=1)
    assert (this_week.asked, this_week.total) == (3, 4)
    assert (progress.asked, progress.nos, progress.recorded) == (5, 2, 6)


def test_attempts_outside_the_window_count_only_towards_the_history() -> None:
    old = window_start(TODAY) - timedelta(days=1)
    progress = build_progress([attempt(old, Outcome.YES, mood=5, predicted=50)], [old], [], TODAY)
    assert progress.asked == 0 and progress.moods == ()
    assert progress.recorded == 1
    assert all(day.kind is not DayKind.PRACTICE for day in progress.days)


def test_moods_come_oldest_first_and_only_where_one_was_given() -> None:
    progress = build_progress(
        [
            attempt(d(-1), mood=2, at=19),
            attempt(d(-1), mood=4, at=8),
            attempt(d(-3), mood=3),
            attempt(d(-2), Outcome.YES),
        ],
        [],
        [],
        TODAY,
    )
    assert progress.moods == (MoodPoint(d(-3), 3), MoodPoint(d(-1), 4), MoodPoint(d(-1), 2))


def test_the_mirror_waits_for_five_settled_answers_over_all_history() -> None:
    old = window_start(TODAY) - timedelta(days=30)
    four = [attempt(old + timedelta(days=n), Outcome.NO, predicted=20) for n in range(4)]
    waiting = attempt(d(-1), Outcome.WAITING, predicted=40)
    assert build_progress([*four, waiting], [], [], TODAY).mirror is None
    fifth = attempt(d(-1), Outcome.YES, predicted=60, level=2, at=20)
    everything = [*four, waiting, fifth]
    expected = mirror(
        Prediction(a.level, a.predicted_yes, a.outcome)
        for a in everything
        if a.predicted_yes is not None and a.outcome is not None
    )
    seen = build_progress(everything, [], [], TODAY).mirror
    assert seen is not None and seen == expected
    assert seen.overall.count == 5 and seen.overall.actual == pytest.approx(0.2)


@pytest.mark.parametrize(("recorded", "first_steps"), [(0, True), (4, True), (5, False)])
def test_a_new_user_sees_first_steps_until_a_handful_is_recorded(recorded, first_steps) -> None:
    history = [attempt(d(-n), Outcome.NO) for n in range(recorded)]
    assert FIRST_STEPS_BELOW == 5
    assert build_progress(history, [], [], TODAY).first_steps is first_steps


def test_a_window_needs_at_least_one_week() -> None:
    with pytest.raises(ValueError, match="weeks"):
        build_progress([], [], [], TODAY, weeks=0)


outcomes = st.sampled_from([*Outcome, None])
histories = st.lists(
    st.tuples(st.integers(-120, 6), outcomes, st.none() | st.integers(1, 5)), max_size=60
)
offsets = st.lists(st.integers(-120, 6), max_size=20)


@settings(max_examples=200, deadline=None)
@given(histories, offsets, offsets, st.integers(0, 6), st.integers(1, 16))
def test_the_series_agree_with_the_attempts_they_come_from(
    history, rest, frozen, weekday, weeks
) -> None:
    today = MONDAY + timedelta(days=weekday)
    attempts = [
        attempt(today + timedelta(days=o), outcome, mood=m, number=i + 1)
        for i, (o, outcome, m) in enumerate(history)
    ]
    progress = build_progress(
        attempts,
        [today + timedelta(days=o) for o in rest],
        [today + timedelta(days=o) for o in frozen],
        today,
        weeks=weeks,
    )
    days = [day.day for day in progress.days]
    assert 1 <= len(progress.weeks) <= weeks  # fewer until the weeks since they began fill it
    assert days == [days[0] + timedelta(days=n) for n in range(7 * len(progress.weeks))]
    assert days[0].weekday() == 0 and today in days[-7:]
    shown = [a for a in attempts if a.outcome is not None and days[0] <= a.local_date <= today]
    window = window_start(today, weeks)
    assert shown == [
        a for a in attempts if a.outcome is not None and window <= a.local_date <= today
    ]
    assert sum(w.total for w in progress.weeks) == len(shown)
    practised = {a.local_date for a in shown if a.attempted}
    assert {d.day for d in progress.days if d.kind is DayKind.PRACTICE} == practised
    assert len(progress.moods) == sum(1 for a in shown if a.mood is not None)


@settings(max_examples=200, deadline=None)
@given(histories, offsets, offsets)
def test_nothing_after_today_is_marked_as_done_or_missed(history, rest, frozen) -> None:
    attempts = [attempt(d(o), outcome, number=i + 1) for i, (o, outcome, _m) in enumerate(history)]
    progress = build_progress(
        attempts, [d(o) for o in rest], [d(o) for o in frozen], TODAY, joined=d(-60)
    )
    for day in progress.days:
        if day.day > TODAY:
            assert day.kind is DayKind.FUTURE
        elif day.kind is DayKind.BEFORE:
            assert day.day < d(-60)
