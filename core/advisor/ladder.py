"""The embedded advisor's ladder: deck cards that train the goals' kinds of courage, from
small asks up, then for each goal (least scary first) a bridging step and the goal itself.

- Size: `TARGET_RUNGS` (10) in all, within MIN_RUNGS..MAX_RUNGS: each goal takes two rungs
  (its step and itself), deck cards fill the rest.
- Practice cards climb from level 1 to one below the hardest goal's level, their kinds
  taken in turn from the goals (the hardest goal's first), only cards that fit what applies
  to the user (`Card.fits`), never the same card twice.
- Expected fear rises from 1 to just below the least scary goal; a step sits one below
  its goal, a goal at the user's own rating. Levels and fears never go down a rung.
"""

from __future__ import annotations

import random
from collections.abc import Collection, Sequence
from datetime import date, datetime

from core.advisor.plan import MAX_RUNGS, MIN_RUNGS, Goal, Plan, Rung, RungKind, plan_card_id
from core.advisor.steps import bridging_step
from core.deck import Card
from core.i18n import _
from core.own_cards import title_from

TARGET_RUNGS = 10


def _practice_slots(goals: Sequence[Goal]) -> list[tuple[str, int]]:
    """(kind, level) of each practice card, easiest first."""
    count = max(MIN_RUNGS, min(MAX_RUNGS, TARGET_RUNGS)) - 2 * len(goals)
    top = max(1, max(g.level for g in goals) - 1)
    kinds = [g.domain for g in sorted(goals, key=lambda g: -g.fear)]
    return [
        (kinds[i % len(kinds)], 1 + round(i * (top - 1) / max(1, count - 1))) for i in range(count)
    ]


def _pick(
    cards: Sequence[Card], domain: str, level: int, used: set[str], rng: random.Random
) -> Card | None:
    """A card of the kind at the level, or the nearest level, or any kind at the level."""
    for distance in range(5):
        for wanted in (level - distance, level + distance):
            found = [c for c in cards if c.domain == domain and c.level == wanted]
            found = [c for c in found if c.id not in used]
            if found:
                return rng.choice(sorted(found, key=lambda c: c.id))
    anywhere = sorted(
        (c for c in cards if c.level == level and c.id not in used), key=lambda c: c.id
    )
    return rng.choice(anywhere) if anywhere else None


def warm_up_title(goal: str) -> str:
    return title_from(_("Warm-up for: {goal}").format(goal=goal.strip()))


def build_rungs(
    goals: Sequence[Goal],
    deck: Sequence[Card],
    has: Collection[str],
    created_at: datetime,
    rng: random.Random,
    written: Sequence[str] | None = None,
) -> tuple[Rung, ...]:
    """The rungs for `goals` (one to three, each already through the own-card check);
    `written` are warm-up steps for them, in their order, that passed every check
    (`core.advisor.model.read_steps`), used instead of the templates."""
    steps = dict(zip((g.text for g in goals), written, strict=True)) if written else {}
    ordered = sorted(goals, key=lambda g: (g.fear, g.level))
    fitting = [c for c in deck if c.fits(has) and c.owner_id is None]
    slots = _practice_slots(ordered)
    lowest_goal_fear = ordered[0].fear
    rungs: list[Rung] = []
    used: set[str] = set()
    for i, (domain, level) in enumerate(slots):
        card = _pick(fitting, domain, level, used, rng)
        if card is None:
            continue
        used.add(card.id)
        fear = 1 + round(i * max(0, lowest_goal_fear - 2) / max(1, len(slots) - 1))
        rungs.append(
            Rung(card.id, RungKind.CARD, card.title, card.ask, card.domain, card.level, fear)
        )
    number = 0
    for goal in ordered:
        step = steps.get(goal.text) or bridging_step(goal.text, goal.domain)
        before = rungs[-1] if rungs else None
        for kind, ask, fear in (
            (RungKind.STEP, step, max(0, goal.fear - 1)),
            (RungKind.GOAL, goal.text, goal.fear),
        ):
            number += 1
            level = max(goal.level - (kind is RungKind.STEP), before.level if before else 1)
            fear = max(fear, before.fear if before else 0)
            rung = Rung(
                plan_card_id(created_at, number),
                kind,
                title_from(ask) if kind is RungKind.GOAL else warm_up_title(goal.text),
                ask,
                goal.domain,
                level,
                fear,
            )
            rungs.append(rung)
            before = rung
    return tuple(rungs)


def build_plan(
    user_id: int,
    started: date,
    created_at: datetime,
    goals: Sequence[Goal],
    deck: Sequence[Card],
    has: Collection[str],
    written: Sequence[str] | None = None,
) -> Plan:
    """The whole plan; the same goals (and steps) on the same day give the same ladder."""
    seed = f"{user_id}:{started.isoformat()}:" + "|".join(g.text for g in goals)
    rng = random.Random(seed)
    rungs = build_rungs(goals, deck, has, created_at, rng, written)
    return Plan(user_id, started, created_at, tuple(goals), rungs)
