"""`askanyway demo-chart`: a progress chart drawn from a made-up, seeded user.

It shows what /stats looks like without a database or weeks of practice, for the
README and for anyone changing the chart. The user is synthetic and the seed and the
date fixed, so the picture changes only when the drawing code does.
"""

from __future__ import annotations

import random
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from typing import TextIO

from core.model import Attempt, AttemptStatus, Outcome
from core.progress import Progress, build_progress
from core.streaks import compute_streak

DEMO_TODAY = date(2026, 5, 20)
"""A Wednesday, so the current week shows days still to come."""
DOMAINS = ("everyday", "social", "work", "commerce", "creative")


def synthetic_history(
    rng: random.Random, today: date, days: int
) -> tuple[list[Attempt], list[date]]:
    """A user who practises most days for `days` days up to today, slowly braver.

    Their guesses of a yes start gloomy and slowly catch up with reality; a run of no's
    lowers their mood for a day or two; now and then they rest or skip a day.
    """
    attempts: list[Attempt] = []
    rest: list[date] = []
    start = today - timedelta(days=days - 1)
    for n in range(days):
        day = start + timedelta(days=n)
        progress = n / max(days - 1, 1)
        roll = rng.random()
        if roll < 0.07:
            rest.append(day)
            continue
        if roll < 0.32 - 0.2 * progress:
            continue
        level = 1 + min(3, int(progress * 3.5))
        outcome = rng.choices(
            [Outcome.YES, Outcome.PARTLY, Outcome.NO, Outcome.WAITING, Outcome.DIDNT_TRY],
            weights=[45, 12, 33, 4, 6 - 4 * progress],
        )[0]
        recent_nos = sum(1 for a in attempts[-3:] if a.outcome is Outcome.NO)
        mood = 3 + round(progress) + (1 if outcome is Outcome.YES else 0) - recent_nos // 2
        attempts.append(
            Attempt(
                id=len(attempts) + 1,
                user_id=1,
                card_id=f"demo-{n}",
                level=level,
                domain=rng.choice(DOMAINS),
                local_date=day,
                created_at=datetime.combine(day, time(8, 0), UTC),
                status=AttemptStatus.RECORDED,
                predicted_yes=min(95, round(rng.gauss(25 + 25 * progress, 10) / 5) * 5),
                expected_fear=rng.randint(3, 8),
                outcome=outcome,
                felt_fear=rng.randint(1, 7),
                mood=max(1, min(5, mood)) if outcome is not Outcome.DIDNT_TRY else None,
                recorded_at=datetime.combine(day, time(19, 0), UTC),
            )
        )
    return attempts, rest


def synthetic_progress(seed: int = 7, today: date = DEMO_TODAY, days: int = 72) -> Progress:
    rng = random.Random(seed)
    attempts, rest = synthetic_history(rng, today, days)
    practice = [a.local_date for a in attempts if a.attempted]
    streak = compute_streak(practice, rest, today)
    joined = today - timedelta(days=days - 1)
    return build_progress(attempts, rest, streak.frozen_days, today, joined=joined)


def demo_chart(out: Path, stdout: TextIO) -> int:
    from adapters.charts.progress import render

    png = render(synthetic_progress())
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_bytes(png)
    print(f"wrote {out} ({len(png) // 1024} KiB)", file=stdout)
    return 0
