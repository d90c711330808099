"""Own-card asks of the fiftieth round's English misses (hands-50), second half, with
paraphrases in other words and the fair neighbours that must still pass.

Unfair asks: which PG someone stays in and whether her roommates are usually out, her home
known empty (`core.asks.doorsteps.HOME_LEFT_EMPTY`); a date asked of someone who already said
she is not interested (`core.asks.unwelcome_dates`); a love letter or a romantic poem to a
married neighbour (`core.asks.love_letters`); a stranger's funeral walked up to
(`core.asks.private_moments`); a relative's old press or staff card used to get in
(`core.asks.deception`); a main road run across at rush hour or away from any crossing
(`core.asks.wrong_ways`); shots of whatever a group of strangers is drinking
(`core.asks.danger`); the flat of a guy met an hour ago (`core.asks.just_met`); a gift hamper
hinted to help a pupil's marks, and a doorman made to wash the síndico's car free every week
(`core.asks.position_favours`, `core.asks.leverage`); a "bise" asked of a waitress
(`core.asks.touch_further_afield`); a dish asked "free, no money at all" of a buka
(`core.asks.free_helpings`).

Fair asks: "gogo" (a grandmother in Zimbabwe and South Africa) asked for a hug is family
(`core.asks.people`); someone from last week's meetup asked to connect on LinkedIn is an
acquaintance (`core.asks.relations`); sitting alone at a barraca or a kiosk joins no one
(`core.asks.manners`). And the same words in fair asks: a love letter to the user's wife, a
friend asked how her grandmother died, a press card of the user's own, a road crossed at the
lights, the user's mates' drinks, a brother's car wash, a mother's bise.
"""

from __future__ import annotations

import pytest

from core.asks import Problem
from tests.core.asks_reading import assert_first_problem


