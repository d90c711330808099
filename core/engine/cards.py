"""The card of the day: choosing it once per day and showing it (swapping it: `swap`).

A card given to a user is stored as an open attempt for that local date, so asking
again (or a restart) shows the same card, and the morning delivery does not send a
second one when the user already asked for today's card.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date, timedelta

from core.advisor.plan import is_plan_id, written_cards
from core.choose import REPEAT_WINDOW_DAYS, Variant, Wish, choose_card, day_rng
from core.day import DayStatus, decide_day
from core.deck import Card, domain_label
from core.engine import notes, personal_challenge
from core.engine import payloads as p
from core.engine.context import Ctx
from core.engine.plan_cards import planned_card
from core.i18n import _
from core.messages import Reply, button_rows
from core.model import Attempt, User
from core.outcomes import outcome_choices
from core.own_cards import is_own_id, own_card_note

PREDICT, SCARY, OUTCOME = "predict", "scary", "outcome"
ANYWAY = "any"
"""The `h:any` button: a card now, on a rest day or after a "didn't try"."""


def card_text(card: Card) -> str:
    """The ask, why it helps, and the ethics note; a user's own card has no "why", so it
    gets the note that a no ends the ask instead."""
    parts = [card.ask]
    if card.why:
        parts.append(_("Why it helps: {why}").format(why=card.why))
    ethics = card.ethics or (own_card_note() if card.owner_id is not None else "")
    if ethics:
        parts.append(ethics)
    parts.extend(f"• {tip}" for tip in card.tips)
    return "\n\n".join(parts)


def card_title(card: Card) -> str:
    if card.owner_id is not None and is_plan_id(card.id):
        return _("{title} · level {level} · from your plan").format(
            title=card.title, level=card.level
        )
    if card.owner_id is not None:
        return _("{title} · level {level} · your own card").format(
            title=card.title, level=card.level
        )
    return _("{title} · level {level} · {domain}").format(
        title=card.title, level=card.level, domain=domain_label(card.domain)
    )


async def card_of(ctx: Ctx, attempt: Attempt) -> Card | None:
    """The card an attempt was given: a deck card, or the attempt owner's own card."""
    own: Sequence[Card] = ()
    if is_own_id(attempt.card_id):
        own = await ctx.store.own_cards(attempt.user_id)
    elif is_plan_id(attempt.card_id):  # a step written for the user, kept in their plan
        plan = await ctx.store.plan(attempt.user_id)
        own = written_cards(plan) if plan is not None else ()
    return card_among(ctx, attempt, own)


