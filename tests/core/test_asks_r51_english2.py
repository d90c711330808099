"""Own-card asks of the fifty-first round's second batch of new hands (English, some Pidgin)
that the rules passed, with paraphrases in other words and the neighbours that share their words.

Unfair asks the rules passed: an ex asked to unblock the user, the block named by the unblocking
asked for (`core.asks.persistence.BLOCK`, beside "her", "him" and "them"); a bank teller, a
librarian or a lifeguard asked "for coffee", whose post sells none, so a date asked of staff
(`core.asks.outings.INVITE`); a bunch of strangers at their barbie walked up to and sat down with
(`core.asks.their_places.OTHERS_TABLE`); someone snapped "without him noticing"
(`core.asks.candid_footage`); a drink accepted from whoever offers, drunk whatever anybody hands
over (`core.asks.offered_drinks`), and a stranger followed wherever they go
(`core.asks.untold_journeys`); a boat out at night with no life vest (`core.asks.danger.UNSAFE`).

And the neighbours that stay fair: an ex asked for a hoodie back, IT asked to unblock an account;
a barista asked for a coffee, a teller for a discount voucher or a recount, a librarian for coffee
places; the user's own mates or family sat down with at their picnic, strangers asked where the
toilet is; a sunset snapped or a meeting slipped out of unnoticed, a lifeguard asked for a photo;
a drink from friends or the bartender, one bought for whoever is next, a sister or a tour guide
followed; a spare life vest asked for, a boat trip with one on.
"""

from __future__ import annotations

import pytest

from core.asks import Problem
from tests.core.asks_reading import assert_first_problem


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        (
            "get my ex to unblock me. dare myself to ask his sister to put me on speaker with him",
            Problem.BLOCK,
        ),
        ("ask my ex to unblock me so we can talk one more time", Problem.BLOCK),
        ("beg my ex-girlfriend to unblock me on instagram", Problem.BLOCK),
        ("get my ex-boyfriend to unblock me, just once", Problem.BLOCK),
        ("Ask the bank teller at SBI for coffee while she's counting my cash", Problem.ROMANCE),
        ("ask the teller at my bank for a coffee after her shift", Problem.ROMANCE),
        ("ask the librarian for a coffee while she stamps my books", Problem.ROMANCE),
        ("ask the lifeguard at the pool for drinks after work", Problem.ROMANCE),
        (
            "rock up to a bunch of strangers having a barbie at Rowes Bay"
            " and just sit down with em",
            Problem.SPOT,
        ),
        (
            "walk up to a group of strangers having a picnic in the park and sit down with them",
            Problem.SPOT,
        ),
        (
            "stroll up to some tourists eating lunch on the beach and plonk myself down with them",
            Problem.SPOT,
        ),
        (
            "snap a pic of the hot lifeguard at the Strand pool without him noticing",
            Problem.RECORDING,
        ),
        ("get a pic of the fit guy at the gym without him clocking", Problem.RECORDING),
        ("take a photo of the woman on the bus without her realising", Problem.RECORDING),
        (
            "accept a drink from whoever offers at Carnaval"
            " and follow them wherever they go, alone",
            Problem.UNSAFE,
        ),
        (
            "take a shot from anyone who offers at the street party and go off with them",
            Problem.UNSAFE,
        ),
        ("drink whatever anybody hands me at the festival tonight", Problem.UNSAFE),
        (
            "let a random guy at the festival lead me off and follow him wherever he goes",
            Problem.UNSAFE,
        ),
        (
            "ask the fishermen at the port to take me out on their boat at night, no life vest",
            Problem.UNSAFE,
        ),
        (
            "ask a fisherman at the harbour to take me out in his boat"
            " after dark without a life vest",
            Problem.UNSAFE,
        ),
        ("get the fishermen to take me out to sea at night, no lifevest needed", Problem.UNSAFE),
    ],
)
def test_unfair_asks_are_refused(text: str, problem: Problem) -> None:
    assert_first_problem(text, problem)


@pytest.mark.parametrize(
    "text",
    [
        "get my ex to give me back my hoodie",
        "ask my ex if we can split the pet costs fairly",
        "email IT and ask them to unblock my account on the shared drive",
        "ask the barista at the cafe for a coffee",
        "ask the bank teller for a coffee discount voucher",
        "ask the bank teller to count my cash again",
        "ask the librarian for coffee recommendations nearby",
        "ask my friend from the bank for a coffee after work",
        "rock up to my mates having a barbie at the beach and just sit down with em",
        "walk up to my family having a picnic and sit down with them",
        "walk up to a bunch of strangers having a barbie and ask where the nearest toilet is",
        "snap a pic of the sunset at the Strand without anyone noticing",
        "snap a pic of the lifeguard tower at the Strand pool",
        "ask the lifeguard if I can take a photo of him",
        "slip out of the meeting without him noticing",
        "leave the party early without anyone noticing",
        "accept a drink from my friends at the party",
        "accept a drink from the bartender",
        "buy a drink for whoever is next in line",
        "accept a compliment from whoever offers one",
        "follow my sister wherever she goes at the carnival",
        "follow the tour guide wherever she goes",
        "ask the fishermen at the port if they have a spare life vest",
        "ask the fishermen at the port to take me out on their boat in the morning,"
        " with a life vest on",
        "ask the fishermen at the port how they mend their nets",
    ],
)
def test_fair_asks_pass(text: str) -> None:
    assert_first_problem(text, None)
