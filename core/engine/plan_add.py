"""Adding a rung of one's own to the plan: the ask in free text (screened by the engine,
then the own-card check), then how scary it feels; it goes in where it fits (`with_rung`).

    Add a rung -> plan:add (the ask) -> plan:addfear (0-10) -> the ladder, with it
"""

from __future__ import annotations

from core import own_cards
from core.advisor.goals import goal_domain, goal_level
from core.advisor.plan import MAX_RUNGS_KEPT, Plan, Rung, RungKind, plan_card_id, with_rung
from core.engine import payloads as p
from core.engine import plan_view
from core.engine.context import Ctx
from core.engine.mycards import refusal
from core.i18n import _
from core.messages import Reply, button_rows
from core.model import User

ASK, FEAR = "plan:add", "plan:addfear"
STATES = frozenset({ASK, FEAR})
FEAR_TARGET = "af"


def _cancel() -> list[tuple[str, str]]:
    return [(_("Cancel"), p.make(p.PLAN, "cancel"))]


async def start(ctx: Ctx, user: User, plan: Plan) -> list[Reply]:
    if len(plan.rungs) >= MAX_RUNGS_KEPT:
        said = _("Your ladder has {n} rungs, the most it holds. Remove one to make room.")
        return [Reply(said.format(n=MAX_RUNGS_KEPT))]
    await ctx.set_state(user, ASK)
    return [
        Reply(
            _("What's the step? Write the ask in a sentence, the way you'd like it on a card."),
            buttons=button_rows(_cancel()),
        )
    ]


async def answer(ctx: Ctx, user: User, text: str) -> list[Reply]:
    if user.state != ASK:
        return [Reply(_("Please pick a number on the buttons for this one."))]
    ask = " ".join(text.split())
    if not own_cards.MIN_ASK <= len(ask) <= own_cards.MAX_ASK:
        said = _("Could you put it in one or two sentences, between {low} and {high} characters?")
        return [Reply(said.format(low=own_cards.MIN_ASK, high=own_cards.MAX_ASK))]
    problem = own_cards.screen(own_cards.draft(ask))
    if problem is not None:
        return [refusal(problem)]
    await ctx.set_state(user, FEAR, ask=ask)
    scale = [(str(n), p.make(p.PLAN, FEAR_TARGET, n)) for n in range(11)]
    return [
        Reply(
            _("How scary does it feel? 0 is not at all, 10 is terrifying."),
            buttons=button_rows(scale[:6], scale[6:], _cancel()),
        )
    ]


async def fear(ctx: Ctx, user: User, plan: Plan, value: int | None) -> list[Reply]:
    ask = user.state_data.get("ask")
    if value is None or user.state != FEAR or not isinstance(ask, str):
        return [Reply(_("That question is behind us now. /plan shows your plan."))]
    await ctx.set_state(user)
    rung = Rung(
        plan_card_id(ctx.now(), len(plan.rungs) + 1),
        RungKind.OWN,
        own_cards.title_from(ask),
        ask,
        goal_domain(ask),
        goal_level(value),
        value,
    )
    added = with_rung(plan, rung)
    await ctx.store.save_plan(added)
    lead = _("“{title}” is on your ladder.").format(title=rung.title)
    return [await plan_view.show(ctx, user, added, lead)]
