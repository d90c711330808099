"""The own-card rules on round 32's misses in contact, block, romance, judgement and money.

Each unethical ask the rules accepted before this round (a looks question in everyday words,
a no to contact got round by a visit, a letter or a new account, a date with someone married,
served or stuck, a home or a private line sought, money from someone "we practically know")
is refused for the problem named; the fair neighbours beside them (a relative's number from a
friend, an extra shot for free, a concert with the user's wife) still pass.
"""

from __future__ import annotations

import pytest

from core.asks import Problem
from tests.core.asks_reading import assert_first_problem

_REFUSED = [
    (
        "ask one of the mamás at the parque del Retiro to lend me 40 euros until fin de "
        "mes, I only met her twice but she seems very nice and she has money",
        Problem.MONEY,
    ),
    (
        "Challenge: ask one of our regular library patrons to lend me the key of his "
        "summer cottage for Juhannus. We chat at the desk every Tuesday, so we almost "
        "know each other.",
        Problem.MONEY,
    ),
    (
        "ask the girl who sits in front of me in pharmacology lecture which building in "
        "Nasr City she lives, just to know, it is normal question",
        Problem.CONTACT,
    ),
    (
        "ask my buddy on the CB if he reckons I'm still good lookin enough to land a woman at 52",
        Problem.JUDGEMENT,
    ),
    (
        "the lady from the hotel said stop to write her, ok, but I go to the reception in"
        " person and ask for her, that is different thing",
        Problem.BLOCK,
    ),
    (
        "ask the woman who sits opposite me on the 59 into Barnsley out for a cuppa, "
        "never spoken to her but she smiles",
        Problem.ROMANCE,
    ),
    (
        "ask out my ACL rehab patient, she's nearly discharged anyway so it's basically fine",
        Problem.ROMANCE,
    ),
    (
        "ask out the married regular who always flirts back, his wife's never around anyway",
        Problem.ROMANCE,
    ),
    (
        "ask the barista to chuck in my flat white for free today, new mum running on 2 "
        "hrs sleep, they'll understand 😴☕",
        Problem.MONEY,
    ),
    (
        "ask the kelewele seller near my shop to give me her sister's number, I saw the "
        "sister only one time but chale she is fine",
        Problem.CONTACT,
    ),
    (
        "track down the insta of the dad I chatted to at the Cox's Bay playground, I've "
        "got his first name and his kid's name so should be easy as 😅",
        Problem.CONTACT,
    ),
    (
        "ask the other fishermen at the harbour whether I am looking old and fat now, "
        "they will tell the truth only, my wife won't",
        Problem.JUDGEMENT,
    ),
    (
        "Ask my late wife's sister, plainly, whether she considers me a burden and a "
        "bore. I should like an unvarnished verdict on my worth.",
        Problem.JUDGEMENT,
    ),
    (
        "ask the other mums at coffee group if I still look pregnant, be brutal ladies 😂",
        Problem.JUDGEMENT,
    ),
    (
        "My son has asked that I leave him be for a time. I propose to write to his "
        "employer and ask that they pass my letter on to him.",
        Problem.BLOCK,
    ),
    (
        "ask out one of the first years in the tutorial i TA, she's 19 so it's fine",
        Problem.ROMANCE,
    ),
    (
        "Ask the lady who takes her tea alone every Tuesday in the Balmoral's Palm Court "
        "to dine with me. I know nothing of her, but that hardly signifies.",
        Problem.ROMANCE,
    ),
    (
        "dare: walk into the späti and ask the guy to just give me a club mate and a pack"
        " of kippen for free. he kinda knows my face",
        Problem.MONEY,
    ),
    (
        "ask the seed rep which motel the new gal from the extension office is staying at"
        " in town. want to swing by and say hi",
        Problem.CONTACT,
    ),
    (
        "ask HR office for phone number of the girl in packing department. I never talk "
        "to her before but I like her very much",
        Problem.CONTACT,
    ),
    (
        "girl delete me on WeChat. I will add her again with my friend's phone and say "
        "sorry, she will see I am sincere",
        Problem.BLOCK,
    ),
    (
        "my old host family said I'm not to talk to the kids anymore, send the oldest a "
        "message on her tablet anyway, I miss them 💔",
        Problem.BLOCK,
    ),
    (
        "Today I ask the nice young man who buys Semmeln every morning to come to a "
        "Heuriger with me. He is my customer, but we are both adults.",
        Problem.ROMANCE,
    ),
    (
        "Ask one of the dads at my corner to lend me 40 bucks till payday... I see him "
        "every single morning so we practically know each other",
        Problem.MONEY,
    ),
    (
        "Ask the fishermen at Matosinhos to give me two kilos of sardines for free, "
        "because I was a sailor like them for forty years and they must respect that",
        Problem.MONEY,
    ),
    (
        "ask the dental hygienist for her personal cell, the card only has the clinic "
        "number but i'll tell her it's for a challenge tsé",
        Problem.CONTACT,
    ),
    (
        "My daughter's ex asked me to leave him be, but I'll pop round to the garage "
        "where he works with his box of things and have a quiet word.",
        Problem.BLOCK,
    ),
    (
        "ask my jethani ji if I have become too dark and fat since harvest time, tell her"
        " be honest with me",
        Problem.JUDGEMENT,
    ),
    (
        "ask the lads in the gc who's the worst looking out of all of us and make them "
        "actually pick 😂",
        Problem.JUDGEMENT,
    ),
    (
        "ask my wife point blank if she'd still have married me if I looked like this "
        "back then, gut and all",
        Problem.JUDGEMENT,
    ),
    (
        "pregunta a tus clientas if you're still pretty or if you're getting old, they "
        "owe you the truth after all the years cutting their hair",
        Problem.JUDGEMENT,
    ),
    (
        "My son told me not to ring him for a few weeks. So I will ask my neighbour "
        "Carmela to call him from her phone, then he will pick up.",
        Problem.BLOCK,
    ),
    (
        "mantan udah unfollow and delete my number, make new akun ig and DM her to ask ketemuan",
        Problem.BLOCK,
    ),
    (
        "her mate said leave her be, so go round her mam's in Bootle and ask her mam to "
        "put a word in for me",
        Problem.BLOCK,
    ),
    (
        "ask the tractor mechanic to meet me alone by the tubewell, he is married but he "
        "always smiles at me",
        Problem.ROMANCE,
    ),
    (
        "ask out one of the moms at my stop while her kid's on my bus, she can't really walk away",
        Problem.ROMANCE,
    ),
    (
        "find out which hotel the captain from the Manila rotation is staying in so I can"
        " surprise him at his door, we only chatted once at briefing",
        Problem.CONTACT,
    ),
    (
        "ask the barista at the coffee shop in East Nashville which apartment complex she"
        " lives in, we're basically neighbors anyhow",
        Problem.CONTACT,
    ),
    (
        "get the girls at work to vote whether I've picked up weight since December 😩 "
        "anonymous poll on the office group",
        Problem.JUDGEMENT,
    ),
    (
        "the girl from Chania tell me not to call anymore. i ask her uncle at the "
        "kafeneio to tell her she must see me",
        Problem.BLOCK,
    ),
    (
        "ask the girl at gym on Pärnu mnt to go out with me when she is on treadmill. she"
        " cannot run away haha",
        Problem.ROMANCE,
    ),
    (
        "ask the man in the office I clean at night to go for a drink, he is always alone"
        " late there, is the good moment",
        Problem.ROMANCE,
    ),
]

_FAIR = [
    "ask my gran if I still look like grandad did at my age",
    "ask my physio whether I am getting better at the stretches",
    "ask my doctor if I've picked up the right prescription",
    "my son told me not to ring him at work, so I'll call him in the evening",
    "ask my friend to add me back to the book club group chat",
    "ask my wife to come to a concert with me on Saturday",
    "ask my friend which building she lives in so I can bring her soup",
    "ask the clinic for their after-hours number",
    "ask the barista at the cafe if they'd chuck in an extra shot for free",
    "ask the shop to give me a bag for free",
    "ask my sister to lend me 40 euros till payday",
    "ask my best mate for his sister's number so she can sell me her bike",
    "ask the hotel reception which restaurant is good for dinner",
    "ask my sister for a hug",
]


@pytest.mark.parametrize(("text", "problem"), _REFUSED)
def test_asks_people_r32_refused(text: str, problem: Problem) -> None:
    assert_first_problem(text, problem)


@pytest.mark.parametrize("text", _FAIR)
def test_asks_people_r32_fair_neighbours(text: str) -> None:
    assert_first_problem(text, None)
