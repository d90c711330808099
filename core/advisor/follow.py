"""Which rung today's card is, while a plan exists.

A rung is done once attempted on or after the plan's first day, whatever the answer
(a no counts: it was the point). The next rung is the first one not done, in order. It is
today's card only when its level is within the user's level: the existing ladder rules
(`core.ladder`) decide when the user climbs (calm attempts) or steps down (distress, rest
nudges); until they climb, the usual card at their level is given instead.
"""

from __future__ import annotations

from collections.abc import Iterable

from core.advisor.plan import Plan, Rung
from core.model import Attempt


def done_ids(plan: Plan, attempts: Iterable[Attempt]) -> frozenset[str]:
    return frozenset(a.card_id for a in attempts if a.local_date >= plan.started and a.attempted)


def next_rung(plan: Plan, attempts: Iterable[Attempt]) -> int | None:
    """The index of the first rung not yet done; None when the plan is climbed."""
    done = done_ids(plan, attempts)
    return next((i for i, r in enumerate(plan.rungs) if r.card_id not in done), None)


def rung_for_today(plan: Plan, attempts: Iterable[Attempt], level: int) -> Rung | None:
    """The rung to give as today's card, or None (the plan is done, or the next rung is
    above the user's level for now)."""
    index = next_rung(plan, attempts)
    if index is None:
        return None
    rung = plan.rungs[index]
    return rung if rung.level <= level else None
