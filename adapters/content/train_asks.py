"""Build the own-card check's model file: `python -m adapters.content.train_asks`.

Training needs scikit-learn (the `dev` extra); the bot does not: it reads the JSON this
writes and scores in plain Python (`core.asks.model`). The texts are
`data/asks/training.yaml` only: the held-out evaluation batches are never trained or tuned
on (the first ten were folded into the training texts once their figures were taken).
The texts are analysed as the crisis screener's are (`adapters.content.text_vectors`:
word 1-2 grams and character 2-5 grams, the analysis `core.asks.model` computes), each as the
bot hands it to the model: with its English gloss after it when the rules read the gloss
(`core.asks.second.model_input`). In by-hand cross-validation on the forty-third round's
texts that took the fair asks refused from 114 to 81 of 8,987 and the unethical ones passed
from 35 to 32 of 14,465: an ask in a language few training texts are written in is scored on
the English words most of them taught the model. Every
step is seeded; the same texts always give the same file:

1. Fit a logistic regression for bad against good asks (balanced class weights) and a
   multinomial one over the ethics categories of the bad asks alone.
2. Keep the `KEEP_WORDS` word and `KEEP_CHARS` character features with the largest
   weights in any row, and fit again on those alone, so the shipped file stays small.
3. Set the threshold on held-out folds: at most `FALSE_ALARMS` of the good training
   asks would be refused at it, and it stays above the score of every good training ask
   and every shipped deck card by `MARGIN`, so the model adds refusals only where it is
   confident and never refuses an ask it was shown as fair. Only asks the model could
   refuse count (its category fits who the rules found asked,
   `core.asks.second.could_refuse`): a fair ask the gate lets through anyway must not hold
   the bar up for every other ask.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

import numpy as np
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import StratifiedKFold

from adapters.content.ask_files import training_cases, training_sha256
from adapters.content.deck_files import load_deck
from adapters.content.text_vectors import stack, vectorizers
from adapters.content.train_screening import dumps
from core.asks import read
from core.asks.measure import Case
from core.asks.model import BAD, FORMAT
from core.asks.second import could_refuse, model_input
from core.care.features import fold
from core.deck_ethics import ask_text

KEEP_WORDS = 1_500
KEEP_CHARS = 3_000
C = 8.0
FOLDS = 5
FALSE_ALARMS = 0.01
MARGIN = 0.1
MODEL_FILE = "ask_model.json"


@dataclass(frozen=True)
class Trained:
    words: Any
    chars: Any
    bad: LogisticRegression
    categories: LogisticRegression

    def decision(self, texts: Sequence[str]) -> np.ndarray:
        """scikit-learn's decision values, one column per row of the model file."""
        folded = [fold(read_as(text)) for text in texts]
        matrix = stack(self.words.transform(folded), self.chars.transform(folded))
        bad = self.bad.decision_function(matrix)[:, None]
        return np.hstack([bad, self.categories.decision_function(matrix)])

    @property
    def labels(self) -> list[str]:
        return [BAD, *(str(label) for label in self.categories.classes_)]

    def coefficients(self) -> np.ndarray:
        return np.vstack([self.bad.coef_, self.categories.coef_])

    def intercepts(self) -> np.ndarray:
        return np.concatenate([self.bad.intercept_, self.categories.intercept_])


@cache
def read_as(text: str) -> str:
    """What the model reads of `text` (`core.asks.second.model_input`), kept across folds."""
    return model_input(text, read(text)[0])


def fit(cases: Sequence[Case], vocabulary: tuple[list[str], list[str]] | None = None) -> Trained:
    folded = [fold(read_as(case.text)) for case in cases]
    words, chars = vectorizers(vocabulary)
    matrix = stack(words.fit_transform(folded), chars.fit_transform(folded))
    bad = np.array([case.bad for case in cases])
    rows = np.flatnonzero(bad)
    return Trained(
        words,
        chars,
        LogisticRegression(
            C=C, class_weight="balanced", solver="liblinear", max_iter=2_000, random_state=0
        ).fit(matrix, bad),
        LogisticRegression(C=C, class_weight="balanced", max_iter=5_000, random_state=0).fit(
            matrix[rows], [cases[int(i)].category for i in rows]
        ),
    )


