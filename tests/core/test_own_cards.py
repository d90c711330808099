"""A user's own cards: the title taken from the ask, and the ethics screen with kind reasons."""

from __future__ import annotations

import pytest

from core.own_cards import MAX_ASK, TITLE_CHARS, broken_rules, draft, is_own_id, title_from


@pytest.mark.parametrize(
    ("ask", "title"),
    [
        ("Ask a barista for their favourite drink.", "Ask a barista for their favourite drink."),
        ("  Ask   a\nneighbour  to water my plants  ", "Ask a neighbour to water my plants"),
        (
            "Ask the bookshop whether they would stock my zine next to the local history "
            "shelf for a month",
            "Ask the bookshop whether they would stock my zine next to…",
        ),
        ("x" * 80, "x" * (TITLE_CHARS - 1) + "…"),
    ],
)
def test_the_title_is_the_first_words_of_the_ask(ask: str, title: str) -> None:
    assert title_from(ask) == title
    assert len(title_from(ask)) <= TITLE_CHARS


@pytest.mark.parametrize(
    "ask",
    [
        "Ask my manager for ten minutes to talk about a raise.",
        "Ask a café if they would play my playlist for one song.",
        "Ask a friend to come to a pottery class with me.",
        "Ask the librarian to recommend a book they loved this year.",
    ],
)
def test_a_kind_ask_passes_the_screen(ask: str) -> None:
    assert broken_rules(draft(ask)) == []


@pytest.mark.parametrize(
    ("ask", "reason"),
    [
        ("Ask a stranger for some money for the bus.", "money"),
        ("Ask someone on the train for their phone number.", "Contact details"),
        ("Ask a stranger for a hug.", "touched"),
        ("Ask people whether I look attractive today.", "looks or worth"),
        ("Ask for a discount and keep asking until they say yes.", "A no ends the ask"),
        ("Pretend to be a journalist and ask for a tour.", "pretence"),
        ("Sneak into the staff room and ask for a coffee.", "legal or physical"),
        ("Demand to speak to the manager about a free dessert.", "demanding"),
    ],
)
def test_an_ask_that_breaks_a_rule_is_refused_with_its_reason(ask: str, reason: str) -> None:
    reasons = broken_rules(draft(ask))
    assert reasons and any(reason in r for r in reasons), reasons


def test_the_draft_is_a_private_card_with_a_no_ends_it_note() -> None:
    card = draft("Ask the bakery if they have yesterday's bread for less.", 2, "money")
    assert is_own_id(card.id) and not is_own_id("cafe-discount")
    assert (card.level, card.domain, card.why) == (2, "money", "")
    assert "a no ends the ask" in card.ethics
    assert MAX_ASK == 500
