"""The own-card check on the thirty-second round's scenes: drink given to a teenager or a
teenager at the wheel on the highway, a lift from a driver who "had like 6", a ride hung at a
bus door or on a bonnet, a boat out in a cyclone, a swim after midnight drinking; reviews from
people who never ate there or written "like tourists"; a role or an office claimed for a
price list or free samples; an excuse the card takes back; someone filmed asleep or in tears,
in swimwear, in their papers or their home, a recorder left in a pocket; a kitchen or a
counter walked behind, a reader kept talking to, a course sold to friends, an introduction to
someone only noticed, a hug asked of a customer. The fair asks beside them stay fair."""

from __future__ import annotations

import pytest

from core.asks import Problem
from tests.core.asks_reading import assert_first_problem


@pytest.mark.parametrize(
    "text",
    [
        "ask a random guy I saw at City Stars to introduce me to his sister who was walking "
        "with him",
        "ask the hostess at the new place in Wynwood to introduce me to the guy at the bar, I "
        "just saw him 2 min ago but he's exactly my type 😍",
        "In the bar at Chiaia I noticed a very elegant gentleman. I will ask the barista to "
        "introduce me to him.",
    ],
)
def test_scenes_read_as_romance(text: str) -> None:
    assert_first_problem(text, Problem.ROMANCE)


@pytest.mark.parametrize(
    "text",
    [
        "ask the atendente at the boteco if i can go behind the balcão and pour my own chopp, "
        "pra treinar",
        "Ask the gentleman reading his newspaper in Café Central what he thinks about the "
        "news, and keep talking until he puts it away.",
        "ask my college friends to buy the crypto trading course i'm reselling, they're "
        "friends so they have to support",
        "walk back into the kitchen at Bob Evans and ask the cook to show me how he makes the "
        "biscuits",
        "go behind counter in other bakery in Old Town and ask to see their oven. baker to "
        "baker, is normal",
    ],
)
def test_scenes_read_as_spot(text: str) -> None:
    assert_first_problem(text, Problem.SPOT)


@pytest.mark.parametrize(
    "text",
    [
        "ask the customers on the terrace to leave a 5 star Google review saying the foie gras "
        "was amazing even if they didn't order it",
        "ask my cousins in Mestre to write 5 star reviews on Tripadvisor for my gondola like "
        "they are tourists from America",
        "ring the gas board and tell 'em I'm 90 and housebound so they come out quicker. I'm "
        "71 but they'll not know",
        "call the parts place, say im from the dealership and ask for wholesale pricing",
        "call the co-op and say I'm from the county so they'll give me the price list they "
        "gave the other farms",
        "ring the boss and ask for tomorrow off cos my nan died. she didn't, swell's just "
        "pumping at Maroubra 🏄",
        "Write to the manufacturer that I am a dermatologist, so they send free samples of the "
        "expensive cream for my mother.",
        "ask church friends to post 5-star Google reviews for my cousin's bak kut teh stall. "
        "None of them have eaten there, but it is for family.",
        "get ma pals tae leave five star reviews fur ma cousin's chippy fae accounts that have "
        "never ate there",
        "tell the copper who pulls me over on the Tasman Hwy I'm on my way to a callout so he "
        "lets me off, pager never even went off lol",
        "tell the pharmacien the medicine is for my mother so he give it without ordonnance, "
        "is for me in fact",
    ],
)
def test_scenes_read_as_deception(text: str) -> None:
    assert_first_problem(text, Problem.DECEPTION)


