"""A chart worker's first minutes: draw every layout once before anyone waits on one.

The first render in a fresh process pays for importing matplotlib, finding and opening
the fonts and filling the text caches, several times a normal render. Drawing each
layout once from a made-up, fixed history moves that cost to start-up.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta

from adapters.charts.progress import render
from core.model import Attempt, AttemptStatus, Outcome
from core.progress import Progress, build_progress

_TODAY = date(2026, 5, 20)
_OUTCOMES = (Outcome.YES, Outcome.NO, Outcome.PARTLY, Outcome.NO, Outcome.WAITING)


def _attempt(n: int, day: date) -> Attempt:
    return Attempt(
        id=n + 1,
        user_id=0,
        card_id=f"warm-{n}",
        level=1 + n % 4,
        domain="everyday",
        local_date=day,
        created_at=datetime.combine(day, time(8), UTC),
        status=AttemptStatus.RECORDED,
        predicted_yes=20 + 5 * (n % 10),
        expected_fear=5,
        outcome=_OUTCOMES[n % len(_OUTCOMES)],
        felt_fear=4,
        mood=1 + n % 5,
        recorded_at=datetime.combine(day, time(19), UTC),
    )


def _progress(days: int) -> Progress:
    start = _TODAY - timedelta(days=days - 1)
    dates = [start + timedelta(days=n) for n in range(days)]
    attempts = [_attempt(n, day) for n, day in enumerate(dates) if n % 6]
    rest = [day for n, day in enumerate(dates) if n % 13 == 0]
    return build_progress(attempts, rest, [], _TODAY, joined=start)


def warm_up() -> int:
    """Draw the full, compact and first-steps pictures; returns the bytes drawn."""
    drawn = 0
    for progress in (_progress(120), _progress(3)):
        for small in (False, True):
            drawn += len(render(progress, small))
    return drawn
