"""A user's own cards: the title taken from the ask, and the screen that names one problem
and suggests a fair ask of the same courage."""

from __future__ import annotations

import pytest

from core.asks import Problem
from core.own_cards import MAX_ASK, TITLE_CHARS, draft, is_own_id, refuses, screen, title_from


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
        "Ask my landlord whether I could paint the bedroom.",
        "Ask a shop assistant which of two shirts suits the occasion better.",
        "Ask my son to show me how the new TV remote works.",
        "Text Maria and ask if she'd like a hug when we meet, after her hard week.",
        "Ask my brother whether he's okay with me recording our chat for my podcast.",
    ],
)
def test_a_kind_ask_passes_the_screen(ask: str) -> None:
    assert screen(draft(ask)) is None
    assert not refuses(ask)


@pytest.mark.parametrize(
    ("ask", "problem", "reason", "instead"),
    [
        (
            "Ask a passer-by if they could spare some change for the bus.",
            Problem.MONEY,
            "money",
            "ask a café whether they have any offers",
        ),
        (
            "Ask my coworker whether I look good in this dress.",
            Problem.JUDGEMENT,
            "looks or your worth",
            "which of two shirts suits the occasion better",
        ),
        (
            "Ask Ana out once more, even though she turned me down on Friday.",
            Problem.REPEAT,
            "A no ends the ask",
            "ask a different person or place",
        ),
        (
            "Sit down at a table of strangers in the food court and join their conversation.",
            Problem.SPOT,
            "on the spot",
            "easy to turn down",
        ),
        (
            "Message my ex, who blocked me, from a new account and ask for coffee.",
            Problem.BLOCK,
            "blocked you",
            "a note you keep",
        ),
        (
            "Ask a random woman on the street out on a date.",
            Problem.ROMANCE,
            "people you already know",
            "someone you know and like",
        ),
        ("Ask someone on the train for their phone number.", Problem.CONTACT, "offer", "own name"),
        ("Ask a stranger for a hug.", Problem.TOUCH, "touched", "words only"),
        (
            "Pretend to be a journalist and ask for a tour.",
            Problem.DECEPTION,
            "pretence",
            "honestly",
        ),
        (
            "Sneak into the staff room and ask for a coffee.",
            Problem.UNSAFE,
            "legal or physical",
            "social",
        ),
        (
            "Demand to speak to the manager about a free dessert.",
            Problem.PRESSURE,
            "Demanding",
            "lightly",
        ),
        (
            "Film the barista when I ask for a free coffee.",
            Problem.RECORDING,
            "Filming",
            "your own work",
        ),
        ("Ask my intern to pick up my dry cleaning.", Problem.POWER, "depends on you", "upwards"),
    ],
)
def test_an_unfair_ask_gets_one_reason_and_a_fair_version_to_try(
    ask: str, problem: Problem, reason: str, instead: str
) -> None:
    advice = screen(draft(ask))
    assert advice is not None and advice.problem is problem
    assert reason in advice.reason and instead in advice.instead
    assert advice.reason.count(". ") == 0 and advice.reason.endswith(".")  # one sentence


def test_the_draft_is_a_private_card_with_a_no_ends_it_note() -> None:
    card = draft("Ask the bakery if they have yesterday's bread for less.", 2, "money")
    assert is_own_id(card.id) and not is_own_id("cafe-discount")
    assert (card.level, card.domain, card.why) == (2, "money", "")
    assert "a no ends the ask" in card.ethics
    assert MAX_ASK == 500
