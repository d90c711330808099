"""A personal 30- or 100-day challenge through the engine: start, day lines, rest, end, stop."""

from __future__ import annotations

import re
from datetime import UTC, date, datetime

from core.messages import Reply
from tests.fakes.chat import Bot, ChatUser


async def onboarded(bot: Bot, user_id: str = "1001") -> ChatUser:
    person = bot.user(user_id)
    await person.onboard()
    return person


async def started(bot: Bot, length: str = "30 days") -> ChatUser:
    ana = await onboarded(bot)
    await ana.says("/challenge")
    await ana.taps(length)
    return ana


async def practise(
    person: ChatUser, outcome: str = "No", mood: str = "4", predict: str = ""
) -> list[Reply]:
    """One card from /card to the mood; the replies after the mood."""
    await person.says("/card")
    if predict:
        await person.taps(predict)
        await person.taps("5")
    else:
        await person.taps("Skip the guesses")
    await person.taps(outcome)
    if outcome != "Didn't try":
        await person.taps("5")
    return await person.taps(mood)


async def stored_challenge(bot: Bot) -> tuple[int | None, date | None]:
    user = await bot.store.user_by_identity("test", "1001")
    assert user is not None
    return user.challenge_days, user.challenge_start


async def test_the_challenge_offers_thirty_or_a_hundred_days(bot: Bot) -> None:
    ana = await onboarded(bot)
    replies = await ana.says("/challenge")
    labels = [b.label for r in replies for row in r.buttons for b in row]
    assert labels == ["30 days", "100 days"]
    replies = await ana.taps("30 days")
    assert "day 1 of 30" in replies[0].text
    assert await stored_challenge(bot) == (30, date(2026, 3, 2))


async def test_each_card_says_which_day_of_the_challenge_it_is(bot: Bot) -> None:
    ana = await started(bot)
    card = (await ana.says("/card"))[0]
    assert card.text.startswith("Day 1 of 30\n")
    edited = (await ana.taps("30%"))[0]
    assert edited.edit and edited.text.startswith("Day 1 of 30\n")
    await ana.taps("5")
    await ana.taps("No")
    await ana.taps("5")
    await ana.taps("4")
    bot.clock.advance(days=1, hours=1)  # Tuesday 08:00, the card time
    await bot.deliveries.tick()
    [morning] = bot.sender.to("1001")
    assert "Day 2 of 30" in morning.text and morning.text.startswith("Good morning!")
    await practise(ana)
    bot.clock.advance(days=1)
    assert (await ana.says("/card"))[0].text.startswith("Day 3 of 30\n")


async def test_a_hundred_day_challenge_counts_to_a_hundred(bot: Bot) -> None:
    ana = await started(bot, "100 days")
    assert (await ana.says("/card"))[0].text.startswith("Day 1 of 100\n")
    assert await stored_challenge(bot) == (100, date(2026, 3, 2))


async def test_the_day_follows_local_dates_across_the_clocks_going_forward(bot: Bot) -> None:
    ana = await onboarded(bot)
    bot.clock.current = datetime(2026, 3, 28, 12, 0, tzinfo=UTC)  # Saturday noon in London
    await ana.says("/challenge")
    await ana.taps("30 days")
    await practise(ana)
    bot.clock.current = datetime(2026, 3, 29, 0, 30, tzinfo=UTC)  # Sunday 00:30, still GMT
    await ana.says("/rest")
    bot.clock.current = datetime(2026, 3, 29, 23, 30, tzinfo=UTC)  # Monday 00:30 BST
    # 35.5 hours after the start, yet the third local date: day 3.
    assert (await ana.says("/card"))[0].text.startswith("Day 3 of 30\n")


async def test_a_rest_day_keeps_the_challenge_going(bot: Bot) -> None:
    ana = await started(bot)
    await practise(ana)
    bot.clock.advance(days=1)
    await ana.says("/rest")
    bot.clock.advance(days=1)
    replies = await ana.says("/card")
    assert len(replies) == 1 and replies[0].text.startswith("Day 3 of 30\n")
    assert "day 3 of 30" in (await ana.says("/challenge"))[0].text
    assert await stored_challenge(bot) == (30, date(2026, 3, 2))


async def test_a_missed_day_ends_the_challenge_kindly_with_what_was_done(bot: Bot) -> None:
    ana = await started(bot)
    await practise(ana, "No")
    bot.clock.advance(days=2)  # Tuesday went by without an attempt or a rest day
    news, card = await ana.says("/card")
    assert "ended at day 2" in news.text and "everything you did still counts" in news.text
    assert "1 attempt made" in news.text and "1 no collected" in news.text
    assert not card.text.startswith("Day")
    assert await stored_challenge(bot) == (None, None)
    labels = [b.label for row in (await ana.says("/challenge"))[0].buttons for b in row]
    assert labels == ["30 days", "100 days"]


