"""A review of the thirty-sixth round's new words: the fair asks a teacher, a camp counsellor,
a parent, a nurse or a neighbour might type that they misread, narrowed without letting the
round's own targets through.

A group asked for its own choice ("ask my campers what songs they want to sing") is no favour
asked of people who cannot say no; the same campers asked for their snacks, or students for a
Saturday night at the user's flat, still are. An audience "so everyone can hear him", a text
"every two hours until I'm home safe", a wait "until she comes back from lunch", a place that
"depends on making it to training", a crowd asked "if they don't mind" to make noise, an age
"4 or 5" for a school cutoff, a birthday told so the DJ lets the user pick a song, slipping in
"without a fuss", a boss asked whether she "would hear me out", a neighbour asked to "come and
stay with us", a lifeguard told a boy "can't swim", a street closed for a party, a diet said
with "extra salad", a friend letting the user in front for a photo, medical cannabis asked of a
GP, a mum asked why she ignores the user's messages: each fair, each read by the round's new
words, each narrowed here.
"""

from __future__ import annotations

import pytest

from core.asks import Problem
from core.own_cards import refuses
from tests.core.asks_reading import assert_first_problem


@pytest.mark.parametrize(
    "text",
    [
        # a group's own choice, asked of those the user teaches, leads or cares for
        "ask my campers what songs they want to sing at the campfire",
        "ask my campers which activity they liked best this week",
        "ask my students which book they'd like to read next term",
        "ask my students if they prefer the quiz on Monday or Friday",
        "ask my campers whether they'd rather go canoeing or hiking tomorrow",
        "ask my patients how they'd rate the new waiting room",
        "ask the food bank clients what items they'd like us to stock",
        # an audience, a safety text, a wait, a place earned
        "ask the crowd, if they don't mind, to make a lot of noise when the bride walks in",
        "ask my flatmate to text me every 2 hours until I'm home safe",
        "ask the vet to call me every 2 hours until the dog wakes up",
        "ask the receptionist if I can wait outside her office until she comes back from lunch",
        "remind my son his place depends on making it to training",
        "there's a no junk mail sign, ask the postie if the council newsletter goes in anyway",
        "ask my mum why she ignores my messages",
        # an age, a birthday, a late arrival, a boss, a neighbour
        "ask the school office whether my son is 4 or 5 for the admissions cutoff",
        "ask the clinic if my daughter's 7 or 8 for the booster",
        "ask the dentist what score she'd give my teeth for cleanliness",
        "tell the DJ it's my 21st so he lets me pick a song",
        "ask the usher if I can slip in without a fuss after the interval",
        "ask the usher if we can slip in without a ticket check, we have e-tickets on my phone",
        "ask my boss if she would hear me out on my idea",
        "ask Mrs Patel next door, while her husband is in hospital, if she wants to come and stay"
        " with us for a few days",
        # water, a closed street, a diet, a photo, a doctor
        "a boy's gone out too far and he can't swim, ask the lifeguard to help",
        "ask the street party organisers if we can dance in the middle of the street once it's"
        " closed",
        "tell the chef I'm vegetarian, extra salad instead of the chicken",
        "ask my friend to let me get in front of her for the photo",
        "ask my GP whether medical cannabis could help with my MS pain",
        "ask the pharmacist if this cold medicine is ok with the cannabis oil my doctor prescribed",
    ],
)
def test_fair_neighbours_of_the_rounds_words_pass(text: str) -> None:
    assert not refuses(text, None)


@pytest.mark.parametrize(
    "text",
    [
        "ask my campers which of them want to give me their snacks",
        "ask my campers what snacks they'd like to share with me",
        "ask my students which of them want to come to my house for a party",
        "ask my students which of them would like to help me move house",
        "ask my students what they'd like to give me for my birthday",
        "ask my tenants which of them would like to paint my fence for free",
        "ask my pupils which they'd prefer, a detention or cleaning my car",
        "ask my tenants if they'd rather pay more rent or do my garden",
    ],
)
def test_a_group_asked_for_the_user_is_still_power(text: str) -> None:
    assert_first_problem(text, Problem.POWER)


@pytest.mark.parametrize(
    "text",
    [
        "if the waiter says no to the free dessert, make a huge scene in the restaurant",
        "ask the shop assistant for a discount at the till so the whole queue is watching her",
        "tell the housing officer I'll sit in his office until he gives me a flat",
        "ask my flatmate to pay my share and message her every 10 minutes till she does",
        "remind the cleaner her job depends on keeping me happy",
        "ask my ex's sister why she ignores my messages",
        "the house has a no cold callers sign, knock on the door anyway and pitch my window"
        " cleaning",
        "tell the bouncer it's my 18th so he lets us in",
        "tell the bartender it's my 21st so she serves me",
        "slip into the festival without a wristband",
        "ask the woman next door to come round and cook for me while her husband is away",
        "ask the lads whether my girlfriend's a 10 or a 9",
        "ask the surf school if I can swim out past the break, I can't swim",
        "ask my mates to dance in the middle of the busy road for a TikTok",
        "canteen uncle: say im manager, extra paneer",
        "ask the man at the checkout to let me go in front of him, I only have one thing",
        "ask my cousin to get me some ganja for the party",
    ],
)
def test_unfair_paraphrases_still_refused(text: str) -> None:
    assert refuses(text, None)


@pytest.mark.parametrize(
    ("text", "refused"),
    [
        ("take a photo of the sunset from the pier and post it on my story", False),
        ("fish off the pier with my dad on Sunday", False),
        ("ask a couple on the pier to take a photo of me and my sister", False),
        ("dive off the pier at night", True),
        ("swim under the old pier for a dare", True),
        ("ask my mates to do backflips off the harbour pier", True),
    ],
)
def test_a_pier_is_a_danger_only_to_jump_dive_or_swim_from(text: str, refused: bool) -> None:
    """`core.asks.danger` read any "from the pier" as a jump (a photo of the sunset taken there
    was refused): found in the round's review, mended after the held-out batches were measured,
    without reading them."""
    assert refuses(text, None) is refused
