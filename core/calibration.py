"""The yes-rate mirror: the user's predicted chance of a yes against what happened.

People underestimate how often others say yes to a direct request (Flynn & Lake, 2008;
reviewed by Bohns, 2016). Telling the user so is a fact about strangers; showing them
their own guesses beside their own answers is a fact about themself, and it sticks.

- Only settled answers count: yes (1), partly (half a yes) and no (0). An answer still
  awaited, or an ask not made, tells nothing about the guess.
- No mirror until `MIN_PREDICTIONS` (5) answers are in, so a single early no is not
  shown as a trend.
- Predictions outside 0..100 % are clamped, so one bad row cannot bend the picture.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from core.i18n import _
from core.model import Outcome

MIN_PREDICTIONS = 5
FEAR_GAP_POINTS = 10
"""Actual above predicted by this many points or more: the fear guessed low."""
CLOSE_POINTS = 5
"""Actual within this many points of predicted: the guesses are sharp."""

_YES_SHARE = {Outcome.YES: 1.0, Outcome.PARTLY: 0.5, Outcome.NO: 0.0}


@dataclass(frozen=True, slots=True)
class Prediction:
    level: int
    predicted_yes: int
    """Percent, 0..100."""
    outcome: Outcome


@dataclass(frozen=True, slots=True)
class MirrorRow:
    predicted: float
    """Mean predicted chance of a yes, 0..1."""
    actual: float
    """Share that came out yes, 0..1 (partly counts as half a yes)."""
    count: int


@dataclass(frozen=True, slots=True)
class Mirror:
    overall: MirrorRow
    by_level: dict[int, MirrorRow]
    """Levels in ascending order, only those with a settled answer."""


def _row(predictions: Sequence[Prediction]) -> MirrorRow:
    count = len(predictions)
    predicted = sum(max(0, min(100, p.predicted_yes)) for p in predictions) / 100 / count
    actual = sum(_YES_SHARE[p.outcome] for p in predictions) / count
    return MirrorRow(predicted=predicted, actual=actual, count=count)


def mirror(predictions: Iterable[Prediction]) -> Mirror | None:
    """The mirror over settled answers, or None while there are fewer than MIN_PREDICTIONS."""
    settled = [p for p in predictions if p.outcome in _YES_SHARE]
    if len(settled) < MIN_PREDICTIONS:
        return None
    levels: dict[int, list[Prediction]] = {}
    for p in settled:
        levels.setdefault(p.level, []).append(p)
    by_level = {level: _row(levels[level]) for level in sorted(levels)}
    return Mirror(overall=_row(settled), by_level=by_level)


def _percent(share: float) -> int:
    """Whole percent, halves rounded up (Python's round() would send 12.5 to 12)."""
    return math.floor(share * 100 + 0.5)


def mirror_sentence(m: Mirror) -> str:
    predicted = _percent(m.overall.predicted)
    actual = _percent(m.overall.actual)
    sentence = _(
        "You expected a yes {predicted}% of the time; people said yes {actual}% of the time."
    ).format(predicted=predicted, actual=actual)
    gap = actual - predicted
    if gap >= FEAR_GAP_POINTS:
        return (
            sentence + " " + _("Your fear guessed low: people say yes more often than it expects.")
        )
    if abs(gap) <= CLOSE_POINTS:
        return sentence + " " + _("Your guesses are getting sharp.")
    return sentence
