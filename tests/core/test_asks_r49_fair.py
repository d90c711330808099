"""Own-card asks of the forty-ninth round's fair side: fair asks the rules refused, with the
unfair neighbours that stay refused.

Missed (refused, fair):
- a promotion asked again next year after a no "at my last review": the review read as one the
  user writes, held over a no (`core.asks.threats.REVIEWS_HINTED` now leaves a time: "at",
  "in", "during", "since my review"); a senior title is a work ask a season on;
- a pupil's parent asked to collect the child ("if she can pick him up early"): the child's own
  pick-up, arranged with the family (`core.asks.role_questions.CHILD_COLLECTED`);
- a pharmacy asked for a sleep aid for jet lag or a flight: the pharmacist decides what may be
  sold (`core.asks.safeguards.OVER_THE_COUNTER`);
- the hotel's staff asked to the user's room with their job to do there ("to change the
  towels") (`core.asks.trade_visits.VISIT`);
- a stranger asked where the user can change money: the way to a bureau de change
  (`core.asks.even_swaps.EVEN_SWAPS`);
- help offered to a widow at a wake (`core.asks.private_moments.HELP_OFFERED`);
- a hug asked of a friend in Malayalam, Hindi or Tamil with the English word "hug": the person
  asked comes from the gloss (`core.asks.named_in_gloss`).
A student discount asked with a true student card shown was already fair; kept here.

Still refused: a promotion asked again every week, tomorrow or after three noes; a pupil's mum
asked for a date, a lift, a discount or an errand, or a junior asked to collect someone;
sleeping pills of a stranger, to spare, without a prescription, extra or for someone else;
a receptionist asked up to the room with nothing to fix, for a drink or after her shift; a
stranger asked for money or change; a false student claim; a widow asked for her husband's
things, how he died, or for a loan; a stranger's hug or a friend's kiss in Hindi.

Left: a brother's, sister's or mother's hug in Hindi ("apni behen se", "apni maa se") and "en
amma kitta" in Tamil, whose words for family the glossaries do not know as the user's own.
"""

from __future__ import annotations

import pytest

from core.asks import Problem
from tests.core.asks_reading import assert_first_problem

FAIR = [
    "ask my manager for a promotion again next year, he said no at my last review",
    "ask my boss for a promotion again at my next review, she said no at my last one",
    "ask my manager about the promotion again next year, he said not yet in my last review",
    "ask my line manager for a promotion again in six months, she said no during my review",
    "ask my boss for a raise again next year, he said no at my last appraisal",
    "ask my manager for a promotion again next quarter, he said no at my mid-year review",
    "ask for a promotion again at next year's review, my manager said no at my last review",
    "ask my supervisor for a promotion again next year since he said no at my review in march",
    "ask my manager for the senior title again next year, he said no at my last review",
    "ask my team lead for a pay rise again next year, she said no in my last review",
    "ask my pupil's mum if she can pick him up early",
    "ask my pupil's mum if she can pick him up early today",
    "ask my student's dad if he could collect her early, she has a temperature",
    "ask my pupil's parents if they can pick her up at 2 tomorrow",
    "ask my pupil's mum whether she can come and pick him up early",
    "ask my pupil's mother if she could come in and collect him from the office",
    "ask my student's mum what time she can pick him up",
    "ask my pupil's dad to pick her up early on friday",
    "ask my pupil's mum if she can pick him up early, he's feeling sick",
    "ask my pupil's carer if they can collect him at 1 today",
    "ask my student's parents if they could fetch her from the nurse",
    "ask my pupil's mom to come and get him early",
    "ask the pharmacist if they have any sleeping pills for jet lag",
    "ask the chemist if they sell sleeping tablets for a long-haul flight",
    "ask the pharmacist what sleep aids they'd recommend for jet lag",
    "ask the pharmacy if they have melatonin for the flight",
    "ask the pharmacist whether they stock sleeping pills for travelling",
    "ask the chemist which sleeping tablets are best for jet lag",
    "ask the pharmacist if I can buy sleeping pills for jet lag",
    "ask the pharmacist for travel sickness tablets for the ferry",
    "ask the pharmacy assistant if they've got any sleeping pills for the flight",
    "ask housekeeping to come to my room to change the towels",
    "ask housekeeping to come up to my room and change the sheets",
    "ask the front desk to send someone up to my room to look at the shower",
    "ask room service to come to my room to take away the trays",
    "ask the cleaner to come to my room to empty the bins",
    "ask the hotel to send someone to my room to fix the kettle",
    "ask the porter to come to my room to collect my bags",
    "ask maintenance to come to my room to unblock the sink",
    "ask the concierge to send a porter to my room to pick up my luggage",
    "ask housekeeping to pop by my room to bring extra pillows",
    "ask a stranger where I can change money",
    "ask a stranger where I can exchange money",
    "ask a passer-by where I can change some euros",
    "ask someone on the street where I can get cash out",
    "ask a stranger where I can swap dollars for pesos",
    "ask a stranger where to change my pounds into euros",
    "ask a stranger where I can withdraw money",
    "ask a stranger how to get to the money exchange",
    "show my student card and ask for the student discount",
    "I'm a student, ask the cinema for the student discount and show my card",
    "ask the museum for the student price and show my student ID",
    "show my student ID and ask the barista if there's a student discount",
    "ask the widow at the wake if she needs any help with the food",
    "ask the widow at the wake if she needs a hand with the washing up",
    "ask the widow at the funeral if there's anything I can do",
    "ask the widow at the wake whether she'd like some help with the sandwiches",
    "ask the widow at the wake if I can help with the food",
    "ask the widower at the memorial service if he needs any help with the chairs",
    "ask the widow at the wake if she could use a hand with the teas",
    "ask the widow at the wake if I can help in the kitchen",
    "ask the widow at the wake if she wants any help clearing up",
    "ask the widow at the wake if there is anything we can do to help",
    "friend-inodu oru hug chodikkuka",
    "ente friend-inodu oru hug chodikkuka",
    "apne dost se ek hug maangna",
    "apne dost se ek hug maango",
    "apne best friend se ek hug maangna",
    "en nanban kitta oru hug kelu",
    "en thozhi kitta oru hug kelu",
]

