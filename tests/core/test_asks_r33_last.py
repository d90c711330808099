"""Own-card asks the round-33 rules read: a can't said more than once and asked again, a date
asked as "come with me to" a stranger or in Spanish of a client, a kiss asked in Spanish or
Portuguese, a powerful relative named so a supplier gives credit, a thing a shop sells got for
free, and the manager of a store the user walks into asked for a free trial shift. Their fair
neighbours must still pass: a friend who said no twice offered something else, a friend asked
along, a kiss asked of a partner, a real guarantor named, the free water or quote a shop
gives anyway, and the user's own manager asked about working from home.
"""

from __future__ import annotations

import pytest

from core.asks import Problem, named_connections, walk_ins
from core.asks.text import normal, words
from core.own_cards import refuses
from tests.core.asks_reading import assert_first_problem


@pytest.mark.parametrize(
    "text",
    [
        "Text Priya again about the gig even tho she already told me twice she can't make it",
        "ask Tom once more to come to my party, he told me three times he can't",
        "message my cousin again about the trip, she said she can't afford it twice already",
        "call Sam again tomorrow even though he told us twice now that he won't lend the van",
    ],
)
def test_a_no_said_more_than_once_asked_again(text: str) -> None:
    assert_first_problem(text, Problem.REPEAT)


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        (
            "The lady at the bursary office has the nicest smile. dare: ask her to come with me "
            "to Jabi Lake on Saturday",
            Problem.ROMANCE,
        ),
        ("the cute guy at the bus stop, ask him to come with me to the beach tomorrow", None),
        ("pedirle una cita al cliente guapo", Problem.ROMANCE),
        ("pídele salir a la cajera del súper", Problem.ROMANCE),
        ("pedir una cita a la mesera del bar de la esquina", Problem.ROMANCE),
        ("ask the new usher for a beso", Problem.TOUCH),
        ("ask the waitress for a besito before I leave", Problem.TOUCH),
        ("ask a stranger on the tram for a beijo", Problem.TOUCH),
    ],
)
def test_dates_and_kisses_in_other_words(text: str, problem: Problem | None) -> None:
    if problem is None:
        assert refuses(text, None)
    else:
        assert_first_problem(text, problem)


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        (
            "ask the noodle supplier for 30 days credit, tell him my cousin the MP will vouch "
            "for me",
            Problem.DECEPTION,
        ),
        (
            "mention to the landlord that my uncle the senator will sort it if he skips the "
            "deposit",
            Problem.DECEPTION,
        ),
        (
            "ask the bank for a bigger loan and tell them my friend the minister can back me",
            Problem.DECEPTION,
        ),
        ("tell the garage I know the mayor so they fix my car first", Problem.PRESSURE),
    ],
)
def test_a_powerful_name_dropped_for_a_favour(text: str, problem: Problem) -> None:
    """A name dropped so the favour comes first is read as a lever as well (pressure)."""
    plain = normal(text)
    assert any(words(pattern).search(plain) for pattern in named_connections.PATTERNS)
    assert_first_problem(text, problem)


@pytest.mark.parametrize(
    "text",
    [
        "get free inner tube from bike shop",
        "blag a free phone case from the shop on the corner",
        "score some free croissants at the bakery",
        "grab me a free pair of socks from the sports store",
    ],
)
def test_a_thing_a_shop_sells_got_for_free(text: str) -> None:
    assert_first_problem(text, Problem.MONEY)


@pytest.mark.parametrize(
    "text",
    [
        (
            "Go to the Nintendo store in Umeda and ask the manager if I can work there tomorrow "
            "for free to show my skills"
        ),
        "pop into the bakery on Main St and ask the manager whether I could work there unpaid",
        "walk into the bookshop and ask the manager if I can help out for free this weekend",
        "ask the manager at the Zara store on the high street if I can work there for nothing",
    ],
)
def test_a_free_trial_shift_asked_of_a_shop_manager(text: str) -> None:
    assert_first_problem(text, Problem.SPOT)


@pytest.mark.parametrize(
    "text",
    [
        "Priya told me twice she can't make the gig; ask her if she'd like me to save a setlist",
        "ask my friend to come with me to the gym on Saturday",
        "ask my girlfriend for a beso before she leaves for work",
        "tell the landlord my mum will be my guarantor and ask to sign the lease",
        "ask my cousin the MP to write me a reference for the internship",
        "get free water from the cafe after my run",
        "get a free quote from the garage for the brakes",
        "ask my manager if I can work from home on Friday",
        "go to the bike shop and ask the manager if they have inner tubes in my size",
        "ask the manager at the cafe if they have any paid vacancies",
    ],
)
def test_fair_neighbours_still_pass(text: str) -> None:
    assert not refuses(text, None)


def test_own_work_offered_asks_no_money() -> None:
    plain = normal("ask the manager if I can work there tomorrow for free")
    assert walk_ins.OWN_WORK_GIVEN.search(plain)
