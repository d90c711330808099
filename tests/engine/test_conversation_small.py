"""Small things a person reads: nothing easier than level 1 is said plainly, the card keeps
its "Day N of M" line as it is answered, /resume says today or tomorrow, and a removed own
card's title is not followed by a second full stop."""

from __future__ import annotations

from tests.engine.test_custom_cards import add_card
from tests.engine.test_practice import onboarded
from tests.fakes.chat import Bot


async def test_easier_at_level_one_says_nothing_gentler_exists(bot: Bot) -> None:
    ana = await onboarded(bot)  # fear strength 3 starts at level 1 or 2; make sure of 1
    await ana.says("/level")
    await ana.taps("1")
    await ana.says("/skip")
    replies = await ana.taps("Easier")
    assert "nothing gentler than level 1" in replies[0].text


async def test_the_card_keeps_its_challenge_day_line_once_answered(bot: Bot) -> None:
    ana = await onboarded(bot)
    await ana.says("/challenge")
    await ana.taps("30 days")
    await ana.says("/card")
    await ana.taps("Skip the guesses")
    for press in ("No", "4", "3"):
        replies = await ana.taps(press)
        card = next(r for r in replies if r.edit)
        assert "Day 1 of 30" in card.text, press


async def test_resume_says_today_or_tomorrow(bot: Bot) -> None:
    ana = await onboarded(bot)  # 08:00 London, and the clock reads 07:00 UTC on a Monday
    await ana.says("/pause")
    [reply] = await ana.says("/resume")
    assert "arrives today at 08:00" in reply.text
    await ana.says("/pause")
    bot.clock.advance(hours=3)
    [reply] = await ana.says("/resume")
    assert "arrives tomorrow at 08:00" in reply.text


async def test_a_removed_card_ending_in_a_full_stop_gets_no_second_one(bot: Bot) -> None:
    ana = await onboarded(bot)
    await add_card(ana, "Ask the driver to wait a moment for the bus.")
    await ana.says("/mycards")
    labels = [b.label for r in ana.last for row in r.buttons for b in row]
    remove = next(label for label in labels if "Remove" in label)
    replies = await ana.taps(remove)
    assert ".”." not in replies[0].text and "”." not in replies[0].text


async def test_level_with_a_number_sets_that_level(bot: Bot) -> None:
    ana = await onboarded(bot)
    [reply] = await ana.says("/level 4")
    assert "Level 4 it is" in reply.text
    user = await bot.store.user_by_identity("test", "1001")
    assert user is not None and user.level == 4
    [reply] = await ana.says("/level 9")
    assert "Levels go from 1 to 5" in reply.text


async def test_a_level_in_digits_that_are_not_numbers_gets_the_same_answer(bot: Bot) -> None:
    """A superscript or circled digit passes `str.isdigit` but not `int`: the fuzz test found
    "/level ¹" raising; every place that reads a number from text tests `isdecimal` instead."""
    ana = await onboarded(bot)
    for text in ("/level ¹", "/level ④", "/level ²³"):
        [reply] = await ana.says(text)
        assert "Levels go from 1 to 5" in reply.text
    [reply] = await ana.says("/level ３")  # a full-width 3 is a decimal digit, read as 3
    assert "Level 3 it is" in reply.text


async def test_a_long_message_with_nothing_asked_gets_the_same_answer_as_a_short_one(
    bot: Bot,
) -> None:
    ana = await onboarded(bot)
    [short] = await ana.says("hello there")
    [long] = await ana.says("hello there " * 1000)
    assert long.text == short.text
    assert "shorten" not in long.text


async def test_a_bare_number_with_nothing_asked_points_to_the_buttons(bot: Bot) -> None:
    ana = await onboarded(bot)
    [reply] = await ana.says("12")
    assert "pick one of the buttons" in reply.text
