"""The own-card check's model: built from training.yaml, scored in plain Python exactly as
scikit-learn scores it, and only ever adding confident refusals the rules missed."""

from __future__ import annotations

from pathlib import Path

import pytest

from adapters.content.ask_files import MODEL_FILE, load_ask_model, training_sha256
from adapters.content.deck_files import load_deck
from core.asks import problems, read, understand
from core.asks.decide import Problem
from core.asks.gloss import in_english
from core.asks.model import BAD, AskModel
from core.asks.second import fits, model_input, model_problem
from core.deck_ethics import ask_text
from core.own_cards import draft, refuses, screen
from tests.core.test_asks_figures import batch, shipped_model

REPO = Path(__file__).resolve().parents[2]
MAX_MODEL_KIB = 800
CAUGHT_BY_THE_MODEL = "Get the hotel to believe my booking was lost so they upgrade me."
"""A deception the rules have no words for (written for this test, in no batch)."""


def _model_refuses(text: str, model: AskModel) -> bool:
    """Whether the model adds a refusal: past its threshold, in a category that fits who
    the rules found asked, in the reading `/addcard` gates with (`core.asks.read`: an ask in
    another language read in its English gloss), since a score past the threshold alone refuses
    nothing and the trainer sets the threshold over the asks the model could refuse. The rules'
    reading is only needed past the threshold or where there is a gloss (the model reads it after
    the ask, `core.asks.second.model_input`), so thousands of fair asks are scored without it."""
    ask = None if in_english(text) is None else read(text)[0]
    if model.verdict(text if ask is None else model_input(text, ask)) is None:
        return False
    return model_problem(text, ask or read(text)[0], model) is not None


def test_the_shipped_model_was_built_from_the_training_texts_in_the_repo():
    """Editing training.yaml without rebuilding fails here: run
    `python -m adapters.content.train_asks` and commit both."""
    assert shipped_model().training_sha256 == training_sha256(REPO)


def test_the_model_has_a_row_for_every_category_and_stays_small(report):
    model = shipped_model()
    assert model.labels[0] == BAD
    assert set(model.labels[1:]) == {problem.value for problem in Problem}
    size = (REPO / "data" / "asks" / MODEL_FILE).stat().st_size / 1024
    report(f"own-card check: model file {size:.0f} KiB, threshold {model.threshold:.2f}")
    assert size <= MAX_MODEL_KIB


def test_the_model_never_refuses_a_shipped_deck_card():
    cards, found = load_deck(REPO / "data" / "deck")
    assert found == []
    model = shipped_model()
    refused = [card.id for card in cards if _model_refuses(ask_text(card), model)]
    assert refused == []
    assert [card.id for card in cards if screen(card, model) is not None] == []


@pytest.mark.slow(seconds=8, computes=True)  # scores 11,000 texts, glosses 700: start it early
def test_the_model_never_refuses_a_good_training_text():
    model = shipped_model()
    fair = [case.text for case in batch("training") if not case.bad]  # read once per worker
    assert [text for text in fair if _model_refuses(text, model)] == []


def test_a_paraphrase_the_rules_miss_is_refused_with_its_category_advice():
    assert not refuses(CAUGHT_BY_THE_MODEL)
    advice = screen(draft(CAUGHT_BY_THE_MODEL), shipped_model())
    assert advice is not None and advice.problem is Problem.DECEPTION
    assert advice.reason and advice.instead


def test_the_rules_speak_first():
    text = "Ask a stranger for their phone number."
    assert problems(understand(text))
    advice = screen(draft(text), shipped_model())
    assert advice is not None and advice.problem is problems(understand(text))[0]


