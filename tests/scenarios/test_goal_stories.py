"""A group's shared goal, told through the engine, Telegram and Discord (the console has no
groups): set when the challenge starts, shown as a meter on the card and the board, and
celebrated in the group exactly once when reached, whatever happens after."""

from __future__ import annotations

from tests.scenarios.chats.base import Chat
from tests.scenarios.test_stories import WITH_GROUPS, chat_fixture, onboard

CELEBRATION = "Shared goal reached!"


chat = chat_fixture(WITH_GROUPS)


def celebrations(chat: Chat) -> int:
    return sum(CELEBRATION in s.text for s in chat.group_messages() if s.public)


async def test_a_shared_goal_is_shown_and_celebrated_once(chat: Chat, report) -> None:
    people = ("ana", "ben", "cy")
    for name in people:
        await onboard(chat, name)
    await chat.make_admin("ana")
    started = await chat.says(
        "ana",
        "/challenge_start days 7 goal 3 kinds social",
        "Our shared goal: 3 attempts together in 7 days.",
        in_group=True,
    )
    assert "The asks: Strangers and social." in started.text
    for name in people:
        await chat.taps(name, "I'm in", "7-day challenge", in_group=True)

    card = await chat.next_morning("ana", "Day 1 of 7", hours=25)
    assert "Shared goal: 0 of 3 attempts together ▱▱▱▱▱▱▱▱▱▱ 0%" in card.text
    [card_id] = (await chat.bot.store.group_cards(1)).values()
    chosen = chat.bot.ctx.content.card(card_id)
    assert chosen is not None and chosen.domain == "social"

    await chat.taps("ana", "No", "A no, collected", in_group=True)
    await chat.taps("ben", "Yes", "", in_group=True)
    await chat.tick()
    assert celebrations(chat) == 0, "two attempts of three"
    await chat.taps("cy", "Partly", "Partly counts", in_group=True)
    await chat.next_morning("ana", "You did it together: 3 attempts", hours=0.1)
    board = await chat.says("cy", "/board", "Shared goal: 3 of 3", in_group=True)
    assert "▰▰▰▰▰▰▰▰▰▰ 100%" in board.text

    await chat.tick()
    await chat.next_morning("ana", "Day 2 of 7", hours=24)
    await chat.taps("ana", "Yes", "", in_group=True)
    await chat.tick()
    assert celebrations(chat) == 1, "reached once, celebrated once"
    report(f"shared goal on {chat.platform}: 1 celebration after 3 attempts, none after")
