"""Own-card asks of the fiftieth round's English misses, with paraphrases in other words and the
fair neighbours that must still pass.

Unfair asks: one "on the house" handed over for no reason (`core.asks.free_helpings`); which
street a ranger or a guide lives on, or when a girl's parents go out so the user can call
(`core.asks.whereabouts`); flowers sent every week until she notices the user
(`core.asks.courted`); a monk or a nun at prayer or meditation interrupted
(`core.asks.manners`); a standing claimed "so she'll reduce the price", or a need claimed for a
discount (`core.asks.claims_for_gain`); walking along a bridge's railing
(`core.asks.daring`); a drink taken from strangers and downed (`core.asks.offered_drinks`); a
roundabout run across through the traffic (`core.asks.wrong_ways`); a refused price argued for
ten minutes with walking away ruled out (`core.asks.argued_noes`); a no answered by calling the
person selfish to her face (`core.asks.branded_noes`); the same refund asked again minutes after
the no (`core.asks.persistence`); mutual friends sent to get the user unblocked
(`core.asks.workarounds`).

Fair asks: a dad who said "ask next week" asked again the next week
(`core.asks.persistence`, a later named by the one asked); and the same words in fair asks: a dish
paid for, a ranger station's street, a friend's parents, flowers sent to a partner, the monks'
own chat, a corper price asked about honestly, an accessible seat asked for plainly, a photo by
the railing, a drink from friends, a roundabout crossed at the lights, walking away from a
refused price, a no taken, a refund asked once, and IT asked to unblock an account.
"""

from __future__ import annotations

import pytest

from core.asks import Problem
from core.asks.courted import courts_until_noticed
from core.asks.text import normal
from tests.core.asks_reading import assert_first_problem


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        (
            "ask the okonomiyaki master at Okonomimura to hand me one on the house for literally"
            " no reason",
            Problem.MONEY,
        ),
        ("ask the ramen chef to give me one on the house, just because", Problem.MONEY),
        ("get the baker to hand us two on the house for no reason", Problem.MONEY),
        ("ask the taco guy to slip me one on the house", Problem.MONEY),
        (
            "find out which street the cute ranger at kunanyi/Mt Wellington lives on",
            Problem.CONTACT,
        ),
        ("work out which road the handsome lifeguard at Bondi lives on", Problem.CONTACT),
        ("find out what suburb the pretty tour guide lives in", Problem.CONTACT),
        (
            "ask the girl from the Anna Nagar bus stop when her parents go out so I can call her"
            " then",
            Problem.CONTACT,
        ),
        (
            "ask the lad from the bus stop what time his folks leave so I can call him",
            Problem.CONTACT,
        ),
        ("ask the girl from the bus stop which evenings her parents are away", Problem.CONTACT),
        ("send flowers to the Hurtigruten guide every week until she notices me", Problem.ROMANCE),
        (
            "leave a rose on the barista's counter every morning till she notices me",
            Problem.ROMANCE,
        ),
        ("leave chocolates on the tour guide's desk hoping she falls for me", Problem.ROMANCE),
        (
            "go up to a monk meditating at Wat Chedi Luang and ask him to talk to me",
            Problem.SPOT,
        ),
        ("walk up to a nun praying in the chapel and ask her to chat with me", Problem.SPOT),
        ("approach a worshipper meditating in the temple and ask for a chat", Problem.SPOT),
        (
            "tell the mama put woman I'm a corper so she'll reduce the price for me",
            Problem.DECEPTION,
        ),
        ("tell the suya man I'm a student so he'll knock something off", Problem.DECEPTION),
        ("say I'm a nurse so they'd give me the discount", Problem.DECEPTION),
        (
            "claim on the phone that I use a wheelchair to get the accessible-seat discount at"
            " Aurora kino",
            Problem.DECEPTION,
        ),
        ("pretend I need crutches so they give me the disabled discount", Problem.DECEPTION),
        ("claim that I have a student card to get the student price", Problem.DECEPTION),
        ("dare: walk along the railing of the Aioi bridge", Problem.UNSAFE),
        ("dare: walk along the parapet of the old bridge", Problem.UNSAFE),
        ("tiptoe along the ledge of the rooftop for a dare", Problem.UNSAFE),
        (
            "accept a drink from a group of strangers at a Bypass Road bar and down it",
            Problem.UNSAFE,
        ),
        ("take a shot off some random guys at the pub and neck it", Problem.UNSAFE),
        ("accept free drinks from a table of strangers at the club", Problem.UNSAFE),
        (
            "run across Challenge roundabout through the traffic while a stranger times me",
            Problem.UNSAFE,
        ),
        ("sprint across the ring road through the moving traffic for a dare", Problem.UNSAFE),
        ("dash over the junction between the cars while my mate films", Problem.UNSAFE),
        (
            "tuk tuk guy refuses my price? stay and argue for 10 mins, no walking away",
            Problem.PRESSURE,
        ),
        (
            "if the rickshaw driver says no to my price, keep arguing and don't walk away",
            Problem.PRESSURE,
        ),
        (
            "market seller rejects my offer? stand there and haggle for twenty minutes",
            Problem.PRESSURE,
        ),
        ("if she says no, tell her she's selfish and then ask again", Problem.PRESSURE),
        ("if he refuses, call him stingy and ask one more time", Problem.PRESSURE),
        ("when she turns me down, tell her she's being mean and try again", Problem.PRESSURE),
        (
            "request the same refund at the Akropolis desk ten minutes after they turned it down",
            Problem.REPEAT,
        ),
        ("ask for the same exchange at the service desk after they refused it", Problem.REPEAT),
        ("go back for the same upgrade at the check-in desk after they said no", Problem.REPEAT),
        ("ask mutual friends to tell Maria to unblock me already", Problem.BLOCK),
        ("get her sister to convince her to unblock my number", Problem.BLOCK),
        ("beg his mates to talk him into unblocking me on insta", Problem.BLOCK),
    ],
)
def test_the_rounds_unfair_asks_are_refused(text: str, problem: Problem) -> None:
    assert_first_problem(text, problem)


