"""When low moods persist: a word beyond the rest nudge, said at most once a week.

A rest day helps after a hard day or two. When moods stay low for longer, the kind and
honest thing is to say that this practice may not be what is needed right now, offer to
pause the cards, and say where support is. Two rules decide, over the records that carry
a mood (ordered by local date, then by the order given):

1. Low moods that persist: of the last 5 moods within the last 14 days, at least 4 are
   2 or less (of 5).
2. A sharp drop: the moods of the last 3 days average 2 points or more below the moods of
   the 11 days before them, with at least 2 moods in the 3 days and 3 before.

It is said at most once every 7 days (the engine remembers when it was last said), and
the words change week by week, so it never reads like a form letter.
Every figure is a default in `Escalation`.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum
from statistics import fmean

from core.wellbeing import Record

_EPSILON = 1e-9


@dataclass(frozen=True, slots=True)
class Escalation:
    low_mood: int = 2
    """Moods at or under this are low."""
    recent_moods: int = 5
    low_of_recent: int = 4
    """At least this many of the last `recent_moods` moods are low..."""
    within_days: int = 14
    """...counting only moods from this many days back."""
    drop_short_days: int = 3
    drop_points: float = 2.0
    min_short_moods: int = 2
    min_before_moods: int = 3
    quiet_days: int = 7
    """Said at most once in this many days."""

    def __post_init__(self) -> None:
        if not 1 <= self.low_of_recent <= self.recent_moods:
            raise ValueError("low_of_recent must be between 1 and recent_moods")
        if self.within_days <= self.drop_short_days:
            raise ValueError("within_days must be longer than drop_short_days")


DEFAULTS = Escalation()


class Why(StrEnum):
    PERSISTENT_LOW = "persistent_low"
    SHARP_DROP = "sharp_drop"


def _moods(records: Sequence[Record], first: date, last: date) -> list[int]:
    ordered = sorted(records, key=lambda r: r.local_date)
    return [r.mood for r in ordered if r.mood is not None and first <= r.local_date <= last]


def _persistent_low(records: Sequence[Record], today: date, e: Escalation) -> bool:
    start = today - timedelta(days=e.within_days - 1)
    recent = _moods(records, start, today)[-e.recent_moods :]
    return sum(1 for mood in recent if mood <= e.low_mood) >= e.low_of_recent


def _sharp_drop(records: Sequence[Record], today: date, e: Escalation) -> bool:
    short_start = today - timedelta(days=e.drop_short_days - 1)
    short = _moods(records, short_start, today)
    before = _moods(
        records, today - timedelta(days=e.within_days - 1), short_start - timedelta(days=1)
    )
    if len(short) < e.min_short_moods or len(before) < e.min_before_moods:
        return False
    return fmean(before) - fmean(short) >= e.drop_points - _EPSILON


def escalation(
    records: Sequence[Record],
    today: date,
    last_said: date | None,
    rules: Escalation = DEFAULTS,
) -> Why | None:
    """Why to say more than the rest nudge today, or None (also when said too recently)."""
    if last_said is not None and (today - last_said).days < rules.quiet_days:
        return None
    past = [r for r in records if r.local_date <= today]
    if _persistent_low(past, today, rules):
        return Why.PERSISTENT_LOW
    if _sharp_drop(past, today, rules):
        return Why.SHARP_DROP
    return None


def wording(today: date, choices: int) -> int:
    """Which of `choices` wordings to use: it moves on week by week, so two sayings in
    consecutive weeks (the most often it is said) never read the same."""
    return (today.toordinal() // 7) % choices
