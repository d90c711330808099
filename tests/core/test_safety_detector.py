"""The crisis detector, measured on a labelled set and pinned on the cases that matter most.

The labelled set (safety_cases.yaml) gives the figures `make test` prints: recall on
crisis statements and the false-alarm rate on near misses. The tables below pin single
behaviours so a change that breaks one names it.
"""

from __future__ import annotations

import time
from pathlib import Path

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from core.safety import CrisisKind, normalise, screen

CASES_FILE = Path(__file__).with_name("safety_cases.yaml")
MIN_RECALL = 0.95
MAX_FALSE_ALARMS = 0.05
BUDGET_MS = 50.0


def load_cases() -> tuple[list[tuple[str, CrisisKind]], list[str]]:
    raw = yaml.safe_load(CASES_FILE.read_text(encoding="utf-8"))
    crisis = [(text, CrisisKind(kind)) for kind in CrisisKind for text in raw[kind.value]]
    return crisis, list(raw["none"])


CRISIS, NEAR_MISSES = load_cases()


def percent(part: int, whole: int) -> str:
    return f"{100 * part / whole:.1f}% ({part}/{whole})"


def test_the_labelled_set_is_big_and_varied_enough():
    assert len(CRISIS) >= 60
    assert len(CRISIS) + len(NEAR_MISSES) >= 170
    assert {kind for _, kind in CRISIS} == set(CrisisKind)
    texts = [text for text, _ in CRISIS] + NEAR_MISSES
    assert len(set(texts)) == len(texts), "a case is listed twice"


def test_detector_finds_crises_and_rarely_cries_wolf(report):
    missed = [text for text, _ in CRISIS if screen(text) is None]
    alarms = [text for text in NEAR_MISSES if screen(text) is not None]
    found = len(CRISIS) - len(missed)
    report(
        f"crisis detector: recall {percent(found, len(CRISIS))} on crisis statements, "
        f"false alarms {percent(len(alarms), len(NEAR_MISSES))}"
    )
    assert found / len(CRISIS) >= MIN_RECALL, f"missed: {missed}"
    assert len(alarms) / len(NEAR_MISSES) <= MAX_FALSE_ALARMS, f"false alarms: {alarms}"


def test_detected_crises_are_mostly_given_the_right_kind(report):
    detected, wrong = 0, []
    for text, kind in CRISIS:
        found = screen(text)
        if found is not None:
            detected += 1
            if found is not kind:
                wrong.append(f"{text!r}: expected {kind.value}, got {found.value}")
    right = detected - len(wrong)
    report(f"crisis detector: kind right for {percent(right, detected)} of detected crises")
    assert right / detected >= 0.9, f"wrong kind: {wrong}"


KINDS = {
    "plain wish to die": ("I want to die", CrisisKind.SUICIDE),
    "shorthand": ("kms", CrisisKind.SUICIDE),
    "kys said about oneself": ("honestly i should kys", CrisisKind.SUICIDE),
    "algospeak": ("i want to unalive myself", CrisisKind.SUICIDE),
    "past tense with no hyperbole after it": ("I wanted to die.", CrisisKind.SUICIDE),
    "self-harm with a hyphen": ("I self-harm when it gets bad", CrisisKind.SELF_HARM),
    "relapse": ("cutting again", CrisisKind.SELF_HARM),
    "threat": ("he's going to hurt me", CrisisKind.DANGER),
    "unsafe home": ("I'm not safe at home", CrisisKind.DANGER),
    "suicide outranks danger in one message": (
        "he hits me and I want to end my life",
        CrisisKind.SUICIDE,
    ),
    "self-harm outranks danger": ("she beats me so I cut myself", CrisisKind.SELF_HARM),
}


@pytest.mark.parametrize(("text", "kind"), KINDS.values(), ids=KINDS.keys())
def test_screen_names_the_kind_of_crisis(text, kind):
    assert screen(text) is kind