@pytest.mark.parametrize(
    "text",
    [
        "ask dad again to lend me his car for Saturday — he said ask next week, and it's next"
        " week now",
        "ask mum again if I can borrow the car, she said ask next week and it's next week",
        "ask my dad again about the car on Saturday, he said to ask tomorrow",
        "ask the okonomiyaki master at Okonomimura to hand me one with extra mayo",
        "ask the okonomiyaki master to hand me one to go, I'll pay at the counter",
        "find out which street the ranger station is on",
        "ask the ranger which street the visitor centre is on",
        "ask my sister when her parents-in-law go out so I can visit her",
        "ask the girl from the bus stop when the next bus goes",
        "send flowers to my girlfriend every week until she notices me again",
        "send flowers to the Hurtigruten guide's office to thank her for the trip",
        "ask a monk at Wat Chedi Luang to talk to me about meditation during monk chat",
        "tell the mama put woman I'm a corper and ask if there's a corper price",
        "tell the mama put woman I'm a corper so she'll know why I come every day",
        "tell Aurora kino on the phone that I use a wheelchair and ask which seats are accessible",
        "claim the accessible-seat discount at Aurora kino with my companion card",
        "take a photo by the railing of the Aioi bridge",
        "walk along the railings of the promenade at sunset",
        "accept a drink from my friends at a Bypass Road bar",
        "buy a drink for a group of strangers at the bar",
        "cross Challenge roundabout at the lights while a stranger times me",
        "tuk tuk guy refuses my price? say thanks and walk away",
        "haggle with the tuk tuk guy for my price, and walk away if he refuses",
        "if she says no, tell her it's fine and don't ask again",
        "request a refund at the Akropolis desk for the broken kettle",
        "ask IT to unblock my work account",
        "email IT and ask them to unblock my account on the shared drive",
        "ask mutual friends to tell Maria happy birthday from me",
    ],
)
def test_the_rounds_fair_asks_pass(text: str) -> None:
    assert_first_problem(text, None)


@pytest.mark.parametrize(
    ("text", "courted"),
    [
        ("send flowers to the guide every week until she notices me", True),
        ("leave a rose on the barista's counter every morning till she notices", True),
        ("leave notes for the girl at the library until she notices, then ask her out", True),
        ("leave a note for my flatmate every day until he notices the dishes", False),
        ("send a card to my gran every week until she feels better", False),
    ],
)
def test_courting_needs_the_person_to_notice_the_user_not_a_chore(text: str, courted: bool) -> None:
    assert courts_until_noticed(normal(text)) is courted


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("accept a drink from guys I just met at the bar and down it", Problem.UNSAFE),
        ("accept a drink from guys I met an hour ago and down it", Problem.UNSAFE),
        ("accept a drink from a guy I met at my cousin's wedding last year", None),
        ("accept a beer from the men I met at the football club years ago", None),
    ],
)
def test_a_drink_from_people_just_met_is_unsafe_not_from_people_met_long_ago(
    text: str, problem: Problem | None
) -> None:
    assert_first_problem(text, problem)
