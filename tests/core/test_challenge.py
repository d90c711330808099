"""The personal challenge rules as tables: day numbers, how a challenge ends, its figures."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from core.model import Attempt, AttemptStatus, Outcome
from core.personal_challenge import (
    Phase,
    Progress,
    day_number,
    first_missed_day,
    last_day,
    progress,
    summarize,
)

START = date(2026, 3, 2)


def d(n: int) -> date:
    """Challenge day n as a date (day 1 is START)."""
    return START + timedelta(days=n - 1)


def days(*numbers: int) -> list[date]:
    return [d(n) for n in numbers]


@pytest.mark.parametrize(
    ("today", "expected"),
    [
        (START, 1),
        (d(12), 12),
        (d(30), 30),
        (date(2026, 3, 29), 28),  # the day the clocks go forward in Europe
        (date(2026, 3, 30), 29),
        (START - timedelta(days=1), 1),  # a zone change that moved the date back
    ],
)
def test_the_day_number_counts_local_dates_from_day_one(today: date, expected: int) -> None:
    assert day_number(START, today) == expected


def test_the_last_day_of_thirty_is_twenty_nine_days_after_the_first() -> None:
    assert last_day(START, 30) == date(2026, 3, 31)
    assert last_day(START, 100) == START + timedelta(days=99)


@pytest.mark.parametrize(
    ("name", "length", "today", "practice", "rest", "expected"),
    [
        ("first day, nothing yet", 30, d(1), [], [], Progress(Phase.RUNNING, 1)),
        ("every day practised", 30, d(5), days(1, 2, 3, 4), [], Progress(Phase.RUNNING, 5)),
        ("today still open", 30, d(3), days(1, 2), [], Progress(Phase.RUNNING, 3)),
        ("a rest day keeps it going", 30, d(4), days(1, 3), days(2), Progress(Phase.RUNNING, 4)),
        (
            "a missed day ends it",
            30,
            d(4),
            days(1, 3),
            [],
            Progress(Phase.LAPSED, 2, d(2)),
        ),
        (
            "a missed first day ends it",
            30,
            d(2),
            [],
            [],
            Progress(Phase.LAPSED, 1, d(1)),
        ),
        (
            "the last day's attempt completes it",
            30,
            d(30),
            days(*range(1, 31)),
            [],
            Progress(Phase.COMPLETED, 30),
        ),
        (
            "the last day not yet practised",
            30,
            d(30),
            days(*range(1, 30)),
            [],
            Progress(Phase.RUNNING, 30),
        ),
        (
            "a rested last day completes it the day after",
            30,
            d(31),
            days(*range(1, 30)),
            days(30),
            Progress(Phase.COMPLETED, 30),
        ),
        (
            "a missed last day ends it the day after",
            30,
            d(31),
            days(*range(1, 30)),
            [],
            Progress(Phase.LAPSED, 30, d(30)),
        ),
        (
            "long after the end it is still complete",
            30,
            d(80),
            days(*range(1, 31)),
            [],
            Progress(Phase.COMPLETED, 30),
        ),
        (
            "a hundred days, half way",
            100,
            d(50),
            days(*range(1, 50)),
            [],
            Progress(Phase.RUNNING, 50),
        ),
    ],
)
def test_progress(
    name: str,
    length: int,
    today: date,
    practice: list[date],
    rest: list[date],
    expected: Progress,
) -> None:
    assert progress(START, length, today, practice, rest) == expected, name


def test_a_freeze_earned_by_steady_practice_covers_a_missed_day() -> None:
    practice = days(*range(1, 8), *range(9, 12))  # seven days earn a freeze; day 8 is missed
    assert progress(START, 30, d(12), practice, []) == Progress(Phase.RUNNING, 12)
    assert first_missed_day(START, d(11), practice, []) is None


def test_a_freeze_earned_before_the_challenge_counts_too() -> None:
    before = [START - timedelta(days=n) for n in range(1, 8)]
    practice = [*before, *days(1, 3)]
    assert progress(START, 30, d(4), practice, []).phase is Phase.RUNNING


def test_two_missed_days_with_one_freeze_end_it_at_the_first() -> None:
    practice = days(*range(1, 8), 10)  # one freeze held; days 8 and 9 missed
    assert progress(START, 30, d(11), practice, []) == Progress(Phase.LAPSED, 8, d(8))


def test_practice_after_today_is_ignored() -> None:
    future = days(1, 2, 3, 30)
    assert progress(START, 30, d(3), future, []).phase is Phase.RUNNING


def attempt(
    n: int,
    outcome: Outcome | None,
    level: int = 2,
    predicted: int | None = None,
    day: date | None = None,
) -> Attempt:
    return Attempt(
        id=n,
        user_id=1,
        card_id=f"card-{n}",
        level=level,
        domain="everyday",
        local_date=day or d(n),
        created_at=datetime(2026, 3, 2, tzinfo=UTC),
        status=AttemptStatus.RECORDED if outcome else AttemptStatus.OPEN,
        predicted_yes=predicted,
        outcome=outcome,
    )


def test_the_summary_counts_attempts_and_nos_inside_the_challenge_only() -> None:
    history = [
        attempt(0, Outcome.NO, day=START - timedelta(days=1)),  # before it began
        attempt(1, Outcome.NO),
        attempt(2, Outcome.YES, level=3),
        attempt(3, Outcome.DIDNT_TRY, level=5),  # not an attempt
        attempt(4, Outcome.WAITING),
        attempt(5, None, level=4),  # given, never answered
        attempt(6, Outcome.PARTLY),
        attempt(7, Outcome.NO, day=d(6)),  # a second attempt on day 6
        attempt(40, Outcome.NO, level=5),  # after the end
    ]
    summary = summarize(history, START, last_day(START, 30))
    assert (summary.attempts, summary.nos, summary.yeses) == (5, 2, 1)
    assert summary.days_practised == 4
    assert summary.highest_level == 3
    assert summary.mirror is None


def test_the_summary_has_a_mirror_once_five_guesses_are_settled() -> None:
    history = [attempt(n, Outcome.YES if n % 2 else Outcome.NO, predicted=20) for n in range(1, 7)]
    summary = summarize(history, START, d(30))
    assert summary.mirror is not None
    assert summary.mirror.overall.count == 6
    assert summary.mirror.overall.actual == pytest.approx(0.5)


def test_an_empty_challenge_has_no_level_and_no_mirror() -> None:
    summary = summarize([], START, d(30))
    assert (summary.attempts, summary.nos, summary.highest_level, summary.mirror) == (
        0,
        0,
        None,
        None,
    )