NOT_CRISES = {
    "never": "I would never hurt myself",
    "not suicidal": "I'm not suicidal",
    "a disclaimer": "not that I want to die or anything",
    "don't want to die": "I don't want to die",
    "negation with fillers": "I'm not really thinking about killing myself",
    "die of embarrassment": "I wanted to die of embarrassment",
    "joke killed me": "that joke killed me",
    "could have died": "I could have died",
    "phone died": "my phone died",
    "kill it": "kill it at the interview",
    "dying to try": "dying to try that café",
    "deadline": "this deadline is killing me",
    "kys at someone else": "you should kys",
    "distance in kms": "we walked 12 kms",
}


@pytest.mark.parametrize("text", NOT_CRISES.values(), ids=NOT_CRISES.keys())
def test_screen_leaves_negations_and_hyperbole_alone(text):
    assert screen(text) is None


NEGATION_LIMITS = {
    "across a full stop": "I'm not ok. I want to die.",
    "past a content word": "I can't stop thinking about killing myself",
    "past a comma and a clause": "not gonna lie, I want to die",
    "a negation after the phrase does not count": "I want to die, not going to pretend",
}


@pytest.mark.parametrize("text", NEGATION_LIMITS.values(), ids=NEGATION_LIMITS.keys())
def test_a_negation_only_reaches_the_words_right_after_it(text):
    assert screen(text) is CrisisKind.SUICIDE


UNICODE_TRICKS = {
    "fullwidth letters": "ｉ ｗａｎｔ ｔｏ ｄｉｅ",
    "zero-width space inside a word": "I want to k\u200bill myself",
    "zero-width joiner and soft hyphen": "sui\u200dci\u00addal",
    "curly apostrophe": "I don’t want to be alive anymore",
    "capitals": "I WANT TO DIE",
    "repeated letters": "i wanna diiiiie",
    "repeated letters in a doubled word": "killlllll myself",
    "cyrillic look-alike letters": "I want to kіll mysеlf",
    "combining accents": "suíćidal",
    "letters spelled out": "k i l l myself",
    "no spaces after punctuation": "ugh.i want to die.",
}


@pytest.mark.parametrize("text", UNICODE_TRICKS.values(), ids=UNICODE_TRICKS.keys())
def test_screen_sees_through_unicode_and_spelling_tricks(text):
    assert screen(text) is not None


def test_normalise_puts_each_sentence_on_its_own_line_of_plain_words():
    assert normalise("Ｎo!  It’s  FINE... really?") == "no\nit's fine\nreally"


SAMPLE_WORDS = [
    "i", "want", "to", "die", "not", "never", "kill", "myself", "he", "my", "cut", "hurt",
    "safe", "wish", "better", "off", "end", "it", "all", "self", "harm", "kms", "don't",
    "'", ".", "\u200b", "ｋ", "iii", "a", "suicide",
]  # fmt: skip


@settings(max_examples=60, deadline=None)
@given(
    st.one_of(
        st.text(max_size=20_000),
        st.lists(st.sampled_from(SAMPLE_WORDS), max_size=4_000).map(" ".join),
    )
)
def test_screen_never_raises_and_returns_a_kind_or_none(text):
    result = screen(text[:20_000])
    assert result is None or isinstance(result, CrisisKind)


ADVERSARIAL = {
    "one word repeated": "my " * 6_666,
    "a phrase start repeated": "i want to " * 2_000,
    "negated hits": "i would never hurt myself " * 800,
    "one-letter sentences": ". a" * 6_666,
    "a letter stretched": "a" * 20_000,
    "apostrophes": "'" * 20_000,
    "near misses": "this deadline is killing me and I wanted to die of embarrassment. " * 300,
}


def test_screen_stays_fast_on_long_and_hostile_input(report):
    """Guards against catastrophic backtracking; the bound is ten times the budget so a busy
    machine does not fail the run, and the figure is printed for a person to judge."""
    screen("warm up the compiled phrases")
    timings = {}
    for name, text in ADVERSARIAL.items():
        start = time.perf_counter()
        screen(text[:20_000])
        timings[name] = (time.perf_counter() - start) * 1000
    slowest = max(timings, key=timings.__getitem__)
    report(
        f"crisis detector: slowest 20,000-character input {timings[slowest]:.1f} ms ({slowest}), "
        f"budget {BUDGET_MS:.0f} ms"
    )
    assert timings[slowest] < 10 * BUDGET_MS
