"""/advisor: consent to the optional language model, and asking it for a plan's warm-ups.

Nothing a user wrote reaches the model until they agreed, in a message that names the
host, says what is sent and that it is optional; `/advisor off` withdraws. Consent names
the host: pointed elsewhere later, the bot asks again. Without a model configured the
embedded advisor does everything and there is nothing to agree to.

What is sent and what came back are stored for the user's own export (erased by /delete)
and never logged.
"""

from __future__ import annotations

from collections.abc import Sequence

from core.advisor.model import PLAN_PURPOSE, SYSTEM, plan_prompt, read_steps
from core.advisor.plan import Goal
from core.engine import payloads as p
from core.engine.context import Ctx
from core.i18n import _
from core.messages import Reply, button_rows
from core.model import User

YES, NO = "yes", "no"


def _offer(host: str) -> Reply:
    return Reply(
        _(
            "A language model at {host} can draft your plan's warm-up steps and the "
            "questions of “Talk it through” after a no. If you agree, what I send there "
            "is, for a plan, the words of your goals and how scary each feels; for talking "
            "it through, that card's ask, your guesses and what you wrote about it; for the "
            "monthly digest's opening words, its figures alone. Never "
            "your name, moods or anything else. Everything it writes is checked here before "
            "you see it, and when it's slow or unsure I write it myself, as I do now.\n\n"
            "It's entirely optional, and /advisor off stops it at any time."
        ).format(host=host),
        title=_("The language model"),
        buttons=button_rows(
            [(_("Yes, use it"), p.make(p.ADVISOR, YES)), (_("No, thanks"), p.make(p.ADVISOR, NO))]
        ),
    )


async def command(ctx: Ctx, user: User, args: str) -> list[Reply]:
    """/advisor shows the choice; /advisor off withdraws consent."""
    model = ctx.advisor
    if args.strip().lower() == "off":
        await ctx.store.set_advisor_consent(user.id, None, ctx.now())
        return [Reply(_("Done: nothing more goes to the language model. Your plan stays."))]
    if model is None:
        return [
            Reply(
                _(
                    "Your plan is built here, by the bot itself: no outside service is set "
                    "up, so nothing you write leaves it. /plan builds or shows your plan."
                )
            )
        ]
    if await ctx.store.advisor_consent(user.id) == model.host:
        said = _("You agreed to drafts from the language model at {host}. /advisor off stops it.")
        stop = [(_("Stop using it"), p.make(p.ADVISOR, NO))]  # where commands take no words
        return [Reply(said.format(host=model.host), buttons=button_rows(stop))]
    return [_offer(model.host)]


async def button(ctx: Ctx, user: User, payload: p.Payload) -> list[Reply]:
    model = ctx.advisor
    if model is None or payload.target not in (YES, NO):
        return [Reply(_("That question is behind us now. /advisor shows the choice."))]
    if payload.target == YES:
        await ctx.store.set_advisor_consent(user.id, model.host, ctx.now())
        said = _("Thank you. From now on drafts come from {host}. /advisor off stops it.")
        return [Reply(said.format(host=model.host), edit=True)]
    await ctx.store.set_advisor_consent(user.id, None, ctx.now())
    return [Reply(_("Okay: I'll write every step myself, here."), edit=True)]


async def drafted_steps(ctx: Ctx, user: User, goals: Sequence[Goal]) -> list[str] | None:
    """Warm-up steps from the model that passed every check, or None (no model, no
    consent, a risky goal, or an answer that failed: the embedded advisor writes them)."""
    model = ctx.advisor
    if model is None or await ctx.store.advisor_consent(user.id) != model.host:
        return None
    if any(ctx.content.screener.screen(goal.text) is not None for goal in goals):
        return None
    prompt = plan_prompt(goals)
    answer = await model.complete(SYSTEM, prompt)
    await ctx.store.add_advisor_exchange(user.id, PLAN_PURPOSE, prompt, answer or "", ctx.now())
    return None if answer is None else read_steps(answer, goals, ctx.content.screener)


def offer_line(ctx: Ctx) -> str:
    """A line for /plan's first question when a model is configured."""
    if ctx.advisor is None:
        return ""
    return _("(A language model can help draft your warm-up steps, if you like: /advisor.)")
