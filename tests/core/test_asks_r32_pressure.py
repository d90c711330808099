"""Own-card asks that make a no hard or costly: everyone else's yes held up to the person, a
gift given for a favour over others, an ask timed for drink or a funeral, a no the user counts
on the person being unable to give, a secret, a visit or a vote threatened, and the same
leaning in Tagalog. Their fair neighbours must still pass: a fair price offered, a thank-you
brought back, a share owed, a plan left open, a hand offered at the wake, the user's own plan
after a no.
"""

from __future__ import annotations

import pytest

from core.asks import Problem, bribes, everyone_else, if_they_refuse, off_guard
from core.asks import tagalog_pressure as tagalog
from core.asks.text import normal
from tests.core.asks_reading import assert_first_problem


@pytest.mark.parametrize(
    "text",
    [
        "tell my roommate the rest of the flat already agreed to let my boyfriend move in",
        (
            "mention to my neighbour that every other family on the street has already signed "
            "the petition, so she'll be the only one who hasn't"
        ),
        "let my coworker know everybody else on the team already volunteered, so she kinda has to",
        "remind my cousin all the others already gave for gran's party, so he must also pay",
        "ask my friend to come to the protest, she'd be the only one of us not coming",
    ],
)
def test_the_rest_of_the_group_held_up(text: str) -> None:
    assert everyone_else.claims_the_rest_agreed(normal(text))
    assert_first_problem(text, Problem.PRESSURE)


@pytest.mark.parametrize(
    "text",
    [
        "give the council inspector an envelope so he can't refuse my permit",
        "slip the landlord's agent a gift card so our application goes to the top of the list",
        "send the coach a hamper so my son gets picked ahead of the other players",
        "take the clerk a box of chocolates so she puts my file before the other applicants",
    ],
)
def test_a_gift_for_a_favour_is_a_bribe(text: str) -> None:
    assert bribes.offers_a_bribe(normal(text))
    assert_first_problem(text, Problem.PRESSURE)


@pytest.mark.parametrize(
    "text",
    [
        "Ask my cousin for his motorbike when he's had a few beers at the barbecue",
        "ask my aunt to sign the land over to me at grandpa's burial, she won't be able to refuse",
        "ask my best mate for his season ticket at his mum's funeral, he's too emotional to say no",
        "ask my mother at dad's wake to give me his watch, she can't argue in front of everyone",
        "Ask my nephew for the deeds while his father's funeral is on",
        "ask my friend to lend me her car while she's upset about the breakup",
        "ask my flatmate for his gaming chair once he's tipsy, he'll agree to anything",
        "ask our Kev to go guarantor on my flat the week after his dad passed",
    ],
)
def test_an_ask_timed_for_drink_or_grief(text: str) -> None:
    assert off_guard.asked_off_guard(normal(text))
    assert_first_problem(text, Problem.PRESSURE)


@pytest.mark.parametrize(
    "text",
    [
        "ask the new lad to cover my Sunday, he can't really refuse me",
        "ask my gran for the car, she'll no say no to me",
        "ask my mate for his bike at his engagement party, he won't have the heart to argue",
    ],
)
def test_a_no_the_user_counts_on_them_not_giving(text: str) -> None:
    assert off_guard.asked_off_guard(normal(text))
    assert_first_problem(text, Problem.PRESSURE)


@pytest.mark.parametrize(
    "text",
    [
        "if my sister doesn't babysit saturday I'm not coming to her wedding",
        "tell my friend if he won't cover my shift I'm telling his girlfriend where he was",
        "tell the band if they don't play my song at the gig I'll pull my sponsorship",
        "tell my flatmate if he doesn't give me his room it'll be his fault when I move out",
        "tell my teammate if he no pass me the ball I tell coach he vapes",
        "I'll ban them from the group chat if they don't vote for my idea",
    ],
)
def test_a_no_answered_with_a_threat(text: str) -> None:
    assert if_they_refuse.threatens_a_no(normal(text))
    assert_first_problem(text, Problem.PRESSURE)


