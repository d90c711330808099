""" "Talk it through" with the optional model against the fake server: tailored questions
when they pass the checks, the embedded ones otherwise, and nothing risky sent."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator

import pytest

from tests.adapters.test_llm_advisor import consenting
from tests.fakes.chat import Bot, ChatUser
from tests.fakes.llm_server import Answer, FakeModelServer

REFLECTION = "I thought they would be annoyed with me."


@pytest.fixture
async def server() -> AsyncIterator[FakeModelServer]:
    fake = FakeModelServer()
    await fake.start()
    yield fake
    await fake.stop()


def questions(*asked: str) -> Answer:
    return Answer(content=json.dumps({"questions": list(asked)}))


async def after_a_no(bot: Bot, ana: ChatUser) -> None:
    await ana.says("/card")
    await ana.taps("30%")
    await ana.taps("7")
    await ana.taps("No")
    await ana.taps("4")
    await ana.taps("3")
    await ana.says(REFLECTION)
    await ana.says("They were friendly about it.")


async def test_checked_questions_from_the_model_are_shown(server: FakeModelServer) -> None:
    bot, ana = await consenting(server)
    await after_a_no(bot, ana)
    server.script.append(
        questions(
            "You expected annoyance: what did their face actually show?",
            "What would you tell a friend who predicted the same thing?",
        )
    )

    [talk] = await ana.taps("Talk it through")

    assert "what did their face actually show?" in talk.text
    sent = json.loads(server.requests[0]["messages"][1]["content"])
    assert REFLECTION in sent["what_they_wrote"] and sent["predicted_yes_percent"] == 30


@pytest.mark.parametrize(
    "answer",
    [
        questions("Have you thought about asking your doctor about medication?", "Why not?"),
        questions("Only one question?"),
        questions("I want to end my life, do you?", "What happened next?"),
        Answer(status=500),
        Answer(body="not json"),
    ],
    ids=["clinical", "too few", "risky", "5xx", "malformed"],
)
async def test_a_failing_answer_gives_the_embedded_questions(
    server: FakeModelServer, answer: Answer
) -> None:
    bot, ana = await consenting(server)
    await after_a_no(bot, ana)
    server.script.append(answer)

    [talk] = await ana.taps("Talk it through")

    assert "30% chance" in talk.text and len(server.requests) == 1


async def test_a_risky_reflection_is_never_sent(server: FakeModelServer) -> None:
    bot, ana = await consenting(server)
    await after_a_no(bot, ana)
    user = await bot.store.user_by_identity("test", "1001")
    assert user is not None
    [attempt] = await bot.store.attempts(user.id)
    await bot.store.add_reflection(
        user.id, attempt.id, "x", "I want to end my life", bot.clock.now()
    )

    [talk] = await ana.taps("Talk it through")

    assert server.requests == [] and "30% chance" in talk.text
