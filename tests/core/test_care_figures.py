"""The screener's figures: on its training corpus, and on evaluation batches never tuned on.

The training figure says the model learned its corpus; the evaluation figures, on batches
written apart from the corpus (see the head of each file), are the ones that count. The
first ten batches were folded into the training corpus once their figures were recorded
(`data/care/corpus/batches.yaml`; the README keeps each one's history). The eleventh, by
a developer who had read neither the screener nor its corpus, came before the twentieth
round; it was scored at the start of that round, for comparison, and at its end, and once
more on the twenty-first round's screener (the ten batches folded in), whose decision was
made on the seventh to tenth, each held out in turn. The twelfth, by another such hand,
was written before the twenty-first round and scored once, at its end. The thirteenth, by
another, was written while the twenty-second round chose new thresholds on the seventh to
eleventh; scored once on that candidate, which also lowered the twelfth's recall below its
floor, so it was not kept, and then on the screener kept. The fourteenth, by another, was
written before the twenty-third round (three training batches by three more hands, written
from the same brief) and scored at its start, for comparison, and once at its end; the
screener then changed a little (ordinary texts the project's own tests type, which it had
flagged). The fifteenth, by another, was written while that screener was finished and
scored once on it. The eleventh to fifteenth were then pooled to set the trainer's
false-alarm share (`train_screening.FALSE_ALARMS`), so none of them is untouched any more;
the sixteenth, by another, written meanwhile, was scored once after that.
"""

from __future__ import annotations

import pytest

from tests.core.care_support import (
    CARE_DATA,
    EVALUATION_FILES,
    figures,
    labelled,
    shipped_screener,
    training_corpus,
)

HISTORY = {
    "evaluation_11.yaml": "written by another hand before the twentieth round; scored at its start "
    "and end and on the next round's screener; pooled with the 12th to 15th to set a threshold",
    "evaluation_12.yaml": "written by another hand before the twenty-first round; scored once at "
    "its end; later pooled with the 11th and 13th to 15th to set a threshold",
    "evaluation_13.yaml": "written by another hand during the twenty-second round, whose candidate "
    "was not kept; scored on it and on the screener kept; later pooled to set a threshold",
    "evaluation_14.yaml": "written by another hand before the twenty-third round; scored at its "
    "start and end; then pooled with the 11th to 13th and 15th to set a threshold",
    "evaluation_15.yaml": "written by another hand while the twenty-third round's screener was "
    "finished; scored once on it, then pooled with the 11th to 14th to set a threshold",
    "evaluation_16.yaml": "written by another hand while that threshold was set; scored once, "
    "never tuned on",
}
"""How far each batch can be trusted; the README gives the first figure of each."""
TARGET_RECALL, TARGET_FALSE_ALARMS = 0.95, 0.05
"""What the issue asks of a fresh batch; each line says whether it is met."""
MIN_RECALL, MAX_FALSE_ALARMS = 0.93, 0.07
"""The floor below which a change is a regression and fails the run."""
FIRST_RECALL = {"evaluation_14.yaml": 0.92}
"""A batch whose figure on the shipped screener fell below the floor: a change must not lower
it. The fourteenth gave 95.6 % at the end of its round; the false-alarm share set on the
eleventh to fifteenth pooled (recall 96.2 % to 95.3 %, false alarms 5.7 % to 4.6 % over all
five) took it to 92.4 % (146 of 158), and was kept: the floor is that figure (93.7 % on
the screener shipped at the end of that round)."""
FIRST_FALSE_ALARMS = {"evaluation_11.yaml": 0.074}
"""The same for false alarms above the ceiling: a change must not raise them. The eleventh
gave 5.5 % at the end of the twentieth round; folding the first ten batches into the corpus
(chosen on the seventh to tenth, each held out in turn: recall 92.5 % to 95.1 %, false
alarms 5.3 % to 5.1 %) took it to 95.7 % / 7.3 % (12 of 164) and the fresh twelfth to
95.5 % / 5.2 %, and was kept: the ceiling is that round's figure."""


TRAINING_SAMPLE = 4
"""The training figure is taken on every fourth text of the corpus (spread over every batch,
as the corpus is in the order it was written): all 37,000 took a worker 14 s of CPU on a
slower machine, where the suite's three minutes had no room left, and this figure only says
the model learned its corpus; the evaluation batches, the figures that count, are screened
whole, and decisions are made on the cross-validation over the whole corpus
(`python -m adapters.content.cross_validate_screening`)."""


@pytest.mark.slow(seconds=4, computes=True)  # screens 9,000 texts: start it early
def test_screener_figures_on_its_training_corpus(report):
    corpus = [(example.text, example.label) for example in training_corpus()]
    sample = corpus[::TRAINING_SAMPLE]
    line, recall, false_alarms = figures(shipped_screener(), sample)
    report(
        f"crisis screener, training corpus (every {TRAINING_SAMPLE}th of {len(corpus)} texts, "
        f"{len(sample)}): {line}"
    )
    assert recall >= MIN_RECALL
    assert false_alarms <= MAX_FALSE_ALARMS


@pytest.mark.parametrize("name", EVALUATION_FILES)
def test_screener_figures_on_an_evaluation_batch(report, name):
    path = CARE_DATA / name
    if not path.exists():
        pytest.skip(f"{name} not written yet")
    cases = labelled(path)
    line, recall, false_alarms = figures(shipped_screener(), cases)
    met = recall >= TARGET_RECALL and false_alarms <= TARGET_FALSE_ALARMS
    report(
        f"crisis screener, {name} ({len(cases)} texts, {HISTORY[name]}): {line}; target "
        f"(recall >= 95%, false alarms <= 5%) {'met' if met else 'NOT met'}"
    )
    assert recall >= FIRST_RECALL.get(name, MIN_RECALL)
    assert false_alarms <= FIRST_FALSE_ALARMS.get(name, MAX_FALSE_ALARMS)


def test_no_evaluation_text_is_in_the_training_corpus():
    from core.care.features import fold

    training = {fold(example.text) for example in training_corpus()}
    for name in EVALUATION_FILES:
        if (CARE_DATA / name).exists():
            shared = [text for text, _ in labelled(CARE_DATA / name) if fold(text) in training]
            assert shared == [], f"{name} texts in the training corpus: {shared}"