async def test_the_morning_card_tells_of_a_challenge_that_ended(bot: Bot) -> None:
    ana = await started(bot)
    await practise(ana)
    bot.clock.advance(days=2, hours=1)  # Wednesday 08:00; Tuesday was missed
    await bot.deliveries.tick()
    [morning] = bot.sender.to("1001")
    assert "ended at day 2" in morning.text and "Good morning!" in morning.text
    assert "Day 3 of 30" not in morning.text
    assert await stored_challenge(bot) == (None, None)


def level_of(reply: Reply) -> int:
    found = re.search(r"· level (\d) ·", reply.title)
    assert found, reply.title
    return int(found.group(1))


async def test_finishing_thirty_days_celebrates_with_the_right_figures(bot: Bot) -> None:
    ana = await started(bot)
    nos = yeses = 0
    levels: set[int] = set()
    for day in range(1, 31):
        outcome = "Yes" if day % 3 == 0 else "No"
        nos, yeses = nos + (outcome == "No"), yeses + (outcome == "Yes")
        levels.add(level_of((await ana.says("/card"))[0]))
        replies = await practise(ana, outcome, "4", predict="30%")
        titles = [r.title for r in replies]
        if day < 30:
            assert "🎉 Challenge complete!" not in titles, day
            offers = [b.label for r in replies for row in r.buttons for b in row]
            if any(label.startswith("Yes, level") for label in offers):
                await ana.taps("Yes, level")
            bot.clock.advance(days=1)
    assert titles[1] == "🎉 Challenge complete!"  # right after the recorded card
    assert "Recorded: Yes" in replies[0].text
    celebration = replies[1].text
    assert (nos, yeses) == (20, 10)
    assert "30 days of asking anyway" in celebration
    assert "30 attempts made" in celebration and "20 no's collected" in celebration
    assert f"level reached: {max(levels)} of 5" in celebration and max(levels) > 2
    assert "You expected a yes 30% of the time; people said yes 33% of the time." in celebration
    assert await stored_challenge(bot) == (None, None)
    labels = [b.label for row in (await ana.says("/challenge"))[0].buttons for b in row]
    assert labels == ["30 days", "100 days"]  # and a new one can begin


async def test_a_rested_last_day_is_celebrated_the_next_day(bot: Bot) -> None:
    ana = await started(bot)
    user = await bot.store.user_by_identity("test", "1001")
    assert user is not None
    for _day in range(29):
        await practise(ana)
        bot.clock.advance(days=1)
    await ana.says("/rest")
    assert "day 30 of 30" in (await ana.says("/challenge"))[0].text
    bot.clock.advance(days=1)
    replies = await ana.says("/challenge")
    assert replies[0].title == "🎉 Challenge complete!"
    assert "29 attempts made" in replies[0].text


async def test_stopping_asks_first_then_clears_the_challenge(bot: Bot) -> None:
    ana = await started(bot)
    await practise(ana)
    await ana.says("/challenge")
    replies = await ana.taps("Stop the challenge")
    assert "still counts" in replies[0].text
    assert await stored_challenge(bot) == (30, date(2026, 3, 2))
    replies = await ana.taps("Yes, stop it")
    assert "stopped at day 1 of 30" in replies[0].text and "1 attempt made" in replies[0].text
    assert await stored_challenge(bot) == (None, None)
    bot.clock.advance(days=1)
    assert not (await ana.says("/card"))[0].text.startswith("Day")


async def test_keep_going_leaves_the_challenge_running(bot: Bot) -> None:
    ana = await started(bot)
    await ana.says("/challenge")
    await ana.taps("Stop the challenge")
    await ana.taps("Keep going")
    assert await stored_challenge(bot) == (30, date(2026, 3, 2))


async def test_a_restart_or_a_second_start_mid_challenge_keeps_it(bot: Bot) -> None:
    ana = await started(bot)
    start_again = "ch:start:30"
    await practise(ana)
    bot.clock.advance(days=1)
    bot = await bot.restarted()
    ana = bot.user()
    assert (await ana.says("/card"))[0].text.startswith("Day 2 of 30\n")
    replies = await ana.presses(start_again)
    assert "already on day 2 of your 30-day challenge" in replies[0].text
    replies = await ana.presses("ch:start:100")
    assert "already on day 2" in replies[0].text
    assert await stored_challenge(bot) == (30, date(2026, 3, 2))
    await bot.store.close()


async def test_forged_challenge_buttons_change_nothing(bot: Bot) -> None:
    ana = await onboarded(bot)
    for payload in ["ch:start:7", "ch:start", "ch:start:abc", "ch:zz", "ch:stop:yes"]:
        replies = await ana.presses(payload)
        assert len(replies) == 1 and replies[0].text
    assert await stored_challenge(bot) == (None, None)
