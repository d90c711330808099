"""Own-card asks of the forty-third round's unsafe and power misses (hands-43), each with
paraphrases in other words, and their fair neighbours.

Unsafe: the asks done drunk ("after 8 pints", "get pissed and then ask the bouncer") or a fight
offered ("if he wants to have a go"); the user stood in a traffic lane or mid-avenue asking the
cars to honk. Power: a class or a side asked by its grade or age ("one of my 8th graders", "the
under-11s I coach") for the user's own chores; a favour asked of a client whose loan or file
the user handles; a tenant "two months behind on rent" asked to dinner.
"""

from __future__ import annotations

import pytest

from core.asks import Problem
from tests.core.asks_reading import assert_first_problem


@pytest.mark.parametrize(
    "text",
    [
        "do all me asks after 8 pints on saturday, I'm braver with a drink in me",
        "after six pints go ask the bouncer why he won't let me in",
        "get pissed and then ask the bouncer if he wants to have a go",
        "get hammered first and then do my rejection challenges",
        "have a few drinks for dutch courage then ask her out",
        "ask the bouncer if he wants to step outside",
        "stand in the middle of Insurgentes with a sign asking cars to honk at me",
        "stand in the lane at the intersection and ask drivers to honk for me",
        "dance in the middle of Oxford Street asking taxis to hoot",
    ],
)
def test_asks_done_drunk_and_bodies_in_traffic_are_unsafe(text: str) -> None:
    assert_first_problem(text, Problem.UNSAFE)


@pytest.mark.parametrize(
    "text",
    [
        "ask the under-11s I coach at footie to nip to the shop and do my big shop for me",
        "ask one of my 8th graders to help me move flat on Saturday",
        "get my 7th graders to wash my car",
        "ask my under-9s to help me paint my fence",
        "ask the client whose loan I'm approving to find a job for my nephew",
        "Ask a client at my counter to find a job for my brother, since I'm the one handling"
        " his file",
        "ask the client whose visa I'm processing to get me concert tickets",
        "Ask the girl in unit 2 over for dinner, she's two months behind on rent so she'll prob"
        " say yes",
        "ask the guy in flat 4 to help me move, he's three weeks behind with the rent",
    ],
)
def test_classes_clients_and_tenants_held_by_the_user_are_power(text: str) -> None:
    assert_first_problem(text, Problem.POWER)


@pytest.mark.parametrize(
    "text",
    [
        "have a pint then ask the barman for a recommendation",
        "after a few drinks ask the bartender for a glass of water",
        "ask the bartender if he'll be pissed off if I ask for tap water",
        "ask my mate if he wants to have a go on my guitar",
        "stand on the corner with a sign asking cars to honk",
        "wait in the lane behind the pub and ask my friend for a hug",
        "email City in the Community to ask if they'd do a free coaching session for our under 12s",
        "ask the museum for a free tour for my 8th graders",
        "ask the club if my under-11s can use the pitch on Sunday",
        "ask my 5th graders what they want for the class party",
        "ask the bank clerk handling my file how long the loan takes",
        "ask the girl in unit 2 whether her rent is late this month",
    ],
)
def test_fair_neighbours_stay_fair(text: str) -> None:
    assert_first_problem(text, None)
