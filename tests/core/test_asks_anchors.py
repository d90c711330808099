"""A lexicon scanned by its anchors finds what the whole alternation finds, match for match."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from core.asks import anchors, text
from core.asks.anchors import Lexicon, anchors_of, phrases, read
from core.asks.deferred import Deferred
from core.own_cards import refuses


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        (r"(?:my |our )?boss(?:es)?", {"boss"}),
        (r"pretend\w*|lie|lies", {"pretend", "lie", "lies"}),
        (r"\d+ year old", {"year"}),
        (r"ask (?:my|the) (?:boss|manager) for", {"boss", "manager"}),
        (r"(?:ask|beg)\w* (?:her|him)", {"ask", "beg"}),
        (r"photographers?", {"photogra"}),  # a word's first eight characters
        (r"(?<=\()i wore", {"wore"}),  # a lookbehind takes no characters
        (r"(?:\w+ )?(?:drill|saw)", {"drill", "saw"}),
        (r"nobody(?P<name>x)?(?P=name)", {"nobody"}),
    ],
)
def test_a_phrase_is_anchored_by_words_any_match_holds(phrase: str, expected: set[str]) -> None:
    assert anchors_of(phrase) == frozenset(expected)


@pytest.mark.parametrize(
    "phrase",
    [
        r"\w+ing",  # no word of its own
        r"(?i:boss)",  # a flag inside: left unread
        r".{0,20}x",
        r"\Bing",  # the end of a word, not a start
        r"(?:boss)?",
    ],
)
def test_a_phrase_with_no_word_start_it_must_hold_has_no_anchors(phrase: str) -> None:
    assert anchors_of(phrase) is None


@pytest.mark.parametrize("phrase", [r"(ask)\1", r"(?(1)ask|beg) her", r"(?i)ask", "(?:ask)?"])
def test_a_lexicon_that_cannot_be_scanned_phrase_by_phrase_is_scanned_whole(phrase: str) -> None:
    """A group's number in a phrase alone is not its number in the lexicon; an empty match
    would be found where the merge never looks."""
    assert read(phrase)[1]


def test_the_phrases_of_a_fragment_are_its_top_level_alternatives_only() -> None:
    assert phrases(r"a(?:b|c)|[|(]d|e\|f|[]|]g") == ["a(?:b|c)", "[|(]d", r"e\|f", "[]|]g"]


def test_a_lexicon_with_no_anchor_in_the_text_is_not_scanned() -> None:
    pattern = text.words("car park", r"(?:my |our )?bosse?s?")
    lexicon = Lexicon(pattern, ["car park", r"(?:my |our )?bosse?s?"])
    assert not lexicon.may_match("ask my manager for a day off")
    assert lexicon.may_match("park near the car park")
    assert list(lexicon.finditer("ask my manager for a day off")) == []


TIES = ("ask", "ask her", "ask her out", "her out", r"out\w*", "red car", "car park", "park")


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["ask", "her", "out", "outing", "red", "car", "park", "x"])))
def test_merged_matches_are_the_alternations_even_where_phrases_overlap(
    chosen: list[str],
) -> None:
    """Phrases that start at the same word or inside another's match: the whole alternation
    keeps the leftmost match and, at a tie, the phrase listed first."""
    pattern = re.compile(r"\b(?:" + "|".join(rf"(?:{p})\b" for p in TIES) + ")")
    lexicon = Lexicon(pattern, TIES)
    sentence = " ".join(chosen)
    assert [m.span() for m in lexicon.finditer(sentence)] == [
        m.span() for m in pattern.finditer(sentence)
    ]


def test_every_lexicon_of_the_check_scans_sample_asks_as_its_whole_alternation() -> None:
    refuses("ask a friend to lend me a drill", None)  # compiles the check's lexicons
    sample = [
        text.normal(ask)
        for ask in (
            "Ask my boss for a raise in front of the whole team, and film her face",
            "pretend I'm a journalist to get into the gig for free",
            "ask the 15 year old next door to drive my car to the shop",
            "ask the woman at the bus stop if I can borrow her phone",
            "tell them I'm from the council (I'm not) so they let me in",
            "Ask my ex again, even though she blocked me",
        )
    ]
    lexicons = list(text._LEXICONS.values())
    assert len(lexicons) > 300
    for lexicon in lexicons:
        for ask in sample:
            found = [m.span() for m in lexicon.pattern.finditer(ask)]
            assert [m.span() for m in lexicon.finditer(ask)] == found, lexicon.pattern.pattern
            assert lexicon.may_match(ask) or not found


def test_anchors_are_word_starts_of_at_most_eight_characters() -> None:
    starts = {"Photographers"[:length] for length in range(1, 9)}
    assert anchors._starts("Photographers' x") == starts | {"x"}


BLANKED = text.words(*TIES)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(["ask", "her", "out", "outing", "red", "car", "park", "x", "."])))
def test_a_lexicon_blanks_what_its_whole_pattern_would(chosen: list[str]) -> None:
    """`without` blanks the anchored matches, as `sub` by the whole alternation would."""
    sentence = " ".join(chosen)
    assert text.without(BLANKED, sentence) == re.compile(BLANKED.pattern).sub(" ", sentence)


def test_a_lexicon_is_compiled_whole_only_when_something_needs_it_whole() -> None:
    lexicon = text.words("car park", r"(?:my |our )?bosse?s?")
    assert isinstance(lexicon, Deferred)
    assert text.has(lexicon, "ask my boss") and text.without(lexicon, "my boss") == " "
    assert lexicon._compiled is None  # the anchored scan needed only its phrases
    assert lexicon.search("the car park") is not None  # any other use compiles it, once
    assert lexicon._compiled is lexicon.compiled()
