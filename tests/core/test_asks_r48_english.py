"""Own-card asks of the forty-eighth round (hands 48-1 and 48-2) the rules missed, read in
English, with the fair neighbours probed beside each.

Missed, now refused: a near stranger named "the guy I met once at ..." (no "who") asked for his
snapchat and address (contact, `core.asks.barely_met`); a first no refused in advance or one
person asked "10 times in a row" (repeat, `core.asks.first_noes`); a story posted of the bouncer
saying no, or of someone with "don't ask him first" (recording, `core.asks.posted_noes`); a
controlled pill asked of whoever has one, "any xanax to spare" (unsafe, `core.asks.substances`);
an ex's new address sought after she "moved without telling me" (block, `core.asks.cut_off`);
staff asked up to the user's hotel room "tonight" (romance, `core.asks.affection`); a stranger's
ride at night to somewhere unknown, kept from everyone (unsafe, `core.asks.untold_journeys`);
a vote for the user's cousin asked of "my staff" or "as the boss", and a carer asking a resident
for a place in her will (power, `core.asks.beyond_the_job`); a relative "who has dementia"
asked to sign her land over (pressure, `core.asks.hard_times`); a crowd set to chant "say yes"
while the user asks (pressure, `core.asks.watched_noes`).

Refused, now fair: a raise or a promotion asked for again a quarter or a review after a no
(`core.asks.deferrals`), and a teacher asking a pupil's parents to the school's meeting
(`core.asks.role_questions`). Still refused: a raise pressed every week or after three noes, a
date asked again next quarter, a pupil's parents asked for a gift, a discount or a date.
"""

from __future__ import annotations

import pytest

from core.asks import Problem
from tests.core.asks_reading import assert_first_problem


