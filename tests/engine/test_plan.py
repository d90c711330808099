"""/plan: the interview, the ladder it builds, the daily card following it, and its care."""

from __future__ import annotations

import json
from dataclasses import replace

from core.advisor.plan import MAX_RUNGS, MIN_RUNGS, RungKind
from tests.fakes.chat import Bot, ChatUser

GOAL = "Ask my manager to let me lead the next project"


async def planned(bot: Bot, goals: tuple[tuple[str, str], ...] = ((GOAL, "8"),)) -> ChatUser:
    ana = bot.user()
    await ana.onboard()
    await ana.says("/plan")
    for text, fear in goals:
        await ana.says(text)
        await ana.taps(fear)
    if len(goals) < 3:
        await ana.taps("Build my plan")
    return ana


async def user_id(bot: Bot) -> int:
    user = await bot.store.user_by_identity("test", "1001")
    assert user is not None
    return user.id


async def attempt_today(person: ChatUser, outcome: str = "No") -> str:
    """/card, then record it; returns the card's title."""
    replies = await person.says("/card")
    title = replies[-1].title
    await person.taps("Skip the guesses")
    await person.taps(outcome)
    if outcome != "Didn't try":
        await person.taps("5")
    await person.taps("4")
    return title


async def test_the_interview_builds_a_ladder_topped_by_the_users_own_goals(bot: Bot) -> None:
    goals = ((GOAL, "8"), ("Speak up in the team meeting with my own idea", "5"))
    ana = await planned(bot, goals)

    plan = await bot.store.plan(await user_id(bot))
    assert plan is not None
    assert MIN_RUNGS <= len(plan.rungs) <= MAX_RUNGS
    assert [r.ask for r in plan.rungs if r.kind is RungKind.GOAL] == [goals[1][0], GOAL]
    assert plan.rungs[-1].ask == GOAL and plan.rungs[-1].fear == 8
    assert "You're on rung 1 of" in ana.text() and "your goal" in ana.text()


async def test_a_goal_that_breaks_the_ethics_check_gets_a_kind_answer_and_a_fair_goal(
    bot: Bot,
) -> None:
    ana = bot.user()
    await ana.onboard()
    await ana.says("/plan")

    replies = await ana.says("Ask a stranger on the bus for their phone number")

    assert "I can't put that one on your ladder" in replies[0].text
    await ana.taps("Take that goal")
    assert "How scary does this feel" in ana.text()


async def test_the_daily_card_follows_the_plan_and_a_rung_is_done_when_attempted(
    bot: Bot,
) -> None:
    ana = await planned(bot)
    plan = await bot.store.plan(await user_id(bot))
    assert plan is not None

    first = await attempt_today(ana, "No")
    bot.clock.advance(days=1)
    second = await attempt_today(ana, "Yes")

    assert first.startswith(plan.rungs[0].title)
    assert second.startswith(plan.rungs[1].title)
    await ana.says("/plan")
    assert "You're on rung 3 of" in ana.text()


async def test_a_rung_not_tried_stays_the_next_one(bot: Bot) -> None:
    ana = await planned(bot)
    plan = await bot.store.plan(await user_id(bot))
    assert plan is not None

    await attempt_today(ana, "Didn't try")
    bot.clock.advance(days=1)
    again = await attempt_today(ana, "No")

    assert again.startswith(plan.rungs[0].title)


async def test_removing_a_rung_takes_it_off_and_the_plan_survives_a_restart(bot: Bot) -> None:
    ana = await planned(bot)
    before = await bot.store.plan(await user_id(bot))
    assert before is not None

    await ana.taps("Remove a rung")
    removed = await ana.taps("1")
    bot = await bot.restarted()
    ana = bot.user()
    await ana.says("/plan")

    after = await bot.store.plan(await user_id(bot))
    assert after is not None and after.rungs == before.rungs[1:]
    assert f"“{before.rungs[0].title}” is off your ladder" in removed[0].text
    assert "You're on rung 1 of" in ana.text()


async def test_the_interview_resumes_at_the_same_question_after_a_restart(bot: Bot) -> None:
    ana = bot.user()
    await ana.onboard()
    await ana.says("/plan")
    await ana.says(GOAL)

    bot = await bot.restarted()
    ana = bot.user()
    replies = await ana.presses("pl:f:7")

    assert "Build my plan" in [b.label for r in replies for row in r.buttons for b in row]


