""" "Talk it through" after a no, with the embedded questions."""

from __future__ import annotations

from tests.fakes.chat import Bot, ChatUser


async def reflected(bot: Bot, outcome: str) -> ChatUser:
    """A card answered with guesses, then both reflection questions answered."""
    ana = bot.user()
    await ana.onboard()
    await ana.says("/card")
    await ana.taps("30%")
    await ana.taps("7")
    await ana.taps(outcome)
    await ana.taps("4")
    await ana.taps("3")
    await ana.says("I thought they would be annoyed with me.")
    await ana.says("They were friendly about it.")
    return ana


async def test_after_a_no_the_reflection_ends_with_an_offer_to_talk_it_through(bot: Bot) -> None:
    ana = await reflected(bot, "No")

    replies = await ana.taps("Talk it through")

    [talk] = replies
    assert talk.private and talk.title == "Talking it through"
    assert "30% chance" in talk.text and "7/10" in talk.text and "felt 4/10" in talk.text
    assert talk.text.count("?") >= 3


async def test_after_a_yes_there_is_no_offer(bot: Bot) -> None:
    ana = await reflected(bot, "Yes")

    labels = [b.label for r in ana.last for row in r.buttons for b in row]

    assert "Talk it through" not in labels


async def test_someone_elses_attempt_cannot_be_talked_through(bot: Bot) -> None:
    ana = await reflected(bot, "No")
    payload = ana.button("Talk it through")
    ben = bot.user("2002")
    await ben.onboard()

    replies = await ben.presses(payload)

    assert "isn't one I can open" in replies[0].text
