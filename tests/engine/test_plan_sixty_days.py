"""Sixty days with a plan, for three very different people: afraid of asking at work, of
dating, of showing creative work. Each gets a ladder topped by their own goals; every
morning card is the plan's next rung whenever the ladder's level allows it, and every
level change follows the ladder rules (checked by `after_mood`, as in test_sixty_days)."""

from __future__ import annotations

import random
from collections.abc import Callable
from datetime import timedelta

import pytest

from core.advisor.follow import next_rung, rung_for_today
from core.advisor.plan import RungKind
from tests.engine.test_sixty_days import (
    DAYS,
    FIRST_DAY,
    Diary,
    after_mood,
    answer,
    is_card,
    morning,
    stored,
)
from tests.fakes.chat import Bot

PEOPLE = {
    "work": ("3", (("Ask my manager to let me lead the next project", "8"),)),
    "dating": (
        "5",
        (
            ("Ask someone I've been chatting with to meet for a coffee", "9"),
            ("Tell a friend I'd like to see them more often", "4"),
        ),
    ),
    "creative": (
        "4",
        (
            ("Send my short story to a magazine", "7"),
            ("Play my songs at an open mic night", "9"),
            ("Share my drawings online", "3"),
        ),
    ),
}


@pytest.mark.parametrize("who", sorted(PEOPLE))
async def test_sixty_days_with_a_plan_follow_the_plan_and_the_ladder(
    bot: Bot, who: str, report: Callable[[str], None]
) -> None:
    strength, goals = PEOPLE[who]
    ana = bot.user()
    await ana.onboard(strength=strength)
    await ana.says("/plan")
    for text, fear in goals:
        await ana.says(text)
        await ana.taps(fear)
    if len(goals) < 3:
        await ana.taps("Build my plan")
    user = await stored(bot)
    plan = await bot.store.plan(user.id)
    assert plan is not None
    tops = [r.ask for r in plan.rungs[-2 * len(goals) :] if r.kind is RungKind.GOAL]
    assert sorted(tops) == sorted(text for text, _fear in goals)

    rng, diary, followed = random.Random(who), Diary(levels={user.level}), 0
    for n in range(DAYS):
        day = FIRST_DAY + timedelta(days=n)
        user = await stored(bot)
        wanted = rung_for_today(plan, await bot.store.attempts(user.id, plan.started), user.level)
        delivered = await morning(bot, day)
        if day in await bot.store.rest_days(user.id):
            diary.rest_days += 1
            continue
        [card] = [r for r in delivered if is_card(r)]
        if wanted is not None:
            assert card.title.startswith(f"{wanted.title} · level {wanted.level}"), (day, wanted)
            followed += 1
        diary.cards.append(card.title)
        mood = await answer(ana, card, rng)
        await after_mood(bot, ana, mood, day, diary)

    climbed = next_rung(plan, await bot.store.attempts(user.id, plan.started))
    climbed = len(plan.rungs) if climbed is None else climbed
    assert followed >= len(plan.rungs) // 2 and climbed >= 4
    report(
        f"60 days with a plan ({who}): {climbed}/{len(plan.rungs)} rungs climbed, "
        f"{followed} of {len(diary.cards)} cards from the plan, levels {sorted(diary.levels)} "
        f"({diary.ups} up, {diary.downs} down), {diary.rest_days} rest days"
    )
