"""The screener's cross-validation figure: `python -m adapters.content.cross_validate_screening`.

The training corpus's own figure says only that the model learned it; the evaluation
batches may not be tuned on. Decisions about the screener (corpus, settings, scoring) are
made here instead: the corpus is split into folds by source text (a text and its variants,
a template and its fillings, stay on one side), a model is trained on the rest for each
fold, and the whole screener (word rules, model, sentence windows) screens the held-out
texts. The thresholds are chosen from the pooled held-out scores by the trainer's own
rule (`thresholds_from`), so other settings can be tried with `--false-alarms` and
`--rule-recall` without training again. `--misses` lists the hand-written training texts
the held-out screener got wrong (these are training data, fine to read; the evaluation
batches never are). Needs scikit-learn (the `dev` extra); five trainings take several
minutes.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path

import numpy as np

from adapters.content import train_screening
from adapters.content.care_corpus import Example, build_corpus, source_files
from core.care import Screener
from core.care.model import ScreeningModel, Thresholds

_PLACEHOLDER = {"possible": 0.0, "clear": 0.0, "rule_veto": 0.0}
_GENERATED = ("template:", "frames", "background:")
"""Groups of generated texts, left out of `--misses`."""


def held_out(
    examples: Sequence[Example], folds: int = train_screening.FOLDS
) -> tuple[np.ndarray, np.ndarray, list[ScreeningModel], np.ndarray]:
    """Each text's screener scores from the model of the fold that held it out, those
    models, and which fold held out each text."""
    risk, clear = np.zeros(len(examples)), np.zeros(len(examples))
    fold_of = np.zeros(len(examples), dtype=int)
    models: list[ScreeningModel] = []
    groups = [example.group for example in examples]
    splits = train_screening.group_folds(groups, folds)
    for number, (train_at, test_at) in enumerate(splits):
        trained, _ = train_screening.train([examples[i] for i in train_at], with_thresholds=False)
        raw = train_screening.export(trained, _PLACEHOLDER, "cross-validation")
        model = ScreeningModel.from_mapping(raw)
        screener = Screener(model)
        for i in test_at:
            scores = screener.scores(examples[i].text)
            risk[i], clear[i], fold_of[i] = scores.risk, scores.clear, number
        models.append(model)
        print(f"fold {number + 1} of {folds} done", file=sys.stderr, flush=True)
    return risk, clear, models, fold_of


def flagged(
    examples: Sequence[Example],
    models: Sequence[ScreeningModel],
    fold_of: np.ndarray,
    thresholds: dict[str, float],
) -> np.ndarray:
    """Whether the screener, with these thresholds, flags each held-out text."""
    chosen = Thresholds(**thresholds)
    screeners = [Screener(replace(model, thresholds=chosen)) for model in models]
    return np.array(
        [
            screeners[fold_of[i]].screen(example.text) is not None
            for i, example in enumerate(examples)
        ]
    )


def figures(examples: Sequence[Example], found: np.ndarray) -> list[str]:
    labels = np.array([example.label for example in examples])
    easy = np.array([example.group.startswith(train_screening.EASY) for example in examples])
    risky, harmless = labels != "none", labels == "none"
    return [
        f"recall {_percent(found, risky)}",
        f"false alarms {_percent(found, harmless)}",
        f"  on hard harmless texts (recovery, study, fiction, hyperbole, sadness) "
        f"{_percent(found, harmless & ~easy)}",
        f"  on everyday chat and practice language {_percent(found, harmless & easy)}",
    ]


def misses(examples: Sequence[Example], found: np.ndarray, risk: np.ndarray) -> list[str]:
    """The hand-written source texts (not their variants, templates or long texts) that
    were missed or flagged wrongly, with the held-out model's risk score."""
    lines, seen = [], set()
    for example, flag, score in zip(examples, found, risk, strict=True):
        if example.group in seen or example.group.startswith(_GENERATED):
            continue
        seen.add(example.group)
        if flag == (example.label == "none"):
            lines.append(f"{example.label:8} {score:6.2f}  {example.text}")
    return sorted(lines)


def _percent(found: np.ndarray, mask: np.ndarray) -> str:
    part, whole = int(found[mask].sum()), int(mask.sum())
    return f"{100 * part / whole:.1f} % ({part}/{whole})"


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--false-alarms", type=float, action="append")
    parser.add_argument("--rule-recall", type=float, action="append")
    parser.add_argument("--misses", action="store_true", help="list the texts it got wrong")
    args = parser.parse_args(argv)
    repo = Path(__file__).resolve().parents[2]
    examples = build_corpus(source_files(repo))
    print(f"corpus: {len(examples)} texts, {train_screening.FOLDS} folds grouped by source")
    risk, clear, models, fold_of = held_out(examples)
    for false_alarms in args.false_alarms or [train_screening.FALSE_ALARMS]:
        for rule_recall in args.rule_recall or [train_screening.RULE_RECALL]:
            thresholds = train_screening.thresholds_from(
                examples, risk, clear, false_alarms, rule_recall
            )
            found = flagged(examples, models, fold_of, thresholds)
            print(f"false_alarms={false_alarms}, rule_recall={rule_recall}: {thresholds}")
            print("\n".join(f"  {line}" for line in figures(examples, found)))
            if args.misses:
                print("\n".join(f"    {line}" for line in misses(examples, found, risk)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
