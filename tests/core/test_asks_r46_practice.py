"""Own-card asks of a group's own practice asked by whoever leads it (the forty-fifth round).

The round read choir, youth and church leaders as holding power over their group, which made
"As choir director, ask the choir to come early on Sunday to rehearse" power; but what is asked
there is the group's shared work, like a team lead's question about the retro
(`core.asks.team_questions.PRACTISED`). Anything of the leader's own in it (a house cleaned, a
car washed, a rehearsal "at my place, just the two of us") stays power.
"""

from __future__ import annotations

import pytest

from core.asks import Problem
from tests.core.asks_reading import assert_first_problem


@pytest.mark.parametrize(
    "text",
    [
        "As choir director, ask the choir to come early on Sunday to rehearse.",
        "As team captain, ask the team to come early on Sunday to train.",
        "as choir director, ask the choir to practise the new hymn at home",
        "as the drama club leader, ask the cast to learn their lines by friday",
        "As band leader, ask the band to show up half an hour early for a sound check",
    ],
)
def test_the_groups_own_practice_stays_fair(text: str) -> None:
    assert_first_problem(text, None)


@pytest.mark.parametrize(
    "text",
    [
        "As choir director, ask the choir to come early on Sunday to clean my house.",
        "as team captain, ask the younger players to come early to wash my car",
        "as choir director, ask the soprano to come early to rehearse at my place, just the two"
        " of us",
        "as coach, ask the lads to come early to train and then wash my car for a quid",
    ],
)
def test_the_leaders_own_errand_stays_power(text: str) -> None:
    assert_first_problem(text, Problem.POWER)
