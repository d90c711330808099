"""A personal plan: the user's goals and the ladder of rungs that leads up to them.

A rung is a deck card (its id), or a step written for the user (a bridging step or one of
their own goals, id "plan-<stamp>-<n>", unique to this plan so an old attempt never shows
a newer plan's text). Rungs are climbed in order; a rung is done once it was attempted,
whatever the answer (`core.advisor.follow`).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum

from core.deck import Card

PLAN_PREFIX = "plan-"
MIN_RUNGS = 8
MAX_RUNGS = 12
MAX_GOALS = 3
MAX_GOAL_CHARS = 200
MAX_RUNGS_KEPT = 16
"""With rungs of the user's own added, a ladder never grows past this."""


class RungKind(StrEnum):
    CARD = "card"
    """A card from the deck."""
    STEP = "step"
    """A bridging step written for the user from a template."""
    GOAL = "goal"
    """One of the user's own goals, in their words."""
    OWN = "own"
    """A rung the user added to the plan themselves."""


@dataclass(frozen=True, slots=True)
class Goal:
    text: str
    fear: int
    """How scary it feels, 0..10, as the user rated it."""
    domain: str
    level: int


@dataclass(frozen=True, slots=True)
class Rung:
    card_id: str
    kind: RungKind
    title: str
    ask: str
    domain: str
    level: int
    fear: int
    """The fear expected on this rung, 0..10."""


@dataclass(frozen=True, slots=True)
class Plan:
    user_id: int
    started: date
    """The user's local date the plan was made: attempts from then on climb it."""
    created_at: datetime
    goals: tuple[Goal, ...]
    rungs: tuple[Rung, ...]


def is_plan_id(card_id: str) -> bool:
    return card_id.startswith(PLAN_PREFIX)


def plan_card_id(created_at: datetime, number: int) -> str:
    return f"{PLAN_PREFIX}{int(created_at.timestamp())}-{number}"


def written_cards(plan: Plan) -> tuple[Card, ...]:
    """The plan's written rungs as cards of the user's own, so an attempt can show them."""
    return tuple(
        Card(
            id=r.card_id,
            title=r.title,
            ask=r.ask,
            level=r.level,
            domain=r.domain,
            why="",
            owner_id=plan.user_id,
        )
        for r in plan.rungs
        if r.kind is not RungKind.CARD
    )


def with_rung(plan: Plan, rung: Rung) -> Plan:
    """The plan with a rung of the user's own, placed after every rung no harder than it
    (by level, then expected fear), so the ladder still only climbs."""
    key = (rung.level, rung.fear)
    at = sum(1 for r in plan.rungs if (r.level, r.fear) <= key)
    rungs = (*plan.rungs[:at], rung, *plan.rungs[at:])
    return Plan(plan.user_id, plan.started, plan.created_at, plan.goals, rungs)
