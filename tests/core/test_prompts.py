"""Choosing reflection prompts: fitting, fresh, varied and repeatable for a seed."""

from __future__ import annotations

import random

import pytest

from core.prompts import OUTCOMES, Prompt, choose_prompts, validate_prompts


def prompt(after: str, n: int) -> Prompt:
    return Prompt(id=f"p-{after.replace('_', '-')}-{n:02}", after=after, text=f"{after} {n}?")


PROMPTS = [prompt(after, n) for after in (*OUTCOMES, "any") for n in range(1, 5)]


def test_the_same_seed_gives_the_same_prompts():
    first = choose_prompts(PROMPTS, "no", set(), random.Random(7), count=3)
    again = choose_prompts(PROMPTS, "no", set(), random.Random(7), count=3)
    assert first == again


def test_the_choice_does_not_depend_on_the_order_of_the_prompts():
    shuffled = list(reversed(PROMPTS))
    assert choose_prompts(PROMPTS, "yes", set(), random.Random(3)) == choose_prompts(
        shuffled, "yes", set(), random.Random(3)
    )


def test_different_seeds_vary_the_questions():
    seen = {
        tuple(p.id for p in choose_prompts(PROMPTS, "no", set(), random.Random(seed)))
        for seed in range(30)
    }
    assert len(seen) > 3


@pytest.mark.parametrize("outcome", OUTCOMES)
def test_prompts_match_the_outcome_or_are_general(outcome: str):
    for seed in range(20):
        chosen = choose_prompts(PROMPTS, outcome, set(), random.Random(seed), count=3)
        assert len(chosen) == 3
        assert {p.after for p in chosen} <= {outcome, "any"}
        assert len({p.id for p in chosen}) == 3


def test_two_prompts_are_one_for_the_outcome_then_one_general():
    chosen = choose_prompts(PROMPTS, "partly", set(), random.Random(1), count=2)
    assert [p.after for p in chosen] == ["partly", "any"]


def test_no_more_than_one_general_prompt_while_the_outcome_has_its_own():
    chosen = choose_prompts(PROMPTS, "waiting", set(), random.Random(2), count=4)
    assert [p.after for p in chosen].count("any") == 1


def test_general_prompts_fill_in_when_the_outcome_runs_out():
    chosen = choose_prompts(PROMPTS, "waiting", set(), random.Random(2), count=6)
    assert [p.after for p in chosen].count("waiting") == 4
    assert [p.after for p in chosen].count("any") == 2


def test_recent_prompts_are_avoided_while_others_remain():
    recent = {"p-no-01", "p-no-02", "p-no-03", "p-any-01", "p-any-02"}
    for seed in range(20):
        chosen = choose_prompts(PROMPTS, "no", recent, random.Random(seed), count=2)
        assert [p.id for p in chosen] == ["p-no-04", chosen[1].id]
        assert chosen[1].id in {"p-any-03", "p-any-04"}


def test_recent_prompts_come_back_once_everything_was_asked():
    everything = {p.id for p in PROMPTS}
    chosen = choose_prompts(PROMPTS, "yes", everything, random.Random(5), count=2)
    assert [p.after for p in chosen] == ["yes", "any"]


def test_a_single_prompt_may_come_from_either_group():
    groups = {
        choose_prompts(PROMPTS, "no", set(), random.Random(seed), count=1)[0].after
        for seed in range(40)
    }
    assert groups == {"no", "any"}


def test_asking_for_none_gives_none():
    assert choose_prompts(PROMPTS, "no", set(), random.Random(0), count=0) == []


def test_an_unknown_outcome_is_a_mistake_not_a_silent_default():
    with pytest.raises(ValueError, match="unknown outcome"):
        choose_prompts(PROMPTS, "maybe", set(), random.Random(0))


def test_validation_reports_every_problem_at_once():
    raw = [
        {"id": "p-no-01", "after": "no", "text": "Fine?"},
        {"id": "p-no-01", "after": "no", "text": "Twice?"},
        {"id": "p-x-01", "after": "later", "text": "Unknown group?"},
        {"id": "p-no-02", "after": False, "text": "Unquoted no?"},
        {"id": "Bad Id", "after": "any", "text": ""},
        "not a mapping",
    ]
    prompts, problems = validate_prompts(raw)  # type: ignore[arg-type]
    assert [p.id for p in prompts] == ["p-no-01"]
    joined = "\n".join(problems)
    for expected in ("duplicate id", "'later'", 'quote "yes" and "no"', "id must be", "#6"):
        assert expected in joined
