"""Fair asks older readings refused, found while reading the round's rules: a lift given to
someone after their drinks, or taken from a sober friend after the user's, and a new phone
set up with a friend's help. Their unfair neighbours must still be refused."""

import pytest

from core.asks import Problem, understand
from core.own_cards import refuses
from tests.core.asks_reading import assert_first_problem


@pytest.mark.parametrize(
    "text",
    [
        "give my dad a lift home after his drinks with the lads",
        "drive my sister home after her work party, I'm not drinking",
        "accept a lift home from my sober mate after my drinks at the pub",
        "ask my friend to help me set up with a new phone",
        "ask my friend to help me get set up with a new phone",
        "ask my grandson to show me how to do a video call on my new phone",
    ],
)
def test_the_fair_reading_passes_the_rules(text: str) -> None:
    assert not refuses(text, None)


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("drive my dad home after my drinks", Problem.UNSAFE),
        ("get a lift home from my mate after his drinks", Problem.UNSAFE),
        ("ask my mate for a lift home after his five pints, he says he's fine", Problem.UNSAFE),
        ("get my mate to text my ex from a new phone", Problem.BLOCK),
    ],
)
def test_the_unfair_neighbour_is_still_refused(text: str, problem: Problem) -> None:
    assert_first_problem(text, problem)


def test_a_message_sent_from_a_new_phone_is_not_setting_it_up() -> None:
    assert understand("get my mate to text my ex from a new phone").gets_round_block
