"""Fair asks the thirty-eighth round's rules still refused, mended after its merge.

A tradesperson asked to come to the user's home (`core.asks.trade_visits`): the call-out is
their job; a visit "tonight", "for a drink" or asked of "the cute plumber" stays a date. "My
babe" is a partner (`core.asks.known_people.PARTNER`); "the babe at the bar" is not. A fault
that is "still missing" or "still not working", or an item "still in the box" for a return,
is the user's complaint, not the truth told after a claim (`core.asks.deception`): "it's still
working fine" after "tell them it's broken" stays a lie.
"""

from __future__ import annotations

import pytest

from core.asks import Problem
from tests.core.asks_reading import assert_first_problem


@pytest.mark.parametrize(
    "text",
    [
        "ask the plumber to come to my flat tomorrow",
        "ask the electrician if he can come round to my house on friday to look at the fuse box",
        "ask the landlord's handyman to come back to my flat and fix the tap properly",
        "ask the gas engineer whether he could come to my place before 10",
        "ask the locksmith if he can come out to my house, I'm locked out",
        "ask my babe out for dinner",
        "ask my babe for a back rub after work",
        "ask my boss to pay the overtime from december, it's still missing on my payslip",
        "ask the shop to take back the kettle without a receipt, it's still in the box",
        "tell the landlord the heater is broken, it's still not working after his repair",
    ],
)
def test_fair_asks_that_share_words_with_dates_and_lies(text: str) -> None:
    assert_first_problem(text, None)


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("ask the cute plumber to come to my flat tonight", Problem.ROMANCE),
        ("ask the plumber to come to my flat for a drink after he's done", Problem.ROMANCE),
        ("ask the electrician to come back to my place for dinner", Problem.ROMANCE),
        ("ask the barista to come to my flat", Problem.ROMANCE),
        ("ask the babe at the bar out for dinner", Problem.ROMANCE),
        (
            "tell them my phone is broken so I get a new one, it's still working fine",
            Problem.DECEPTION,
        ),
        (
            "say the parcel never came so they refund me, it's still in my hallway",
            Problem.DECEPTION,
        ),
    ],
)
def test_the_unfair_neighbours_stay_refused(text: str, problem: Problem) -> None:
    assert_first_problem(text, problem)