@pytest.mark.parametrize(
    ("problem", "text", "fits_it"),
    [
        (Problem.MONEY, "Ask my friend to lend me ten pounds.", False),
        (Problem.MONEY, "Ask a woman in the street for ten pounds.", True),
        (Problem.CONTACT, "Ask the bank for their phone number.", False),
        (Problem.SPOT, "Ask a stranger if I can borrow a pen for a second.", False),
        (Problem.TOUCH, "Ask my partner for a hug.", False),
        (Problem.TOUCH, "Ask my colleague for a hug.", True),
        (Problem.DECEPTION, "Ask my friend for a hug.", True),
        (Problem.JUDGEMENT, "Ask my partner whether the soup needs more salt.", False),
        (Problem.JUDGEMENT, "Ask my partner whether my face looks old.", True),
        (
            Problem.JUDGEMENT,
            "Tell someone at a market stall you like the way it is laid out. Comment on a "
            "choice, never on someone's body or looks.",
            False,
        ),
        (Problem.JUDGEMENT, "Tell the man at the market stall he's too fat for his job.", True),
        (Problem.JUDGEMENT, "Ask the stall owner if my body looks good, not his looks.", True),
        (Problem.UNSAFE, "Ask the librarian to show me the archive catalogue.", False),
        (Problem.UNSAFE, "Ask a man at the bus stop for a lift home.", True),
        (Problem.UNSAFE, "Ask my brother for a lift home.", False),
        (Problem.UNSAFE, "Ask my brother to let me drive after two beers.", True),
        (Problem.REPEAT, "Ask mum to send the food parcels every 2 weeks, not every week.", False),
        (Problem.REPEAT, "Ask the barista for a free refill after she told me no.", True),
        (Problem.REPEAT, "Ask Lena to dinner, she'd rather not but people change.", True),
        (Problem.ROMANCE, "Ask a man at the stadium who he thinks will win on Saturday.", False),
        (Problem.ROMANCE, "Ask the cheese man at the market if I can try a second sample.", False),
        (Problem.ROMANCE, "Ask the woman at the bus stop if she's free on Friday night.", True),
        (Problem.ROMANCE, "Ask the barista out, even though we've never spoken.", True),
        (Problem.ROMANCE, "Invitar a la cajera del súper a cenar conmigo.", True),
    ],
)
def test_a_model_category_must_fit_who_the_rules_found_asked(problem, text, fits_it):
    assert fits(problem, understand(text)) is fits_it


def test_a_confident_category_that_does_not_fit_is_dropped():
    model = _always(Problem.MONEY.value)
    text = "Ask my friend to lend me ten pounds."
    assert model_problem(text, understand(text), model) is None
    text = "Ask a stranger if they'd watch my seat."
    assert model_problem(text, understand(text), _always(Problem.DECEPTION.value)) is (
        Problem.DECEPTION
    )


def test_the_model_reads_the_gloss_after_an_ask_the_rules_read_in_english():
    """An ask in another language is scored on its English gloss too, which the rules read;
    an ask the rules read as written is scored as written."""
    text = "Chiedere al padrone di casa se può mettere un corrimano sulle scale per la mamma."
    ask, _ = read(text)
    assert ask.text != text
    assert model_input(text, ask) == f"{text} {ask.text}"
    english = "Ask a stranger for their phone number"
    assert model_input(english, read(english)[0]) == english


@pytest.mark.slow(seconds=4, computes=True)  # trains on a slice of the texts: start it early
def test_scores_equal_scikit_learns():
    """Trains on a slice of the training texts (fast) and compares on another slice."""
    pytest.importorskip("sklearn")
    from adapters.content.train_asks import export, fit, read_as

    cases = batch("training")
    trained = fit(cases[::300])
    model = AskModel.from_mapping(export(trained, 0.0, "test", digits=None))
    texts = [case.text for case in cases[1::300]] + ["", "ok", "😭 😭", "a b c", "ASK  THEM"]
    expected = trained.decision(texts)
    for text, row in zip(texts, expected, strict=True):
        scores = model.scores(read_as(text))  # the ask and, where the rules read it, its gloss
        assert [scores[label] for label in model.labels] == pytest.approx(list(row), abs=1e-6)


@pytest.mark.parametrize(
    "change",
    [
        {"format": 2},
        {"labels": ["money", "bad"]},
        {"intercepts": [0.0]},
        {"words": {"ask": [1.0, 0.5]}},
        {"threshold": "high"},
    ],
)
def test_a_malformed_model_is_refused(change):
    raw = {**_raw(), **change}
    with pytest.raises(ValueError, match="not an ask model"):
        AskModel.from_mapping(raw)


def test_an_unreadable_model_file_names_the_file(tmp_path):
    (tmp_path / "asks").mkdir()
    (tmp_path / "asks" / MODEL_FILE).write_text("[1, 2]", encoding="utf-8")
    with pytest.raises(ValueError, match=r"ask_model\.json"):
        load_ask_model(tmp_path)


def _raw() -> dict[str, object]:
    return {
        "format": 1,
        "labels": ["bad", "money", "deception"],
        "intercepts": [0.0, 0.0, 0.0],
        "threshold": 0.5,
        "training_sha256": "x",
        "words": {"ask": [1.0, 0.0, 0.0, 0.0]},
        "chars": {},
    }


def _always(category: str) -> AskModel:
    """A model that reads every text as confidently unethical, in `category`."""
    raw = _raw()
    raw["intercepts"] = [
        1.0,
        *(1.0 if label == category else 0.0 for label in ["money", "deception"]),
    ]
    return AskModel.from_mapping(raw)
