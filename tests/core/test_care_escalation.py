"""When low moods persist: the escalation rule as a table, and its once-a-week memory."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from core.care.escalation import Escalation, Why, escalation, wording
from core.model import Outcome
from core.wellbeing import Record

TODAY = date(2026, 3, 20)


def moods(*values: int | None, until: date = TODAY) -> list[Record]:
    """One record a day, the last one on `until`."""
    start = until - timedelta(days=len(values) - 1)
    return [Record(start + timedelta(days=i), Outcome.NO, mood) for i, mood in enumerate(values)]


TABLE = {
    "no records": ([], None),
    "four of the last five low": (moods(4, 2, 1, 3, 2, 1), Why.PERSISTENT_LOW),
    "three of the last five low": (moods(4, 4, 2, 3, 2, 1), None),
    "all five low": (moods(1, 1, 2, 1, 2), Why.PERSISTENT_LOW),
    "only four moods, all low": (moods(2, 1, 2, 1), Why.PERSISTENT_LOW),
    "moods without a number are passed over": (moods(1, None, 2, None, 1, 2), Why.PERSISTENT_LOW),
    "threes are not low": (moods(3, 3, 3, 3, 3), None),
    "a sharp drop after good days": (moods(4, 5, 4, 4, 5, 4, 3, 2, 2), Why.SHARP_DROP),
    "a dip of one point is no sharp drop": (moods(4, 4, 4, 4, 3, 3), None),
    "a drop needs two recent moods": (moods(5, 5, 5, 5, 5, None, None, 1), None),
    "a drop needs three moods before": (moods(5, 5, 1, 2, 2), None),
}


@pytest.mark.parametrize(("records", "expected"), TABLE.values(), ids=TABLE.keys())
def test_escalation_rules(records: list[Record], expected: Why | None) -> None:
    assert escalation(records, TODAY, last_said=None) == expected


def test_low_moods_from_long_ago_do_not_count() -> None:
    old = moods(1, 1, 1, 1, 1, until=TODAY - timedelta(days=20))
    assert escalation([*old, *moods(4)], TODAY, last_said=None) is None


def test_records_after_today_are_ignored() -> None:
    later = moods(1, 1, 1, 1, until=TODAY + timedelta(days=4))
    assert escalation(later, TODAY, last_said=None) is None


WEEK = {
    "said yesterday": (TODAY - timedelta(days=1), None),
    "said six days ago": (TODAY - timedelta(days=6), None),
    "said a week ago": (TODAY - timedelta(days=7), Why.PERSISTENT_LOW),
    "never said": (None, Why.PERSISTENT_LOW),
}


@pytest.mark.parametrize(("last_said", "expected"), WEEK.values(), ids=WEEK.keys())
def test_it_is_said_at_most_once_a_week(last_said: date | None, expected: Why | None) -> None:
    assert escalation(moods(1, 1, 1, 1, 1), TODAY, last_said) == expected


def test_sayings_in_consecutive_weeks_use_different_words() -> None:
    for offset in range(21):
        day = TODAY + timedelta(days=offset)
        for gap in range(7, 14):
            assert wording(day, 3) != wording(day + timedelta(days=gap), 3)


def test_thresholds_that_cannot_work_are_refused() -> None:
    with pytest.raises(ValueError):
        Escalation(low_of_recent=6, recent_moods=5)
    with pytest.raises(ValueError):
        Escalation(within_days=3, drop_short_days=3)
