"""/addcard refuses an unfair ask with one reason and a fair version of the same courage,
keeps the user on the same step, and saves the rewritten ask."""

from __future__ import annotations

import pytest

from tests.fakes.chat import Bot, ChatUser


async def writing_a_card(bot: Bot) -> ChatUser:
    ana = bot.user("1001")
    await ana.onboard()
    bot.clock.advance(minutes=2)  # a fresh minute for the flood window
    await ana.says("/addcard")
    return ana


@pytest.mark.parametrize(
    ("ask", "reason", "instead"),
    [
        (
            "Ask my coworker whether I look good in this dress.",
            "judge your looks or your worth",
            "a shop assistant which of two shirts suits the occasion better",
        ),
        (
            "Ask the barista again after she says no.",
            "A no ends the ask",
            "ask a different person or place",
        ),
        (
            "Message my ex, who blocked me, from a new account and ask for coffee.",
            "already said no",
            "a note you keep",
        ),
        (
            "Ask a random woman on the street out on a date.",
            "people you already know",
            "someone you know and like",
        ),
    ],
)
async def test_an_unfair_ask_is_refused_with_one_reason_and_a_suggestion(
    bot: Bot, ask: str, reason: str, instead: str
) -> None:
    ana = await writing_a_card(bot)
    [reply] = await ana.says(ask)
    assert reply.text.startswith("I can't add that one as it is.")
    assert reason in reply.text and instead in reply.text
    assert [b.label for row in reply.buttons for b in row] == ["Cancel"]
    assert reply.private


async def test_after_a_refusal_the_rewritten_ask_is_taken_and_saved(bot: Bot) -> None:
    ana = await writing_a_card(bot)
    await ana.says("Ask a passer-by if they could spare some change for the bus.")
    replies = await ana.says("Ask a café whether they have any offers on today.")
    assert [b.label for b in replies[0].buttons[0]] == ["1", "2", "3", "4", "5"]
    await ana.taps("1")
    await ana.taps("Everyday and shops")
    replies = await ana.taps("Save it")
    assert replies[0].text.startswith("Saved!")
    user = await bot.store.user_by_identity("test", "1001")
    assert user is not None
    [card] = await bot.store.own_cards(user.id)
    assert card.ask == "Ask a café whether they have any offers on today."
