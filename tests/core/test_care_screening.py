"""The two-tier screener: rules and model together, on the cases the issue names."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from core.care import Risk, Screener, Screening
from core.care.model import FORMAT, ScreeningModel
from core.safety import CrisisKind
from tests.core.care_support import shipped_screener


def test_rules_only_screener_reports_a_rule_hit_as_clear_risk():
    screener = Screener.rules_only()
    assert screener.screen("I want to die") == Screening(Risk.CLEAR, CrisisKind.SUICIDE)
    assert screener.screen("I cut myself again") == Screening(Risk.CLEAR, CrisisKind.SELF_HARM)


def test_rules_only_screener_lets_ordinary_text_through():
    assert Screener.rules_only().screen("asked for a discount and got a no") is None


def test_a_rules_only_screener_has_no_scores():
    with pytest.raises(ValueError, match="no model"):
        Screener.rules_only().scores("anything")


# The misses and false alarms the issue reports (they are in the training corpus too).
ISSUE_MISSES = [
    "i wrote letters to my family today, just in case. i dont think ill be around much longer",
    "how many of my sleeping tablets would it take",
    "I bought a rope today.",
    "if i just stepped in front of a train it would all stop",
    "Another no. I'm such a burden. Maybe it's time I stopped being one for good.",
    "burned my arm with a lighter again after the rejection",
    "thinking about ctb tonight",
    "life is not worth to live for me, I think to finish it",
]
ISSUE_FALSE_ALARMS = [
    "a few years ago I was suicidal but therapy helped a lot and I'm doing well now",
    "reading a book about the history of suicide prevention for my psych class",
    "this challenge is killing me",
    "I died of embarrassment",
]


@pytest.mark.parametrize("text", ISSUE_MISSES)
def test_the_misses_the_issue_reports_are_caught(text):
    assert shipped_screener().screen(text) is not None


@pytest.mark.parametrize("text", ISSUE_FALSE_ALARMS)
def test_recovery_study_and_hyperbole_do_not_fire(text):
    assert shipped_screener().screen(text) is None


def test_explicit_intent_is_clear_risk_and_hopelessness_at_least_possible():
    screener = shipped_screener()
    assert screener.screen("i'm going to kill myself tonight") == Screening(
        Risk.CLEAR, CrisisKind.SUICIDE
    )
    found = screener.screen("honestly everyone would be better off without me")
    assert found is not None
    assert found.kind is CrisisKind.SUICIDE


def test_self_harm_found_by_the_model_alone_is_named_self_harm():
    found = shipped_screener().screen("burned my arm with a lighter again after the rejection")
    assert found is not None
    assert found.kind is CrisisKind.SELF_HARM


ORDINARY = [
    "Today's card was asking the bus driver to wait for my friend.",
    "He said no, and honestly he was nice about it.",
    "I felt my heart racing before, and a little proud after.",
    "My assumption was that people get annoyed when you ask.",
    "They mostly don't.",
    "Tomorrow I'll try the library card.",
] * 5


def test_one_risky_sentence_inside_a_long_reflection_is_caught():
    screener = shipped_screener()
    assert screener.screen(" ".join(ORDINARY)) is None
    buried = [*ORDINARY[:14], "I have the pills ready for tonight.", *ORDINARY[14:]]
    assert screener.screen(" ".join(buried)) is not None


def test_screening_is_deterministic():
    screener = shipped_screener()
    text = "idk anymore. nobody would notice if i was gone"
    assert {screener.screen(text) for _ in range(5)} == {screener.screen(text)}


@settings(max_examples=60, deadline=None)
@given(st.text(max_size=3_000))
def test_screening_never_raises_and_answers_a_screening_or_none(text):
    found = shipped_screener().screen(text)
    assert found is None or (found.risk in set(Risk) and found.kind in set(CrisisKind))


def test_danger_found_by_the_model_alone_is_named_danger():
    found = shipped_screener().screen("my partner keeps hitting me and i am scared to go home")
    assert found is not None
    assert found.kind is CrisisKind.DANGER


RELAPSES = [
    "I used to be fine but now I want to kill myself",
    "years ago I was happy. now I want to die",
    "I was clean for a year but tonight I cut myself",
]


@pytest.mark.parametrize("text", RELAPSES)
def test_a_relapse_told_with_its_past_is_still_clear_risk(text):
    found = shipped_screener().screen(text)
    assert found is not None
    assert found.risk is Risk.CLEAR


FRAMED = [
    "my essay is on how the media reports suicide",
    "reading a novel where the hero wants to die",
    "night shift as a nurse, two patients came in after an overdose",
    "self harm free for 500 days today",
]


def _stub(thresholds: dict[str, float], words: dict[str, list[float]]) -> Screener:
    """A screener over a hand-made model: `words` maps a word to (idf, risk, clear)."""
    raw = {
        "format": FORMAT,
        "corpus_sha256": "test",
        "thresholds": thresholds,
        "intercepts": {"risk": 0.0, "clear": 0.0},
        "words": words,
        "chars": {},
    }
    return Screener(ScreeningModel.from_mapping(raw))


def _undecided() -> Screener:
    """A model that reads every text as neither risky nor safe: past the rules' veto,
    short of possible risk. A rule hit then stands, and nothing else fires."""
    return _stub({"possible": 1.0, "clear": 1.0, "rule_veto": -1.0}, {})


@pytest.mark.parametrize("text", FRAMED)
def test_a_flagged_clause_that_names_its_own_frame_is_left_to_the_model(text):
    """The word rules step aside for study, media, care work and recovery long past."""
    assert Screener.rules_only().screen(text) is not None
    assert _undecided().screen(text) is None
    assert shipped_screener().screen(text) is None


@pytest.mark.parametrize(
    "text",
    [
        "I want to kill myself, I watched a film about it",
        "reading a book. i want to end my life tonight",
        "my essay is about prevention but now I want to die",
        "reading the news makes me want to kill myself",
        "news: i overdosed an hour ago",
        "watching this film i want to end my life",
    ],
)
def test_a_frame_in_another_clause_beside_the_writer_or_before_now_does_not_count(text):
    for screener in (_undecided(), shipped_screener()):
        found = screener.screen(text)
        assert found is not None and found.risk is Risk.CLEAR


EVERYDAY = [
    "and one more thing",
    "bye",
    "stop",
    "I'm ready to carry on",
    "three I think",
    "Lighter after.",
    "I thought they would be annoyed. They smiled and said no.",
    "I have never asked anyone out. I want to ask someone from my book club for a coffee",
]


@pytest.mark.parametrize("text", EVERYDAY)
def test_everyday_messages_to_the_bot_do_not_fire(text):
    assert shipped_screener().screen(text) is None


@pytest.mark.parametrize("closing", ["bye", "ok bye", "Good night!", "see you tomorrow"])
def test_a_bare_closing_is_not_flagged_but_a_farewell_around_it_is(closing):
    """The model reads "bye" alone as a farewell; the guard keeps it to the bare word."""
    assert shipped_screener().screen(closing) is None
    farewell = shipped_screener().screen(f"{closing}. this is my last message, i won't be here")
    assert farewell is not None and farewell.risk is Risk.CLEAR


def _one_dark_word(window: float) -> Screener:
    """A model to which only "gloom" is risky, with the window bar given."""
    return _stub(
        {"possible": 0.6, "clear": 10.0, "rule_veto": -10.0, "window": window},
        {"gloom": [1.0, 1.0, 0.0], "sunny": [1.0, 0.0, 0.0]},
    )


def test_a_window_of_a_long_message_counts_only_past_its_own_bar():
    """The whole message (one dark word in four sentences) stays under the possible-risk
    bar while its last window passes it: only a window bar at or under that window's
    score lets the window flag the message."""
    text = "sunny. sunny. sunny. gloom."
    assert _one_dark_word(window=0.8).screen(text) is None
    found = _one_dark_word(window=0.6).screen(text)
    assert found is not None and found.risk is Risk.POSSIBLE
    assert _one_dark_word(window=0.8).screen("sunny. gloom.") is not None
