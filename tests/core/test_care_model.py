"""The shipped screening model: built from the corpus in the repo, and scored in plain Python
exactly as scikit-learn scores it."""

from __future__ import annotations

import json
from itertools import pairwise

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from adapters.content.care_corpus import corpus_sha256, recipe_files, source_files
from adapters.content.care_files import MODEL_FILE, load_screening_model
from core.care.features import fold, sentences
from core.care.model import ScreeningModel
from tests.core.care_support import CARE_DATA, REPO, shipped_screener, training_corpus

MAX_MODEL_KIB = 700


def test_the_shipped_model_was_built_from_the_corpus_in_the_repo():
    """Editing the corpus or the code that builds the model without rebuilding fails
    here: run `python -m adapters.content.train_screening` and commit both."""
    model = load_screening_model(CARE_DATA / MODEL_FILE)
    assert model.corpus_sha256 == corpus_sha256(source_files(REPO) + recipe_files(REPO))


def test_the_shipped_model_stays_small(report):
    size = (CARE_DATA / MODEL_FILE).stat().st_size / 1024
    model = shipped_screener().model
    assert model is not None
    report(
        f"crisis screener: model file {size:.0f} KiB, {len(model.words.ids)} word and "
        f"{len(model.chars.ids)} character features"
    )
    assert size <= MAX_MODEL_KIB


@pytest.mark.slow(seconds=6, computes=True)  # trains on the corpus: start it early
def test_pure_python_scores_equal_scikit_learns():
    """Trains on a slice of the corpus (fast) and compares on another slice."""
    pytest.importorskip("sklearn")
    from adapters.content.train_screening import export, train

    corpus = training_corpus()
    trained, _ = train(corpus[::150], with_thresholds=False)
    thresholds = {"possible": 0.0, "clear": 0.0, "rule_veto": 0.0}
    model = ScreeningModel.from_mapping(export(trained, thresholds, "test", digits=None))
    sample = [fold(example.text) for example in corpus[1::120]] + ["", "ok", "😭😭", "a b c"]
    risk, clear = trained.decision(sample)
    for text, expected_risk, expected_clear in zip(sample, risk, clear, strict=True):
        scores = model.scores(text)
        assert scores.risk == pytest.approx(expected_risk, abs=1e-6), text
        assert scores.clear == pytest.approx(expected_clear, abs=1e-6), text


def test_sentence_windows_score_as_their_joined_text():
    model = shipped_screener().model
    assert model is not None
    parts = sentences("Asked for a discount. She said no! i felt ok\n\nthen i went home 😶 bye")
    pieces = [model.piece(part) for part in parts]
    whole, joined = model.whole(pieces), model.scores(" ".join(parts))
    assert (whole.risk, whole.clear) == pytest.approx((joined.risk, joined.clear), abs=1e-9)
    for (first, second), (a, b) in zip(pairwise(pieces), pairwise(parts), strict=True):
        pair, joined = model.pair(first, second), model.scores(f"{a} {b}")
        assert (pair.risk, pair.clear) == pytest.approx((joined.risk, joined.clear), abs=1e-9)


def test_a_broken_model_file_is_named(tmp_path):
    path = tmp_path / MODEL_FILE
    path.write_text(json.dumps({"format": 99}), encoding="utf-8")
    with pytest.raises(ValueError, match=MODEL_FILE):
        load_screening_model(path)
    path.write_text("{not json", encoding="utf-8")
    with pytest.raises(ValueError, match=MODEL_FILE):
        load_screening_model(path)


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("ab. !?\n\t…İﬁ\u200bXx😭'’")), max_size=60))
def test_sentences_joined_are_the_folded_text(text):
    """What the windows see adds up to what the whole-text score sees."""
    assert " ".join(sentences(text)) == fold(text)
