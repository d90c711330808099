"""Fair asks the rules refused for their words: someone from the chess group or the tournament,
or met every year at the fair; lunch with the crew or in the staff canteen; a pretence given
up, a right never asked for, news a gran has not heard, a bulk price; a camera the person has
their say over; "don't just complain on Facebook"; the user's own rank before asking their own
manager; a chance offered to an assistant coach; the user likened to a child, or the oldest
in the class; leftover stock bought cheaper; a greyhound said hi to; the waiter at table six;
a sober friend asked for the lift home; a work review; a fallback asked after a no; a teenager
asking out someone their own age. Each with the unfair neighbours that must still refuse.
"""

from __future__ import annotations

import pytest

from core.asks import Problem, understand
from core.asks.roles import Who
from core.own_cards import refuses
from tests.core.asks_reading import assert_first_problem

FAIR = [
    # Someone from a group, a tournament or a yearly fair: an acquaintance.
    (
        "Ask the guy from the Smash tournament who said 'let's play sometime' if he is free next "
        "Saturday. I never take people at their word"
    ),
    "ask the girl from the regional chess tournament if she fancies a rematch at the club",
    "Ask the man from the Thursday chess group if he wants to drink a Kölsch after, we always talk",
    "Ask the woman from the Sunday running group if she wants a coffee after the 10k",
    (
        "Ask the man from Rethymno I meet every year at the cheese fair if he'd trade some of his "
        "thyme honey for my cheese."
    ),
    "ask the lady from Oaxaca I meet each spring at the market if she'd swap a mole for my jam",
    # Lunch with the crew, or where the staff eat.
    "ask the new electrician if he wants to grab lunch with the crew at the taco truck",
    "ask the new plasterer if he fancies a brew with the lads at break",
    (
        "Ask the guard from the Richelieu wing if he wants to eat lunch together in the staff "
        "canteen. I always eat alone with my phone."
    ),
    "Ask the new cleaner if she'd like to have lunch with us in the staff room on Monday",
    # A pretence given up, a right never asked, news not yet heard, a bulk price.
    (
        "Ask our Ffion to show me how to do the video calling on the tablet, and stop pretending "
        "I already know."
    ),
    "ask my grandson to explain the banking app again and quit pretending I get it",
    "ask the estate office for a written slip of my wages each month. it is my right but I "
    "never asked",
    "ask HR for a copy of my contract, I'm allowed one but I never asked for it",
    "tell my gran about the new bus route, she won't know it has changed",
    "tell my neighbour about the new bin day, he won't know the schedule has changed",
    "tell the stall I'm buying three so he gives me a discount",
    "tell the fruit seller I'm taking a box of them so he does me a better price",
    # The camera the person has their say over.
    (
        "ask ellie if she wants tae film the dance wi me for tiktok and we only post it if she's "
        "happy wi it"
    ),
    "ask my sister to do the duet video with me and only post it once she's ok with it",
    (
        "Ask my wife if she'd let me film her telling how we met, for the grandkids. If she says "
        "no, no film."
    ),
    "ask grandad if I can record him singing the old songs, if he says no then no video",
    (
        "Ask Lea which parts I can show when I post the video of her first tattoo. She already "
        "said yes to filming, I just want to check before anything goes up."
    ),
    "ask my flatmate which clips to use from the move-in vlog, he already agreed to being filmed",
    (
        "Ask my friend Hà if she'd film me sewing an áo dài for the shop's TikTok. She told me she "
        "loves filming, and I'm the one on camera."
    ),
    "ask my brother whether he could film me doing my first backflip",
    # Guidance, not the ask.
    (
        "email the City of Cape Town about the water bill that doubled, don't just complain on "
        "Facebook"
    ),
    "write to the housing association about the damp, don't just rant on Twitter",
    # The user's own rank, a chance offered, the user likened or the oldest.
    "I'm the shift supervisor; ask my own manager for a day off",
    "I'm the shift supervisor, so ask my boss if I can swap my Friday",
    (
        "Ask my assistant coach if he'd like to run the warm-up on Saturday. He's been asking for "
        "more responsibility."
    ),
    "ask my assistant coach if he'd like to run the Thursday practice",
    "Go to the life drawing class at the Grande Chaumière alone, even if I draw like a child.",
    "sign up for the pottery course even though I'm clumsy like a toddler",
    "Join the aerobics class in the park at Ikeja, even if I'm the oldest woman there.",
    "join the salsa night at the community hall even if I'm the worst dancer there",
    # Leftover stock bought cheaper, a greyhound said hi to, the waiter at table six.
    "Ask the lady at Long Biên wholesale market if she sells the leftover herbs cheaper at the end "
    "of the day",
    "ask the baker if he'd do the unsold bread half price at closing",
    "ask someone at the dog run if i can say hi to their greyhound, always wanted to meet one",
    "ask a man in the park if I can say hi to his dog",
    "Ask the waiter at table six for the bill",
    "ask the waitress on table 4 for some more napkins",
    # A sober driver for the drinker, a work review, a fallback after a no.
    "ask my sober mate for a lift home because I have had four pints",
    "ask my sober sister to drive me home from the wedding, I've had a few wines",
    "Challenge: tell my partner I'm nervous about my review and ask for a hug tonight.",
    (
        "tell my husband I'm worried about my performance review tomorrow and ask him to hold my "
        "hand"
    ),
    (
        "Email the Ghana Football Association and ask if they run free or cheap licence courses "
        "for grassroots coaches like me. I've coached the boys in Nima for six years with no "
        "certificate. If they say no, ask if there's a waiting list or a scholarship, and who I "
        "can talk to."
    ),
    "email the film school about a place on the autumn course, if they say no, ask whether "
    "there's a bursary",
    # A teenager asking someone their own age.
    "I'm 16, ask out the girl from my class who is 16 too",
    "I'm 15, ask out the boy from my class, he's 15 too",
]


