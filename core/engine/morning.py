"""The morning card for a whole batch of users at once.

The day is decided as for /card (`core.day.decide_day`): a rest day gets a rest message,
a day already answered gets nothing, a card already given that day is shown again, and
otherwise a card is chosen and stored. Only the fetching differs:
the tick sends hundreds of cards a minute, so it reads the batch's recent practice in one
go and stores all the new cards in one transaction, instead of a few round trips and a
commit per user. Only users running a personal challenge pay for one more read (whether
it has just ended).
"""

from __future__ import annotations

import asyncio
from collections.abc import Iterable, Sequence
from dataclasses import replace
from datetime import date, timedelta

from core.advisor.plan import written_cards
from core.choose import REPEAT_WINDOW_DAYS
from core.day import DayStatus, decide_day
from core.deck import Card
from core.engine import notes
from core.engine.cards import card_among, card_reply, choose_for, morning_greeting, seen_since
from core.engine.context import Ctx
from core.engine.personal_challenge import day_line, settle
from core.engine.plan_cards import planned_card
from core.i18n import _
from core.messages import Reply
from core.model import Attempt, NewAttempt, Recent, User

NOTHING_RECENT = Recent()
YIELD_EVERY = 25
"""Users composed between two looks at the event loop: a batch's 500 cards take tens of
milliseconds of CPU, which would otherwise hold up every send in flight."""


async def morning_messages(
    ctx: Ctx, wanted: Sequence[tuple[User, date]]
) -> dict[int, Reply | None]:
    """Each user's morning message for their local day, by user id; None: nothing to send
    (the day is already practised, or there is no card to give)."""
    if not wanted:
        return {}
    since = min(day for _user, day in wanted)
    given_since = since - timedelta(days=REPEAT_WINDOW_DAYS)
    recent = await ctx.store.recent([user.id for user, _day in wanted], since, given_since)
    plans = await ctx.store.plans([user.id for user, _day in wanted])
    messages: dict[int, Reply | None] = {}
    given: dict[int, tuple[Card, Attempt]] = {}
    chosen: dict[int, Card] = {}
    new: list[NewAttempt] = []
    for number, (user, day) in enumerate(wanted, 1):
        await _breathe(number)
        practice = recent.get(user.id, NOTHING_RECENT)
        today = decide_day(day, practice.attempts, practice.rest_days)
        if today.status is DayStatus.REST:
            messages[user.id] = rest_day()
            continue
        if not today.wants_card:
            messages[user.id] = None
            continue
        shown = today.open_card
        plan = plans.get(user.id)
        own = (*practice.own_cards, *written_cards(plan)) if plan else practice.own_cards
        card = card_among(ctx, shown, own) if shown else None
        if shown and card:
            given[user.id] = card, shown
            continue
        seen = seen_since(practice.cards_given, day)
        planned = await planned_card(ctx, user, plan) if plan else None  # one read more
        card = planned or choose_for(ctx, user, day, seen, practice.own_cards)
        if card is None:
            messages[user.id] = None
            continue
        chosen[user.id] = card
        new.append(NewAttempt(user.id, card.id, card.level, card.domain, day, morning=True))
    for attempt in await ctx.store.add_attempts(new, ctx.now()):
        given[attempt.user_id] = chosen[attempt.user_id], attempt
    noted = await _cards_with_notes(ctx, given.values())
    for number, (user, day) in enumerate(wanted, 1):
        await _breathe(number)
        if user.id in given:
            card, attempt = given[user.id]
            messages[user.id] = await _card_message(ctx, user, day, card, attempt, noted)
    return messages


async def _breathe(number: int) -> None:
    """Let the sends in flight go on now and then while a batch is composed."""
    if number % YIELD_EVERY == 0:
        await asyncio.sleep(0)


def rest_day() -> Reply:
    return Reply(_("Rest day today. Your streak is safe; enjoy it. See you tomorrow."))


async def _cards_with_notes(ctx: Ctx, given: Iterable[tuple[Card, Attempt]]) -> set[str]:
    """The batch's cards that someone left a note on, in one read for the whole batch."""
    if not ctx.config.notes_enabled:
        return set()
    return await ctx.store.cards_with_notes({card.id for card, _attempt in given})


async def _card_message(
    ctx: Ctx, user: User, day: date, card: Card, attempt: Attempt, noted: set[str]
) -> Reply:
    news = None
    if user.challenge_days is not None:
        user, news = await settle(ctx, user)  # a challenge that ended is told first
    reply = card_reply(card, attempt, day_line=day_line(user, day))
    if card.id in noted:  # only then a read for this reader (not their own, not reported)
        reply = await notes.under_card(ctx, user, card.id, reply)
    intro = morning_greeting()
    if news is not None:
        intro = f"{news.title}\n{news.text}\n\n{intro}"
    return replace(reply, text=intro + "\n\n" + reply.text)
