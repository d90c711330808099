"""Goals to kinds of ask: the rules' figure on their examples and, apart, on the held-out file."""

from __future__ import annotations

from pathlib import Path

import yaml

from core.advisor.goals import goal_domain, goal_level
from core.deck import DOMAINS

DATA = Path(__file__).resolve().parents[2] / "data" / "advisor"


def _share_right(name: str) -> float:
    rows: list[dict[str, str]] = yaml.safe_load((DATA / name).read_text(encoding="utf-8"))
    assert all(row["domain"] in DOMAINS for row in rows)
    right = sum(goal_domain(row["text"]) == row["domain"] for row in rows)
    return right / len(rows)


def test_the_rules_place_their_own_examples():
    figure = _share_right("goal_examples.yaml")
    print(f"goal kinds, examples: {figure:.0%}")
    assert figure >= 0.95


def test_the_rules_place_held_out_goals_they_were_never_tuned_on():
    figure = _share_right("goal_heldout.yaml")
    print(f"goal kinds, held out: {figure:.0%}")
    assert figure >= 0.85


def test_a_real_fear_is_the_top_level_and_levels_never_fall_as_fear_rises():
    levels = [goal_level(fear) for fear in range(11)]
    assert levels == sorted(levels) and levels[0] == 1 and levels[7:] == [5, 5, 5, 5]
    assert goal_level(-3) == 1 and goal_level(42) == 5
