"""A compliment told, asking nothing, is no pressure whatever the model hears in it.

The model scored a deck card of this shape 1.69 as pressure and held its threshold up for
it (`core.asks.compliments`); an ask, a condition, an audience or a debt in the same text
leaves the model's reading standing.
"""

from __future__ import annotations

import pytest

from core.asks import Problem, understand
from core.asks.compliments import given
from core.asks.known_fair import overruled


@pytest.mark.parametrize(
    "text",
    [
        "Tell someone working in a shop, café or market that you like something they chose,"
        " like the music, the window or the way the stall is laid out.",
        "tell the bus driver I like her playlist",
        "tell my neighbour that I really love what he did with his garden",
        "say to the barber you appreciate how careful he is",
    ],
)
def test_a_compliment_told_is_no_pressure(text: str) -> None:
    assert given(understand(text).text)
    assert overruled(Problem.PRESSURE, understand(text))


@pytest.mark.parametrize(
    "text",
    [
        "tell my intern I love her work so she'll stay late",
        "tell the barista I love her smile and ask for her number",
        "tell my team I appreciate them in front of everyone until they agree",
        "tell my assistant I like her, she has to come to dinner",
        "tell the cashier I love her shop and want a free coffee",
        "tell my tenant I like him and he owes me for the paint",
    ],
)
def test_a_compliment_with_something_wanted_stays_the_models(text: str) -> None:
    assert not given(understand(text).text)
    assert not overruled(Problem.PRESSURE, understand(text))


def test_a_compliment_excuses_no_other_category() -> None:
    ask = understand("tell the girl at the till I like her earrings")
    assert given(ask.text) and not overruled(Problem.ROMANCE, ask)


@pytest.mark.parametrize(
    "text",
    [
        "tell the cashier I like her smile",
        "tell the new guy at the gym I like his arms",
        "tell the waitress I like her",
        "tell the barista I like him a lot",
    ],
)
def test_looks_and_a_liking_confessed_are_no_compliment_on_a_choice(text: str) -> None:
    assert not given(understand(text).text)
