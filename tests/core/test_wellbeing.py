"""Rest rules: each fires at its threshold and not one step below it."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from core.model import Outcome
from core.wellbeing import Record, RestReason, Thresholds, rest_reason

TODAY = date(2025, 3, 10)
YES, NO = Outcome.YES, Outcome.NO


def rec(offset: int, outcome: Outcome = YES, mood: int | None = None) -> Record:
    """A record `offset` days from TODAY: rec(-1) is yesterday."""
    return Record(TODAY + timedelta(days=offset), outcome, mood)


def nos(offset: int, count: int) -> list[Record]:
    return [rec(offset, NO)] * count


def one_no_a_day(first: int, last: int) -> list[Record]:
    return [rec(n, NO) for n in range(first, last + 1)]


LOW_MOODS = {
    "two low moods in a row": ([rec(-1, mood=1), rec(0, mood=2)], RestReason.LOW_MOODS),
    "mood 3 then 2 is not two low": ([rec(-1, mood=3), rec(0, mood=2)], None),
    "mood 2 then 3 is not two low": ([rec(-1, mood=2), rec(0, mood=3)], None),
    "one low mood alone is not a row": ([rec(0, mood=1)], None),
    "records without a mood are skipped": (
        [rec(-2, mood=1), rec(-1), rec(0, mood=2)],
        RestReason.LOW_MOODS,
    ),
    "order is by date before input order": (
        [rec(0, mood=1), rec(-1, mood=1), rec(-2, mood=4)],
        RestReason.LOW_MOODS,
    ),
    "input order decides within a day": ([rec(0, mood=1), rec(0, mood=4)], None),
}

SPIKE = {
    "three no's in two days for a new user": (
        [*nos(-1, 1), *nos(0, 2)],
        RestReason.REJECTION_SPIKE,
    ),
    "two no's in two days is not a spike": (nos(0, 2), None),
    "a no from three days ago is outside the window": ([*nos(-2, 1), *nos(0, 2)], None),
    "yeses are not counted": ([rec(0, YES), rec(0, YES), *nos(0, 2)], None),
    "twice the baseline is a spike": (
        [*one_no_a_day(-29, -2), *nos(0, 4)],
        RestReason.REJECTION_SPIKE,
    ),
    "under twice the baseline is not": ([*one_no_a_day(-29, -2), *nos(0, 3)], None),
    "no's before the baseline days are not counted": (
        [*nos(-30, 56), *nos(0, 3)],
        RestReason.REJECTION_SPIKE,
    ),
    "no's dated after today are ignored": (nos(1, 5), None),
}

MOOD_DROP = {
    "a drop of exactly 1.5 points": (
        [rec(-10, mood=5), rec(-8, mood=5), rec(-6, mood=5), rec(-1, mood=2), rec(0, mood=3)],
        RestReason.MOOD_DROP,
    ),
    "a drop of 1.3 points is not enough": (
        [rec(-10, mood=5), rec(-8, mood=5), rec(-6, mood=4), rec(-1, mood=2), rec(0, mood=3)],
        None,
    ),
    "four moods in two weeks are too few": (
        [rec(-10, mood=5), rec(-8, mood=5), rec(-1, mood=2), rec(0, mood=3)],
        None,
    ),
    "one mood in three days is too few": (
        [*(rec(n, mood=5) for n in range(-9, -4)), rec(0, mood=1)],
        None,
    ),
    "moods from more than two weeks ago do not count": (
        [rec(-14, mood=5), rec(-8, mood=5), rec(-6, mood=5), rec(-1, mood=2), rec(0, mood=3)],
        None,
    ),
    "the short window is today and the two days before": (
        [rec(-10, mood=5), rec(-8, mood=5), rec(-6, mood=5), rec(-2, mood=2), rec(0, mood=3)],
        RestReason.MOOD_DROP,
    ),
    "three days ago is outside the short window": (
        [rec(-10, mood=5), rec(-8, mood=5), rec(-6, mood=5), rec(-3, mood=2), rec(0, mood=3)],
        None,
    ),
}

TABLE = {**LOW_MOODS, **SPIKE, **MOOD_DROP}


@pytest.mark.parametrize(("records", "expected"), TABLE.values(), ids=TABLE.keys())
def test_rest_rules_table(records, expected):
    assert rest_reason(records, TODAY) == expected


def test_no_history_needs_no_rest():
    assert rest_reason([], TODAY) is None


def test_low_moods_are_checked_before_a_rejection_spike():
    records = [rec(0, NO, 1), rec(0, NO, 2), rec(0, NO, 1)]
    assert rest_reason(records, TODAY) is RestReason.LOW_MOODS


def test_a_rejection_spike_is_checked_before_a_mood_drop():
    records = [
        *(rec(n, mood=5) for n in (-10, -8, -6)),
        rec(-1, NO, 2),
        rec(0, NO, 3),
        rec(0, NO),
    ]
    assert rest_reason(records, TODAY) is RestReason.REJECTION_SPIKE


def test_thresholds_are_configurable():
    lenient = Thresholds(nos_in_window=4, low_moods_in_a_row=3)
    assert rest_reason(nos(0, 3), TODAY, lenient) is None
    assert rest_reason(nos(0, 4), TODAY, lenient) is RestReason.REJECTION_SPIKE
    assert rest_reason([rec(-1, mood=1), rec(0, mood=1)], TODAY, lenient) is None


@pytest.mark.parametrize(
    "changes", [{"nos_window_days": 0}, {"baseline_days": 0}, {"drop_long_days": 3}]
)
def test_nonsense_thresholds_are_refused(changes):
    with pytest.raises(ValueError):
        Thresholds(**changes)


records = st.lists(
    st.builds(
        Record,
        local_date=st.integers(min_value=-40, max_value=2).map(lambda n: TODAY + timedelta(n)),
        outcome=st.sampled_from(Outcome),
        mood=st.one_of(st.none(), st.integers(min_value=1, max_value=5)),
    ),
    max_size=20,
)
FAST = settings(max_examples=150, deadline=None)


@FAST
@given(records, st.randoms(use_true_random=False))
def test_order_across_days_does_not_matter(history, rnd):
    """Input order only breaks ties within a day, so shuffling distinct days changes nothing."""
    one_per_day = list({r.local_date: r for r in history}.values())
    shuffled = one_per_day[:]
    rnd.shuffle(shuffled)
    assert rest_reason(shuffled, TODAY) == rest_reason(one_per_day, TODAY)


@FAST
@given(records)
def test_good_moods_and_no_nos_never_mean_low_moods_or_a_spike(history):
    calm = [Record(r.local_date, YES, None if r.mood is None else max(3, r.mood)) for r in history]
    assert rest_reason(calm, TODAY) in (None, RestReason.MOOD_DROP)
