"""The crisis stories, told through every adapter as the core stories are.

A clear-risk message gets the private crisis reply with the person's lines, and the cards
rest for a day (/card and /resume say so); written in a group, it is answered in private
only and the group sees nothing. A possible-risk message gets the direct check-in, and
"No, I'm okay" carries on where the person was.

The screener is the shipped rules for clear risk plus phrases named as possible risk (as
in tests/engine/care/), so the stories do not hang on the trained model's thresholds.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from dataclasses import replace
from typing import cast

import pytest

from core.care import Screener
from tests.engine.care.conftest import POSSIBLE, PhraseScreener
from tests.fakes.chat import shipped_content
from tests.scenarios.chats.base import Chat
from tests.scenarios.test_stories import DRIVERS, onboard, practise

CRISIS = "honestly i want to kill myself"
CHECK_IN = ("Yes", "Not right now, but things are hard", "No, I'm okay")


@pytest.fixture(params=list(DRIVERS))
async def chat(request, tmp_path, tmp_path_factory) -> AsyncIterator[Chat]:
    template = tmp_path_factory.getbasetemp() / "template" / "askanyway.db"
    content = replace(shipped_content(), screener=cast(Screener, PhraseScreener()))
    opened = await DRIVERS[request.param].open(tmp_path, template, content)
    try:
        yield opened
    finally:
        await opened.close()


async def in_a_group_challenge(chat: Chat, *names: str) -> None:
    """Everyone set up, the first an admin who starts a week's challenge all join."""
    for name in names:
        await onboard(chat, name)
    await chat.make_admin(names[0])
    await chat.says(names[0], "/challenge_start days 7", "A 7-day challenge starts", in_group=True)
    for name in names:
        await chat.taps(name, "I'm in", "7-day challenge", in_group=True)


async def test_a_crisis_gets_its_lines_privately_and_the_cards_rest_a_day(chat: Chat) -> None:
    await onboard(chat, "ana")
    crisis = await chat.says("ana", CRISIS, "Samaritans")  # London: the UK's lines
    assert "116 123" in crisis.text and "at least a day" in crisis.text
    assert not crisis.public
    card = await chat.says("ana", "/card", "resting for now")
    assert not card.buttons
    await chat.says("ana", "/resume", "stay paused for a day")
    chat.bot.clock.advance(hours=25)
    back = await chat.says("ana", "/card", "how are you doing today")
    assert back.buttons == ("I'm okay, let's practise", "Not yet")
    await chat.taps("ana", "I'm okay, let's practise", "Welcome back")


async def test_a_crisis_written_in_a_group_is_answered_only_in_private(chat: Chat) -> None:
    if not chat.has_groups:
        pytest.skip(f"{chat.platform} has no groups")
    await in_a_group_challenge(chat, "ana", "ben")
    public_before = chat.public_text()
    crisis = await chat.says("ben", CRISIS, "Samaritans", in_group=True)
    assert not crisis.in_group and "at least a day" in crisis.text
    assert chat.public_text() == public_before  # the group saw nothing, not even a hint
    await chat.says("ben", "/card", "resting for now")


async def test_possible_risk_is_checked_in_on_and_im_okay_carries_on(chat: Chat) -> None:
    await onboard(chat, "ana")
    await practise(chat, "ana", "No", "2")
    asked = await chat.says("ana", POSSIBLE, "thoughts of ending your life")
    assert asked.buttons == CHECK_IN and not asked.public
    await chat.taps("ana", "No, I'm okay", "Let's carry on")
    await chat.says("ana", "My fear guesses worse than it goes.", "No one else using the bot")
    await chat.says("ana", "/streak", "Current streak: 1 day")


async def test_a_check_in_prompted_in_a_group_happens_in_private(chat: Chat) -> None:
    if not chat.has_groups:
        pytest.skip(f"{chat.platform} has no groups")
    await in_a_group_challenge(chat, "ana", "ben")
    public_before = chat.public_text()
    asked = await chat.says("ben", POSSIBLE, "thoughts of ending your life", in_group=True)
    assert not asked.in_group and asked.buttons == CHECK_IN
    await chat.taps("ben", "No, I'm okay", "Let's carry on", in_group=False)
    assert chat.public_text() == public_before
    await chat.says("ben", "/card", "how likely is a yes")  # the practice goes on