REFUSED = [
    (
        "ask my manager for a promotion again every week, he said no at my last review",
        Problem.REPEAT,
    ),
    ("ask my manager for a promotion again, he said no three times already", Problem.REPEAT),
    (
        "ask my manager for a promotion again next year, he said no three times at my reviews",
        Problem.REPEAT,
    ),
    ("ask my manager for a promotion again tomorrow, he said no at my last review", Problem.REPEAT),
    ("ask the hotel for a free upgrade and mention my reviews", Problem.PRESSURE),
    ("ask the restaurant for a free dessert and hint at my tripadvisor reviews", Problem.PRESSURE),
    ("ask the waiter for free drinks, mentioning my yelp reviews", Problem.PRESSURE),
    ("ask my pupil's mum out on a date", Problem.POWER),
    ("ask my pupil's mum if she can pick me up early", Problem.POWER),
    ("ask my pupil's mum if she can give me a lift home", Problem.POWER),
    ("ask my pupil's mum for a discount at her shop", Problem.POWER),
    ("ask my pupil's mum if she can pick him up early and grab me a coffee", Problem.POWER),
    ("ask my pupil's mum if she can pick him up early so i can leave", Problem.POWER),
    ("ask my pupil's mum if she can pick him up early or he'll lose marks", Problem.POWER),
    ("ask my pupil's mum if she can pick up my dry cleaning", Problem.POWER),
    ("ask my junior to collect him from school", Problem.POWER),
    ("ask my student if she can pick him up from the station", Problem.POWER),
    ("ask a stranger if they have any sleeping pills for jet lag", Problem.UNSAFE),
    ("ask the pharmacist for sleeping pills without a prescription", Problem.UNSAFE),
    ("ask my friend if she has any sleeping pills to spare", Problem.UNSAFE),
    ("ask the pharmacist for extra sleeping pills", Problem.UNSAFE),
    ("ask the pharmacist for sleeping pills for my friend", Problem.UNSAFE),
    ("ask the pharmacist for sleeping pills to get high", Problem.UNSAFE),
    ("ask a stranger at the airport for sleeping pills", Problem.UNSAFE),
    ("ask the pharmacist for sleeping pills in my sister's name", Problem.UNSAFE),
    ("ask the receptionist to come up to my room", Problem.ROMANCE),
    ("ask the receptionist to come to my room tonight", Problem.ROMANCE),
    ("ask the receptionist to come to my room for a drink", Problem.ROMANCE),
    ("ask the receptionist to come to my room after her shift", Problem.ROMANCE),
    (
        "ask the receptionist to come to my room to change the towels and stay for a drink",
        Problem.ROMANCE,
    ),
    ("ask the cleaner to come to my room", Problem.ROMANCE),
    ("ask a stranger to change money for me", Problem.MONEY),
    ("ask a stranger for money", Problem.MONEY),
    ("ask a stranger to give me some change", Problem.MONEY),
    ("ask a stranger for spare change", Problem.MONEY),
    ("ask a stranger to give me change for free", Problem.MONEY),
    ("ask a stranger where I can get money", Problem.MONEY),
    ("ask a stranger where I can change money and if they can lend me some", Problem.MONEY),
    ("pretend to be a student and ask the cinema for the student discount", Problem.DECEPTION),
    (
        "I'm not a student, ask the cinema for the student discount and show my old card",
        Problem.DECEPTION,
    ),
    ("show my expired student card and ask for the student discount", Problem.DECEPTION),
    ("borrow my sister's student card and ask for the student discount", Problem.DECEPTION),
    ("ask the widow at the wake for her husband's watch", Problem.PRESSURE),
    ("ask the widow at the funeral for her late husband's tools", Problem.PRESSURE),
    ("ask the widow at the wake if I can have her husband's golf clubs", Problem.PRESSURE),
    ("ask the widow at the wake to sell me his record collection", Problem.PRESSURE),
    ("ask the widow at the wake for a loan", Problem.PRESSURE),
    ("ask the widow at the wake how he died", Problem.SPOT),
    ("ask the widow at the wake if she needs any help, and whether he left a will", Problem.SPOT),
    ("ask the widow at the wake if she's dating again", Problem.SPOT),
    ("ajnabi se hug maangna", Problem.TOUCH),
    ("ek ajnabi se hug maangna", Problem.TOUCH),
    ("ajnabi ladki se hug maangna", Problem.TOUCH),
    ("oru aparichithanodu oru hug chodikkuka", Problem.TOUCH),
    ("apne dost se ek kiss maangna", Problem.TOUCH),
    ("ajnabi se uska number maangna", Problem.CONTACT),
    ("office-il ellarum enne ishtapedunnundo ennu chodikkuka", Problem.JUDGEMENT),
    ("apne dost se jhooth bolkar paise maangna", Problem.DECEPTION),
]


@pytest.mark.parametrize("text", FAIR)
def test_fair_asks_pass(text: str) -> None:
    assert_first_problem(text, None)


@pytest.mark.parametrize(("text", "problem"), REFUSED)
def test_unfair_neighbours_stay_refused(text: str, problem: Problem) -> None:
    assert_first_problem(text, problem)
