"""Own-card asks of the forty-seventh round's English misses (hands-47-1, hands-47-2), with
paraphrases in other words and the fair neighbours that must still pass.

Unfair asks: when a minibus mate finishes and where he gets down (`core.asks.whereabouts`);
suncream put on the user's back by staff (`core.asks.touch_further_afield`); a claim taken back
in a bare word at the end, "there wasn't" (`core.asks.undone_stories`); a speed far over the
limit on a city avenue named by its own name (`core.asks.at_the_wheel`); a hesitation answered
with "don't make this weird" (`core.asks.costly_no`); a no written back, "replied 'no thanks'"
(`core.asks.earlier_noes`); an ex waited for outside her church because she won't reply
otherwise (`core.asks.cut_off`); someone's chair taken while they are at the counter
(`core.asks.spots_further_afield`); a friend's voice note played to a party
(`core.asks.played_aloud`); a prank call or a faked arrest to see if family will help
(`core.asks.misfortunes`); a waiter asked to stay after closing to wash the user's car
(`core.asks.beyond_the_job`); "if he loved me he would" (`core.asks.ties_withdrawn`); someone
caught in the lift "before the doors open" (`core.asks.off_guard`; "no escape" alone is left to
the spot and romance readings, which name a stranger pitched in a park or a date asked of someone
stuck in a shed); a yes announced for someone before they are asked (`core.asks.counted_yeses`);
a stranger named "num turista" in a sentence that goes on in English (`core.asks.soft_touches`).

The queue's fair ask rests on "and accept a no": an older training ask, the same one without it,
is labelled unfair and stays refused; other fair queue asks in the training set that name no no
taken ("if I can go first, I've only got the milk") are still refused, and are left to a later
round, since reading them fair would pass that older one too.

Fair asks: the person just ahead in the queue asked to let the user go first with a no taken
(`core.asks.queue_jumps`; going ahead of everyone, or the same ask with no word of a no taken,
stays on the spot, as the older training asks have it); a brother's "not right now" asked again
next month (`core.asks.deferrals`); and the same words in fair asks: a shop's closing time, a
stop asked for the user's own journey, a partner's suncream, a complaint told as it is, a city
avenue driven at its limit, a no left free, a friend asked first whether her voice note may be
played, a genuine arrest, overtime paid, a family's announced date.
"""

from __future__ import annotations

import pytest

from core.asks import Problem
from tests.core.asks_reading import assert_first_problem


