"""Wellbeing: when to suggest a rest day instead of tomorrow's card.

Repeated rejection can lower mood, especially in anxious people, so after each record
the engine asks whether tomorrow should be a rest day. Three rules look at the last
days, checked in this order (the first that matches is the reason given):

1. Low moods in a row: the last 2 records that carry a mood (ordered by date, then by
   the order given) both have a mood of 2 or less (of 5).
2. Rejection spike: at least 3 no's in the last 2 days (today and yesterday), and at
   least 2.0 times what the user's own baseline predicts for those 2 days. The baseline
   is the user's no's per day over the 28 days before that window; a new user with no
   baseline is judged on the count alone. Counting against the user's own rate means
   someone who collects many no's by choice is not told to rest for doing just that.
3. Mood drop: the mean mood over the last 3 days is 1.5 points or more below the mean
   over the last 14 days, with at least 2 moods in the 3 days and 5 in the 14.

"The last N days" always means today and the N-1 days before it, by the user's local
date; records dated after today are ignored. Every figure above is a default in
`Thresholds`, which the operator can change.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum
from statistics import fmean

from core.model import Outcome

_EPSILON = 1e-9
"""So that a threshold reached exactly still counts despite floating-point rounding."""
MIN_SHORT_MOODS = 2
MIN_LONG_MOODS = 5
"""A mood drop needs this many moods in each window: one bad evening is not a trend."""


@dataclass(frozen=True, slots=True)
class Thresholds:
    nos_window_days: int = 2
    """Look-back for the rejection spike."""
    nos_in_window: int = 3
    """At least this many no's in the window..."""
    nos_over_baseline: float = 2.0
    """...and at least this many times the user's own daily baseline rate x window."""
    baseline_days: int = 28
    """Baseline: no's per day over this many days before the window."""
    low_mood: int = 2
    """Moods at or under this are low."""
    low_moods_in_a_row: int = 2
    drop_short_days: int = 3
    drop_long_days: int = 14
    drop_points: float = 1.5
    """The short-window mood average this far below the long-window average."""

    def __post_init__(self) -> None:
        for name in (
            "nos_window_days",
            "nos_in_window",
            "baseline_days",
            "low_moods_in_a_row",
            "drop_short_days",
        ):
            if getattr(self, name) < 1:
                raise ValueError(f"{name} must be at least 1, got {getattr(self, name)}")
        if self.drop_long_days <= self.drop_short_days:
            raise ValueError("drop_long_days must be longer than drop_short_days")


DEFAULTS = Thresholds()


@dataclass(frozen=True, slots=True)
class Record:
    """One recorded attempt as wellbeing sees it."""

    local_date: date
    outcome: Outcome
    mood: int | None


class RestReason(StrEnum):
    REJECTION_SPIKE = "rejection_spike"
    LOW_MOODS = "low_moods"
    MOOD_DROP = "mood_drop"


def _within(records: Sequence[Record], first: date, last: date) -> list[Record]:
    return [r for r in records if first <= r.local_date <= last]


def _last_days(records: Sequence[Record], today: date, days: int) -> list[Record]:
    return _within(records, today - timedelta(days=days - 1), today)


def _low_moods(records: Sequence[Record], t: Thresholds) -> bool:
    moods = [r.mood for r in sorted(records, key=lambda r: r.local_date) if r.mood is not None]
    recent = moods[-t.low_moods_in_a_row :]
    return len(recent) == t.low_moods_in_a_row and all(m <= t.low_mood for m in recent)


def _nos(records: Sequence[Record]) -> int:
    return sum(1 for r in records if r.outcome is Outcome.NO)


def _rejection_spike(records: Sequence[Record], today: date, t: Thresholds) -> bool:
    window_nos = _nos(_last_days(records, today, t.nos_window_days))
    window_start = today - timedelta(days=t.nos_window_days - 1)
    baseline = _within(
        records,
        window_start - timedelta(days=t.baseline_days),
        window_start - timedelta(days=1),
    )
    baseline_rate = _nos(baseline) / t.baseline_days
    expected = t.nos_over_baseline * baseline_rate * t.nos_window_days
    return window_nos >= t.nos_in_window and window_nos >= expected - _EPSILON


def _mood_drop(records: Sequence[Record], today: date, t: Thresholds) -> bool:
    short = [r.mood for r in _last_days(records, today, t.drop_short_days) if r.mood is not None]
    long = [r.mood for r in _last_days(records, today, t.drop_long_days) if r.mood is not None]
    if len(short) < MIN_SHORT_MOODS or len(long) < MIN_LONG_MOODS:
        return False
    return fmean(short) - fmean(long) <= -t.drop_points + _EPSILON


def rest_reason(
    records: Sequence[Record], today: date, thresholds: Thresholds = DEFAULTS
) -> RestReason | None:
    """Why tomorrow should be a rest day, or None to send a card as usual."""
    past = [r for r in records if r.local_date <= today]
    if _low_moods(past, thresholds):
        return RestReason.LOW_MOODS
    if _rejection_spike(past, today, thresholds):
        return RestReason.REJECTION_SPIKE
    if _mood_drop(past, today, thresholds):
        return RestReason.MOOD_DROP
    return None
