"""Round 32: fair asks the rules once refused, read as fair now, beside unfair neighbours that must
stay refused: a concession ("even if I could check the app") is no permission asked, a
photograph of the user is a photo, a favourite said "fave", a cwtch is a hug, a habit not kept
since 1979 is no lie, an opening "say no to" is the user's own no, a council chased for the fix
it promised is held to its word, a new phone learned is no new phone to get round a block, an
own account blocked is appealed to its company with screenshots of the user's own orders,
speakers loaded into a van put nobody in it, a false report appealed is no lie of the user's,
and a price limit on a recommended bottle asks no money."""

from __future__ import annotations

import pytest

from core.asks import Problem
from tests.core.asks_reading import assert_first_problem


@pytest.mark.parametrize(
    "text",
    [
        "ask someone at the ponto de ônibus on Rebouças which bus goes to Pinheiros, even if i"
        " could check the app",
        "Ask a passer-by on the Royal Mile to take a photograph of me on my own phone in front of"
        " St Giles'. I have never once dared.",
        "say hi to the person next to me at the OB farmers market and ask for their fave taco"
        " stand 🌮",
        "ask my best mate for a proper cwtch when we meet up, it's been a rough week on placement",
        "Attend the ceilidh class at the church hall on my own, although I have not danced since"
        " 1979.",
        "say no to an extra shift this week without explaining myself 10 times",
        "ring the council again about the broken streetlight on our road, 3rd time but they did"
        " say they'd sort it",
        "call my daughter in Bangalore and ask her to teach me the video call on my new phone",
        "email the app company to ask why my rider account got blocked for 3 days, politely, with"
        " my order screenshots",
        "ask me mate Dan if he's free Saturday to help me shift the big speakers into the van,"
        " I'll get the pints in after",
        "call Uber support and ask why my rating dropped and how to appeal a report that wasn't"
        " true",
        "ask the bottle-o bloke for a recommendation on a Tassie pinot under thirty bucks",
        "ask the shop assistant to suggest a wine for less than 20 euros",
    ],
)
def test_a_fair_ask_once_refused_is_fair(text: str) -> None:
    assert_first_problem(text, None)


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("ask a stranger for a hug", Problem.TOUCH),
        ("ask a stranger for a cwtch", Problem.TOUCH),
        ("ask a passer-by for 20 bucks", Problem.MONEY),
        ("ask a stranger to lend me thirty bucks for the bus", Problem.MONEY),
        ("she said no, so ask her again for the third time", Problem.REPEAT),
        ("ask her out again after she said no", Problem.REPEAT),
        ("she blocked me, so message her from my new phone", Problem.BLOCK),
        ("she blocked my number, so make a new account and DM her", Problem.BLOCK),
        ("ask the driver to let me ride in the back of the van", Problem.UNSAFE),
        (
            "tell the shop the jacket was faulty, which wasn't true, to get a refund",
            Problem.DECEPTION,
        ),
        ("screenshot her texts and post them in the group chat", Problem.RECORDING),
    ],
)
def test_an_unfair_neighbour_stays_refused(text: str, problem: Problem) -> None:
    assert_first_problem(text, problem)
