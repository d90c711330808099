"""Family named without "my" (`core.asks.people._BARE_KIN`), found when the forty-ninth round's
retrained model scored a fair training ask, "… mama and ask her to send the food packages every
2 weeks not every week", as romance: the rules had read nobody in it, so a romance score could
refuse it, and the model's threshold rose to keep it fair.

"call mama and ask her for a hug" read nobody asked and was refused as touch, where "call mum"
was family; so were "papa", "mummy", "amma" and "sis". Now each is family after "ask", "call",
"text" or "visit", or before "and ask her"; "mama" or "papa" with a place or a stall after it
is an older stranger, as many places call one, and stays refused for a hug or a shoulder.
"""

from __future__ import annotations

import pytest

from core.asks import Problem
from tests.core.asks_reading import assert_first_problem


@pytest.mark.parametrize(
    "text",
    [
        "call mama and ask her for a hug",
        "text mummy and ask her for a hug when I'm home",
        "call papa and ask him for a hug before he leaves",
        "visit amma and ask her for a long hug",
        "ring sis, then ask her for a hug",
        "sun-o pe mama and ask her to send the food packages every 2 weeks, not every week",
        "call mama and ask her to send the parcels every two weeks instead of every week",
        "ask mummy if she'll teach me her curry recipe",
    ],
)
def test_family_named_without_my_is_family(text: str) -> None:
    assert_first_problem(text, None)


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("ask mama in the matatu if I can lean on her shoulder and sleep", Problem.TOUCH),
        ("ask mama selling mandazi for a hug", Problem.TOUCH),
        ("ask papa at the bus stop for a hug", Problem.TOUCH),
        ("ask the mama at the market for a hug", Problem.TOUCH),
        ("ask the woman who looks like my mama for a hug", Problem.TOUCH),
    ],
)
def test_an_older_stranger_called_mama_stays_a_stranger(text: str, problem: Problem) -> None:
    assert_first_problem(text, problem)
