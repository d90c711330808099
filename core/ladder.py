"""The difficulty ladder: levels 1 (small, low-stakes asks) to 5 (the user's real fears).

Exposure helps when each step is only a little bigger than the last, and backfires when
a step comes too early, so the ladder climbs slowly and steps down at the first sign of
distress. It only advises; the engine asks the user before climbing.

- Start: strong fear starts low (fear strength 5 or 4 starts at level 1, 3 or 2 at
  level 2, 1 at level 3).
- Step down (never below level 1) when the latest attempt left a low mood (1 or 2 of 5),
  whatever its level, or when a rest day was suggested.
- Offer a step up (never above level 5) after `ups_needed` (3 by default) attempts at
  the current level with an explicit mood of 3 or more, counted since the last low mood
  at this level or a harder one. Not trying does not count, and neither does an attempt
  without a mood: the ladder climbs on what the user told it, not on silence. A low
  mood at a harder level resets the count too, so a step down is not followed at once
  by an offer to climb back.
- Otherwise stay.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum

from core.model import ATTEMPTED, Outcome

MIN_LEVEL = 1
MAX_LEVEL = 5
LOW_MOOD = 2
"""Moods 1-2 of 5 are low."""
UPS_NEEDED = 3

_START_BY_FEAR = {5: 1, 4: 1, 3: 2, 2: 2, 1: 3}


@dataclass(frozen=True, slots=True)
class Step:
    """One recorded attempt as the ladder sees it."""

    level: int
    outcome: Outcome
    mood: int | None
    """1..5 after the attempt, None when not given."""


class Advice(StrEnum):
    STAY = "stay"
    OFFER_UP = "offer_up"
    STEP_DOWN = "step_down"


@dataclass(frozen=True, slots=True)
class LadderAdvice:
    advice: Advice
    level: int
    """The level suggested: the current one to stay, one up or one down; always 1..5."""


def clamp_level(level: int) -> int:
    return max(MIN_LEVEL, min(MAX_LEVEL, level))


def start_level(fear_strength: int) -> int:
    """Fear strength 1 (mild) .. 5 (overwhelming); values outside are clamped."""
    return _START_BY_FEAR[max(1, min(5, fear_strength))]


def _is_low(mood: int | None) -> bool:
    return mood is not None and mood <= LOW_MOOD


def _calm_attempts_since_distress(level: int, steps: Sequence[Step]) -> int:
    """Attempts at `level` with a mood above low, since the last low mood at or above it."""
    count = 0
    for step in reversed(steps):
        if step.level >= level and _is_low(step.mood):
            break
        if (
            step.level == level
            and step.outcome in ATTEMPTED
            and step.mood is not None
            and step.mood > LOW_MOOD
        ):
            count += 1
    return count


def advise(
    level: int,
    steps: Sequence[Step],
    *,
    rest_nudged: bool = False,
    ups_needed: int = UPS_NEEDED,
) -> LadderAdvice:
    """Advice after the latest attempt; `steps` are the user's recorded attempts, oldest first."""
    if ups_needed < 1:
        raise ValueError(f"ups_needed must be at least 1, got {ups_needed}")
    level = clamp_level(level)
    distressed = rest_nudged or (bool(steps) and _is_low(steps[-1].mood))
    if distressed:
        if level > MIN_LEVEL:
            return LadderAdvice(Advice.STEP_DOWN, level - 1)
        return LadderAdvice(Advice.STAY, level)
    if level < MAX_LEVEL and _calm_attempts_since_distress(level, steps) >= ups_needed:
        return LadderAdvice(Advice.OFFER_UP, level + 1)
    return LadderAdvice(Advice.STAY, level)
