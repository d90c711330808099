"""/plan: a short interview that builds the user's personal ladder.

    /plan -> plan:goal (a goal in their words, or an example) -> plan:fear (0-10)
          -> plan:goal again (another goal, up to three) or "Build my plan" -> the ladder

Each step is saved in the conversation state, so a restart resumes at the same question.
Every goal passes the same check as an own card (`core.own_cards.screen`); a goal that
breaks it gets the check's kind answer and an example goal that trains the same courage.
Free text was screened for crisis language by the engine before it gets here. What
applies to the user (their `needs`, from /settings) decides which deck cards can be rungs.
The ladder itself is the embedded advisor's (`core.advisor.ladder`).
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from core import own_cards
from core.advisor.goals import goal_domain, goal_level
from core.advisor.ladder import build_plan
from core.advisor.plan import MAX_GOAL_CHARS, MAX_GOALS, Goal
from core.advisor.steps import example_for, example_goals
from core.engine import advisor, plan_add, plan_view
from core.engine import payloads as p
from core.engine.context import Ctx
from core.i18n import _
from core.messages import Reply, button_rows
from core.model import User

ASK_GOAL = "plan:goal"
ASK_FEAR = "plan:fear"
ASKING = frozenset({ASK_GOAL, ASK_FEAR})
STATES = ASKING | plan_add.STATES
EXAMPLE, FEAR, BUILD, CANCEL = "ex", "f", "build", "cancel"
MIN_GOAL_CHARS = 8


def _goals(user: User) -> list[dict[str, Any]]:
    held = user.state_data.get("goals", [])
    return [g for g in held if isinstance(g, dict)] if isinstance(held, list) else []


def goal_question(goals: list[dict[str, Any]]) -> Reply:
    examples = [
        [(goal, p.make(p.PLAN, EXAMPLE, i))] for i, (_k, goal) in enumerate(example_goals())
    ]
    last = [(_("Cancel"), p.make(p.PLAN, CANCEL))]
    if goals:
        last.insert(0, (_("Build my plan"), p.make(p.PLAN, BUILD)))
        text = _(
            "Got it. Is there another ask you'd like to be able to make? Write it, pick one "
            "below, or build your plan now."
        )
    else:
        text = _(
            "Let's build a ladder that leads to what you really want to ask for.\n\nIf a no "
            "didn't sting, what would you ask for? Write it in your own words, in a sentence "
            "(for example: ask my manager to let me lead the next project), or pick one "
            "below. You can name up to three.\n\nThis is practice, not therapy: you decide "
            "every step, and a no always ends the ask."
        )
    return Reply(text, title=_("Your plan"), buttons=button_rows(*examples, last))


def fear_question(goal: str) -> Reply:
    scale = [(str(n), p.make(p.PLAN, FEAR, n)) for n in range(11)]
    return Reply(
        _(
            "How scary does this feel right now: “{goal}”? 0 is not at all, 10 is terrifying."
        ).format(goal=goal),
        buttons=button_rows(scale[:6], scale[6:], [(_("Cancel"), p.make(p.PLAN, CANCEL))]),
    )


async def start(ctx: Ctx, user: User) -> list[Reply]:
    """/plan: the ladder when there is one, else the first question."""
    plan = await ctx.store.plan(user.id)
    if plan is not None:
        return [await plan_view.show(ctx, user, plan)]
    return await _begin(ctx, user)


async def _begin(ctx: Ctx, user: User) -> list[Reply]:
    await ctx.set_state(user, ASK_GOAL, goals=[])
    first = goal_question([])
    offer = advisor.offer_line(ctx)
    return [replace(first, text=f"{first.text}\n\n{offer}") if offer else first]


def question_for(user: User) -> Reply:
    pending = user.state_data.get("pending")
    if user.state == ASK_FEAR and isinstance(pending, str):
        return fear_question(pending)
    return goal_question(_goals(user))


async def answer(ctx: Ctx, user: User, text: str) -> list[Reply]:
    """A goal in the user's words (or a reminder to use the buttons while rating fear)."""
    if user.state in plan_add.STATES:
        return await plan_add.answer(ctx, user, text)
    if user.state != ASK_GOAL:
        return [Reply(_("Please pick a number on the buttons for this one.")), question_for(user)]
    goal = " ".join(text.split())
    if len(goal) > MAX_GOAL_CHARS or len(goal) < MIN_GOAL_CHARS:
        said = _("Could you put it in one sentence, between {low} and {high} characters?")
        return [Reply(said.format(low=MIN_GOAL_CHARS, high=MAX_GOAL_CHARS))]
    return await _take_goal(ctx, user, goal)


async def _take_goal(ctx: Ctx, user: User, goal: str) -> list[Reply]:
    problem = own_cards.screen(own_cards.draft(goal))
    if problem is not None:
        instead = example_for(goal_domain(goal))
        return [refusal(problem.reason, instead, len(_goals(user)))]
    await ctx.set_state(user, ASK_FEAR, goals=_goals(user), pending=goal)
    return [fear_question(goal)]


