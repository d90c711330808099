"""Each ethics rule fires on a card that breaks it and stays quiet on a fair one."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

import pytest

from core.deck import Card
from core.deck_ethics import (
    CHECKS,
    ethics_note_accepts_no,
    group_safe_is_not_dating,
    no_deception,
    no_money_from_strangers,
    no_personal_data,
    no_physical_contact,
    no_pressure,
    no_repeat_after_no,
    no_unsafe_or_illegal,
    no_validation_seeking,
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

Rule = Callable[[Card], list[str]]


def ask(text: str) -> Card:
    return replace(FAIR, ask=text)


BAD: list[tuple[Rule, Card]] = [
    (ethics_note_accepts_no, replace(FAIR, ethics="")),
    (ethics_note_accepts_no, replace(FAIR, ethics="Be polite and smile.")),
    (ethics_note_accepts_no, replace(FAIR, ethics="If they say no, try to persuade them.")),
    (no_money_from_strangers, ask("Ask a stranger for a dollar.")),
    (no_money_from_strangers, ask("Ask a passer-by to pay for your coffee.")),
    (no_money_from_strangers, ask("Ask someone at the bus stop for some money.")),
    (no_personal_data, ask("Ask a stranger for their phone number.")),
    (no_personal_data, ask("Ask someone for their Instagram handle.")),
    (no_personal_data, ask("Ask the person next to you for their email address.")),
    (no_physical_contact, ask("Ask a stranger for a hug.")),
    (no_physical_contact, ask("Ask someone for a high five.")),
    (no_physical_contact, ask("Ask if you could hold hands for a minute.")),
    (no_validation_seeking, ask("Ask a stranger whether they find you attractive.")),
    (no_validation_seeking, ask("Ask a friend: how do I look today?")),
    (no_validation_seeking, ask("Ask a colleague to rate me out of ten.")),
    (no_repeat_after_no, ask("Ask for a discount and keep asking until they say yes.")),
    (no_repeat_after_no, replace(FAIR, tips=("If they refuse, ask again tomorrow.",))),
    (no_repeat_after_no, ask("Don't take no for an answer.")),
    (no_deception, ask("Pretend to be a journalist and ask for a tour.")),
    (no_deception, ask("Make up an excuse to skip the queue.")),
    (no_deception, ask("Ask for a student price with a fake card.")),
    (no_unsafe_or_illegal, ask("Ask to climb onto the roof of a shop.")),
    (no_unsafe_or_illegal, ask("Walk out without paying and see if anyone minds.")),
    (no_pressure, ask("Insist that the cashier gives you a discount.")),
    (no_pressure, ask("Threaten to leave a bad review unless they agree.")),
    (group_safe_is_not_dating, replace(FAIR, domain="dating", group_safe=True)),
]

GOOD: list[tuple[Rule, Card]] = [
    (ethics_note_accepts_no, FAIR),
    (ethics_note_accepts_no, replace(FAIR, ethics="A no ends it: smile and move on.")),
    (ethics_note_accepts_no, replace(FAIR, ethics="If they decline, accept it gracefully.")),
    (ethics_note_accepts_no, replace(FAIR, ethics="If they don’t reply, let it go.")),
    (ethics_note_accepts_no, replace(FAIR, involves_others=False, ethics="")),
    (no_money_from_strangers, ask("Ask your bank to refund a fee.")),
    (no_money_from_strangers, ask("Ask a shop for your money back on a broken kettle.")),
    (no_money_from_strangers, ask("Ask a stranger what time it is.")),
    (no_personal_data, ask("Ask your phone company for a cheaper plan.")),
    (no_personal_data, ask("Post something you made on social media.")),
    (no_physical_contact, ask("Ask a friend whether they'd like to keep in touch.")),
    (no_physical_contact, ask("Ask your manager to touch base on Friday.")),
    (no_physical_contact, ask("Read the guidelines and follow them exactly.")),
    (no_validation_seeking, ask("Ask a friend what they think of your story.")),
    (
        no_repeat_after_no,
        ask("Tell them you enjoyed it and ask whether they'd like to do it again."),
    ),
    (no_repeat_after_no, replace(FAIR, tips=("If they say no, don't ask again.",))),
    (no_deception, ask("Ask honestly for a student price if you are a student.")),
    (no_deception, replace(FAIR, tips=("Never pretend to be someone else.",))),
    (no_unsafe_or_illegal, ask("Ask a neighbour to borrow a ladder.")),
    (no_pressure, ask("Ask a shop whether they'd match a price; take their answer.")),
    (no_pressure, ask("Learn one in-demand skill and ask a colleague to teach you.")),
    (group_safe_is_not_dating, replace(FAIR, group_safe=True)),
    (group_safe_is_not_dating, replace(FAIR, domain="dating")),
]


def name(rule: Rule, card: Card) -> str:
    return f"{rule.__name__}: {card.ask[:40]}"


@pytest.mark.parametrize(("rule", "card"), BAD, ids=[name(r, c) for r, c in BAD])
def test_rule_fires_on_a_card_that_breaks_it(rule: Rule, card: Card):
    assert rule(card), f"{rule.__name__} let this through: {card}"


@pytest.mark.parametrize(("rule", "card"), GOOD, ids=[name(r, c) for r, c in GOOD])
def test_rule_stays_quiet_on_a_fair_card(rule: Rule, card: Card):
    assert rule(card) == []


def test_the_ethics_note_is_never_read_as_the_ask():
    card = replace(FAIR, ethics="If they say no, thank them; never ask again, never pretend.")
    assert [m for check in CHECKS for m in check(card)] == []


def test_a_problem_names_the_phrase_it_found():
    (message,) = no_physical_contact(ask("Ask for a HUG."))
    assert "'hug'" in message


def test_every_rule_is_part_of_the_shipped_checks():
    rules = {rule for rule, _ in BAD}
    assert rules == set(CHECKS)
