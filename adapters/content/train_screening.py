"""Build the screening model file from the corpus: `python -m adapters.content.train_screening`.

Training needs scikit-learn (the `dev` extra); the bot does not: it reads the JSON this
writes and scores in plain Python (`core.care.model`). Every step is seeded, so the same
corpus always gives the same file. The steps:

1. Fold every text (`core.care.features.fold`) and count word 1-2 grams and character
   2-5 grams seen in at least `text_vectors.MIN_DF` texts; TF-IDF with sublinear term
   frequency (`adapters.content.text_vectors`, shared with the own-card check).
2. Fit two logistic regressions with balanced class weights: any risk against none, and
   clear risk against the rest.
3. Keep the `KEEP_WORDS` word and `KEEP_CHARS` character features with the largest
   weights, and fit again on those alone, so the shipped file stays small.
4. Choose the thresholds on held-out folds (grouped by source text, so a text's variants
   never sit on both sides; `group_folds`): `possible` lets through at most `FALSE_ALARMS`
   of the hard harmless texts (not the plain chat and deck sentences), `clear` best separates
   clear from possible risk, and `rule_veto` keeps `RULE_RECALL` of the risky texts the
   word rules catch. `python -m adapters.content.cross_validate_screening` gives the
   whole screener's held-out figures for these and other values. Letting the model veto
   more rule hits and lowering `possible` (`FALSE_ALARMS` 0.0575, `RULE_RECALL` 0.90)
   caught more there at the same overall false-alarm rate, but only by firing more on
   everyday chat (1.1 % to 1.9 %); on the evaluation batches it raised false alarms on
   every one and broke two regression floors, so these values stay.
5. A two-sentence window of a long message counts only when its `risk` reaches
   `possible` + `WINDOW_MARGIN` (`window`). The whole message is still scored against
   `possible`. Before this, any window could flag a message. On three batches by other
   hands (each held out from a model trained on the corpus and the other two), the bar
   took false alarms from 15-18 % to 5-8 %, recall moving by about a point (their texts
   alone took the first hand's from 15.9 % to 15.3 %). Long harmless
   messages with a dark word here and there ("we're both dead on our feet", a film about
   a suicide) were flagged by whichever window held their darkest pair of sentences.
6. The twenty-second round tried moving two of these, chosen on the seventh to eleventh
   batches (the first four each held out from a model trained on the corpus and the other
   first ten, the eleventh from the shipped model): `WINDOW_MARGIN` 5.0 and `RULE_RECALL`
   0.98 (fewer rule hits left to the model's veto) took their pooled figure from recall
   95.3 % (744/781) and false alarms 5.5 % (47/848) to 95.0 % (742) and 4.9 % (41-42).
   On fresh texts it did not hold: the thirteenth batch gave 91.5 % / 3.9 %, and the
   twelfth's recall fell from 95.5 % to 92.4 % at the same false alarms, below its floor.
   So these values stay.
7. With folds fixed by a hash (`group_folds`), the twenty-third round set `FALSE_ALARMS`
   on the eleventh to fifteenth batches pooled (786 risky and 786 harmless texts, which
   thereby stopped being untouched figures): 0.04 gave recall 96.2 % and false alarms
   5.7 %, 0.035 gave 95.8 % / 5.5 %, 0.03 gave 95.3 % / 4.6 %, 0.0275 gave 94.3 % / 4.3 %.
   0.03 is the one inside the issue's target; a sixteenth batch, written meanwhile and
   scored once afterwards, is the figure that counts.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression

from adapters.content.care_corpus import (
    Example,
    build_corpus,
    corpus_sha256,
    recipe_files,
    source_files,
)
from adapters.content.text_vectors import stack, vectorizers
from core.care.features import fold
from core.care.model import FORMAT
from core.safety import screen

KEEP_WORDS = 4_000
KEEP_CHARS = 9_000
C = 8.0
FOLDS = 5
FALSE_ALARMS = 0.03
RULE_RECALL = 0.97
WINDOW_MARGIN = 3.0
MODEL_FILE = "screening_model.json"
EASY = ("ordinary:", "background:")
"""Harmless texts too plain to set the false-alarm threshold by (they would lower it)."""


@dataclass(frozen=True)
class Trained:
    words: TfidfVectorizer
    chars: TfidfVectorizer
    risk: LogisticRegression
    clear: LogisticRegression

    def decision(self, folded: Sequence[str]) -> tuple[np.ndarray, np.ndarray]:
        """scikit-learn's decision values, the reference `core.care.model` must match."""
        matrix = stack(self.words.transform(folded), self.chars.transform(folded))
        return self.risk.decision_function(matrix), self.clear.decision_function(matrix)


def _classifier() -> LogisticRegression:
    return LogisticRegression(
        C=C, class_weight="balanced", solver="liblinear", max_iter=2_000, random_state=0
    )


def fit(
    folded: Sequence[str],
    labels: Sequence[str],
    vocabulary: tuple[list[str], list[str]] | None = None,
) -> Trained:
    """Vectorisers and both classifiers fitted on `folded` texts."""
    words, chars = vectorizers(vocabulary)
    matrix = stack(words.fit_transform(folded), chars.fit_transform(folded))
    y = np.array(labels)
    risk = _classifier().fit(matrix, y != "none")
    clear = _classifier().fit(matrix, y == "clear")
    return Trained(words, chars, risk, clear)


def select(trained: Trained) -> tuple[list[str], list[str]]:
    """The word and character features with the largest weights in either classifier."""
    weight = np.maximum(np.abs(trained.risk.coef_[0]), np.abs(trained.clear.coef_[0]))
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


