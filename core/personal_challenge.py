"""Personal challenges: 30 or 100 days of one attempt a day, as in the original game.

Words, in the code: a *challenge* is a run of days someone takes on: a *personal challenge*
(here, and `core.engine.personal_challenge`, /challenge) or a *group challenge*
(`core.groups`, /challenge_start); a module or name never says "challenge" alone for both.
What comes each day is a *card*, never a challenge. A user's *own cards* are the asks they
write themselves (/addcard, /mycards).

The rules, as the user experiences them:

- The day the challenge is started is day 1; the day number counts local dates from
  there, so a DST change, a late night or a trip never skips or repeats a day.
- A day is kept by an attempt (any answer except "didn't try"), by a rest day, or by a
  streak freeze, exactly as `core.streaks` counts them: the same kindness that keeps a
  streak alive keeps a challenge going.
- A day kept by none of these ends the challenge early ("lapsed"), once that day is
  over. Today never lapses: it is still open.
- The challenge is completed the moment an attempt is recorded on its last day; when
  the last day was kept another way (a rest day or a freeze), it completes the next day.
- The summary counts what happened from day 1 to the end (or to today while it runs):
  attempts, no's, the highest level attempted, and the yes-rate mirror over those days.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum

from core.calibration import Mirror, Prediction, mirror
from core.model import ATTEMPTED, Attempt, Outcome
from core.streaks import compute_streak

LENGTHS = (30, 100)


class Phase(StrEnum):
    RUNNING = "running"
    COMPLETED = "completed"
    LAPSED = "lapsed"


@dataclass(frozen=True, slots=True)
class Progress:
    phase: Phase
    day: int
    """Today's day number (1 on the first day), or the last day once completed."""
    missed: date | None = None
    """The first day that nothing kept, when the challenge lapsed."""


@dataclass(frozen=True, slots=True)
class Summary:
    attempts: int
    nos: int
    yeses: int
    days_practised: int
    highest_level: int | None
    """The highest level attempted in the challenge, None before any attempt."""
    mirror: Mirror | None


def last_day(start: date, days: int) -> date:
    return start + timedelta(days=days - 1)


def day_number(start: date, today: date) -> int:
    """1 on the first day; a date before the start (a clock or zone change) still reads 1."""
    return max(1, (today - start).days + 1)


def first_missed_day(
    start: date, until: date, practice_days: Iterable[date], rest_days: Iterable[date]
) -> date | None:
    """The first day from `start` to `until` that no attempt, rest day or freeze kept."""
    if until < start:
        return None
    practice, rest = set(practice_days), set(rest_days)
    streak = compute_streak(practice, rest, until)
    kept = practice | rest | set(streak.frozen_days)
    day = start
    while day <= until:
        if day not in kept:
            return day
        day += timedelta(days=1)
    return None


def progress(
    start: date,
    days: int,
    today: date,
    practice_days: Iterable[date],
    rest_days: Iterable[date],
) -> Progress:
    """Where the challenge stands on `today`, from the user's whole history of practice."""
    practice = {d for d in practice_days if d <= today}
    end = last_day(start, days)
    over = min(today - timedelta(days=1), end)
    missed = first_missed_day(start, over, practice, rest_days)
    if missed is not None:
        return Progress(Phase.LAPSED, day_number(start, missed), missed)
    if end in practice or today > end:
        return Progress(Phase.COMPLETED, days)
    return Progress(Phase.RUNNING, day_number(start, today))


def summarize(attempts: Iterable[Attempt], start: date, end: date) -> Summary:
    """The figures of a challenge from the attempts recorded between `start` and `end`."""
    inside = [a for a in attempts if start <= a.local_date <= end and a.outcome in ATTEMPTED]
    predictions = [
        Prediction(a.level, a.predicted_yes, a.outcome)
        for a in inside
        if a.predicted_yes is not None and a.outcome is not None
    ]
    return Summary(
        attempts=len(inside),
        nos=sum(1 for a in inside if a.outcome is Outcome.NO),
        yeses=sum(1 for a in inside if a.outcome is Outcome.YES),
        days_practised=len({a.local_date for a in inside}),
        highest_level=max((a.level for a in inside), default=None),
        mirror=mirror(predictions),
    )
