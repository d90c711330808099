"""The card of the day: choosing it once per day, showing it, swapping it.

A card given to a user is stored as an open attempt for that local date, so asking
again (or a restart) shows the same card, and the morning delivery does not send a
second one when the user already asked for today's card.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

from core.choose import REPEAT_WINDOW_DAYS, Variant, Wish, choose_card, day_rng
from core.deck import Card, domain_label
from core.engine import payloads as p
from core.engine.context import Ctx
from core.i18n import _
from core.messages import Reply, button_rows
from core.model import Attempt, AttemptStatus, User

PREDICT, SCARY, OUTCOME = "predict", "scary", "outcome"


def card_text(card: Card) -> str:
    parts = [card.ask, _("Why it helps: {why}").format(why=card.why)]
    if card.ethics:
        parts.append(card.ethics)
    parts.extend(f"• {tip}" for tip in card.tips)
    return "\n\n".join(parts)


def card_title(card: Card) -> str:
    return _("{title} · level {level} · {domain}").format(
        title=card.title, level=card.level, domain=domain_label(card.domain)
    )


def stage_of(attempt: Attempt) -> str:
    if attempt.predicted_yes is None:
        return PREDICT
    if attempt.expected_fear is None:
        return SCARY
    return OUTCOME


def stage_buttons(attempt: Attempt, stage: str) -> tuple[str, list[list[tuple[str, str]]]]:
    aid = attempt.id
    if stage == PREDICT:
        chances = [(f"{n}%", p.make(p.PREDICT, aid, n)) for n in (10, 30, 50, 70, 90)]
        skip = [(_("Skip the guesses"), p.make(p.PREDICT, aid, "x"))]
        return _("Before you try: how likely is a yes?"), [chances, skip]
    if stage == SCARY:
        scale = [(str(n), p.make(p.SCARY, aid, n)) for n in range(11)]
        return _("And how scary does it feel? 0 is not at all, 10 is terrifying."), [
            scale[:6],
            scale[6:],
        ]
    outcomes = [
        (_("Yes"), p.make(p.OUTCOME, aid, "y")),
        (_("No"), p.make(p.OUTCOME, aid, "n")),
        (_("Partly"), p.make(p.OUTCOME, aid, "p")),
    ]
    later = [
        (_("Waiting to hear"), p.make(p.OUTCOME, aid, "w")),
        (_("Didn't try"), p.make(p.OUTCOME, aid, "d")),
    ]
    return _("When you've tried, tell me how it went. Every attempt counts."), [outcomes, later]


def card_reply(card: Card, attempt: Attempt, stage: str | None = None, edit: bool = False) -> Reply:
    prompt, rows = stage_buttons(attempt, stage or stage_of(attempt))
    swap = [(_("Swap this card"), p.make(p.SWAP, attempt.id, "menu"))]
    return Reply(
        f"{card_text(card)}\n\n{prompt}",
        title=card_title(card),
        buttons=button_rows(*rows, swap),
        edit=edit,
    )


async def seen_recently(ctx: Ctx, user: User, day: date) -> set[str]:
    since = day - timedelta(days=REPEAT_WINDOW_DAYS)
    return {a.card_id for a in await ctx.store.attempts(user.id, since)}


async def open_attempt(ctx: Ctx, user: User, day: date) -> Attempt | None:
    todays = [a for a in await ctx.store.attempts(user.id, day) if a.local_date == day]
    return next((a for a in reversed(todays) if a.status is AttemptStatus.OPEN), None)


async def give_card(
    ctx: Ctx, user: User, day: date, variant: Variant = Variant.SAME, current: Card | None = None
) -> tuple[Card, Attempt] | None:
    """Choose and store a new card for `day`; None only when the deck is empty."""
    seen = await seen_recently(ctx, user, day)
    salt = f"{variant}:{len(seen)}" if current else ""
    wish = Wish(level=user.level, domains=user.domains, variant=variant, current=current)
    card = choose_card(ctx.content.cards, wish, seen, day_rng(user.id, day, salt))
    if card is None:
        return None
    attempt = await ctx.store.add_attempt(user.id, card.id, card.level, card.domain, day, ctx.now())
    return card, attempt


async def todays_card(ctx: Ctx, user: User, day: date | None = None) -> tuple[Card, Attempt] | None:
    """Today's open card, choosing one the first time it is asked for."""
    day = day or ctx.today(user)
    attempt = await open_attempt(ctx, user, day)
    card = ctx.content.card(attempt.card_id) if attempt else None
    if attempt and card:
        return card, attempt
    return await give_card(ctx, user, day)


def no_cards() -> Reply:
    return Reply(_("I have no cards to offer right now. Please try again a little later."))


async def show_card(ctx: Ctx, user: User) -> list[Reply]:
    day = ctx.today(user)
    todays = [a for a in await ctx.store.attempts(user.id, day) if a.local_date == day]
    if (
        todays
        and all(a.status is not AttemptStatus.OPEN for a in todays)
        and any(a.status is AttemptStatus.RECORDED for a in todays)
    ):
        return [
            Reply(
                _(
                    "You've already recorded today's card. That's the practice done for today. "
                    "If you want more, /skip gives you another one."
                )
            )
        ]
    given = await todays_card(ctx, user, day)
    if given is None:
        return [no_cards()]
    return [card_reply(*given)]


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
    current = ctx.content.card(attempt.card_id)
    given = await give_card(ctx, user, attempt.local_date, variant, current)
    if given is None:
        return [no_cards()]
    await ctx.store.save_attempt(replace(attempt, status=AttemptStatus.SKIPPED))
    return [card_reply(*given, edit=True)]