def train(
    examples: Sequence[Example], with_thresholds: bool = True
) -> tuple[Trained, dict[str, float]]:
    folded = [fold(example.text) for example in examples]
    labels = [example.label for example in examples]
    vocabulary = select(fit(folded, labels))
    trained = fit(folded, labels, vocabulary)
    thresholds = _thresholds(examples, folded, labels, vocabulary) if with_thresholds else {}
    return trained, thresholds


def _thresholds(
    examples: Sequence[Example],
    folded: Sequence[str],
    labels: Sequence[str],
    vocabulary: tuple[list[str], list[str]],
) -> dict[str, float]:
    y = np.array(labels)
    risk, clear = np.zeros(len(y)), np.zeros(len(y))
    groups = [example.group for example in examples]
    for train_at, test_at in group_folds(groups):
        fold_model = fit([folded[i] for i in train_at], list(y[train_at]), vocabulary)
        risk[test_at], clear[test_at] = fold_model.decision([folded[i] for i in test_at])
    return thresholds_from(examples, risk, clear)


def group_folds(groups: Sequence[str], folds: int = FOLDS) -> list[tuple[np.ndarray, np.ndarray]]:
    """Train and test indices per fold, each source's fold fixed by a hash of its name.

    A text and its variants share a group, so they never sit on both sides. GroupKFold's
    balanced assignment reshuffled every group when one was added or removed, and that
    alone moved the possible-risk bar by up to 0.1 between rebuilds (0.25 to 0.36 over
    eight rebuilds of one round), two or three texts of every evaluation batch either
    way; a hashed fold moves only the group that changed."""
    fold_of = np.array(
        [int(hashlib.sha256(group.encode()).hexdigest(), 16) % folds for group in groups]
    )
    every = np.arange(len(groups))
    return [(every[fold_of != fold], every[fold_of == fold]) for fold in range(folds)]


def thresholds_from(
    examples: Sequence[Example],
    risk: np.ndarray,
    clear: np.ndarray,
    false_alarms: float = FALSE_ALARMS,
    rule_recall: float = RULE_RECALL,
    window_margin: float = WINDOW_MARGIN,
) -> dict[str, float]:
    """The thresholds from held-out scores of `examples` (see step 4 above)."""
    y = np.array([example.label for example in examples])
    hard = np.array([not example.group.startswith(EASY) for example in examples])
    possible = float(np.quantile(risk[(y == "none") & hard], 1 - false_alarms))
    ruled = np.array([screen(example.text) is not None for example in examples])
    caught_risky = risk[ruled & (y != "none")]
    rule_veto = min(possible, float(np.quantile(caught_risky, 1 - rule_recall)))
    risky = y != "none"
    candidates = np.unique(np.round(clear[risky], 3))
    balanced = [
        (np.mean(clear[y == "clear"] >= t) + np.mean(clear[y == "possible"] < t)) / 2
        for t in candidates
    ]
    return {
        "possible": round(possible, 6),
        "clear": round(float(candidates[int(np.argmax(balanced))]), 6),
        "rule_veto": round(rule_veto, 6),
        "window": round(possible + window_margin, 6),
    }


def export(
    trained: Trained, thresholds: Mapping[str, float], sha: str, digits: int | None = 6
) -> dict[str, Any]:
    """The model as JSON-ready data (see `core.care.model.ScreeningModel.from_mapping`)."""

    def rounded(value: float) -> float:
        return float(value) if digits is None else round(float(value), digits)

    risk, clear = trained.risk.coef_[0], trained.clear.coef_[0]
    split = len(trained.words.vocabulary_)
    parts = {}
    for name, vectorizer, offset in (("words", trained.words, 0), ("chars", trained.chars, split)):
        parts[name] = {
            str(term): [
                rounded(vectorizer.idf_[i]),
                rounded(risk[offset + i]),
                rounded(clear[offset + i]),
            ]
            for term, i in sorted(vectorizer.vocabulary_.items())
        }
    return {
        "format": FORMAT,
        "corpus_sha256": sha,
        "thresholds": dict(thresholds),
        "intercepts": {
            "risk": rounded(trained.risk.intercept_[0]),
            "clear": rounded(trained.clear.intercept_[0]),
        },
        **parts,
    }


def dumps(model: Mapping[str, Any]) -> str:
    """One feature per line, keys sorted, so a rebuilt model diffs readably."""
    lines = ["{"]
    for key, value in model.items():
        if isinstance(value, dict) and key in ("words", "chars"):
            entries = [
                f"  {json.dumps(k, ensure_ascii=False)}: {json.dumps(v)}" for k, v in value.items()
            ]
            lines.append(f'"{key}": {{\n' + ",\n".join(entries) + "\n},")
        else:
            lines.append(f"{json.dumps(key)}: {json.dumps(value, sort_keys=True)},")
    lines[-1] = lines[-1].rstrip(",")
    return "\n".join(lines) + "\n}\n"


def build(repo: Path) -> tuple[str, dict[str, Any], list[Example]]:
    """The model file's text from the corpus in `repo`, its data and the corpus."""
    files = source_files(repo)
    examples = build_corpus(files)
    trained, thresholds = train(examples)
    model = export(trained, thresholds, corpus_sha256(files + recipe_files(repo)))
    return dumps(model), model, examples


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    repo = Path(__file__).resolve().parents[2]
    parser.add_argument("--out", type=Path, default=repo / "data" / "care" / MODEL_FILE)
    args = parser.parse_args(argv)
    text, model, examples = build(repo)
    args.out.write_text(text, encoding="utf-8")
    counts = Counter(example.label for example in examples)
    print(f"corpus: {len(examples)} texts {dict(sorted(counts.items()))}")
    print(f"features: {len(model['words'])} words, {len(model['chars'])} character n-grams")
    print(f"thresholds: {model['thresholds']}")
    print(f"wrote {args.out} ({len(text.encode()) / 1024:.0f} KiB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
