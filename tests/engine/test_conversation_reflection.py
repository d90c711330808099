"""Reflection and feedback that fit what happened: questions chosen for the outcome, a
closing line that matches what was answered, and a kind word whichever way the fear went."""

from __future__ import annotations

import pytest

from core.engine.reflection import rest_nudge
from core.wellbeing import RestReason
from tests.engine.test_practice import onboarded, record
from tests.fakes.chat import Bot, ChatUser, shipped_content


def not_trying() -> set[str]:
    """The prompts for a day not tried, read when a test runs, not when the module is collected
    (loading the content checks the whole deck)."""
    return {p.text for p in shipped_content().prompts if p.after in ("didnt_try", "any")}


PRESUME_AN_ASK = {
    "Before you asked, what were you hoping would happen?",
    "And what actually happened, step by step?",
    "How did you feel just before, during and right after?",
}


def asked_question(person: ChatUser) -> str:
    [question] = [r for r in person.last if r.title == "A moment to reflect"]
    return question.text.split("\n\n")[0]


@pytest.mark.parametrize("user_id", [str(n) for n in range(1001, 1009)])
async def test_after_not_trying_every_question_is_about_what_held_them_back(
    bot: Bot, user_id: str
) -> None:
    person = await onboarded(bot, user_id)
    await record(person, "Didn't try")
    first = asked_question(person)
    await person.says("I was tired.")
    second = asked_question(person)
    assert {first, second} <= not_trying()
    assert not {first, second} & PRESUME_AN_ASK


async def test_answering_one_question_then_skipping_thanks_for_what_was_written(
    bot: Bot,
) -> None:
    ana = await onboarded(bot)
    await record(ana)
    await ana.says("It stung less than I thought.")
    [closing] = await ana.taps("Skip")
    assert "Thank you for what you wrote" in closing.text
    assert "optional" not in closing.text


async def test_skipping_straight_away_says_reflection_is_optional(bot: Bot) -> None:
    ana = await onboarded(bot)
    await record(ana)
    [closing] = await ana.taps("Skip")
    assert "Reflection is optional" in closing.text


async def guessed_then_felt(person: ChatUser, expected: str, felt: str) -> str:
    await person.says("/card")
    await person.taps("30%")
    await person.taps(expected)
    await person.taps("No")
    return "\n".join(r.text for r in await person.taps(felt))


async def test_as_scary_as_expected_gets_its_own_kind_sentence(bot: Bot) -> None:
    ana = await onboarded(bot)
    said = await guessed_then_felt(ana, "6", "6")
    assert "About as scary as you expected" in said
    assert "Less scary" not in said


async def test_scarier_than_expected_is_normalised_not_passed_over(bot: Bot) -> None:
    ana = await onboarded(bot)
    said = await guessed_then_felt(ana, "3", "8")
    assert "Scarier than you expected, and you still asked" in said


def test_the_rest_nudge_never_speaks_of_a_week() -> None:
    for reason in RestReason:
        assert "week" not in rest_nudge(reason).text
