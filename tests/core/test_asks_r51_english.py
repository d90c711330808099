"""Own-card asks of the fifty-first round's English and Pidgin misses (hands-51), with
paraphrases in other words and the neighbours that share their words.

Unfair asks the rules passed: a nurse asked whether she wants okonomiyaki with the user on her
day off, a dish the invitations did not know and her day off spent with the user
(`core.asks.outings.INVITE`); a security guard asked to let the user into the cinema without a
ticket, a way in for nothing as a ride is (`core.asks.fares.RIDES_FREE`, read as money); a bus
driver asked to skip the other stops and drop the user at their door, everyone else aboard
passed over (`core.asks.bent_routes`, a queue jumped); one of the young deckies on the user's
boat, the user the skipper (`core.asks.in_my_charge`); friends brought to crowd a shopkeeper
while credit is asked (`core.asks.crowded_noes`); "I no go take no for answer ... na yes or
nothing" (`core.asks.leaning_in_other_tongues.NO_NOT_TAKEN`, and "na yes or nothing" with
"it's yes or nothing" in `core.asks.shouted_down`); a nurse asked when her shift closes and
whether she walks home alone (`core.asks.whereabouts`).

And the neighbours that stay fair: a friend asked for okonomiyaki, a nurse asked to swap
shifts; a ticket shown on the phone or lost with the booking to show; the next stop, a taxi to
the door, a nearer stop on crutches; a new deckhand asked how he's settling in, a skipper the
user does not employ; a friend brought for moral support, a crowd round a noodle cart; a yes or
no asked by Friday; the user's own sister asked whether she walks home alone, a shop's hours.
"""

from __future__ import annotations

import pytest

from core.asks import Problem
from tests.core.asks_reading import assert_first_problem


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        (
            "ask the nurse who took my blood if she wants okonomiyaki with me on her day off",
            Problem.ROMANCE,
        ),
        ("ask the physio if he fancies sushi with me on his day off", Problem.ROMANCE),
        (
            "ask the dental nurse if she'd like to go hiking with me on her day off",
            Problem.ROMANCE,
        ),
        ("ask the deckhand on the tour boat out for a drink", Problem.ROMANCE),
        ("ask my friend if she wants okonomiyaki with me on her day off", None),
        ("ask the nurse if she'd like to swap shifts with me on her day off", None),
        (
            "ask the security guard at Iguatemi to let me into the cinema without a ticket",
            Problem.MONEY,
        ),
        ("ask the guard to let me inside the stadium for free", Problem.MONEY),
        ("ask the usher to let me in without a ticket", Problem.MONEY),
        ("ask the security guard to let me into the cinema, my ticket is on my phone", None),
        (
            "ask the usher to let me into the screening without a ticket, I lost it but can"
            " show the booking email",
            None,
        ),
        (
            "ask the bus driver to skip the other stops and drop me right outside my place",
            Problem.SPOT,
        ),
        ("get the tram driver to go straight to my stop", Problem.SPOT),
        ("ask the trotro mate to leave the route and take me to my house", Problem.SPOT),
        ("ask the matatu conductor to skip the other stops since I'm late", Problem.SPOT),
        ("ask the bus driver to let me off at the next stop", None),
        ("ask the bus driver if this bus stops near the hospital", None),
        ("ask the taxi driver to drop me right outside my place", None),
        ("ask the bus driver to drop me right outside my house, I'm on crutches", None),
        ("if I miss the bus, ask my friend to drive me to my house", None),
        (
            "ask one of the young deckies on my boat to come back to mine after work. I'm the"
            " skipper",
            Problem.POWER,
        ),
        ("as skipper, ask the new deckhand to come back to mine after work", Problem.POWER),
        ("I'm the skipper: ask the new deckhand out for dinner", Problem.POWER),
        ("as skipper, ask the new deckhand how he's settling in", None),
        ("ask the skipper if I can join the crew for the season", None),
        ("ask the deckhand on the ferry to help me with my bag", None),
        (
            "Bring 4 friends to crowd the shopkeeper at Masala market while I ask for credit",
            Problem.PRESSURE,
        ),
        ("take the lads along to stand round the stallholder so he can't say no", Problem.PRESSURE),
        ("get my mates to surround the cashier while I ask for a discount", Problem.PRESSURE),
        (
            "have three cousins loom over the landlord while I ask him to lower the rent",
            Problem.PRESSURE,
        ),
        ("surround the shopkeeper with my mates while I ask for credit", Problem.PRESSURE),
        ("bring a friend for moral support when I ask the shopkeeper for credit", None),
        ("bring my friends to crowd round the noodle cart and ask for extra chilli", None),
        ("bring my friends to the market and ask the shopkeeper for credit", None),
        (
            "Challenge: I no go take no for answer from anybody today. Na yes or nothing.",
            Problem.PRESSURE,
        ),
        ("I no go take no for answer from the landlord", Problem.PRESSURE),
        ("tell the shopkeeper it's yes or nothing, I want the credit today", Problem.PRESSURE),
        ("ask the manager for a yes or no by Friday", None),
        ("make I ask for discount, if dem say no I go thank dem", None),
        (
            "Ask the nurse at Tamale Teaching Hospital what time her shift closes and whether"
            " she walks home alone",
            Problem.CONTACT,
        ),
        (
            "ask the cashier at the supermarket whether she walks home alone after dark",
            Problem.CONTACT,
        ),
        ("ask the receptionist what time her shift closes", Problem.CONTACT),
        ("ask my sister whether she walks home alone after dark", None),
        ("ask the pharmacist what time the pharmacy closes", None),
        ("ask the nurse what time visiting hours end", None),
    ],
)
def test_r51_english_asks(text: str, problem: Problem | None) -> None:
    assert_first_problem(text, problem)
