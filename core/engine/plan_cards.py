"""Today's card while a plan exists: the plan's next rung, when the ladder allows it.

The rung's card is a deck card, or a step written for the user (a card of their own that
lives in the plan, id "plan-..."). When the plan has no rung for today (climbed, or the
next rung is above the user's level for now), the usual choice decides.
"""

from __future__ import annotations

from collections.abc import Sequence

from core.advisor.follow import rung_for_today
from core.advisor.plan import Plan, RungKind, written_cards
from core.deck import Card
from core.engine.context import Ctx
from core.model import Attempt, User


def rung_card(ctx: Ctx, user: User, plan: Plan, attempts: Sequence[Attempt]) -> Card | None:
    """The card for the plan's rung today, or None."""
    rung = rung_for_today(plan, attempts, user.level)
    if rung is None:
        return None
    if rung.kind is RungKind.CARD:
        card = ctx.content.card(rung.card_id)
        return card if card is not None and card.fits(user.needs) else None
    return next((c for c in written_cards(plan) if c.id == rung.card_id), None)


async def planned_card(ctx: Ctx, user: User, plan: Plan | None = None) -> Card | None:
    """Today's card from the user's plan (loaded when not given), or None."""
    plan = plan or await ctx.store.plan(user.id)
    if plan is None:
        return None
    return rung_card(ctx, user, plan, await ctx.store.attempts(user.id, plan.started))
