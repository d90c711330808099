"""Low moods that persist, through the engine: the word beyond the rest nudge."""

from __future__ import annotations

from core.model import UserStatus
from tests.engine.care.conftest import labels, stored, texts
from tests.fakes.chat import Bot, ChatUser

WORD_BUTTONS = ["Pause my cards", "Show me who I can talk to", "I'd like to keep going"]
PRACTICE_MAY_NOT = ("may not be what you need", "kinder to step back", "worth pushing through")


async def a_day(bot: Bot, person: ChatUser, mood: str) -> str:
    """Tomorrow's card, recorded with `mood`; what the bot said after the mood."""
    bot.clock.advance(days=1)
    await person.says("/card")
    await person.taps("Skip the guesses")
    await person.taps("No")
    await person.taps("5")
    replies = await person.taps(mood)
    return texts(replies) + "\n" + " ".join(labels(replies))


def the_word_in(said: str) -> bool:
    return any(phrase in said for phrase in PRACTICE_MAY_NOT)


async def test_persistent_low_moods_get_a_word_once_a_week_and_not_the_same(bot: Bot) -> None:
    ana = bot.user()
    await ana.onboard()
    said = [await a_day(bot, ana, mood) for mood in ("3", "2", "1", "2", "2")]
    assert [the_word_in(s) for s in said] == [False, False, False, False, True]
    assert all(label in said[-1] for label in WORD_BUTTONS)
    assert "Take tomorrow off" in said[-1]  # the rest nudge still comes too

    later = [await a_day(bot, ana, "1") for _ in range(6)]
    assert not any(the_word_in(s) for s in later)
    again = await a_day(bot, ana, "1")
    assert the_word_in(again)
    first = next(p for p in PRACTICE_MAY_NOT if p in said[-1])
    assert first not in again


async def test_pausing_from_the_word_is_not_held_a_day_like_a_crisis(bot: Bot) -> None:
    ana = bot.user()
    await ana.onboard()
    for mood in ("1", "2", "1", "2"):
        said = await a_day(bot, ana, mood)
    assert the_word_in(said)
    await ana.taps("Pause my cards")
    assert (await stored(bot)).status is UserStatus.PAUSED
    replies = await ana.says("/resume")
    assert "Welcome back" in replies[0].text
    assert (await stored(bot)).status is UserStatus.ACTIVE


async def test_the_word_shows_where_support_is(bot: Bot) -> None:
    ana = bot.user()
    await ana.onboard()
    for mood in ("1", "1", "1", "1"):
        await a_day(bot, ana, mood)
    lines, keep = ana.button("Show me who I can talk to"), ana.button("I'd like to keep going")
    replies = await ana.presses(lines)
    assert "116 123" in replies[0].text
    replies = await ana.presses(keep)
    assert "/rest" in replies[0].text
    assert (await stored(bot)).status is UserStatus.ACTIVE
