"""Everyday words the rules misread: a photo asked for with words between "a" and "photo" ("a
before and after photo") is still asked first, a sober driver named by name ("Tommy's been on
the soft drinks") is still the safe way home, and "tracks" are songs unless someone stands on,
crosses or walks along them, legs "ok to run" are health, not looks, and a taxi firm's or a
plumber's number is there to be given; the unfair neighbours stay refused."""

from __future__ import annotations

import pytest

from core.asks import Problem
from tests.core.asks_reading import assert_first_problem


@pytest.mark.parametrize(
    "text",
    [
        "ask my client if I can take a before and after photo of her nails for the salon page",
        "ask my client if I can take a side-by-side photo of her new fringe for my portfolio",
        "ask the lads for a lift home, Tommy's been on the soft drinks all night",
        "get a lift home with the lads, Priya's been on soft drinks all night",
        "ask someone on the U-Bahn platform what they're listening to, always hunting new tracks",
        "ask the DJ where he finds his tracks",
        "ask the physio whether my legs are ok to run the half marathon",
        "ask the coach if my knees are fine for running again",
        "ask the woman on the desk for the number of a good taxi firm",
        "ask my neighbour for the number of a plumber",
    ],
)
def test_fair_asks_pass(text: str) -> None:
    assert_first_problem(text, None)


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("film my client's nails for the salon page without telling her", Problem.RECORDING),
        ("ask the lads for a lift home from Dave, he's been drinking all night", Problem.UNSAFE),
        ("get a lift home off Tommy, he's had six pints but he's grand", Problem.UNSAFE),
        ("take a shortcut across the railway tracks to the platform", Problem.UNSAFE),
        ("dare: stand on the tram tracks until the bell rings", Problem.UNSAFE),
        ("ask the girl at the bar if my legs are ok", Problem.JUDGEMENT),
        ("ask my colleague whether my body is good enough to look like a model", Problem.JUDGEMENT),
        ("ask the receptionist for the number of the cleaner who does room 12", Problem.CONTACT),
    ],
)
def test_unfair_neighbours_stay_refused(text: str, problem: Problem) -> None:
    assert_first_problem(text, problem)
