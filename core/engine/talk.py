""" "Talk it through": offered when a reflection after a no is written, it gives two or
three questions to think over (`core.advisor.talk`), tailored by the optional model when
the user agreed to it, else from templates. Nothing is stored but the model's exchange
(for the user's export); the questions need no answer.

Only the attempt's owner can open it; a risky reflection is never sent to the model.
"""

from __future__ import annotations

from core.advisor.talk import (
    TALK_PURPOSE,
    TALK_SYSTEM,
    embedded_questions,
    read_questions,
    talk_prompt,
)
from core.engine import payloads as p
from core.engine.cards import card_of
from core.engine.context import Ctx
from core.i18n import _
from core.messages import Reply, button_rows
from core.model import Attempt, Outcome, User


def offer(attempt_id: int) -> tuple[tuple[str, str], ...]:
    return ((_("Talk it through"), p.make(p.TALK, attempt_id)),)


def offered_for(attempt: Attempt | None) -> bool:
    return attempt is not None and attempt.outcome is Outcome.NO


async def _tailored(ctx: Ctx, user: User, attempt: Attempt) -> list[str] | None:
    model = ctx.advisor
    if model is None or await ctx.store.advisor_consent(user.id) != model.host:
        return None
    written = [r.text for r in await ctx.store.reflections(user.id) if r.attempt_id == attempt.id]
    if any(ctx.content.screener.screen(text) is not None for text in written):
        return None
    card = await card_of(ctx, attempt)
    prompt = talk_prompt(card.ask if card else "", attempt, written)
    answer = await model.complete(TALK_SYSTEM, prompt)
    await ctx.store.add_advisor_exchange(user.id, TALK_PURPOSE, prompt, answer or "", ctx.now())
    return None if answer is None else read_questions(answer, ctx.content.screener)


async def button(ctx: Ctx, user: User, payload: p.Payload) -> list[Reply]:
    number = payload.number()
    attempt = await ctx.store.attempt(number) if number is not None else None
    if attempt is None or attempt.user_id != user.id or not offered_for(attempt):
        return [Reply(_("That conversation isn't one I can open. /card shows today's card."))]
    questions = await _tailored(ctx, user, attempt) or embedded_questions(attempt)
    lines = "\n\n".join(f"• {q}" for q in questions)
    closing = _(
        "No need to answer here: these are for you to turn over. A no is information about "
        "one moment, not a verdict on you."
    )
    return [Reply(f"{lines}\n\n{closing}", title=_("Talking it through"), private=True)]


def with_offer(reply: Reply, attempt: Attempt | None) -> Reply:
    """The reflection's closing line, with the offer when the attempt was a no."""
    if attempt is None or not offered_for(attempt):
        return reply
    return Reply(reply.text, buttons=button_rows(list(offer(attempt.id))))
