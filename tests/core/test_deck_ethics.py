"""The deck's ethics rules: the note says a no is final, the ask itself is fair, and an
exemption is only ever one named rule with a written reason."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from adapters.content.deck_files import deck_paths, load_raw_cards, shipped_data_dir
from core.deck import Card, validate
from core.deck_ethics import (
    CHECKS,
    ethics_note_accepts_no,
    group_safe_is_not_dating,
    the_ask_is_fair,
)

FAIR = Card(
    id="everyday-900",
    title="Any deals today?",
    ask="Ask a café whether they have any offers on today.",
    level=1,
    domain="everyday",
    why="A small ask to start with.",
    ethics="If they say no, thank them and let it go.",
)


def ask(text: str) -> Card:
    return replace(FAIR, ask=text)


@pytest.mark.parametrize(
    "note",
    ["", "Be polite and smile.", "If they say no, try to persuade them."],
)
def test_a_card_with_others_needs_a_note_that_a_no_is_final(note: str) -> None:
    assert ethics_note_accepts_no(replace(FAIR, ethics=note))


@pytest.mark.parametrize(
    "card",
    [
        FAIR,
        replace(FAIR, ethics="A no ends it: smile and move on."),
        replace(FAIR, ethics="If they decline, accept it gracefully."),
        replace(FAIR, ethics="If they don’t reply, let it go."),
        replace(FAIR, involves_others=False, ethics=""),
    ],
)
def test_a_note_that_names_the_no_and_letting_go_passes(card: Card) -> None:
    assert ethics_note_accepts_no(card) == []


def test_dating_cards_are_never_group_safe() -> None:
    assert group_safe_is_not_dating(replace(FAIR, domain="dating", group_safe=True))
    assert group_safe_is_not_dating(replace(FAIR, group_safe=True)) == []
    assert group_safe_is_not_dating(replace(FAIR, domain="dating")) == []


UNFAIR = [
    ("Ask a stranger for a dollar.", "money"),
    ("Ask a passer-by to pay for your coffee.", "money"),
    ("Ask a stranger for their phone number.", "contact"),
    ("Ask the person next to you for their email address.", "contact"),
    ("Ask someone for a high five.", "touch"),
    ("Ask a friend: how do I look today?", "judgement"),
    ("Ask a colleague to rate me out of ten.", "judgement"),
    ("Ask for a discount and keep asking until they say yes.", "repeat"),
    ("Pretend to be a journalist and ask for a tour.", "deception"),
    ("Ask to climb onto the roof of a shop.", "unsafe"),
    ("Threaten to leave a bad review unless they agree.", "pressure"),
    (
        "In a busy food hall, ask someone at a table with a free seat whether you could share it.",
        "spot",
    ),
    ("Ask someone reading a book on a bench whether they'd recommend it.", "spot"),
    ("Film the cashier when you ask for a discount.", "recording"),
    ("Tell the waiter it is my birthday to get a free dessert.", "deception"),
    ("Ask my neighbour whose husband died last week to help me move.", "pressure"),
    ("Ask the cashier if she'd like to meet up after her shift.", "romance"),
    ("Ask the barista which nights the tall guy is working.", "contact"),
    ("Hop the fence at the closed pool after dark.", "unsafe"),
]


@pytest.mark.parametrize(("text", "rule"), UNFAIR)
def test_an_unfair_ask_is_named_by_its_rule(text: str, rule: str) -> None:
    messages = the_ask_is_fair(ask(text))
    assert messages and f"'{rule}' rule" in messages[0], messages


@pytest.mark.parametrize(
    "card",
    [
        ask("Ask your bank to refund a fee."),
        ask("Ask a shop for your money back on a broken kettle."),
        ask("Ask your manager to touch base on Friday."),
        ask("Ask a friend what they think of your story."),
        ask("Tell them you enjoyed it and ask whether they'd like to do it again."),
        ask("Ask honestly for a student price if you are a student."),
        ask("Learn one in-demand skill and ask a colleague to teach you."),
        ask("Tell my partner how I feel so we can talk about it properly."),
        ask("Ask the instructor what time she runs the beginners' class."),
        ask("Ask the pub staff which nights the quiz is on."),
        ask("Ask the waiter for a table for just the two of us."),
        ask("Ask my best friend to hold my hand at the dentist."),
        ask("Ask my neighbour whose husband died last week if she needs anything."),
        ask("Ask the friend group to chip in for a joint birthday present."),
        replace(
            FAIR, tips=("If they say no, don't ask again.", "Never pretend to be someone else.")
        ),
    ],
)
def test_a_fair_ask_passes(card: Card) -> None:
    assert the_ask_is_fair(card) == []


def test_the_tips_are_read_but_never_the_ethics_note() -> None:
    assert the_ask_is_fair(replace(FAIR, tips=("If they refuse, ask again tomorrow.",)))
    card = replace(FAIR, ethics="If they say no, thank them; never ask again, never pretend.")
    assert [m for check in CHECKS for m in check(card)] == []


def test_an_exemption_with_a_reason_lifts_only_its_own_rule() -> None:
    queue = ask("In a queue, ask the person in front whether you could go ahead with one item.")
    assert the_ask_is_fair(queue)
    exempt = replace(queue, exemption=("spot", "Only offered at a self-service till queue."))
    assert the_ask_is_fair(exempt) == []
    other = replace(queue, exemption=("money", "Nothing here is about money at all."))
    assert the_ask_is_fair(other)


def test_an_exemption_from_an_unknown_rule_is_reported() -> None:
    card = replace(FAIR, exemption=("kindness", "This card is kind in every way."))
    (message,) = the_ask_is_fair(card)
    assert "unknown ethics_exemption rule 'kindness'" in message


def test_the_shipped_checks_are_the_note_the_ask_and_the_group_rule() -> None:
    assert (ethics_note_accepts_no, the_ask_is_fair, group_safe_is_not_dating) == CHECKS


@pytest.fixture(scope="module")
def deck_dir() -> Path:
    return shipped_data_dir() / "deck"


def test_every_shipped_deck_card_passes_the_ask_check(deck_dir: Path) -> None:
    raw, _ = load_raw_cards(deck_paths(deck_dir))
    cards, _ = validate(raw)
    unfair = [f"{c.id}: {m}" for c in cards for m in the_ask_is_fair(c)]
    assert len(cards) >= 150
    assert unfair == [], "\n".join(unfair)
