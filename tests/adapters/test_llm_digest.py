"""The monthly digest with the optional model: warmer opening words from the figures alone
when they pass the checks; the digest as it is otherwise."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator

import pytest

from core.messages import Reply
from tests.adapters.test_llm_advisor import consenting
from tests.fakes.chat import Bot, ChatUser
from tests.fakes.llm_server import Answer, FakeModelServer

REFLECTION = "I thought they would laugh at me."
INTRO = "Thirty days of asking anyway. Your guesses kept expecting less than people gave."


@pytest.fixture
async def server() -> AsyncIterator[FakeModelServer]:
    fake = FakeModelServer()
    await fake.start()
    yield fake
    await fake.stop()


async def thirty_days(bot: Bot, ana: ChatUser) -> Reply:
    digests: list[Reply] = []
    for day in range(30):
        await ana.says("/card")
        await ana.taps("30%")
        await ana.taps("7")
        await ana.taps("Yes" if day % 2 else "No")
        await ana.taps("4")
        replies = await ana.taps("4")
        digests += [r for r in replies if r.title == "Assumptions disproven"]
        if day == 0:
            await ana.says(REFLECTION)
        bot.clock.advance(days=1)
    [digest] = digests
    return digest


async def test_warmer_words_open_the_digest_and_only_figures_are_sent(
    server: FakeModelServer,
) -> None:
    bot, ana = await consenting(server)
    server.script.append(Answer(content=json.dumps({"intro": INTRO})))

    digest = await thirty_days(bot, ana)

    assert digest.text.startswith(INTRO) and f"“{REFLECTION}”" in digest.text
    [sent] = server.requests
    assert "people said yes 50%" in sent["messages"][1]["content"]
    assert REFLECTION not in json.dumps(sent)


@pytest.mark.parametrize(
    "answer",
    [
        Answer(content=json.dumps({"intro": "Have you asked your doctor about medication?"})),
        Answer(content="Great month!"),
        Answer(status=429),
    ],
    ids=["clinical", "format ignored", "429"],
)
async def test_a_failing_answer_leaves_the_digest_as_it_is(
    server: FakeModelServer, answer: Answer
) -> None:
    bot, ana = await consenting(server)
    server.script.append(answer)

    digest = await thirty_days(bot, ana)

    assert digest.text.startswith("30 days of practice")
