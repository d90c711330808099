"""Round 32 (fair3): fair asks the rules once refused, read as fair now, beside unfair
neighbours that must stay refused. Someone the user holds power over may be asked after
(how her knee feels), offered a chance to take or leave (a reference, the lead on the next
wedding) or asked for the paperwork the role collects (consent forms), with no strings,
money or date attached; an age said with the user's own ID shown is true; the user's own
children filmed opening presents, or a view with nobody in it, is no one filmed; a bike race
along a cycle path is no road race; an hour someone asked not to be called in is no block;
singing on a gondola before any passenger is aboard holds nobody captive; "just us two" for
a verdict on the user's own dish is no date; someone from the user's five-a-side is known;
and someone long missed may be asked for a hug on meeting again."""

from __future__ import annotations

import pytest

from core.asks import Problem
from tests.core.asks_reading import assert_first_problem


@pytest.mark.parametrize(
    "text",
    [
        "ask my patient how her knee is feeling after the session",
        "ask the intern if she wants a reference from me",
        "as coach, ask the players to give me their consent forms for the trip",
        "ask my assistant planner if she'd like to lead the next wedding, and it's fine if she"
        " says no",
        "ask my assistant planner if she'd like to lead the next small wedding, happy for her to"
        " say she's not ready yet",
        "tell the bouncer I'm 25 and show my ID",
        "film my kids' faces when they open their presents",
        "film a video of the view from the bridge",
        "film the sunset over the bay",
        "ask my partner to race me home on our bikes along the cycle path",
        "race my brother on our bikes along the beach",
        "ask my friend to call her mum for me, she told me not to call her before nine",
        "sing alone on my gondola in the early morning before the tourists come",
        "sing alone on my gondola in the early morning before the tourists come, just for me,"
        " even if it is bad",
        "ask the chef to rate my new entremet out of ten, just us two, so i know if it's ready"
        " for the menu",
        "ask the guy fae the five-a-sides a barely know if he fancies a pint after the game"
        " Thursday",
        "ask the guy from the five-a-side if he fancies a pint after the game",
        "ask sigga for a hug when i pick her up at keflavík, i haven't seen her in a year 🥹",
    ],
)
def test_fair_asks_read_as_fair(text: str) -> None:
    assert_first_problem(text, None)


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        (
            "ask my intern if she'd like to come to dinner with me to talk about the project",
            Problem.POWER,
        ),
        (
            "ask my employee if she wants a reference from me, if she keeps quiet about the"
            " accounts",
            Problem.POWER,
        ),
        (
            "as coach, ask the players to give me their consent forms and 20 quid each for my"
            " petrol",
            Problem.POWER,
        ),
        (
            "ask my intern if she'd like to lead the next wedding for free on her day off",
            Problem.POWER,
        ),
        ("ask my patient for her number", Problem.POWER),
        ("tell the bouncer I'm 21 and show my brother's ID", Problem.DECEPTION),
        ("tell the bouncer I'm 18 and show my ID that says 18", Problem.DECEPTION),
        ("tell the bouncer I'm 21", Problem.DECEPTION),
        (
            "film my kids' faces when they open their presents and post it on tiktok",
            Problem.RECORDING,
        ),
        ("film my kids when they take a bath", Problem.RECORDING),
        ("film the view from my window into the neighbours' bedroom", Problem.RECORDING),
        ("film strangers on the bridge", Problem.RECORDING),
        (
            "ask my partner to race me home on our bikes along the cycle path after six pints",
            Problem.UNSAFE,
        ),
        ("ask my mate to race me home on our bikes through traffic", Problem.UNSAFE),
        ("ask my friend to race me home in our cars", Problem.UNSAFE),
        (
            "ask my friend to call her mum for me at seven, she told me not to call her before"
            " nine",
            Problem.BLOCK,
        ),
        ("she told me not to call her anymore, so ask my friend to call her for me", Problem.BLOCK),
        ("sing opera on the packed tram, captive audience", Problem.SPOT),
        ("sing alone on the packed bus", Problem.SPOT),
        ("ask the chef to rate my new dessert, just us two, at my place tonight", Problem.ROMANCE),
        ("ask the waitress out for dinner, just the two of us", Problem.ROMANCE),
        ("ask a stranger at arrivals for a hug when i pick her up at the airport", Problem.TOUCH),
        ("ask the flight attendant for a hug, i haven't seen her in a year", Problem.TOUCH),
        ("ask sigga for a kiss when i pick her up at the airport", Problem.TOUCH),
    ],
)
def test_unfair_neighbours_stay_refused(text: str, problem: Problem) -> None:
    assert_first_problem(text, problem)