async def test_a_stale_fear_button_changes_nothing(bot: Bot) -> None:
    ana = await planned(bot)

    replies = await ana.presses("pl:f:7")

    assert "behind us now" in replies[0].text


async def test_stopping_the_plan_gives_cards_as_before(bot: Bot) -> None:
    ana = await planned(bot)

    await ana.taps("Stop following the plan")

    assert await bot.store.plan(await user_id(bot)) is None
    assert "put away" in ana.text()


async def test_the_plan_is_in_the_export_and_erased_by_delete(bot: Bot) -> None:
    ana = await planned(bot)

    [reply] = await ana.says("/export")
    assert reply.attachment is not None
    exported = json.loads(reply.attachment.data)
    assert exported["data"]["plans"][0]["goals"][0]["text"] == GOAL

    await ana.says("/delete")
    await ana.taps("Yes, erase everything")
    assert bot.store.row_counts()["plans"] == 0  # type: ignore[union-attr]


async def test_the_morning_card_is_the_plans_next_rung(bot: Bot) -> None:
    ana = await planned(bot)
    plan = await bot.store.plan(await user_id(bot))
    assert plan is not None
    await attempt_today(ana, "Partly")

    bot.clock.advance(days=1, hours=1)
    await bot.deliveries.tick()

    cards = [r for r in bot.sender.to("1001") if r.title.startswith(plan.rungs[1].title)]
    assert len(cards) == 1 and "Good morning" in cards[0].text


async def test_a_written_rung_shows_as_a_card_from_the_plan(bot: Bot) -> None:
    ana = await planned(bot)
    plan = await bot.store.plan(await user_id(bot))
    assert plan is not None
    # climb every deck rung, with a level that allows the warm-up step after them
    user = await bot.store.user(await user_id(bot))
    assert user is not None
    await bot.store.save_user(replace(user, level=5))
    for _rung in [r for r in plan.rungs if r.kind is RungKind.CARD]:
        await attempt_today(ana, "No")
        bot.clock.advance(days=1)

    title = await attempt_today(ana, "No")

    assert title.endswith("from your plan") and title.startswith("Warm-up for:")


async def test_the_end_of_onboarding_offers_a_plan_and_the_button_starts_it(bot: Bot) -> None:
    ana = bot.user()
    await ana.onboard()

    replies = await ana.taps("Build my own plan (optional)")

    assert "If a no didn't sting" in replies[0].text
    user = await bot.store.user_by_identity("test", "1001")
    assert user is not None and user.state == "plan:goal"


async def test_a_rung_of_ones_own_goes_in_where_it_fits_and_an_unfair_one_is_refused(
    bot: Bot,
) -> None:
    ana = await planned(bot)
    await ana.taps("Add a rung")

    refused = await ana.says("Ask a stranger on the bus for their phone number")
    assert "I can't add that one" in refused[0].text
    await ana.says("Ask my team lead for feedback on my last report")
    replies = await ana.taps("3")

    plan = await bot.store.plan(await user_id(bot))
    assert plan is not None
    [mine] = [(i, r) for i, r in enumerate(plan.rungs) if r.kind is RungKind.OWN]
    index, rung = mine
    assert (rung.level, rung.fear, rung.domain) == (3, 3, "work")
    assert all((r.level, r.fear) <= (3, 3) for r in plan.rungs[:index])
    assert all((r.level, r.fear) > (3, 3) for r in plan.rungs[index + 1 :])
    assert "is on your ladder" in replies[0].text and "a step you added" in replies[0].text


async def test_a_rung_moved_earlier_swaps_with_the_one_before_and_the_card_follows(
    bot: Bot,
) -> None:
    ana = await planned(bot)
    before = await bot.store.plan(await user_id(bot))
    assert before is not None

    await ana.taps("Move a rung earlier")
    replies = await ana.taps("2")

    after = await bot.store.plan(await user_id(bot))
    assert after is not None
    assert after.rungs[:2] == (before.rungs[1], before.rungs[0])
    assert after.rungs[2:] == before.rungs[2:]
    assert "moved one step earlier" in replies[0].text
    title = await attempt_today(ana)
    assert title.startswith(before.rungs[1].title)