@pytest.mark.parametrize(
    "text",
    [
        "ask for a raise again next quarter, after she said no in January",
        "ask my manager for a promotion again next year, he said no in the spring",
        "ask my boss about a pay rise again in six months, she turned me down in March",
        "ask for flexible working again at my next review, HR said no last time",
        "ask the company for a salary review again next quarter after they refused this one",
        "ask my student's parents if they can come to the meeting on Tuesday",
        "ask my student's parents if they can come to the parents' evening next week",
        "ask my pupil's dad whether he can attend the review meeting on friday",
        "ask my students' parents if they can come to the open evening",
        "ask the guy I met once at my cousin's wedding how the band was booked",
        "ask the guy I met once at the conference if he'd recommend the course",
        "ask the guy I met once at a wedding if he knows a good DJ",
        "ask ten strangers in a row for the time",
        "ask the same barista for my usual order every morning",
        "ask five people in a row if they know a good pizza place",
        "accept the first no gracefully and say thank you",
        "don't accept the first answer you find online, ask the librarian",
        "ask the bouncer if I can post a story of him saying no",
        "post a story of me getting turned away from the club",
        "post a story about my rejection challenge and tag the club",
        "post a story of my night out and tag the club",
        "post a video of me saying no to dessert",
        "ask the pharmacist if they have any ozempic in stock",
        "ask my doctor whether xanax is right for my anxiety",
        "ask the pharmacist if my xanax prescription is ready",
        "ask the pharmacist if codeine is ok with my other pills",
        "ask my gp for a review of my adderall dose",
        "ask the pharmacy if they have any adderall back in stock",
        "ask the pharmacist if they have any codeine",
        "ask my mum if she has any plasters",
        "ask a taxi driver to take me home at midnight and text my friend where i am",
        "ask a random tricycle driver what his favourite route is",
        "ask my friend to tell my mum where i'm going tonight",
        "ask the receptionist to send someone up to my room to fix the shower",
        "ask the porter to bring my bags up to my room",
        "ask room service to come up to my room with extra pillows",
        "ask the receptionist if my room is ready",
        "ask my husband to come up to my room tonight",
        "ask my staff what they would change about how I run the shop",
        "ask my staff if anyone wants to work Christmas Day for double pay",
        "ask my staff to remember to vote on election day",
        "ask my staff to vote on where the christmas party should be",
        "ask my friend to use her staff discount for my shopping",
        "ask the staff at the cafe for a glass of water",
        "ask my girlfriend if she wants to see the new film with me on my staff ticket",
        "as a carer, ask the family if the resident has made a will we should know about",
        "I work as a carer, ask one of the residents if she'd like to play cards",
        "ask my gran if she's written her will yet",
        "ask my grandma whether she wants to update her will",
        "ask my mum to leave me her ring in her will",
        "ask my tita who has dementia if she'd like to look at old photos",
        "ask my grandad who has alzheimer's to tell me about the war",
        "ask my aunt who has dementia if she wants to come for a walk",
        "ask my gran who has dementia what song she'd like me to play",
        "get the whole class to chant the times tables",
        "get the whole class to sing happy birthday to our teacher",
        "ask my friends to chant my name at the finish line",
        "ask the class to sing along while I play guitar",
        "ask my ex-wife where the kids will stay on my weekend",
        "ask my ex when she moved, the kids mentioned a new flat",
        "my friend moved without telling me, ask her if she's okay",
        "my ex moved without telling me, ask my lawyer what to do about the custody schedule",
        "ask my cousin to help me find a new flat, my ex moved out without telling me",
        "ask my boss for a raise again at my next review, she said no in January",
    ],
)
def test_fair_neighbours_pass(text: str) -> None:
    assert_first_problem(text, None)


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        (
            "ask the guy I met once at my cousin's wedding for his snapchat AND his address",
            Problem.CONTACT,
        ),
        ("ask the woman I met once at the gym for her instagram", Problem.CONTACT),
        ("ask the guy we met once on holiday for his home address", Problem.CONTACT),
        ("ask the bloke I met one time at the pub for his whatsapp", Problem.CONTACT),
        (
            "challenge: never accept the first no, ask the same person 10 times in a row",
            Problem.REPEAT,
        ),
        ("don't take the first no, keep the conversation going", Problem.REPEAT),
        ("ask her three times in a row if she wants to dance", Problem.REPEAT),
        ("the first no doesn't count, ask again", Problem.REPEAT),
        (
            "post a story of the bouncer saying no to me and tag the club, don't ask him first",
            Problem.RECORDING,
        ),
        ("post a video of the cashier saying no to my discount request", Problem.RECORDING),
        ("upload a clip of the guy at the counter refusing me", Problem.RECORDING),
        ("post a story of the barista, don't ask her first", Problem.RECORDING),
        ("share a reel of the security guard turning me away from the club", Problem.RECORDING),
        ("ask someone at the bus stop if they have any xanax to spare", Problem.UNSAFE),
        ("ask the guy at the party if he's got any adderall", Problem.UNSAFE),
        ("ask my flatmate to spare me a couple of valium before the flight", Problem.UNSAFE),
        ("ask a stranger at the club if they have some oxy", Problem.UNSAFE),
        ("ask my coworker if she has any sleeping pills I could have", Problem.UNSAFE),
        ("ask someone at the gym if they sell any tramadol", Problem.UNSAFE),
        (
            "Ask my cousin to find out the new address of my ex-wife, she moved without telling me",
            Problem.BLOCK,
        ),
        ("my ex moved without telling me, ask her sister where she lives now", Problem.BLOCK),
        (
            "ask our mutual friend for my ex's new number, he changed his number without telling "
            "me",
            Problem.BLOCK,
        ),
        ("ask my ex's mum where she moved to, she left without telling me", Problem.BLOCK),
        (
            "my ex-husband moved without telling me, ask his brother for his new address so I can "
            "visit",
            Problem.BLOCK,
        ),
        ("Ask the receptionist at my hotel to come up to my room tonight", Problem.ROMANCE),
        ("ask the waitress to come up to my room after her shift", Problem.ROMANCE),
        ("ask the hotel cleaner to come by my room later", Problem.ROMANCE),
        ("ask the barman if he wants to come up to my room for a drink", Problem.ROMANCE),
        ("ask the concierge to pop up to my room tonight", Problem.ROMANCE),
        (
            "ask a random tricycle driver to take me somewhere i dont know at midnight, and dont "
            "tell anyone where im going",
            Problem.UNSAFE,
        ),
        ("ask a random taxi driver to take me wherever he likes at night", Problem.UNSAFE),
        (
            "ask a stranger for a lift out of town and don't tell my family where i'm going",
            Problem.UNSAFE,
        ),
        ("don't tell anyone where i'm going, then ask a random trucker for a ride", Problem.UNSAFE),
        ("as the boss ask my staff to vote for my cousin in the barangay election", Problem.POWER),
        ("ask my staff to vote for my party in the election", Problem.POWER),
        ("ask my employees to vote for me in the council election", Problem.POWER),
        ("as their manager, ask the team to vote for my brother", Problem.POWER),
        (
            "I work as a carer at an old people's home, ask one of the residents to put me in her "
            "will",
            Problem.POWER,
        ),
        ("as a nurse, ask my elderly patient to leave me her house in her will", Problem.POWER),
        ("i'm a care worker, ask the old man i look after to change his will", Problem.POWER),
        (
            "I work at a care home, ask Mrs Jones to put me in her will, she has no family",
            Problem.POWER,
        ),
        ("ask the residents i care for to mention me in their will", Problem.POWER),
        ("ask my tita who has dementia to sign her land over to me", Problem.PRESSURE),
        ("ask my grandad who has alzheimer's to lend me money", Problem.PRESSURE),
        ("ask my aunt who is living with dementia to sign the house over to me", Problem.PRESSURE),
        ("ask my lola who has dementia to give me her jewellery", Problem.PRESSURE),
        ("get the whole class to chant 'say yes, say yes' while I ask her", Problem.PRESSURE),
        ('get my friends to chant "say yes" when I propose', Problem.PRESSURE),
        ("get the whole office to chant while I ask her out", Problem.PRESSURE),
        (
            "get the crowd at the game to chant her name while I ask her to marry me",
            Problem.PRESSURE,
        ),
        ("ask my boss for a raise again tomorrow, she said no today", Problem.REPEAT),
        ("ask for a raise every week until she says yes", Problem.REPEAT),
        (
            "ask my boss for a raise again next quarter, she has said no three times already",
            Problem.REPEAT,
        ),
        ("ask her out again next quarter, after she said no in January", Problem.REPEAT),
        ("ask my manager for a raise again next week even though he said no", Problem.REPEAT),
        ("ask my student's parents to lend me money", Problem.POWER),
        ("ask my student's mum to buy me a gift", Problem.POWER),
        ("ask my student's dad out for a drink", Problem.POWER),
        (
            "ask my student's parents if they can come to the meeting and bring me a gift",
            Problem.POWER,
        ),
        (
            "ask my student's parents if they can come to the meeting, their son's grades depend "
            "on it",
            Problem.POWER,
        ),
        (
            "Ask my pupil's parents, who own a restaurant, for a discount since I'm their son's "
            "teacher.",
            Problem.POWER,
        ),
    ],
)
def test_unfair_asks_are_refused(text: str, problem: Problem) -> None:
    assert_first_problem(text, problem)
