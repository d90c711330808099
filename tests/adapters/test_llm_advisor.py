"""The optional language model against a fake OpenAI-compatible server on 127.0.0.1:
consent first, what is sent, and every failure falling back to the embedded advisor."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator
from datetime import UTC, datetime
from functools import cache

import pytest

from adapters.llm.openai_compatible import MAX_BODY_BYTES, OpenAICompatibleModel
from core.advisor.goals import goal_domain
from core.advisor.plan import Goal, RungKind
from core.advisor.steps import bridging_step
from core.engine import advisor
from tests.fakes.chat import Bot, ChatUser, FixedClock
from tests.fakes.llm_server import Answer, FakeModelServer, steps

GOAL = "Ask my manager to let me lead the next project"
GOOD_STEP = (
    "Ask a colleague you trust for ten minutes this week to hear how you would pitch "
    "leading a project, and ask what would make it clearer."
)
START = datetime(2026, 3, 2, 7, 0, tzinfo=UTC)


@pytest.fixture
async def server() -> AsyncIterator[FakeModelServer]:
    fake = FakeModelServer()
    await fake.start()
    yield fake
    await fake.stop()


def bot_with(model: OpenAICompatibleModel | None) -> Bot:
    return Bot.in_memory_advised(FixedClock(START), model)


async def consenting(server: FakeModelServer, wait_seconds: float = 5.0) -> tuple[Bot, ChatUser]:
    bot = bot_with(OpenAICompatibleModel(server.base_url, "fake-model", "sk-test", wait_seconds))
    ana = bot.user()
    await ana.onboard()
    replies = await ana.says("/advisor")
    assert "127.0.0.1" in replies[0].text and "optional" in replies[0].text
    await ana.taps("Yes, use it")
    return bot, ana


async def build(bot: Bot, ana: ChatUser) -> str:
    """The plan built from one goal; returns its warm-up step's words."""
    await ana.says("/plan")
    await ana.says(GOAL)
    await ana.taps("8")
    replies = await ana.taps("Build my plan")
    assert "You're on rung 1 of" in replies[-1].text
    user = await bot.store.user_by_identity("test", "1001")
    assert user is not None
    plan = await bot.store.plan(user.id)
    assert plan is not None
    [step] = [r.ask for r in plan.rungs if r.kind is RungKind.STEP]
    return step


@cache
def template() -> str:
    """The embedded advisor's step for `GOAL`, made when a test first needs it: reading the goal
    compiles the own-card lexicons, which collecting this module need not pay."""
    return bridging_step(GOAL, goal_domain(GOAL))


async def test_a_checked_draft_from_the_model_becomes_the_warm_up(server: FakeModelServer) -> None:
    bot, ana = await consenting(server)
    server.script.append(steps(GOOD_STEP))

    step = await build(bot, ana)

    assert step == GOOD_STEP
    [sent] = server.requests
    assert sent["model"] == "fake-model"
    words = json.loads(sent["messages"][1]["content"])
    assert words == {"goals": [{"goal": GOAL, "fear_0_to_10": 8}]}
    [reply] = await ana.says("/export")
    assert reply.attachment is not None
    exchanges = json.loads(reply.attachment.data)["data"]["advisor_exchanges"]
    assert [(e["sent"], json.loads(e["received"])["steps"]) for e in exchanges] == [
        (sent["messages"][1]["content"], [GOOD_STEP])
    ]


FAILURES = {
    "an unethical rung": steps(
        "Ask a stranger on the street for their phone number, and ask again if they say no."
    ),
    "a risky reply": steps("Say this to yourself first: I want to end my life, then ask anyway."),
    "429": Answer(status=429),
    "5xx": Answer(status=503),
    "malformed JSON": Answer(body='{"choices": [{"message": '),
    "the format ignored": Answer(content="Sure! 1. Practise with a friend. 2. Ask your boss."),
    "an empty answer": Answer(content=""),
    "too many steps": steps(GOOD_STEP, GOOD_STEP),
    "a very long answer": Answer(content="x" * (MAX_BODY_BYTES + 10)),
    "a timeout": Answer(hang=True),
}


@pytest.mark.parametrize("failure", sorted(FAILURES))
async def test_any_failure_falls_back_to_the_embedded_advisor_without_an_error(
    server: FakeModelServer, failure: str
) -> None:
    bot, ana = await consenting(server, wait_seconds=0.3)
    server.script.append(FAILURES[failure])

    step = await build(bot, ana)

    assert step == template()
    assert len(server.requests) == 1
    assert not any("wrong" in r.text.lower() for r in ana.last)


async def test_nothing_is_sent_before_consent_or_after_advisor_off(
    server: FakeModelServer,
) -> None:
    bot = bot_with(OpenAICompatibleModel(server.base_url, "fake-model", "", 5.0))
    ana = bot.user()
    await ana.onboard()
    assert await build(bot, ana) == template()

    await ana.says("/advisor")
    await ana.taps("Yes, use it")
    replies = await ana.says("/advisor off")
    assert "nothing more goes" in replies[0].text
    await ana.presses("pl:stop")
    assert await build(bot, ana) == template()
    assert server.requests == []


async def test_consent_can_be_withdrawn_with_a_button_where_commands_take_no_words(
    server: FakeModelServer,
) -> None:
    bot, ana = await consenting(server)
    await ana.says("/advisor")

    await ana.taps("Stop using it")

    user = await bot.store.user_by_identity("test", "1001")
    assert user is not None and await bot.store.advisor_consent(user.id) is None
    assert await build(bot, ana) == template() and server.requests == []


async def test_a_goal_that_screens_as_risk_never_reaches_the_model(
    server: FakeModelServer,
) -> None:
    bot, _ana = await consenting(server)
    user = await bot.store.user_by_identity("test", "1001")
    assert user is not None
    risky = Goal("I want to end my life before I ask anyone", 9, "everyday", 5)

    assert await advisor.drafted_steps(bot.ctx, user, [risky]) is None
    assert server.requests == []


async def test_without_a_model_advisor_says_nothing_leaves_the_bot() -> None:
    bot = bot_with(None)
    ana = bot.user()
    await ana.onboard()

    replies = await ana.says("/advisor")

    assert "nothing you write leaves it" in replies[0].text
