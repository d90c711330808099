"""The practice flow: the card's buttons (guesses, outcome, felt fear, mood, swap), the
"today's card" button and the rest nudge's answer.

Every press on a card names an attempt; it is loaded and its owner checked before anything
else, so a forged or stale payload changes nothing.
"""

from __future__ import annotations

from core.engine import attempts, cards, personal_challenge, reflection, safety_flow, swap
from core.engine import payloads as p
from core.engine.context import Ctx
from core.engine.flows.base import ButtonKind, Flow, unknown_button
from core.i18n import _
from core.messages import Reply
from core.model import Attempt, User
from core.outcomes import OUTCOME_CODES


def not_yours() -> Reply:
    return Reply(
        _(
            "That button isn't one I can use: it may be old or meant for someone else. "
            "/card shows yours."
        ),
        notice=_("That button has expired."),
    )


async def owned_attempt(ctx: Ctx, user: User, payload: p.Payload) -> Attempt | None:
    """The attempt the payload names, when it is this user's."""
    attempt_id = payload.number()
    attempt = await ctx.store.attempt(attempt_id) if attempt_id is not None else None
    return attempt if attempt is not None and attempt.user_id == user.id else None


async def _on_card(ctx: Ctx, user: User, payload: p.Payload) -> list[Reply]:
    attempt = await owned_attempt(ctx, user, payload)
    if attempt is None:
        return [not_yours()]
    if payload.kind == p.SWAP:
        if attempt.challenge_id is not None:
            return [Reply(_("That's the group's card for the day, so it can't be swapped."))]
        return await swap.swap(ctx, user, attempt, payload.value)
    if not attempts.still_open(ctx, user, attempt):
        return [attempts.closed_card()]
    if payload.kind == p.PREDICT:
        return await attempts.predict(ctx, user, attempt, payload.value)
    if payload.kind == p.OUTCOME:
        outcome = OUTCOME_CODES.get(payload.value)
        if outcome is None:
            return [unknown_button()]
        return await attempts.record_outcome(ctx, user, attempt, outcome)
    value = int(payload.value)  # the registry checked the range
    if payload.kind == p.SCARY:
        return await attempts.scary(ctx, user, attempt, value)
    if payload.kind == p.FELT:
        return await attempts.felt(ctx, attempt, value)
    after = await reflection.after_mood(ctx, user, attempt, value)
    return await personal_challenge.after_mood(ctx, user, after)


async def _home(ctx: Ctx, user: User, payload: p.Payload) -> list[Reply]:
    paused = await safety_flow.card_while_paused(ctx, user)
    return paused if paused is not None else await cards.home(ctx, user, payload.target)


async def _nudge(ctx: Ctx, user: User, payload: p.Payload) -> list[Reply]:
    if payload.target == "rest":
        return await reflection.take_tomorrow_off(ctx, user)
    return [Reply(_("A gentle card it is. Tomorrow's will be an easy one."))]


FLOW = Flow(
    name="practice",
    buttons=(
        ButtonKind(p.PREDICT, _on_card),
        ButtonKind(p.SCARY, _on_card, values=(0, 10)),
        ButtonKind(p.OUTCOME, _on_card),
        ButtonKind(p.FELT, _on_card, values=(0, 10)),
        ButtonKind(p.MOOD, _on_card, values=(1, 5)),
        ButtonKind(p.SWAP, _on_card),
        ButtonKind(p.HOME, _home),
        ButtonKind(p.NUDGE, _nudge),
    ),
)
