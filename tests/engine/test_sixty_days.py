"""Sixty days of practice through the tick and the engine, checked against the rules.

A simulated user gets each morning's card from `Deliveries.tick()`, answers it with a
seeded mix of guesses, outcomes and moods, accepts every level-up offer and every rest
day offered. Every level change is checked against `core.ladder.advise` over the
history up to that point, no card may repeat, and a restart mid-day gives the same card.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from core.ladder import Advice, LadderAdvice, Step, advise
from core.messages import Reply
from core.model import AttemptStatus, User
from core.wellbeing import Record, rest_reason
from tests.fakes.chat import Bot, ChatUser

LONDON = ZoneInfo("Europe/London")
FIRST_DAY = date(2026, 3, 2)  # the clocks go forward on day 28 (29 March)
DAYS = 60
RESTART_ON = (29, 59)
GUESSES = ("10%", "30%", "50%", "70%", "90%", "Skip the guesses")
OUTCOMES = (("Yes", 3), ("No", 5), ("Partly", 1), ("Waiting to hear", 1), ("Didn't try", 1))
MOODS = (("1", 1), ("2", 2), ("3", 4), ("4", 5), ("5", 3))


@dataclass
class Diary:
    """What the simulated user went through, for the checks and the figure."""

    cards: list[str] = field(default_factory=list)
    levels: set[int] = field(default_factory=set)
    ups: int = 0
    downs: int = 0
    rest_days: int = 0


def labels(replies: list[Reply]) -> list[str]:
    return [b.label for r in replies for row in r.buttons for b in row]


def is_card(reply: Reply) -> bool:
    return any(b.payload.startswith("k:") for row in reply.buttons for b in row)


def pick(rng: random.Random, weighted: tuple[tuple[str, int], ...]) -> str:
    return rng.choices([w[0] for w in weighted], [w[1] for w in weighted])[0]


async def stored(bot: Bot) -> User:
    user = await bot.store.user_by_identity("test", "1001")
    assert user is not None
    return user


async def expected_advice(bot: Bot, user: User, day: date) -> tuple[LadderAdvice, bool]:
    """What the ladder says after the latest mood, and whether a rest is due, from the store."""
    recorded = [
        a
        for a in await bot.store.attempts(user.id)
        if a.status is AttemptStatus.RECORDED and a.outcome
    ]
    reason = rest_reason(
        [Record(a.local_date, a.outcome, a.mood) for a in recorded if a.outcome],
        day,
        bot.ctx.config.wellbeing,
    )
    steps = [Step(a.level, a.outcome, a.mood) for a in recorded if a.outcome]
    return advise(user.level, steps, rest_nudged=reason is not None), reason is not None


async def morning(bot: Bot, day: date) -> list[Reply]:
    bot.clock.current = datetime.combine(day, time(8, 5), LONDON).astimezone(UTC)
    before = len(bot.sender.sent)
    await bot.deliveries.tick()
    return [reply for address, reply in bot.sender.sent[before:] if address.chat_id == "1001"]


async def answer(ana: ChatUser, card: Reply, rng: random.Random) -> str:
    """Answer the card up to the mood question; returns the mood to give."""
    ana.last = [card]
    guess = rng.choice(GUESSES)
    await ana.taps(guess)
    if guess != "Skip the guesses":
        await ana.taps(str(rng.randint(0, 10)))
    outcome = pick(rng, OUTCOMES)
    await ana.taps(outcome)
    if outcome != "Didn't try":
        await ana.taps(str(rng.randint(0, 10)))
    return pick(rng, MOODS)


async def after_mood(bot: Bot, ana: ChatUser, mood: str, day: date, diary: Diary) -> None:
    """Give the mood and check what the ladder did against `advise` on the history so far."""
    before = await stored(bot)
    replies = await ana.taps(mood)
    advice, rest_due = await expected_advice(bot, before, day)
    after = await stored(bot)
    offers = [label for label in labels(replies) if label.startswith("Yes, level")]
    if advice.advice is Advice.STEP_DOWN:
        assert after.level == advice.level == before.level - 1, day
        diary.downs += 1
    else:
        assert after.level == before.level, day
    assert bool(offers) == (advice.advice is Advice.OFFER_UP), (day, advice, offers)
    assert ("Take tomorrow off" in labels(replies)) == rest_due, day
    if offers:
        await ana.taps(offers[0])
        assert (await stored(bot)).level == advice.level == before.level + 1, day
        diary.ups += 1
    if rest_due:
        await ana.taps("Take tomorrow off")
    diary.levels.add((await stored(bot)).level)


async def same_card_after_restart(bot: Bot, card: Reply) -> Bot:
    """After a restart the same card comes back for the day, and the tick sends no second."""
    bot = await bot.restarted()
    sent = len(bot.sender.sent)
    await bot.deliveries.tick()
    assert not [r for _a, r in bot.sender.sent[sent:] if is_card(r)]
    again = (await bot.user().says("/card"))[0]
    assert (again.title, again.text) == (card.title, card.text.split("\n\n", 1)[1])
    return bot


async def test_sixty_days_of_practice_follow_the_rules(
    bot: Bot, report: Callable[[str], None]
) -> None:
    ana = bot.user()
    await ana.onboard(strength="5")  # the strongest fear starts at level 1
    rng, diary = random.Random(60), Diary(levels={1})
    for n in range(DAYS):
        day = FIRST_DAY + timedelta(days=n)
        delivered = await morning(bot, day)
        if day in await bot.store.rest_days((await stored(bot)).id):
            assert not [r for r in delivered if is_card(r)], day
            diary.rest_days += 1
            continue
        [card] = [r for r in delivered if is_card(r)]
        if n in RESTART_ON:
            bot = await same_card_after_restart(bot, card)
            ana = bot.user()
        diary.cards.append(card.title)
        mood = await answer(ana, card, rng)
        await after_mood(bot, ana, mood, day, diary)
    user = await stored(bot)
    card_ids = [a.card_id for a in await bot.store.attempts(user.id)]
    assert len(card_ids) == len(set(card_ids)) == len(diary.cards)
    assert len(diary.cards) + diary.rest_days == DAYS
    assert diary.ups > 0 and len(diary.levels) >= 3
    report(
        f"60-day simulation: {len(diary.cards)} cards seen, {len(set(card_ids))} distinct, "
        f"{diary.rest_days} rest days, levels visited {sorted(diary.levels)} "
        f"({diary.ups} steps up, {diary.downs} steps down)"
    )
    await bot.store.close()
