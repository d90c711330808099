"""/plan told through every adapter: the interview, the ladder, a rung climbed, one removed."""

from __future__ import annotations

from tests.scenarios.chats.base import Chat
from tests.scenarios.test_stories import chat as chat  # the same four drivers
from tests.scenarios.test_stories import onboard, practise


async def test_a_plan_is_built_from_a_goal_and_the_card_climbs_it(chat: Chat) -> None:
    await onboard(chat, "ana")
    await chat.says("ana", "/plan", "If a no didn't sting")
    await chat.says(
        "ana", "Ask my manager to let me lead the next project", "How scary does this feel"
    )
    await chat.taps("ana", "8", "Is there another ask")
    await chat.taps("ana", "Build my plan", "You're on rung 1 of 10")
    await practise(chat, "ana")
    await chat.says("ana", "/plan", "You're on rung 2 of 10")
    await chat.taps("ana", "Remove a rung", "Which rung shall I take off")
    await chat.taps("ana", "1", "is off your ladder")
    await chat.taps("ana", "Add a rung", "What's the step?")
    await chat.says("ana", "Ask my team lead for feedback on my last report", "How scary")
    await chat.taps("ana", "3", "is on your ladder")


async def test_an_unfair_goal_gets_a_kind_answer_and_a_fair_one_to_take(chat: Chat) -> None:
    await onboard(chat, "ana")
    await chat.says("ana", "/plan", "If a no didn't sting")
    await chat.says("ana", "Ask a stranger on the bus for their phone number", "I can't put that")
    await chat.taps("ana", "Take that goal", "How scary does this feel")


async def test_after_a_no_the_reflection_offers_to_talk_it_through(chat: Chat) -> None:
    await onboard(chat, "ana")
    await practise(chat, "ana", "No", "4")
    await chat.says("ana", "I thought they would laugh. They smiled.", "A moment to reflect")
    await chat.says("ana", "That my guesses are gloomier than people.", "it's written down")
    await chat.taps("ana", "Talk it through", "No need to answer here")


async def test_advisor_says_nothing_leaves_the_bot_when_no_model_is_set_up(chat: Chat) -> None:
    await onboard(chat, "ana")
    await chat.says("ana", "/advisor", "nothing you write leaves it")
