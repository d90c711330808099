"""The own-card check's cross-validation figure: `python -m adapters.content.cross_validate_asks`.

The training texts' own figure says only that the check learned them, and the evaluation
batches may not be tuned on. Decisions about the model (its texts, its settings) are made
here instead: the training texts are split into stratified folds, a model is built from the
rest for each fold exactly as `train_asks` builds the shipped one (features, threshold and
all), and the whole check `/addcard` runs (the rules, then that model) reads the held-out
asks. The rules were written on these same texts, so the figure is kinder than a fresh
batch's; it is for comparing one model against another, not for the README's claims.
Stratified folds spread each batch over every fold, so the model has seen most of a held-out
ask's writer; `--by-hand` holds out whole batches instead, which is nearer what a fresh hand
meets (the rules still know those texts). `--misses` lists the held-out asks it gets wrong
(training texts, fine to read). Needs scikit-learn (the `dev` extra); a run takes a few
minutes.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

import numpy as np
from sklearn.model_selection import StratifiedKFold

from adapters.content import train_asks
from adapters.content.ask_files import training_cases, training_hands
from adapters.content.deck_files import load_deck
from core.asks.measure import Case, Figures, measure
from core.asks.model import AskModel
from core.deck_ethics import ask_text
from core.own_cards import refuses

Splits = list[tuple[np.ndarray, np.ndarray]]


def stratified(cases: Sequence[Case]) -> Splits:
    """Folds that mix every batch: most of a held-out ask's hand was trained on."""
    labels = np.array([case.bad for case in cases])
    folds = StratifiedKFold(n_splits=train_asks.FOLDS, shuffle=True, random_state=1)
    return list(folds.split(np.zeros(len(cases)), labels))


def by_hand(hands: Sequence[str]) -> Splits:
    """Folds of whole batches (`ask_files.training_hands`), so each held-out ask's hand is new
    to its model, as a fresh batch's is; asks of no batch are trained on in every fold and
    never held out."""
    names = sorted({hand for hand in hands if hand})
    order = np.random.default_rng(1).permutation(len(names))
    fold_of = {names[int(at)]: number % train_asks.FOLDS for number, at in enumerate(order)}
    folds = np.array([fold_of.get(hand, -1) for hand in hands])
    return [
        (np.flatnonzero(folds != number), np.flatnonzero(folds == number))
        for number in range(train_asks.FOLDS)
    ]


def held_out_refusals(cases: Sequence[Case], deck: Sequence[str], splits: Splits) -> np.ndarray:
    """Whether the check refuses each ask, with the model of the fold that held it out (asks
    no fold holds out stay False)."""
    refused = np.zeros(len(cases), dtype=bool)
    for number, (train_at, test_at) in enumerate(splits):
        model = AskModel.from_mapping(train_asks.model_from([cases[i] for i in train_at], deck))
        for i in test_at:
            refused[i] = refuses(cases[i].text, model)
        print(f"fold {number + 1} of {len(splits)} done", file=sys.stderr, flush=True)
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
    parser.add_argument("--by-hand", action="store_true", help="hold out whole batches")
    args = parser.parse_args(argv)
    repo = Path(__file__).resolve().parents[2]
    cases = training_cases(repo)
    cards, _ = load_deck(repo / "data" / "deck")
    deck = [ask_text(card) for card in cards]
    splits = by_hand(training_hands(repo)) if args.by_hand else stratified(cases)
    tested = np.sort(np.concatenate([test_at for _, test_at in splits]))
    kind = "folds of whole batches" if args.by_hand else "stratified folds"
    print(f"training texts: {len(cases)}, {len(tested)} held out in {len(splits)} {kind}")
    refused = held_out_refusals(cases, deck, splits)[tested]
    held = [cases[int(i)] for i in tested]
    print("\n".join(figures(held, refused)))
    if args.misses:
        print("\n".join(f"  {line}" for line in misses(held, refused)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
