"""Fair asks that share words with this round's readings of unfair ones, and still pass."""

import pytest

from core.own_cards import refuses


@pytest.mark.parametrize(
    "text",
    [
        "ask my manager for a day off now she's grateful I covered her weekend shifts",
        "ask my boss for a raise when she's in a merry mood",
        "at grandad's funeral, ask the vicar for a copy of the eulogy",
        "at the wake, ask my cousin if I can borrow her umbrella",
        "I'm the night manager at a hotel, so ask my brother to drive me to work on Sunday",
        "I teach the kids' swimming class on Saturdays, so ask my sister to drive me there",
        "ask my manager which days my best friend is working so we can get the same days off for"
        " our trip",
        "ask my mum if the kids can ride the bus into town with her on Saturday",
        "ask my neighbour to let the kids watch him use the chainsaw",
        "ask the farmer if we can ride on the trailer down the farm road at the harvest festival",
        "ask my friend to ride home with me because the police never patrol our estate at night",
        "ask the lifeguard if it's safe to swim alone in the big waves today",
        "say good morning to the bus driver with a smile, works every time",
        "tell the barista the coffee is better when it's made with oat milk",
        "tell my manager how many extra hours I worked this month so she pays me more",
        "ask my tennis coach whether he thinks I've got weak spots in my backhand",
        "ask my manager if she thinks I've gone soft on the team",
        "tell my dad I passed my driving test so he will lend me the car",
        "ask my boy to help me wash the car",
        "ask my brother to help me take a box of books upstairs and put it on top of the wardrobe",
        "give my nan a box of chocolates and ask if she'd like to walk to the top of the hill",
        "ask the ferry company if I can sell snacks to passengers on the ferry",
        "ask the organiser if I can sell my books to people at the reunion",
        "ask my friend to help me sell my old sofa to a neighbour on the bus route",
        "tell my mum all of us already paid for her birthday present",
        "tell the coach the whole team already agreed to train on Saturday and ask if he's free",
        "ask my phone company why they won't block my number from spam calls",
        "ask the group admin why they don't block me from posting links",
        "take a photo of the sunset secretly before my partner wakes up",
        "ask my manager if the company could afford to pay for my training course",
        "ask my colleague to chip in for the office party, it has a rich buffet",
        "ask the baker how firmly to pat the dough down before it rises",
        "ask the shopkeeper for the email of her daughter's bakery so I can order a cake",
    ],
)
def test_a_fair_ask_near_an_unfair_reading_passes(text: str) -> None:
    assert not refuses(text)


@pytest.mark.parametrize(
    "text",
    [
        "tell the landlord my mum's very sick so he'll give me more time on the rent",
        "tell my table it's my last shift ever so they tip bigger",
        "take the canoe out when the storm's coming, for the thrill",
        "at the wake, while he's upset, ask him to sign the house over to me",
        "my ex don block my number, call am with my brother phone",
        "ask that rich guy at the bar to buy my drinks, he can afford it",
        "film the guy on the train secretly and post it",
        "slip the landlord a bottle of whisky so he puts me at the top of the list",
    ],
)
def test_the_unfair_reading_still_refuses(text: str) -> None:
    assert refuses(text)
