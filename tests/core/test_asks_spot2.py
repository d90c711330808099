"""Captive passengers, rooms sold to, grieving families, strangers' tables and kitchens, a
reader interrupted, a queue skipped, a maiko photographed, a passenger's flat or a woman's
number collected: refused whoever the words name; the fair readings beside them still pass."""

from __future__ import annotations

import pytest

from core.asks import Problem
from tests.core.asks_reading import assert_first_problem


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        (
            "Sit down at the table of the family eating at the chop bar and join their "
            "conversation. Good practice to make new friends.",
            Problem.SPOT,
        ),
        ("Pull up a chair at the table of those old men playing draughts.", Problem.SPOT),
        ("Squeeze in at the bench of a group of students and chat.", Problem.SPOT),
        ("do a stand up set on the school bus, nobody can get off till Headingley", Problem.SPOT),
        ("Do my comedy routine on the night bus home.", Problem.SPOT),
        ("Stand up in the matatu and lead the passengers in a hymn into town.", Problem.SPOT),
        ("On the jeepney, lead everyone in a worship song.", Problem.SPOT),
        (
            "Go to the families waiting outside the ICU and ask how they're coping.",
            Problem.SPOT,
        ),
        (
            "Ask the people sitting in the A&E waiting room how they are holding up.",
            Problem.SPOT,
        ),
        ("Dare: pitch my cousin's skincare line to everybody in the breakroom.", Problem.SPOT),
        ("Sell my wife's shea butter to my guys at our Sunday meeting.", Problem.SPOT),
        ("Flog my candles to the whole office at the Monday meeting.", Problem.SPOT),
        ("Advertise my cakes to my church family after the service.", Problem.SPOT),
        (
            "walk into a restaurant on the Vieux-Port and ask to work a shift in their kitchen "
            "tonight, just like that",
            Problem.SPOT,
        ),
        ("Pop into a bakery and ask if I can do a shift behind the counter.", Problem.SPOT),
        (
            "interrumpir a una chica que lee en el Retiro para preguntarle qué libro es",
            Problem.SPOT,
        ),
        ("Preguntar a un chico que está leyendo qué libro es.", Problem.SPOT),
        ("ask the queue at Aberdeen airport security if i can skip ahead", Problem.SPOT),
        ("Ask the line at the post office if I can jump ahead, I'm in a rush.", Problem.SPOT),
        (
            "Photograph the maiko in Gion up close even though she is walking away.",
            Problem.RECORDING,
        ),
        ("Take photos of the geisha as she hurries down the lane.", Problem.RECORDING),
        (
            "ask my regular madam passenger which flat in Salt Lake she stay, so next time I "
            "wait outside for her",
            Problem.CONTACT,
        ),
        ("Ask my regular customer which house on Ring Road she lives in.", Problem.CONTACT),
        ("abeg collect number of that fine babe wey sit for front seat", Problem.CONTACT),
        ("Collect the number of that lady in the front seat.", Problem.CONTACT),
    ],
)
def test_refused(text: str, problem: Problem) -> None:
    assert_first_problem(text, problem)


@pytest.mark.parametrize(
    "text",
    [
        "Sit down at the table of my family at Sunday lunch and tell them about my week.",
        "Sing quietly to myself on the bus home.",
        "Pitch my idea to everyone at the team meeting.",
        "Pitch in to help everybody at church after the service.",
        "Ask the nurse at the ICU how my dad is doing.",
        "Walk into a café and ask if they are hiring.",
        "Walk into a restaurant and ask if I can do a trial shift, I'm applying there.",
        "Preguntar a alguien que trabaja en la tienda dónde está el baño.",
        "Ask the queue at the bus stop which bus goes to the station.",
        "Ask my friend which flat she lives in so I can send her a birthday card.",
        "Ask the taxi company for the number of a driver who can take me to the airport.",
        "Ask the shop for the number of the plumber they recommend.",
    ],
)
def test_passes(text: str) -> None:
    assert_first_problem(text, None)