def select(trained: Trained) -> tuple[list[str], list[str]]:
    """The word and character features with the largest weight in any row."""
    weight = np.abs(trained.coefficients()).max(axis=0)
    split = len(trained.words.vocabulary_)
    chosen: list[list[str]] = []
    for vectorizer, part, keep in (
        (trained.words, weight[:split], KEEP_WORDS),
        (trained.chars, weight[split:], KEEP_CHARS),
    ):
        names = vectorizer.get_feature_names_out()
        order = np.lexsort((names, -part))[:keep]  # ties broken by name: deterministic
        chosen.append(sorted(str(names[i]) for i in order))
    return chosen[0], chosen[1]


def scores(trained: Trained, texts: Sequence[str]) -> np.ndarray:
    """The `bad` score of each text the model could refuse, and -inf for the rest: past the
    threshold, a text whose category does not fit who the rules found asked
    (`core.asks.second.could_refuse`) is still not refused, so it must not set the bar."""
    decision = trained.decision(texts)
    categories = trained.labels[1:]
    could = [
        could_refuse(categories[int(np.argmax(row[1:]))], text)
        for row, text in zip(decision, texts, strict=True)
    ]
    return np.where(could, decision[:, 0], -np.inf)


def threshold(cases: Sequence[Case], vocabulary: tuple[list[str], list[str]], fair: float) -> float:
    """At most `FALSE_ALARMS` of the good asks of held-out folds would be refused at it, and
    no ask known to be fair (`fair`: the highest score of one the model could refuse) comes
    near it."""
    bad = np.array([case.bad for case in cases])
    held_out = np.zeros(len(cases))
    folds = StratifiedKFold(n_splits=FOLDS, shuffle=True, random_state=0)
    for train_at, test_at in folds.split(np.zeros(len(cases)), bad):
        model = fit([cases[i] for i in train_at], vocabulary)
        held_out[test_at] = scores(model, [cases[i].text for i in test_at])
    good = held_out[~bad]
    return max(float(np.quantile(good, 1 - FALSE_ALARMS, method="higher")), fair + MARGIN)


def export(trained: Trained, cut: float, sha: str, digits: int | None = 5) -> dict[str, Any]:
    """The model as JSON-ready data (see `core.asks.model.AskModel.from_mapping`)."""

    def rounded(value: float) -> float:
        return float(value) if digits is None else round(float(value), digits)

    coefficients = trained.coefficients()
    split = len(trained.words.vocabulary_)
    parts = {}
    for name, vectorizer, offset in (("words", trained.words, 0), ("chars", trained.chars, split)):
        parts[name] = {
            str(term): [
                rounded(vectorizer.idf_[i]),
                *(rounded(row[offset + i]) for row in coefficients),
            ]
            for term, i in sorted(vectorizer.vocabulary_.items())
        }
    return {
        "format": FORMAT,
        "training_sha256": sha,
        "threshold": round(cut, 6),
        "labels": trained.labels,
        "intercepts": [rounded(value) for value in trained.intercepts()],
        **parts,
    }


def model_from(cases: Sequence[Case], deck: Sequence[str], sha: str = "") -> dict[str, Any]:
    """The model data trained on `cases`, its threshold kept clear of every good case and
    every deck ask in `deck` (the steps above); `cross_validate_asks` calls it per fold."""
    vocabulary = select(fit(cases))
    trained = fit(cases, vocabulary)
    fair = [*deck, *(case.text for case in cases if not case.bad)]
    highest = float(scores(trained, fair).max())
    return export(trained, threshold(cases, vocabulary, highest), sha)


def build(repo: Path) -> tuple[str, dict[str, Any]]:
    """The model file's text from the training texts in `repo`, and its data."""
    cards, _ = load_deck(repo / "data" / "deck")
    deck = [ask_text(card) for card in cards]
    model = model_from(training_cases(repo), deck, training_sha256(repo))
    return dumps(model), model


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    repo = Path(__file__).resolve().parents[2]
    parser.add_argument("--out", type=Path, default=repo / "data" / "asks" / MODEL_FILE)
    args = parser.parse_args(argv)
    text, model = build(repo)
    args.out.write_text(text, encoding="utf-8")
    print(f"features: {len(model['words'])} words, {len(model['chars'])} character n-grams")
    print(f"rows: {', '.join(model['labels'])}; threshold {model['threshold']}")
    print(f"wrote {args.out} ({len(text.encode()) / 1024:.0f} KiB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
