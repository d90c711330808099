"""/skip and the Swap button: another card for the day, easier, harder, of another kind or
just another. The card swapped away is kept as skipped, so it never counts and never shows."""

from __future__ import annotations

from dataclasses import replace

from core.choose import Variant
from core.deck import Card
from core.engine import payloads as p
from core.engine import personal_challenge
from core.engine.cards import card_of, card_reply, give_card, no_cards, todays_card
from core.engine.context import Ctx
from core.i18n import _
from core.messages import Reply, button_rows
from core.model import Attempt, AttemptStatus, User


def swap_menu(attempt: Attempt) -> Reply:
    aid = attempt.id
    return Reply(
        _("What would you like instead?"),
        buttons=button_rows(
            [
                (_("Easier"), p.make(p.SWAP, aid, "easier")),
                (_("Harder"), p.make(p.SWAP, aid, "harder")),
            ],
            [
                (_("Another kind of ask"), p.make(p.SWAP, aid, "other")),
                (_("Just another"), p.make(p.SWAP, aid, "same")),
            ],
        ),
        edit=True,
    )


async def skip_command(ctx: Ctx, user: User) -> list[Reply]:
    given = await todays_card(ctx, user)
    if given is None:
        return [no_cards()]
    _card, attempt = given
    return [replace(swap_menu(attempt), edit=False)]


async def swap(ctx: Ctx, user: User, attempt: Attempt, choice: str) -> list[Reply]:
    if choice == "menu":
        return [swap_menu(attempt)]
    if attempt.status is not AttemptStatus.OPEN:
        return [Reply(_("That card is already done, so there's nothing to swap."))]
    try:
        variant = Variant(choice)
    except ValueError:
        return [Reply(_("That button isn't one I know. Please use the buttons on your card."))]
    current = await card_of(ctx, attempt)
    given = await give_card(ctx, user, attempt.local_date, variant, current)
    if given is None:
        return [no_cards()]
    await ctx.store.save_attempt(replace(attempt, status=AttemptStatus.SKIPPED))
    line = personal_challenge.day_line(user, attempt.local_date)
    reply = card_reply(*given, edit=True, day_line=line)
    edge = _edge_note(variant, current, given[0])
    return [replace(reply, text=f"{edge}\n\n{reply.text}") if edge else reply]


def _edge_note(variant: Variant, current: Card | None, given: Card) -> str:
    """Say so when there was no easier (or harder) card to give, rather than pretend."""
    if current is None:
        return ""
    if variant is Variant.EASIER and given.level >= current.level:
        return _(
            "There's nothing gentler than level {level}, so here's another card at that level."
        ).format(level=current.level)
    if variant is Variant.HARDER and given.level <= current.level:
        return _(
            "There's nothing bolder than level {level} for you right now, so here's another "
            "card at that level."
        ).format(level=current.level)
    return ""
