"""The screener's figures: on its training corpus, and on evaluation batches never tuned on.

The training figure says the model learned its corpus; the evaluation figures, on batches
written apart from the corpus (see the head of each file), are the ones that count. The
first batch's errors were read once to improve the corpus, so its figure is no longer
untouched; the second was written after that and never read back, but the screener
changed after its first scoring; the third was written after the final change. The
fourth, the largest, was written by the screener's next developer before any change or
any look at the others; no change beat the shipped model on the training corpus's
cross-validation, so it was scored once on that model. The fifth was written before the
next round of changes; that round's candidate (more training texts, thresholds moved on
grouped cross-validation) was scored once on every batch, broke the floors of the first
and third, and was not kept, so the fifth's figure is the unchanged screener's. The sixth
was written before the round after that (word classes, negated words and about 825 more
training texts); that candidate raised the sixth's recall but broke the fifth's
false-alarm floor, so it was not kept either, and the sixth's figure is the unchanged
screener's too. The seventh and eighth were written by developers who had read neither
the screener nor its corpus. The seventh came before the eighteenth round (about 1,800
training texts from other hands), which was kept: recall up on every batch but the third
(the same), the sixth's false alarms up by two texts, so its floor moved with a reason.
The eighth came before the nineteenth round (about 1,100 more such texts); that candidate
lowered recall on five batches and broke the fifth's floor, so it was not kept, and the
eighth's figure is the eighteenth round's screener's. The ninth, by another such hand, was
scored before and after the word rules learned to step aside for framed clauses (the same).
The tenth, by another, was scored once on the screener shipped at the end of that day.
The eleventh, by another, came before the twentieth round (texts from three more hands,
and sentence windows of long messages counting only past a higher bar, chosen on those
hands' texts, each held out in turn); it was scored once at the start of the round, for
comparison, and once at its end.
"""

from __future__ import annotations

import pytest

from adapters.content.care_corpus import build_corpus, source_files
from tests.core.care_support import (
    CARE_DATA,
    EVALUATION_FILES,
    REPO,
    figures,
    labelled,
    shipped_screener,
)

HISTORY = {
    "evaluation.yaml": "written first; its errors were looked at once, after its first figure",
    "evaluation_2.yaml": "written late, its texts never read back; first scored before the "
    "last changes",
    "evaluation_3.yaml": "written after the final change, never tuned on",
    "evaluation_4.yaml": "written before any change, never tuned on",
    "evaluation_5.yaml": "written before a round of changes, which were not kept; never tuned on",
    "evaluation_6.yaml": "written before a round of changes, which were not kept; never tuned on",
    "evaluation_7.yaml": "written by another hand before a round of changes; never tuned on",
    "evaluation_8.yaml": "written by another hand before a round of changes, which were not "
    "kept; never tuned on",
    "evaluation_9.yaml": "written by another hand, hard harmless texts naming suicide in a safe "
    "frame; never tuned on",
    "evaluation_10.yaml": "written by another hand, a third of it very short; scored once, never "
    "tuned on",
    "evaluation_11.yaml": "written by another hand before the twentieth round; scored at its start "
    "and end, never tuned on",
}
"""How far each batch can be trusted; the README gives the first figure of each."""
TARGET_RECALL, TARGET_FALSE_ALARMS = 0.95, 0.05
"""What the issue asks of a fresh batch; each line says whether it is met."""
MIN_RECALL, MAX_FALSE_ALARMS = 0.93, 0.07
"""The floor below which a change is a regression and fails the run."""
FIRST_RECALL = {
    "evaluation_4.yaml": 0.89,
    "evaluation_5.yaml": 0.90,
    "evaluation_6.yaml": 0.81,
    "evaluation_7.yaml": 0.82,
    "evaluation_8.yaml": 0.91,
    "evaluation_10.yaml": 0.90,
}
"""A batch whose first, untouched figure on the shipped screener fell below the floor: a
change must not lower it."""
FIRST_FALSE_ALARMS = {
    "evaluation_6.yaml": 0.089,
    "evaluation_7.yaml": 0.091,
    "evaluation_8.yaml": 0.104,
    "evaluation_10.yaml": 0.093,
}
"""The same for false alarms above the ceiling: a change must not raise them. The sixth's
was 7.7 % when first measured; the eighteenth round's corpus (texts from other hands) took
its recall from 81.5 % to 94.0 % for two more false alarms (8.9 %), and was kept: the floor
is that round's figure. The eighth's recall floor was 94 % (148 of 157) until the twentieth
round (texts from three more hands, and a window of a long message counting only well past
the possible-risk bar): that took its recall to 91.7 % (144) and its false alarms from
10.4 % to 3.9 % (16 to 6), and was kept: the floor is that round's figure."""


@pytest.mark.slow(seconds=8)  # screens all 23,000 texts: start it early
def test_screener_figures_on_its_training_corpus(report):
    corpus = [(example.text, example.label) for example in build_corpus(source_files(REPO))]
    line, recall, false_alarms = figures(shipped_screener(), corpus)
    report(f"crisis screener, training corpus ({len(corpus)} texts): {line}")
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

    training = {fold(example.text) for example in build_corpus(source_files(REPO))}
    for name in EVALUATION_FILES:
        if (CARE_DATA / name).exists():
            shared = [text for text, _ in labelled(CARE_DATA / name) if fold(text) in training]
            assert shared == [], f"{name} texts in the training corpus: {shared}"
