"""General questions that take an ask for granted never follow a card that was not tried."""

from __future__ import annotations

import random

import pytest

from core.prompts import ASKED, GENERAL, OUTCOMES, Prompt, choose_prompts

PROMPTS = [
    Prompt(f"p-{group.replace('_', '-')}-{n}", group, f"{group} {n}")
    for group in (*OUTCOMES, ASKED, GENERAL)
    for n in range(1, 4)
]


@pytest.mark.parametrize("seed", range(20))
def test_not_trying_never_gets_a_question_that_presumes_an_ask(seed: int) -> None:
    chosen = choose_prompts(PROMPTS, "didnt_try", (), random.Random(seed), count=2)
    assert [p.after for p in chosen] == ["didnt_try", GENERAL]


@pytest.mark.parametrize("outcome", [o for o in OUTCOMES if o != "didnt_try"])
def test_an_ask_made_may_get_either_kind_of_general_question(outcome: str) -> None:
    seen = {
        choose_prompts(PROMPTS, outcome, (), random.Random(seed), count=2)[1].after
        for seed in range(40)
    }
    assert seen == {ASKED, GENERAL}


def test_with_no_general_question_that_fits_the_outcome_gets_two_of_its_own() -> None:
    only_asked = [p for p in PROMPTS if p.after != GENERAL]
    chosen = choose_prompts(only_asked, "didnt_try", (), random.Random(1), count=2)
    assert [p.after for p in chosen] == ["didnt_try", "didnt_try"]