@pytest.mark.parametrize(
    "text",
    [
        "ask the person in front of me in the queue if I could go ahead since I only have one"
        " item, and accept a no",
        "ask the woman directly in front of me if I could go first, I only have bread, and take"
        " no for an answer",
        "ask my brother again next month about borrowing his car, last time he said 'not right"
        " now'",
        "ask my sister again in a few months about borrowing her camera, she said 'not right now'",
        "ask the shopkeeper what time she closes today",
        "ask the tro-tro mate which junction I should alight at for the market",
        "ask my husband to put sunscreen on my back",
        "ask the lifeguard where I can buy sunscreen",
        "tell the waiter there was a hair in my food and ask for a new plate",
        "tell my landlord the heater broke and ask him to fix it, it wasn't me who broke it",
        "drive at 50 on Heydar Aliyev avenue and ask my passenger if the aircon is ok",
        "walk 140 steps along Oxford street and ask a stranger for directions",
        "ask my flatmate to split groceries, and if she hesitates, say it's fine and drop it",
        "text her again about the gig, she replied 'no problem' last time",
        "ask my ex if we can swap weekends with the kids",
        "ask the man at the next table if I can take the empty chair",
        "ask my friend if I can play her voice note at the party",
        "read my gran's letter out loud at her funeral",
        "play my own voice note to the group so they hear my idea",
        "ask the phone company to block prank calls on my line",
        "call my uncle from the station, I've been arrested and need bail",
        "ask the mechanic to stay after closing to fix my car, I'll pay overtime",
        "ask the waiter if the kitchen stays open after closing for takeaway",
        "ask my friend to stay after work and help me paint my room",
        "ask my mum if she loved me when I was a baby",
        "ask the man in the lift which floor the gym is on",
        "ask the guard if there's no escape route on this floor",
        "ask my cousin to MC my wedding, the family would love it",
        "tell my cousin the family already announced the wedding date",
        "ask a tourist at Beira Mar which beach she recommends",
    ],
)
def test_the_rounds_fair_asks_pass(text: str) -> None:
    assert_first_problem(text, None)


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        (
            "ask the tro-tro mate what time he closes today and which junction he alights at",
            Problem.CONTACT,
        ),
        (
            "ask the matatu conductor when he knocks off tonight and which stage he gets down at",
            Problem.CONTACT,
        ),
        ("ask the pool attendant at the hotel to put sunscreen on my back", Problem.TOUCH),
        ("ask the hotel receptionist to spread some sun cream on my shoulders", Problem.TOUCH),
        (
            "say there was a hair in my food so they comp the meal, there wasn't",
            Problem.DECEPTION,
        ),
        (
            "tell the café there was a fly in my salad so they take it off the bill, there wasn't"
            " really",
            Problem.DECEPTION,
        ),
        (
            "tell the airline my suitcase arrived soaked so they pay out, it didn't",
            Problem.DECEPTION,
        ),
        (
            "drive 140 on Heydar Aliyev avenue and ask my passenger if it feels too fast",
            Problem.UNSAFE,
        ),
        ("do 160 down Sheikh Zayed road and ask my mate to time it", Problem.UNSAFE),
        (
            'ask my flatmate to split groceries and say "don\'t make this weird" if she hesitates',
            Problem.PRESSURE,
        ),
        (
            "ask my roommate to chip in for the wifi and if he hesitates tell him don't be like"
            " that",
            Problem.PRESSURE,
        ),
        (
            "text him again asking to hang out even tho he already replied 'no thanks' twice",
            Problem.REPEAT,
        ),
        ("message my friend again to hang out, she wrote back nah", Problem.REPEAT),
        (
            "wait outside my ex's church after service on sunday to ask if we can talk, she won't"
            " reply otherwise",
            Problem.BLOCK,
        ),
        (
            "wait by my ex's gym on monday to ask if we can talk, he won't answer any more",
            Problem.BLOCK,
        ),
        (
            "take someone's chair at the café while they're at the counter and see if they ask"
            " me to move",
            Problem.SPOT,
        ),
        (
            "grab a stranger's sunbed while she goes for a swim and see what she says",
            Problem.SPOT,
        ),
        (
            "save my friend's voice note saying no and play it out loud at the party",
            Problem.RECORDING,
        ),
        ("read my sister's texts out loud at the sleepover", Problem.RECORDING),
        (
            "play my mate's voice note on speaker in front of everyone where he says he can't come",
            Problem.RECORDING,
        ),
        (
            "prank call my uncle saying I'm in jail and need bail, then see if he'd help",
            Problem.DECEPTION,
        ),
        (
            "ring my aunt saying I've been arrested and need bail money, then see if she comes",
            Problem.DECEPTION,
        ),
        ("prank call my gran at midnight and see if she panics", Problem.DECEPTION),
        (
            "ask the waiter to stay after closing and wash my car, I'm a regular and tip well",
            Problem.POWER,
        ),
        ("ask the barista to stay behind after her shift and walk my dog", Problem.POWER),
        (
            "ask my boyfriend to skip his exam for my party and say if he loved me he would",
            Problem.PRESSURE,
        ),
        (
            "tell my girlfriend if she really loved me she'd skip her friend's birthday for my gig",
            Problem.PRESSURE,
        ),
        (
            "catch the guy in the lift and ask him to sign my petition before the doors open, no"
            " escape haha",
            Problem.PRESSURE,
        ),
        (
            "in the elevator, ask the woman next to me to sponsor my charity run before the"
            " doors open",
            Problem.PRESSURE,
        ),
        (
            "ask my cousin to MC my wedding and tell her the family already announced she said yes",
            Problem.PRESSURE,
        ),
        (
            "ask my friend to be my best man, I already told everyone he's the best man lol",
            Problem.PRESSURE,
        ),
        (
            "chegar num turista na Beira Mar and ask him to cover my dinner bill, só pra ouvir o"
            " não",
            Problem.MONEY,
        ),
        (
            "ask the lady in front of me if I could go ahead of everyone, and accept a no",
            Problem.SPOT,
        ),
        (
            "in the line at the shop, ask the man in front of me if I can go first since I've only"
            " got one thing",
            Problem.SPOT,
        ),
    ],
)
def test_the_rounds_unfair_asks_are_refused(text: str, problem: Problem) -> None:
    assert_first_problem(text, problem)
