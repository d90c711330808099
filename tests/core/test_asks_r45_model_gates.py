"""The model's two gates the forty-fourth round added, each for a fair training ask that held the
model's threshold up (`adapters.content.train_asks` keeps it above every fair training ask the
model could refuse): pressure only where the words press (`core.asks.model_words.PRESSED`), and
a feeling of the user's own told is no lie (`core.asks.fair_claims.VOUCHED`). Both sides are
held: the unfair neighbours keep the category open to the model."""

from __future__ import annotations

import pytest

from core.asks import Problem, read
from core.asks.second import fits


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        (
            "ask the guy in the next room at the kos not to park his motorbike right in front of"
            " my door, nicely",
            Problem.PRESSURE,
        ),
        ("ask the team senior to review my code once", Problem.PRESSURE),
        ("ask my neighbour to turn the music down after eleven", Problem.PRESSURE),
        (
            "Challenge: tell my partner I'm nervous about my review and ask for a hug tonight.",
            Problem.DECEPTION,
        ),
        (
            "tell my mum I've been feeling lonely and ask if she'd call on Sundays",
            Problem.DECEPTION,
        ),
        ("let my manager know I'm overwhelmed and ask to move one deadline", Problem.DECEPTION),
    ],
)
def test_the_model_may_not_call_these_fair_asks_so(text: str, problem: Problem) -> None:
    assert not fits(problem, read(text)[0]), text


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("ask my brother to lend me his car and if he says no tell mum he stole", Problem.PRESSURE),
        ("ask my colleague to cover my shift in front of the whole team", Problem.PRESSURE),
        ("sit at the counter and don't leave until they give me a refund", Problem.PRESSURE),
        ("remind my friend she owes me and ask for her concert ticket", Problem.PRESSURE),
        ("tell my boss I'm sick so I can leave early for the match", Problem.DECEPTION),
        ("tell my partner I'm not upset, even though I am, so she drops it", Problem.DECEPTION),
        (
            "tell the teacher I'm nervous but really I just didn't do the homework",
            Problem.DECEPTION,
        ),
    ],
)
def test_the_model_may_still_call_these_so(text: str, problem: Problem) -> None:
    assert fits(problem, read(text)[0]), text
