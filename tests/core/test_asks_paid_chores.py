"""A child's paid chore with the parents' leave is work offered; without either, power."""

import pytest

from core.asks import understand
from core.asks.decide import Problem
from core.asks.known_fair import overruled
from core.asks.roles import Who


@pytest.mark.parametrize(
    "text",
    [
        "Ask the teenager across the road if she'd like to earn some pocket money washing my car,"
        " once her mum says yes",
        "ask my neighbour's son if he wants to earn a few quid walking my dog, after I've checked"
        " with his parents",
        "Ask my neighbour's daughter whether she'd rake the leaves for £10, if her parents are ok",
    ],
)
def test_paid_work_offered_with_the_parents_asked_first_is_not_power(text: str) -> None:
    ask = understand(text)
    assert ask.who is Who.CHILD
    assert overruled(Problem.POWER, ask)


@pytest.mark.parametrize(
    "text",
    [
        "Ask the teenager across the road to wash my car for free, once her mum says yes",
        "ask the lad next door to walk my dog for a few quid, his dad owes me anyway",
        "Ask my neighbour's daughter to rake the leaves for £10, she has to, her parents agree",
        "ask the kid next door if he wants to earn a few quid walking my dog",
    ],
)
def test_unpaid_pressed_or_unasked_parents_leave_power_standing(text: str) -> None:
    assert not overruled(Problem.POWER, understand(text))
