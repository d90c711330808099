"""Streaks: how many days in a row the user has practised, kindly counted.

A streak rewards showing up, never being told yes, and it should survive a life with
days off in it. The rules, as the user experiences them:

- A day counts when at least one attempt was recorded on that local date. The caller
  passes those dates; duplicates and dates after `today` are ignored.
- A rest day keeps a streak alive without adding to it. A day that is both a rest day
  and a practice day counts as practice.
- A missed day (neither practice nor rest) breaks the streak unless a freeze covers it;
  covering takes one freeze automatically.
- One freeze is earned for every `freeze_every` practice days (7 by default), counted
  over the whole history, walking forward in time; at most `max_freezes` (2 by default)
  are held, and freezes earned beyond that are lost.
- A freeze is spent only when it saves a streak: when a gap has more missed days than
  the freezes held, the streak breaks and the freezes that gap took are given back, and
  a missed day with no streak to protect takes none. Those refunded days are not listed
  in `frozen_days`.
- Today not yet practised breaks nothing (the day is not over): the current streak is
  then the run that ended yesterday.
- Rest days before the first practice day, or after a broken streak, count for nothing:
  a run of only rest days has current 0.
- `current` and `longest` count practice days only; frozen and rest days keep a run
  going but do not lengthen it. `frozen_days` lists, oldest first, every missed day a
  freeze covered over the whole history, so the engine can say "a freeze saved
  yesterday".

The walk goes once over the days from the first practice day to today, O(days).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, timedelta

FREEZE_EVERY = 7
MAX_FREEZES = 2


@dataclass(frozen=True, slots=True)
class Streak:
    current: int
    """Practice days in the current run (rest days and frozen days keep it alive but do not add)."""
    longest: int
    """Longest run ever, same counting."""
    freezes_held: int
    """Freezes available now (0..max_freezes)."""
    frozen_days: tuple[date, ...]
    """Missed days a freeze covered, oldest first."""
    practised_today: bool


@dataclass(slots=True)
class _Walk:
    """The running state of one walk over the days; private to `compute_streak`."""

    freeze_every: int
    max_freezes: int
    run: int = 0
    longest: int = 0
    practised: int = 0
    freezes: int = 0
    frozen: list[date] = field(default_factory=list)
    gap_frozen: int = 0
    """Freezes taken by the gap in progress, given back if that gap breaks the run anyway."""

    def practise(self) -> None:
        self.run += 1
        self.longest = max(self.longest, self.run)
        self.practised += 1
        self.gap_frozen = 0
        if self.practised % self.freeze_every == 0:
            self.freezes = min(self.freezes + 1, self.max_freezes)

    def miss(self, day: date) -> None:
        if self.run == 0:
            return
        if self.freezes > 0:
            self.freezes -= 1
            self.gap_frozen += 1
            self.frozen.append(day)
            return
        self.freezes += self.gap_frozen
        del self.frozen[len(self.frozen) - self.gap_frozen :]
        self.gap_frozen = 0
        self.run = 0


def compute_streak(
    practice_days: Iterable[date],
    rest_days: Iterable[date],
    today: date,
    *,
    freeze_every: int = FREEZE_EVERY,
    max_freezes: int = MAX_FREEZES,
) -> Streak:
    if freeze_every < 1:
        raise ValueError(f"freeze_every must be at least 1, got {freeze_every}")
    if max_freezes < 0:
        raise ValueError(f"max_freezes must not be negative, got {max_freezes}")
    practice = {day for day in practice_days if day <= today}
    rest = {day for day in rest_days if day <= today}
    if not practice:
        return Streak(0, 0, 0, (), False)
    walk = _Walk(freeze_every=freeze_every, max_freezes=max_freezes)
    day = min(practice)
    one_day = timedelta(days=1)
    while day <= today:
        if day in practice:
            walk.practise()
        elif day not in rest and day != today:
            walk.miss(day)
        day += one_day
    return Streak(
        current=walk.run,
        longest=walk.longest,
        freezes_held=walk.freezes,
        frozen_days=tuple(walk.frozen),
        practised_today=today in practice,
    )
