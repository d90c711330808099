"""A no still to come is no repeat after a no, whatever "again" means in the ask."""

import pytest

from core.asks import understand
from core.asks.decide import Problem
from core.asks.known_fair import overruled


@pytest.mark.parametrize(
    "text",
    [
        "ask the lad at the chippy if he'd top up my curry sauce again, no bother if he says no",
        "Ask the librarian if I can renew the book again, she can always say no",
    ],
)
def test_a_no_not_yet_given_overrules_the_models_repeat(text: str) -> None:
    assert overruled(Problem.REPEAT, understand(text))


@pytest.mark.parametrize(
    "text",
    [
        "ask her out again, she said no last week, fine if she says no",
        "ask her out again, and if she says no again just walk away",
        "ask him again, he refused on monday, he can say no",
    ],
)
def test_a_no_already_given_leaves_repeat_standing(text: str) -> None:
    assert not overruled(Problem.REPEAT, understand(text))