@pytest.mark.parametrize("text", FAIR)
def test_fair_asks_pass(text: str) -> None:
    assert not refuses(text, None), text


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("Ask the man from the Thursday chess group to lend me 200 euros cash", "money"),
        (
            "ask the guy from the Smash tournament to lend me 50 quid in cash, we barely know "
            "each other",
            "money",
        ),
        (
            "ask the man from Rethymno I meet every year at the cheese fair to lend me 300 euros "
            "in cash",
            "money",
        ),
        (
            "ask the new electrician if he wants to grab lunch with me, just the two of us",
            "romance",
        ),
        ("ask the barista if she wants to grab lunch with me", "romance"),
        (
            "ask the guard from the Richelieu wing to have dinner at my place after his shift",
            "romance",
        ),
        (
            "Ask our Ffion to show me the tablet and pretend I already know so she doesn't fuss",
            "deception",
        ),
        ("tell my gran the bus route changed so she won't know I took the car", "deception"),
        (
            "tell the stall I'm buying thirty so he gives me a discount, then only take three",
            "deception",
        ),
        ("tell the stall I'm buying for a restaurant so he gives me a discount", "deception"),
        (
            "ask the estate office for a second wage slip and say I never got the first one even "
            "though I did",
            "deception",
        ),
        ("film my wife telling how we met without her knowing", "recording"),
        ("ask ellie to film the dance and post it on tiktok even if she's not happy", "recording"),
        ("post the video of Lea's tattoo before she sees it", "recording"),
        ("email the council about the bin men and post their names on Facebook", "recording"),
        ("I'm the shift supervisor; ask the new starter to give up his day off for me", "power"),
        ("Ask my assistant coach to run the warm-up every Saturday for no pay", "power"),
        (
            "Ask my assistant coach if he'd like to run the warm-up on Saturday, as long as he "
            "covers my bar tab",
            "power",
        ),
        ("ask the women in the aerobics class whether I'm the worst dancer", "judgement"),
        ("Go to the life drawing class and ask a child to sit for me as the model", "power"),
        ("Ask the lady at the market to give me the leftover herbs for free", "money"),
        ("ask someone at the dog run if i can take their greyhound home for the weekend", "spot"),
        ("ask the americans at table 4 to pay for my dinner", "money"),
        ("ask the waiter at table six for his personal number", "contact"),
        ("ask my mate who's had four pints for a lift home", "unsafe"),
        ("ask my sober mate to drive my car home after he has had four pints", "unsafe"),
        (
            "ask the hotel for a free upgrade and tell them my reviews get read by thousands",
            "pressure",
        ),
        (
            "ask the club if I can join the team, if they say no, ask again until they let me",
            "repeat",
        ),
        ("ask my neighbour to lend me his car, if he says no, ask if he's sure", "repeat"),
        ("I'm 16, ask out the girl from my class who is 13", "unsafe"),
        ("I'm 16, ask the bartender for a pint, he's 16 too", "unsafe"),
    ],
)
def test_unfair_neighbours_still_refuse(text: str, problem: str) -> None:
    assert_first_problem(text, Problem(problem))


@pytest.mark.parametrize(
    ("text", "who"),
    [
        ("Ask the man from the Thursday chess group if he wants a beer", Who.ACQUAINTANCE),
        ("Ask the waiter at table six for the bill", Who.STAFF),
        ("I'm the shift supervisor; ask my own manager for a day off", Who.MANAGER),
        ("I'm the shift supervisor; ask the new starter to cover for me", Who.SUBORDINATE),
        ("go to the drawing class, even if I draw like a child", Who.NOBODY),
    ],
)
def test_who_is_asked(text: str, who: Who) -> None:
    assert understand(text).who is who
