"""The user's progress over the last weeks, as plain series a chart can draw.

Seeing the practice work keeps people at it, so `/stats` draws these series; they are
computed here, pure, so the picture and the numbers in the text always agree and the
rules are tested without drawing anything.

- The window is whole ISO weeks (Monday to Sunday): the current week and the eleven
  before it, so every column of the calendar is a full week and the current one ends
  with days still to come. Until twelve weeks have passed since the user began (joined,
  or first recorded or rested, whichever came first), it starts with the week they
  began: two weeks of practice fill the picture instead of its right-hand sixth.
- Each day has one kind. Practice (at least one ask made: yes, no, partly or waiting)
  beats a rest day, which beats a freeze; a day a freeze covered comes from
  `compute_streak(...).frozen_days`, so the calendar and the streak agree. A day with
  none of those before today is "no practice"; today without practice is still open
  and counts with the days to come. Days before the user joined are "before".
- Outcomes are counted per ISO week by the card's local date, over recorded attempts
  only. "Waiting to hear" is counted on its own, as neither a yes nor a no: the ask
  was made and its answer may still come (the follow-up then records it).
- Mood is every mood given after an attempt in the window, oldest first.
- The yes-rate mirror covers every settled answer ever given, as /streak does: twelve
  weeks rarely hold enough guesses to say much, and the two must not disagree.
- Under `FIRST_STEPS_BELOW` recorded attempts the chart would be mostly empty axes,
  so it shows a simple picture of the first steps instead (`Progress.first_steps`).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum

from core.calibration import Mirror, Prediction, mirror
from core.model import ATTEMPTED, Attempt, Outcome

WEEKS = 12
FIRST_STEPS_BELOW = 5
"""Fewer recorded attempts than this and the chart shows first steps, not empty axes."""


class DayKind(StrEnum):
    PRACTICE = "practice"
    REST = "rest"
    FREEZE = "freeze"
    MISSED = "missed"
    FUTURE = "future"
    """Today when not yet practised, and the days after it."""
    BEFORE = "before"
    """Before the user joined."""


@dataclass(frozen=True, slots=True)
class Day:
    day: date
    kind: DayKind


@dataclass(frozen=True, slots=True)
class WeekOutcomes:
    monday: date
    yes: int = 0
    partly: int = 0
    no: int = 0
    waiting: int = 0
    didnt_try: int = 0

    @property
    def asked(self) -> int:
        """Asks made that week: every outcome but not trying."""
        return self.yes + self.partly + self.no + self.waiting

    @property
    def total(self) -> int:
        return self.asked + self.didnt_try


@dataclass(frozen=True, slots=True)
class MoodPoint:
    day: date
    mood: int
    """1 (low) to 5 (great)."""


@dataclass(frozen=True, slots=True)
class Progress:
    today: date
    days: tuple[Day, ...]
    """Every day of the window, oldest first: `7 * len(weeks)` of them, from a Monday."""
    weeks: tuple[WeekOutcomes, ...]
    """One per ISO week of the window, oldest first."""
    moods: tuple[MoodPoint, ...]
    mirror: Mirror | None
    """Guessed against real yes over all history; None until there are enough answers."""
    recorded: int
    """Attempts with an outcome, over all history."""

    @property
    def first_steps(self) -> bool:
        return self.recorded < FIRST_STEPS_BELOW

    @property
    def asked(self) -> int:
        """Asks made in the window."""
        return sum(week.asked for week in self.weeks)

    @property
    def nos(self) -> int:
        """No's collected in the window."""
        return sum(week.no for week in self.weeks)

    @property
    def practice_days(self) -> int:
        return sum(1 for d in self.days if d.kind is DayKind.PRACTICE)


def window_start(today: date, weeks: int = WEEKS) -> date:
    """The Monday that opens a window of `weeks` ISO weeks ending with today's."""
    return today - timedelta(days=today.weekday() + 7 * (weeks - 1))


def build_progress(
    attempts: Iterable[Attempt],
    rest_days: Iterable[date],
    frozen_days: Iterable[date],
    today: date,
    *,
    joined: date | None = None,
    weeks: int = WEEKS,
) -> Progress:
    if weeks < 1:
        raise ValueError(f"weeks must be at least 1, got {weeks}")
    rest_days = tuple(rest_days)
    recorded = [a for a in attempts if a.outcome is not None]
    first = window_start(today, weeks)
    began = _began(recorded, rest_days, joined)
    if began is not None and first < began <= today:
        first = window_start(began, 1)
        weeks = (window_start(today, 1) - first).days // 7 + 1
    in_window = [a for a in recorded if first <= a.local_date <= today]
    return Progress(
        today=today,
        days=_days(in_window, rest_days, frozen_days, today, first, weeks, joined),
        weeks=_weeks(in_window, first, weeks),
        moods=_moods(in_window),
        mirror=_mirror(recorded),
        recorded=len(recorded),
    )


def _began(
    recorded: Sequence[Attempt], rest_days: Sequence[date], joined: date | None
) -> date | None:
    """The first day the user was here: joined, or their first record or rest day if earlier."""
    known = [a.local_date for a in recorded] + list(rest_days)
    if joined is not None:
        known.append(joined)
    return min(known, default=None)


def _days(
    attempts: Sequence[Attempt],
    rest_days: Iterable[date],
    frozen_days: Iterable[date],
    today: date,
    first: date,
    weeks: int,
    joined: date | None,
) -> tuple[Day, ...]:
    practised = {a.local_date for a in attempts if a.outcome in ATTEMPTED}
    rest, frozen = set(rest_days), set(frozen_days)

    def kind(day: date) -> DayKind:
        if day in practised:
            return DayKind.PRACTICE
        if day > today:
            return DayKind.FUTURE
        if day in rest:
            return DayKind.REST
        if day in frozen:
            return DayKind.FREEZE
        if day == today:
            return DayKind.FUTURE
        if joined is not None and day < joined:
            return DayKind.BEFORE
        return DayKind.MISSED

    every = (first + timedelta(days=n) for n in range(7 * weeks))
    return tuple(Day(day, kind(day)) for day in every)


_FIELDS = {
    Outcome.YES: "yes",
    Outcome.PARTLY: "partly",
    Outcome.NO: "no",
    Outcome.WAITING: "waiting",
    Outcome.DIDNT_TRY: "didnt_try",
}


def _weeks(attempts: Sequence[Attempt], first: date, weeks: int) -> tuple[WeekOutcomes, ...]:
    counts = [dict.fromkeys(_FIELDS.values(), 0) for _ in range(weeks)]
    for attempt in attempts:
        assert attempt.outcome is not None
        index = (attempt.local_date - first).days // 7
        counts[index][_FIELDS[attempt.outcome]] += 1
    return tuple(WeekOutcomes(first + timedelta(weeks=n), **counts[n]) for n in range(weeks))


def _moods(attempts: Sequence[Attempt]) -> tuple[MoodPoint, ...]:
    rated = sorted((a.local_date, a.created_at, a.mood) for a in attempts if a.mood is not None)
    return tuple(MoodPoint(day, mood) for day, _created, mood in rated)


def _mirror(attempts: Sequence[Attempt]) -> Mirror | None:
    return mirror(
        Prediction(a.level, a.predicted_yes, a.outcome)
        for a in attempts
        if a.predicted_yes is not None and a.outcome is not None
    )