def refusal(reason: str, instead: str, held: int) -> Reply:
    """The check's reason, and an ethical goal of the same kind to take instead."""
    index = next(i for i, (_k, goal) in enumerate(example_goals()) if goal == instead)
    text = _(
        "I can't put that one on your ladder. {reason}\n\nA goal that trains the same "
        "courage: “{instead}”. Take it, or write another one."
    ).format(reason=reason, instead=instead)
    rows = [[(_("Take that goal"), p.make(p.PLAN, EXAMPLE, index))]]
    if held:
        rows.append([(_("Build my plan"), p.make(p.PLAN, BUILD))])
    rows.append([(_("Cancel"), p.make(p.PLAN, CANCEL))])
    return Reply(text, buttons=button_rows(*rows))


async def button(ctx: Ctx, user: User, payload: p.Payload) -> list[Reply]:
    target = payload.target
    if target == CANCEL:
        if user.state in STATES:
            await ctx.set_state(user)
        return [Reply(_("Okay, no plan for now. /plan starts again whenever you like."), edit=True)]
    if target in (plan_view.NEW,):
        return await _begin(ctx, user)
    if target in (
        plan_view.REMOVE,
        plan_view.REMOVE_ONE,
        plan_view.STOP,
        plan_view.SHOW,
        plan_view.ADD,
        plan_add.FEAR_TARGET,
        plan_view.MOVE,
        plan_view.MOVE_ONE,
    ):
        return await _on_plan(ctx, user, payload)
    if user.state not in ASKING or target not in (EXAMPLE, FEAR, BUILD):
        return [Reply(_("That question is behind us now. /plan shows your plan."))]
    if target == EXAMPLE:
        return await _example(ctx, user, payload.int_value(0, len(example_goals()) - 1))
    if target == FEAR:
        return await _fear(ctx, user, payload.int_value(0, 10))
    return await build(ctx, user)


async def _example(ctx: Ctx, user: User, index: int | None) -> list[Reply]:
    if index is None or user.state != ASK_GOAL:
        return [Reply(_("That question is behind us now.")), question_for(user)]
    return await _take_goal(ctx, user, example_goals()[index][1])


async def _fear(ctx: Ctx, user: User, fear: int | None) -> list[Reply]:
    pending = user.state_data.get("pending")
    if fear is None or user.state != ASK_FEAR or not isinstance(pending, str):
        return [Reply(_("That question is behind us now.")), question_for(user)]
    goals = [*_goals(user), {"text": pending, "fear": fear}]
    if len(goals) >= MAX_GOALS:
        user = await ctx.set_state(user, ASK_GOAL, goals=goals)
        return await build(ctx, user)
    await ctx.set_state(user, ASK_GOAL, goals=goals)
    return [goal_question(goals)]


async def build(ctx: Ctx, user: User) -> list[Reply]:
    """The embedded advisor's ladder from the goals gathered, saved, then shown."""
    goals = [
        Goal(
            str(g["text"]), int(g["fear"]), goal_domain(str(g["text"])), goal_level(int(g["fear"]))
        )
        for g in _goals(user)
        if isinstance(g.get("text"), str) and isinstance(g.get("fear"), int)
    ]
    if not goals:
        return [goal_question([])]
    user = await ctx.set_state(user)
    written = await advisor.drafted_steps(ctx, user, goals)
    today, cards = ctx.today(user), ctx.content.cards
    plan = build_plan(user.id, today, ctx.now(), goals, cards, user.needs, written)
    await ctx.store.save_plan(plan)
    lead = _("Here's your ladder, from small practice asks up to your own goals.")
    return [await plan_view.show(ctx, user, plan, lead)]


async def _on_plan(ctx: Ctx, user: User, payload: p.Payload) -> list[Reply]:
    plan = await ctx.store.plan(user.id)
    if plan is None:
        return [Reply(_("You have no plan right now. /plan builds one."))]
    if payload.target == plan_view.SHOW:
        return [await plan_view.show(ctx, user, plan, edit=True)]
    if payload.target == plan_view.REMOVE:
        return [plan_view.remove_menu(plan)]
    if payload.target == plan_view.STOP:
        return await plan_view.stop(ctx, user)
    if payload.target == plan_view.MOVE:
        return [plan_view.move_menu(plan)]
    if payload.target == plan_view.MOVE_ONE:
        return await plan_view.move(ctx, user, plan, payload.int_value(2, 99))
    if payload.target == plan_view.ADD:
        return await plan_add.start(ctx, user, plan)
    if payload.target == plan_add.FEAR_TARGET:
        return await plan_add.fear(ctx, user, plan, payload.int_value(0, 10))
    return await plan_view.remove(ctx, user, plan, payload.int_value(1, 99))
