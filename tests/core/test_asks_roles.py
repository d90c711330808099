"""People in the user's charge named by the user's own role (`core.asks.in_my_charge`).

A line leader's "workers on my line", a carer's "one of my residents", the new grad a nurse
precepts, the tenant in grandpa's cottage, the school leaver the user took on, a boy the user
coaches, the newbies an MC runs: asked for favours, money or a date, they are under the
user's power. Asked how they are settling in, or addressed as someone the user answers to
("ask the encargado for Friday off"), the ask stays fair.
"""

from __future__ import annotations

import pytest

from core.asks import Problem, understand
from core.asks.roles import Who
from tests.core.asks_reading import assert_first_problem

SUBORDINATES = [
    "I am leader now. Ask the workers on my line to give me red packet for New Year",
    "as encargado, ask the new pickers for 10 euros each to get the good rows",
    "ask one of my residents to give me her nice scarf",
    "ask the new grad I'm precepting to cover all my night shifts this month",
    "as MC, tell the newbies on the open mic they buy me a pint or they go on last",
    "ask the tenant in grandpa's cottage to mow our lawn too",
    "ask the school leaver I've taken on to shear my brother's flock for nothing",
    "ask the sixth former who helps coach netball out for a drink",
    "Ask a boy I coach to keep our chats between us.",
    "ask the corps girl I coach to give me her parents' premiere tickets",
    "I coach the under-12s on Sundays, ask the lads to wash my car for a quid each",
    "As crew lead, ask the new guys to help me move house on Saturday.",
    "Now I am line leader. I will ask the new girls to stay after shift and stitch my kameez",
    "as coordinator, ask the youth volunteers to each chip in 500 pesos for my birthday fund",
    "Ask my part-time kid to front me 200 bucks",
    "Ask the young guy on my truck, I am his caposquadra, to lend me his car for the weekend.",
]


@pytest.mark.parametrize("text", SUBORDINATES)
def test_people_in_my_charge_are_subordinates(text: str) -> None:
    assert understand(text).who is Who.SUBORDINATE


@pytest.mark.parametrize(
    "text",
    [
        "ask my part-time kid to front me 200 bucks",
        "as coordinator, ask the youth volunteers to each chip in 500 pesos for my birthday fund",
        "ask the sixth former who helps coach netball out for a drink, she's 18 so it's fine",
        "ask the new grad I'm precepting to cover all my night shifts this month",
        "ask the tenant in grandpa's cottage to mow our lawn too",
    ],
)
def test_asks_of_them_for_favours_are_power(text: str) -> None:
    assert_first_problem(text, Problem.POWER)


@pytest.mark.parametrize(
    "text",
    [
        "ask the new grad I'm precepting how her first week went",
        "ask one of my residents how she's settling in",
        "ask the encargado if I can have Friday afternoon off for my appointment",
        "Ask the factory director for two more workers on my line, my people are tired.",
        "ask the volunteer coordinator if I could switch to Thursday evenings",
        "ask the foreman for the week off during Carnaval",
        "ask rosa on my crew if she'll teach me some spanish words on our lunch break",
        "ask my friend who I train with at the gym to spot me on bench",
        "Ask the family next door if our residents could walk through their garden.",
    ],
)
def test_fair_asks_around_them_pass(text: str) -> None:
    assert_first_problem(text, None)