@pytest.mark.parametrize(
    "text",
    [
        "ask my tita to lend me money sa family reunion para di siya makatanggi",
        "sabihin sa kapitbahay ko na hindi ako uuwi hangga't hindi siya pumapayag",
    ],
)
def test_pressure_in_tagalog(text: str) -> None:
    assert tagalog.presses_in_tagalog(normal(text))
    assert_first_problem(text, Problem.PRESSURE)


@pytest.mark.parametrize(
    "text",
    [
        "remind my flatmate everyone else has already paid their share of the bills, ask for his",
        "tell my friend all the others already bought tickets in case she wants to join",
        "tell my team everyone has already agreed on Friday for the picnic, ask if it suits them",
        "tell my friend my parents already agreed she can sleep over, and ask if she'd like to",
        "invite the new colleague to lunch so she's not the only one left out",
        "ask in the group chat who wants to chip in for Sam's birthday present",
        "offer the farmer a fair price for his best fish before the market opens",
        "offer the seller a little above asking for the flat and ask if she'll consider it",
        "offer to pay the full price for the repair and ask if he can fit me in this week",
        "offer the café owner a box of my cookies and ask if they'd sell them on the counter",
        "ask my aunt at the funeral if she needs a hand with the food",
        "ask my brother at Dad's funeral if he wants to read the eulogy together",
        "ask my friend for a hug after her dad's memorial",
        "ask a tourist at the Victoria Memorial to take my photo",
        "at the reception after the funeral, ask my cousin if she needs a lift home",
        "ask my friend once she's had a couple of drinks if she wants to sing karaoke with me",
        "once my dad's had his coffee, ask him if I can borrow the car on Saturday",
        "give my sister a hug while she's upset about the exam",
        "ask my dad to teach me to drive, he can't refuse a chance to show off",
        "ask my housemate to turn the music down, he won't argue, he's easygoing",
        "he can't argue with the numbers, so ask my boss for a raise and show him my sales",
        "if my brother can't lend me the truck, I'll rent a van instead",
        "if she says no, I'll tell her that's totally fine and thank her",
        "if my sister can't babysit, I'm not going to the festival, and that's ok",
        "if my friend can't come to the gig I'll tell the others she says hi",
        "if the shop won't refund, I'll cancel my order and shop elsewhere",
        "ask my friend again next month about the hiking trip she said maybe to",
        "Ask my dad for a loan for my car and show him a repayment plan",
    ],
)
def test_fair_neighbours_still_pass(text: str) -> None:
    assert_first_problem(text, None)


@pytest.mark.parametrize(
    "text",
    [
        "ask my mate for his car keys once he's had a few, so he doesn't drive home",
        "ask my neighbour to water my plants, I'll bring her back a bottle of wine as thanks",
    ],
)
def test_care_and_thanks_are_not_pressure(text: str) -> None:
    """Keys taken from a friend who has been drinking, and a thank-you brought back, read as
    neither an ask timed for drink nor a bribe (other rules read the drink words)."""
    plain = normal(text)
    assert not off_guard.asked_off_guard(plain)
    assert not bribes.offers_a_bribe(plain)


@pytest.mark.parametrize(
    "text",
    [
        "invite Tom to the pub, he's the only one left at the office tonight",
        "ask Grandpa for the recipe, only he is left who remembers it",
        "ask my friend to come dancing so I'm not the only one not dancing",
        "my friend is moving so she has to sell her sofa, ask if I can buy it",
        "I'll throw her a surprise party unless she says no to parties",
        "if the plumber doesn't reply I'll fire him an email tomorrow",
    ],
)
def test_no_lever_read_in_ordinary_words(text: str) -> None:
    """Being the only one left, having to sell, throwing a party or firing off an email are
    said of the person or the user, not held over a no."""
    plain = normal(text)
    assert not everyone_else.claims_the_rest_agreed(plain)
    assert not if_they_refuse.threatens_a_no(plain)
