"""The rubric's level signals and the near-copy measure, as tables."""

from __future__ import annotations

import pytest

from core.deck import Card
from core.deck_rubric import level_disagreements
from core.deck_similarity import NEAR_COPY_THRESHOLD, content_words, jaccard, near_copies


def card(ask: str, level: int, card_id: str = "everyday-001", title: str = "A card") -> Card:
    return Card(card_id, title, ask, level, "everyday", "Why.")


@pytest.mark.parametrize(
    ("ask", "level"),
    [
        ("At a market stall, offer a little less than the marked price.", 1),
        ("Ask a friend on a date.", 2),
        ("Invite a classmate to get a coffee with you.", 2),
        ("Invite a classmate to get a coffee with you.", 5),
        ("Ask your manager for a raise.", 4),
        ("Ask a question out loud in front of everyone at a talk.", 1),
        ("Post a drawing online publicly.", 1),
        ("Ask a shop assistant what time they close.", 5),
        ("Ask a stranger on the street on a date.", 4),
        ("Ask someone you like for a book recommendation.", 1),
    ],
)
def test_a_level_outside_the_rubric_is_reported(ask: str, level: int) -> None:
    assert level_disagreements(card(ask, level)) != []


@pytest.mark.parametrize(
    ("ask", "level"),
    [
        ("At a market stall, offer a little less than the marked price.", 3),
        ("Ask someone you know on a date.", 4),
        ("Invite a classmate to get a coffee with you.", 3),
        ("Ask your manager for a raise.", 5),
        ("Ask a shop assistant what time they close.", 1),
        ("Ask a café whether they have any offers today.", 1),
        ("Ask the organiser how new people join; no need to give a talk.", 1),
    ],
)
def test_a_level_inside_the_rubric_passes(ask: str, level: int) -> None:
    assert level_disagreements(card(ask, level)) == []


def test_the_same_words_score_one_and_different_ones_zero() -> None:
    ask = "Ask a café whether they have any offers today."
    assert jaccard(content_words(ask), content_words(ask)) == 1.0
    assert jaccard(content_words(ask), content_words("Tell a neighbour your name.")) == 0.0


def test_little_words_and_endings_do_not_make_cards_alike() -> None:
    words = content_words("Asking whether they'd play the songs")
    assert words == frozenset({"play", "song"})


def test_only_pairs_above_the_threshold_are_near_copies() -> None:
    first = card("Ask a bakery whether they sell yesterday's bread cheaper.", 2, "money-001")
    copy = card("Ask a bakery whether they sell yesterday's bread for less.", 2, "money-002")
    other = card("Ask a neighbour to water a plant for you.", 2, "money-003")
    pairs = near_copies([first, copy, other])
    assert [(p.first, p.second) for p in pairs] == [("money-001", "money-002")]
    assert pairs[0].score > NEAR_COPY_THRESHOLD
