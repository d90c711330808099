"""One day, one answer: /card, /streak, /rest and the reminder agree about today.

A "didn't try" is recorded and closes the card for the day, but the day does not count
for the streak; a rest day is a rest day everywhere (`core.day`).
"""

from __future__ import annotations

from tests.engine.test_practice import onboarded, record
from tests.fakes.chat import Bot


async def test_a_didnt_try_day_is_closed_for_card_and_not_still_open_for_streak(bot: Bot) -> None:
    ana = await onboarded(bot)
    await record(ana, "No")
    bot.clock.advance(days=1)
    await record(ana, "Didn't try")

    card = (await ana.says("/card"))[0].text
    streak = (await ana.says("/streak"))[0].text

    assert "didn't try today's card, and that's recorded" in card
    assert "doesn't add to your streak" in card
    assert "Current streak: 1 day" in streak
    assert "still open" not in streak
    assert "doesn't count for the streak yet" in streak


async def test_another_card_after_a_didnt_try_can_still_make_the_day_count(bot: Bot) -> None:
    ana = await onboarded(bot)
    await record(ana, "No")
    bot.clock.advance(days=1)
    await record(ana, "Didn't try")
    await ana.says("/card")

    replies = await ana.taps("Another card, please")
    assert "how likely is a yes" in replies[0].text
    await ana.taps("Skip the guesses")
    await ana.taps("Yes")
    await ana.taps("5")
    await ana.taps("4")

    assert "Current streak: 2 days" in (await ana.says("/streak"))[0].text


async def test_rest_after_a_didnt_try_keeps_the_streak_and_streak_says_so(bot: Bot) -> None:
    ana = await onboarded(bot)
    await record(ana, "No")
    bot.clock.advance(days=1)
    await record(ana, "Didn't try")

    assert "Your streak is safe" in (await ana.says("/rest"))[0].text
    streak = (await ana.says("/streak"))[0].text
    assert "Today is a rest day: your streak is safe." in streak
    bot.clock.advance(days=1)
    assert "Current streak: 1 day" in (await ana.says("/streak"))[0].text


async def test_rest_does_not_call_a_streak_safe_that_a_didnt_try_day_ended(bot: Bot) -> None:
    ana = await onboarded(bot)
    await record(ana, "No")
    bot.clock.advance(days=1)
    await record(ana, "Didn't try")
    bot.clock.advance(days=1)

    rest = (await ana.says("/rest"))[0].text
    streak = (await ana.says("/streak"))[0].text

    assert "Rest day noted" in rest and "streak is safe" not in rest
    assert "Current streak: 0 days" in streak
    assert "Today is a rest day." in streak and "streak is safe" not in streak


async def test_on_a_rest_day_card_offers_the_card_only_if_wanted(bot: Bot) -> None:
    ana = await onboarded(bot)
    await record(ana, "No")
    bot.clock.advance(days=1)
    await ana.says("/rest")

    offered = (await ana.says("/card"))[0]
    streak = (await ana.says("/streak"))[0].text

    assert "Today is a rest day" in offered.text and not offered.title
    assert "still open" not in streak
    replies = await ana.presses(ana.button("Show me a card anyway", [offered]))
    assert "how likely is a yes" in replies[0].text


async def test_an_open_card_asked_for_on_a_rest_day_still_waits_behind_the_offer(bot: Bot) -> None:
    ana = await onboarded(bot)
    first = (await ana.says("/card"))[0]
    await ana.says("/rest")

    offered = (await ana.says("/card"))[0]
    shown = (await ana.taps("Show me a card anyway"))[0]

    assert "rest day" in offered.text
    assert shown.title == first.title


async def test_no_morning_card_after_a_didnt_try_before_the_morning(bot: Bot) -> None:
    ana = await onboarded(bot)
    await ana.says("/card")  # 07:00, an hour before the card time
    await ana.taps("Skip the guesses")
    await ana.taps("Didn't try")
    bot.clock.advance(hours=1)

    results = await bot.deliveries.tick()

    assert results["skipped"] == 1 and bot.sender.to("1001") == []
