"""The own-card check's cross-validation figure: `python -m adapters.content.cross_validate_asks`.

The training texts' own figure says only that the check learned them, and the evaluation
batches may not be tuned on. Decisions about the model (its texts, its settings) are made
here instead: the training texts are split into stratified folds, a model is built from the
rest for each fold exactly as `train_asks` builds the shipped one (features, threshold and
all), and the whole check `/addcard` runs (the rules, then that model) reads the held-out
asks. The rules were written on these same texts, so the figure is kinder than a fresh
batch's; it is for comparing one model against another, not for the README's claims.
`--misses` lists the held-out asks it gets wrong (training texts, fine to read). Needs
scikit-learn (the `dev` extra); a run takes a minute or two.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

import numpy as np
from sklearn.model_selection import StratifiedKFold

from adapters.content import train_asks
from adapters.content.ask_files import training_cases
from adapters.content.deck_files import load_deck
from core.asks.measure import Case, Figures, measure
from core.asks.model import AskModel
from core.deck_ethics import ask_text
from core.own_cards import refuses


def held_out_refusals(cases: Sequence[Case], deck: Sequence[str]) -> np.ndarray:
    """Whether the check refuses each ask, with the model of the fold that held it out."""
    refused = np.zeros(len(cases), dtype=bool)
    labels = np.array([case.bad for case in cases])
    folds = StratifiedKFold(n_splits=train_asks.FOLDS, shuffle=True, random_state=1)
    for number, (train_at, test_at) in enumerate(folds.split(np.zeros(len(cases)), labels)):
        model = AskModel.from_mapping(train_asks.model_from([cases[i] for i in train_at], deck))
        for i in test_at:
            refused[i] = refuses(cases[i].text, model)
        print(f"fold {number + 1} of {train_asks.FOLDS} done", file=sys.stderr, flush=True)
    return refused


def measured(cases: Sequence[Case], refused: np.ndarray) -> Figures:
    """The check's figures (`core.asks.measure`) for the held-out verdicts; the training
    texts are unique, so a text names its verdict."""
    verdicts = {case.text: bool(no) for case, no in zip(cases, refused, strict=True)}
    return measure(cases, verdicts.__getitem__)


def figures(cases: Sequence[Case], refused: np.ndarray) -> list[str]:
    counted = measured(cases, refused)
    accepted = {category: n for category, n in sorted(counted.bad_accepted.items()) if n}
    share = 100 * counted.refused_share
    return [
        f"unethical accepted: {sum(accepted.values())} of {sum(counted.bad_total.values())} "
        f"{accepted}",
        f"good refused: {counted.good_refused} of {counted.good_total} ({share:.1f} %)",
    ]


def misses(cases: Sequence[Case], refused: np.ndarray) -> list[str]:
    wrong = measured(cases, refused).misses
    return sorted(f"{'bad' if c.bad else 'good':4} {c.category:12} {c.text}" for c in wrong)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--misses", action="store_true", help="list the asks it got wrong")
    args = parser.parse_args(argv)
    repo = Path(__file__).resolve().parents[2]
    cases = training_cases(repo)
    cards, _ = load_deck(repo / "data" / "deck")
    deck = [ask_text(card) for card in cards]
    print(f"training texts: {len(cases)}, {train_asks.FOLDS} stratified folds")
    refused = held_out_refusals(cases, deck)
    print("\n".join(figures(cases, refused)))
    if args.misses:
        print("\n".join(f"  {line}" for line in misses(cases, refused)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