@pytest.mark.parametrize(
    "text",
    [
        "Ask the people at the sauna whether they want to swim through the ice hole after "
        "midnight, after drinking. Nobody will be watching, so it is fine.",
        "ask the tricycle driver na nakainom to drive me home at 2am, konti lang naman he drank",
        "ask the trotro mate to let me hang at the door outside since the bus is full, it's "
        "only Circle to Kaneshie",
        "ask the boys to take the boat out during the cyclone red alert, more fish when sea is "
        "rough",
        "ask my buddy to drive us home after the Tigers game, he's had like 6 but he's a big guy",
        "ask my 15yo cousin and his friends if they want me to get them beer from systemet",
        "ask my 15 year old nephew to drive the grain truck to the elevator on the highway, "
        "he's done it in the field plenty",
        "dare: ask a driver if i can ride on his bonnet up the ramp to level 4, for a laugh",
        "ask my coworker to let me into the lion night house after close for a selfie, "
        "5 sec max 🦁",
        "ask the guy who's been on the bevvy a' night tae drive us hame, he says he's fine and "
        "he's only had six",
        "ask my nephew, he is 15, to drink raki with me and the men at the panigyri, he is a "
        "man now",
        "buy a six pack for the high schoolers hanging out by the Kroger, they asked real nice",
        "ask the combi driver to let me ride hanging from the door on Javier Prado, for the "
        "adrenaline",
    ],
)
def test_scenes_read_as_unsafe(text: str) -> None:
    assert_first_problem(text, Problem.UNSAFE)


@pytest.mark.parametrize(
    "text",
    [
        "take photo of foreign ladies in swimsuit at Cherai beach for my WhatsApp status",
        "take video of my supervisor sleeping in the office and post in the workers WeChat "
        "group, everybody will laugh",
        "take a selfie with my ICU patient while he is sleeping and post it on my story to "
        "show my hard day",
        "put a camera facing the back seat and post my pax's convos on youtube, they're "
        "hilarious and it's my car so 🤷",
        "put a small camera in the client's hallway to film progress. saves me asking her "
        "every time",
        "Take a photo of the famous actor's prescription when he comes to our pharmacy and "
        "send it to my friends. Only as a joke.",
        "Turn on voice memo in my pocket during my appraisal with the boss, just in case. No "
        "need to inform him.",
        "make video of neighbour's bahu crying in the field and send to the village whatsapp group",
    ],
)
def test_scenes_read_as_recording(text: str) -> None:
    assert_first_problem(text, Problem.RECORDING)


@pytest.mark.parametrize(
    "text",
    [
        "pas antar paket, minta peluk sama customer cewek, just a quick one, it's rejection "
        "therapy kan",
    ],
)
def test_scenes_read_as_touch(text: str) -> None:
    assert_first_problem(text, Problem.TOUCH)


@pytest.mark.parametrize(
    "text",
    [
        "ask my sister for a hug",
        "ask my friend to introduce me to his sister, she's looking for a flatmate",
        "ask the organiser to introduce me to the speaker I saw at the panel this morning",
        "ask my 15 year old nephew to help me carry the beer crates to the van",
        "ask my 15 year old nephew to practise driving the tractor in the field",
        "ask my 16 year old to get me a beer from the fridge",
        "ask my teenage son to help me pick wine for the dinner party",
        "ask my buddy to drive us home after the game, he's had like 6 coffees",
        "ask my sober mate to drive us home because we've been drinking",
        "ask my friend to take a photo of me in my new swimsuit at the beach",
        "ask the pharmacist whether I can take a photo of my son's prescription for my records",
        "ask the cook at the diner for the biscuit recipe",
        "ask the barista if I can charge my phone at the counter",
        "leave a 5 star review for the bakery I loved",
        "ask my regulars to leave an honest review on Google if they enjoyed the meal",
        "ask my boss for tomorrow off because my nan died last week and the funeral is tomorrow",
        "ask my boss for time off because my nan died. she didn't leave a will so I need to "
        "sort it",
        "tell the bank my father died and ask for more time",
        "tell the landlord the smoke alarm is faulty, it never even went off during the fire",
        "ask the boatman whether the cyclone warning means the ferry is cancelled",
        "ask a friend if she wants to swim at the lake in the afternoon",
        "record a voice memo of my own speech to practise",
        "ask the lady reading the menu what she recommends",
        "write to the manufacturer that my kettle broke and ask for a repair",
        "ask my friends to buy tickets for the charity raffle",
    ],
)
def test_fair_neighbours_stay_fair(text: str) -> None:
    assert_first_problem(text, None)