def card_among(ctx: Ctx, attempt: Attempt, own: Sequence[Card]) -> Card | None:
    """The attempt's card, looking a "mine-" id up among `own`, its owner's cards.

    Only the owner's cards are ever passed, so another user's card can never be shown;
    one the owner has removed since reads as a short placeholder.
    """
    if not is_own_id(attempt.card_id) and not is_plan_id(attempt.card_id):
        return ctx.content.card(attempt.card_id)
    mine = {c.id: c for c in own if c.owner_id == attempt.user_id}
    return mine.get(attempt.card_id) or Card(
        id=attempt.card_id,
        title=_("A card you removed"),
        ask=_("This was one of your own cards; you have removed it from your list since."),
        level=attempt.level,
        domain=attempt.domain,
        why="",
        owner_id=attempt.user_id,
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
    answers = [(label, p.make(p.OUTCOME, aid, code)) for label, code in outcome_choices()]
    prompt = _("When you've tried, tell me how it went. Every attempt counts.")
    return prompt, [answers[:3], answers[3:]]


def morning_greeting() -> str:
    return _("Good morning! Here's today's card.")


def card_reply(
    card: Card,
    attempt: Attempt,
    stage: str | None = None,
    edit: bool = False,
    day_line: str = "",
) -> Reply:
    """The card with the buttons of its stage; `day_line` is a challenge's "Day 12 of 30".
    Edited as it is answered, the morning's card keeps its greeting above that line."""
    prompt, rows = stage_buttons(attempt, stage or stage_of(attempt))
    if attempt.challenge_id is None:  # a group's shared card is the same for everyone
        rows.append([(_("Swap this card"), p.make(p.SWAP, attempt.id, "menu"))])
    greeting = morning_greeting() if edit and attempt.morning else ""
    head = "".join(f"{line}\n\n" for line in (greeting, day_line) if line)
    return Reply(
        f"{head}{card_text(card)}\n\n{prompt}",
        title=card_title(card),
        buttons=button_rows(*rows),
        edit=edit,
    )


def seen_since(given: Iterable[tuple[date, str]], day: date) -> set[str]:
    """The cards to avoid on `day`: those given (date, card id) in the repeat window."""
    since = day - timedelta(days=REPEAT_WINDOW_DAYS)
    return {card_id for given_on, card_id in given if given_on >= since}


def choose_for(
    ctx: Ctx,
    user: User,
    day: date,
    seen: set[str],
    own: Sequence[Card],
    variant: Variant = Variant.SAME,
    current: Card | None = None,
) -> Card | None:
    """The card to give; the same for the same user, day and history, in any process."""
    salt = f"{variant}:{len(seen)}" if current else ""
    wish = Wish(user.level, user.domains, variant, current, has=user.needs)
    return choose_card(ctx.content.pool, wish, seen, day_rng(user.id, day, salt), own=own)


async def give_card(
    ctx: Ctx, user: User, day: date, variant: Variant = Variant.SAME, current: Card | None = None
) -> tuple[Card, Attempt] | None:
    """Choose and store a new card for `day`; None only when the deck is empty."""
    since = day - timedelta(days=REPEAT_WINDOW_DAYS)
    seen = seen_since(
        ((a.local_date, a.card_id) for a in await ctx.store.attempts(user.id, since)), day
    )
    own = await ctx.store.own_cards(user.id)
    planned = await planned_card(ctx, user) if variant is Variant.SAME and not current else None
    card = planned or choose_for(ctx, user, day, seen, own, variant, current)
    if card is None:
        return None
    attempt = await ctx.store.add_attempt(user.id, card.id, card.level, card.domain, day, ctx.now())
    return card, attempt


async def todays_card(ctx: Ctx, user: User, day: date | None = None) -> tuple[Card, Attempt] | None:
    """Today's open card, choosing one the first time it is asked for."""
    day = day or ctx.today(user)
    attempt = decide_day(day, await ctx.store.attempts(user.id, day), ()).open_card
    card = await card_of(ctx, attempt) if attempt else None
    if attempt and card:
        return card, attempt
    return await give_card(ctx, user, day)


def no_cards() -> Reply:
    return Reply(_("I have no cards to offer right now. Please try again a little later."))


async def show_card(ctx: Ctx, user: User) -> list[Reply]:
    user, news = await personal_challenge.settle(ctx, user)
    shown = await _todays(ctx, user)
    return [news, *shown] if news is not None else shown


async def _todays(ctx: Ctx, user: User) -> list[Reply]:
    """/card: how the day stands (`core.day`), or the card itself."""
    day = ctx.today(user)
    today = decide_day(
        day, await ctx.store.attempts(user.id, day), await ctx.store.rest_days(user.id)
    )
    if not today.shows_open_card and today.status is DayStatus.PRACTISED:
        return [
            Reply(
                _(
                    "You've already recorded today's card. That's the practice done for today. "
                    "If you want more, /skip gives you another one."
                )
            )
        ]
    if not today.shows_open_card and today.status is DayStatus.NOT_TRIED:
        return [not_tried_today()]
    if today.status is DayStatus.REST:
        return [rest_day_card()]
    return await card_anyway(ctx, user)


def not_tried_today() -> Reply:
    return Reply(
        _(
            "You noted that you didn't try today's card, and that's recorded. It doesn't add "
            "to your streak, and that's okay. If you'd like to try after all, I can give you "
            "another card."
        ),
        buttons=button_rows([(_("Another card, please"), p.make(p.HOME, ANYWAY))]),
    )


def rest_day_card() -> Reply:
    return Reply(
        _(
            "Today is a rest day, so there's no card unless you want one. Resting is part "
            "of the practice too."
        ),
        buttons=button_rows([(_("Show me a card anyway"), p.make(p.HOME, ANYWAY))]),
    )


async def card_anyway(ctx: Ctx, user: User) -> list[Reply]:
    """Today's open card, or a new one: whatever the day says, because the user asked."""
    day = ctx.today(user)
    given = await todays_card(ctx, user, day)
    if given is None:
        return [no_cards()]
    reply = card_reply(*given, day_line=personal_challenge.day_line(user, day))
    return [await notes.under_card(ctx, user, given[0].id, reply)]


async def home(ctx: Ctx, user: User, choice: str) -> list[Reply]:
    """A "today's card" button: `h:card` asks how the day stands, `h:any` wants a card."""
    if choice == ANYWAY:
        user, news = await personal_challenge.settle(ctx, user)
        shown = await card_anyway(ctx, user)
        return [news, *shown] if news is not None else shown
    return await show_card(ctx, user)