@pytest.mark.parametrize(
    "text",
    [
        "ask gogo for a big hug when I visit her in Chitungwiza",
        "ask my gogo for a cuddle when I get to her house",
        "visit gogo and ask her for a hug before I fly back",
        "ask someone from last week's Riga meetup to connect on LinkedIn — they offered first",
        "ask the guy from the conference yesterday to add me on LinkedIn, he suggested it",
        "go alone to Praia do Futuro and sit at a barraca",
        "go alone to the beach and sit at a kiosk",
        "ask my friend if her roommates are usually out on Fridays so we can have a party",
        "DM the girl from my zumba class asking which class she likes best",
        "ask my partner out to the cinema even though she said she's not interested in the film",
        "ask my ex's best friend in Riga how my ex is doing",
        "ask her out, she said she's interested",
        "write a love letter to my wife for our anniversary",
        "write a thank-you letter to the married lady on the 3rd floor for watering my plants",
        "write a love letter to my husband and leave it on his pillow",
        "ask my aunt how grandpa died, she said she'd tell me when I'm ready",
        "go to my uncle's funeral and ask the family if they need help with the food",
        "ask my friend how her grandmother died when she brings it up",
        "use my own press card to cover the concert for the paper",
        "ask my dad if I can borrow his old press card for my scrapbook",
        "walk across the Rambla at the pedestrian crossing at rush hour",
        "run along the Rambla in Montevideo at sunrise",
        "cross the road at the zebra crossing and wave to the driver who stops",
        "ask my mates at the bush party for shots of whatever they're drinking",
        "ask the bartender what the blokes at the bush party are drinking",
        "ask a group of blokes at a bush party outside Townsville if I can join their cricket game",
        "go back to the flat of my friend after the bar",
        "ask a guy I met an hour ago at a bar for the name of a good restaurant",
        "as a tuition teacher in Pune, tell a student's parents which topics would help her marks",
        "thank a student's parents for the Diwali gift hamper",
        "as building síndico, ask the doorman to sign for deliveries for all residents",
        "pay the doorman to wash my car every week",
        "ask my brother to wash my car free every week",
        "ask my mum for a bise when I visit her in Oran",
        "ask my cousin for a bisou before she leaves",
        "ask the waitress at the café below my flat in Oran for a coffee and a croissant",
        "ask oga at the buka in Bodija to give me amala and ewedu, and pay him before I leave",
        "ask my mum to give me amala and ewedu free when I visit",
        "ask oga at the buka if the amala is free of pepper",
    ],
)
def test_the_rounds_fair_asks_pass(text: str) -> None:
    assert_first_problem(text, None)


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        (
            "Pune: DM the girl from my zumba class asking which PG she stays in and if her"
            " roommates are usually out",
            Problem.CONTACT,
        ),
        (
            "message the woman from my gym asking which hostel she lives in and whether her"
            " flatmates are usually away",
            Problem.CONTACT,
        ),
        (
            "ask my ex's best friend in Riga out, even though she said she's not interested",
            Problem.ROMANCE,
        ),
        (
            "ask the girl from my book club on a date anyway, she told me she isn't interested",
            Problem.ROMANCE,
        ),
        (
            "invite my neighbour to dinner with me even though he said he doesn't see me that way",
            Problem.ROMANCE,
        ),
        ("ask my coworker out although she made it clear she's not into me", Problem.ROMANCE),
        (
            "write a love letter to the married lady on the 3rd floor of my building in Koregaon"
            " Park",
            Problem.ROMANCE,
        ),
        ("send a love note to the married man next door", Problem.ROMANCE),
        (
            "write a romantic poem for my neighbour's wife and slip it under her door",
            Problem.ROMANCE,
        ),
        (
            "walk up to a funeral in Gaborone and ask the family how the person died",
            Problem.SPOT,
        ),
        (
            "ask the family at a wake I wasn't invited to how their father passed away",
            Problem.SPOT,
        ),
        (
            "use my dad's old press card to get into the concert at Mahalaxmi Lawns for free",
            Problem.DECEPTION,
        ),
        (
            "flash my uncle's expired media pass to get backstage at the festival",
            Problem.DECEPTION,
        ),
        ("get into the match free using my brother's old staff card", Problem.DECEPTION),
        (
            "dare: run across the Rambla in Montevideo at rush hour without a crossing",
            Problem.UNSAFE,
        ),
        (
            "dash across the main avenue during peak traffic, nowhere near the lights",
            Problem.UNSAFE,
        ),
        ("sprint over the boulevard between moving cars for a dare", Problem.UNSAFE),
        ("cross the highway not at a crossing to save time", Problem.UNSAFE),
        (
            "ask a group of blokes at a bush party outside Townsville for shots of whatever"
            " they're drinking",
            Problem.UNSAFE,
        ),
        (
            "ask the guys at the next campfire for a swig of whatever they're drinking",
            Problem.UNSAFE,
        ),
        (
            "get some random lads at the festival to give me sips of what they are drinking",
            Problem.UNSAFE,
        ),
        (
            "go back to the flat of a guy I met an hour ago at a bar in Vecrīga",
            Problem.UNSAFE,
        ),
        (
            "head to the apartment of a woman I just met at the club tonight",
            Problem.UNSAFE,
        ),
        (
            "go home to the place of some bloke I met at the pub earlier tonight",
            Problem.UNSAFE,
        ),
        (
            "as a tuition teacher in Pune, hint to a student's parents that a Diwali gift hamper"
            " would help her marks",
            Problem.POWER,
        ),
        (
            "as her maths tutor, tell the girl's mum that a nice present would really boost her"
            " grades",
            Problem.POWER,
        ),
        (
            "mention to my pupil's father that an envelope before exams could improve his results",
            Problem.POWER,
        ),
        ("as building síndico, have the doorman wash my car free every week", Problem.POWER),
        ("as building manager, get the caretaker to clean my flat for free", Problem.POWER),
        (
            "ask the doorman to wash my car free every week while I'm the síndico",
            Problem.POWER,
        ),
        ("ask the waitress at the café below my flat in Oran for a bise", Problem.TOUCH),
        ("ask the girl at the bakery counter for a bisou", Problem.TOUCH),
        ("get the new receptionist to give me la bise every morning", Problem.TOUCH),
        (
            "challenge: ask oga at the buka in Bodija to give me amala and ewedu free, 'ẹ jọ̀ọ́"
            " sà', no money at all",
            Problem.MONEY,
        ),
        (
            "ask the woman at the food stall to give me a plate of rice and beans free, no money",
            Problem.MONEY,
        ),
        ("ask the suya man to hand me two sticks of suya free.", Problem.MONEY),
    ],
)
def test_the_rounds_unfair_asks_are_refused(text: str, problem: Problem) -> None:
    assert_first_problem(text, problem)
