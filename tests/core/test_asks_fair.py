"""Fair asks the own-card check used to refuse, and the unfair neighbours it must still refuse.

The rules: an open invitation to a group is no date; children named as who an event is for
are not the ones asked; the user's own headphones interrupt nobody; a group chat posted *in*
is no chat posted; the user's own part sung and recorded is their own footage; a pickup game,
a paper read once its owner is done and a trick shown on the spot are small moments. The
model (`core.asks.known_fair`, `core.asks.second.fits`): a trade offered, the user's own
daily habit, an ask in writing to an office, a phone put away, the user alone with nobody
asked, and a small permission are fair readings it may not overrule.
"""

from __future__ import annotations

import pytest

from core.asks import Problem, understand
from core.asks.second import fits
from tests.core.asks_reading import assert_first_problem


@pytest.mark.parametrize(
    "text",
    [
        "ask the couriers waiting outside the depot if anyone fancies a tea before the next run",
        "message the dog walkers at the park if anybody would like to get a drink on friday",
        "ask the ski club if they'd sponsor the bibs for our kids race on saturday",
        "write to the library and ask if we can run a free chess workshop for kids on saturdays",
        "ask the council if they'd fund a summer camp for teenagers in our estate",
        "hum to myself with my earbuds in on the train",
        "share in the team group chat that my choir has a concert on sunday",
        "post in our class chat that my bakery opens on monday",
        "sing my harmony alone in the car, record it and send it to the band for notes",
        "ask someone on the court if i can join the pickup football game",
        "ask the guys at the beach if i can join in the casual volleyball game",
        "ask the woman on the bench if i can read her magazine once she's done",
        "ask the man next to me on the train if i can look at his paper when he finishes",
        "at the climbing wall, ask someone to show me a simple knot",
        "at the skatepark, ask one of the skaters to show me a trick",
    ],
)
def test_fair_asks_pass_the_rules(text: str) -> None:
    assert_first_problem(text, None)


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("ask a woman at the bus stop if she wants to grab a coffee with me", Problem.ROMANCE),
        ("ask the cashier if she'd like to get a drink after her shift", Problem.ROMANCE),
        ("ask some kids at the park to carry my shopping home", Problem.POWER),
        ("ask the teens at the skatepark to buy me cigarettes", Problem.POWER),
        ("tap a guy wearing headphones on the train and ask what he is listening to", Problem.SPOT),
        ("post her chat messages in the group so everyone sees what she said", Problem.RECORDING),
        ("screenshot my flatmate's chat and share it with the house", Problem.RECORDING),
        (
            "sing my part at choir practice and secretly record the others singing",
            Problem.RECORDING,
        ),
        ("ask a family at the park if i can join their picnic", Problem.SPOT),
        ("ask the waitress when she finishes so i can walk her home", Problem.CONTACT),
        ("ask the barista what time she finishes tonight", Problem.CONTACT),
        ("ask a stranger at the rink to teach me skating every weekend for free", Problem.SPOT),
        ("ask someone at the rink to teach me a spin at her place", Problem.UNSAFE),
        (
            "ask a woman at the gym to show me a stretch and then ask for her number",
            Problem.CONTACT,
        ),
    ],
)
def test_unfair_neighbours_stay_refused(text: str, problem: Problem) -> None:
    assert_first_problem(text, problem)


@pytest.mark.parametrize(
    ("problem", "text", "may_refuse"),
    [
        (Problem.MONEY, "ask the woman at the market if she'd swap a jar of her jam for my homemade"
         " bread", False),
        (Problem.MONEY, "ask the farmer down the road if he will trade a dozen eggs for some of my"
         " tomatoes", False),
        (Problem.MONEY, "ask a tourist to swap his new phone for my old one", True),
        (Problem.CONTACT, "ask the bus driver about her home country, we wave daily", False),
        (Problem.CONTACT, "ask the fruit man how he got into it, we chat every day", False),
        (Problem.CONTACT, "ask the barista which days she works, I see her every morning", True),
        (Problem.SPOT, "email the theatre and ask if they need ushers for the festival", False),
        (Problem.SPOT, "write to the city farm and ask whether they take volunteers", False),
        (Problem.SPOT, "ask a stranger to give a speech to everyone in the square", True),
        (Problem.RECORDING, "have dinner alone at the noodle bar without checking my phone", False),
        (Problem.RECORDING, "sit in the park for an hour and put my phone away", False),
        (Problem.RECORDING, "film the couple at the next table on my phone", True),
        (Problem.PRESSURE, "let myself sleep in on saturday without feeling guilty", False),
        (Problem.SPOT, "sing to myself on the tram", False),
        (Problem.SPOT, "sing to myself loudly on the tram so everyone hears", True),
        (Problem.UNSAFE, "swim alone in the lake at night", True),
        (Problem.TOUCH, "ask the woman next to me if I can borrow her pen", False),
        (Problem.TOUCH, "ask the woman next to me if I can hold her hand", True),
    ],
)  # fmt: skip
def test_the_model_may_not_overrule_a_fair_reading(
    problem: Problem, text: str, may_refuse: bool
) -> None:
    assert fits(problem, understand(text)) is may_refuse
