"""Own-card asks of the thirty-seventh round's money, romance and spot misses (hands-37),
each with paraphrases in other words, and the fair asks the rules had refused, with their
neighbours.

Spot: a stranger's faith ("if she go to church"), savings ("how much he's got in super"), a
husband's pay, caste or the weight a pregnant woman gained; a couple asked mid-argument; a
table or window spot someone sits in asked for or ordered up ("tell him to move so i can
have my break there"). Money: an extra twenty thrown in on a fare, a lunch order spotted, a
client lent twenty quid, and wealth as the reason in new words ("won't miss $40", "about to
drop 2M", "doing alright" beside "a brand new F-350"). Romance: drinks asked of "the cute
dad", dinner of a nurse who treated the user, a ride along asked of a waitress, a date with
someone never talked to or seen for the first time today. Fair, and passing again: a pic
clicked by a passer-by, a frisbee game joined, a discount or rewards points at a counter,
a stall guy chatted to every day, a neighbour called "mama Bisi next door", a Swedish
landlord, a supervisor's "bring it back up after Q3".
"""

from __future__ import annotations

import pytest

from core.asks import Problem
from core.own_cards import refuses
from tests.core.asks_reading import assert_first_problem


@pytest.mark.parametrize(
    "text",
    [
        "at the colmado ask the señora in front of me in the line if she go to church and "
        "which one, and why not Católica",
        "ask the man next to me on the bus if he goes to mosque",
        "at the pub ask some old fella how much he's got in super, gets the yarn goin",
        "in the rickshaw line ask the woman next to me how much her husband earns, just "
        "curious about the area",
        "ask the abi sitting alone at the best table in the Moda cafe to give it to us, we are "
        "4 people",
        "stop at Marina beach and ask the couple sitting together what is their caste and "
        "religion, just for knowing",
        "ask a stranger what caste he is",
        "walk up to the couple in the back booth mid-argument and ask how long they been "
        "together 😂",
        "go to the fellas playing draughts in Albert Park and ask for their table, I am a "
        "veteran I deserve it",
        "go up to the old guy who sits in the window spot every morning and tell him to move "
        "so i can have my break there, i work here after all",
        "walk up to a pregnant lady at Target and ask how much weight she gained, im just "
        "curious for my next one lol",
        "ask a stranger at the bus stop whether he goes to church",
        "ask the lady behind me in the queue if she attends mosque",
        "ask a random bloke at the bar how much he's got in the bank",
        "ask a stranger how much her husband makes",
        "ask the guy next to me on the train what his wife earns",
        "ask the family at the beach what is their caste",
        "ask a pregnant woman in the shop how much weight she's put on",
        "go up to the pair in the corner mid-row and ask what it's about",
        "ask the couple in the middle of an argument how they met",
        "ask the old men playing chess in the park for their table",
        "ask the lady sitting at the window table to give it up to us",
        "tell the guy on the bench to move so i can sit there",
    ],
)
def test_a_stranger_put_on_the_spot_in_new_words(text: str) -> None:
    assert refuses(text, None)
    assert_first_problem(text, Problem.SPOT)


@pytest.mark.parametrize(
    "text",
    [
        "ask the next fare from the airport to throw in an extra twenty, say diesel's gone "
        "mad, they're tourists they won't mind",
        "ask a passenger to chuck in an extra tenner for the tolls",
        "ask a client if she could lend us twenty quid till payday, she tips big so she'd "
        "probably no mind",
        "at the open house in Coral Gables ask the buyers to spot me for my lunch order, "
        "they're about to drop 2M they won't miss $40",
        "ask the couple at the next table to pay for my coffee, they won't miss $5",
        "ask the rancher at the rest stop if he'll cover my diesel, he's got a brand new F-350 "
        "so he's doin alright",
        "ask the guy at the gas station to cover my gas, he's doing alright for himself",
        "ask my passenger to chuck in an extra tenner for the traffic",
        "ask a tourist to throw in an extra $20 on top of the fare",
        "ask the people at the open house to spot me for my coffee",
        "ask the guy in the Tesla at the pump to cover my petrol, he won't miss $30",
        "ask the couple at the next table to pay my tab, they're about to drop 2 million on a "
        "house",
        "ask the bloke at the servo to cover my fuel, he's doing alright for himself",
        "ask my regular to lend me twenty till Friday",
    ],
)
def test_money_asked_in_new_words(text: str) -> None:
    assert refuses(text, None)
    assert_first_problem(text, Problem.MONEY)


@pytest.mark.parametrize(
    "text",
    [
        "go up to the cute dem from the salon opposite when she's closing and ask her out for "
        "nyama choma. never talked but yolo",
        "ask the girl from the bakery out for dinner, we've never spoken",
        "hỏi anh bán bánh mì đẹp trai near the school gate if he has girlfriend and want go to "
        "cafe with me, I only see him first time today hihi",
        "ask the nyabo who boards my bus every morning at Kireka for a date, she always sits "
        "near the door so i can talk to her easy",
        "ask the waitress at the Husky in Red Deer if she wants to ride along to Calgary with "
        "me sometime, good company eh",
        "ask the cute dad at soccer practice for drinks, his wife is never there so who cares 😏",
        "ask the young nurse at CWM hospital to come for dinner, she was very kind when she "
        "treated my knee",
        "ask the hot guy at the gym for drinks",
        "ask the physio who did my back to come for dinner",
        "ask the cashier if she wants to ride along with me to the coast",
        "ask the girl from the flower shop out, we've never spoken",
        "ask the guy from the market if he wants to go to the cinema with me, I only saw him "
        "for the first time today",
    ],
)
def test_pursuit_in_new_words(text: str) -> None:
    assert refuses(text, None)
    assert_first_problem(text, Problem.ROMANCE)


@pytest.mark.parametrize(
    "text",
    [
        "ask the garage to throw in an extra wiper blade for free since I'm buying four tyres",
        "ask my brother to cover my diesel this month, he's doing alright",
        "ask the rolex guy at the stage for his egg recipe, we chat every day but i never even "
        "asked his name 😅",
        "ask the florist lady from across the street if we can do joint Walentynki promotion",
        "mail the hyresvärd and ask if our building can get fiber, mom said i can handle it",
        "supervisor said not right now on the raise back in spring and to bring it back up "
        "after Q3, so ask him again today",
        "ask my NUM again for study leave for the critical care course, she said not yet in "
        "Nov and to ask in Feb, so asking now",
        "ask mama Bisi next door if she wants to join our compound whatsapp for the NEPA light "
        "wahala, she said before she wants to be in",
        "ask the guy at Dunks if I can still get the rewards points even tho I forgot my phone",
        "ask the spare parts guy on Luthuli Avenue for a discount since i buy 20 screens every "
        "month from him",
        "ask a group on the State Library lawn if I can join their frisbee game, scary but "
        "whatever",
        "ask someone at Carter Road to click my pic doing handstand by the sea, for my trainer "
        "portfolio",
        "ask the man at the church which time mass starts",
        "ask my friend if she goes to church",
        "ask my mate how much he's got in super, we talk money all the time",
        "ask the garage to throw in an extra wiper blade since I'm buying four tyres",
        "ask my brother to cover my diesel this month, he's doing alright",
        "ask the waiter for their best table for our anniversary",
        "ask the café if we can have the window table when it frees up",
        "ask my flatmate to spot me for lunch till payday",
        "ask my neighbour to come for dinner with my family",
        "ask my friend from uni if she wants to ride along to Calgary with me",
        "ask Lucía from my team if she wants to grab lunch with me Friday. We sit next to each "
        "other but have never really talked.",
        "ask the woman at the bakery I chat with every morning for her sourdough tip",
        "ask the guy at the fruit stall, we talk every day, for his banana bread recipe",
        "ask a passer-by to click a pic of me and my mum at the gate",
        "ask the guy at the phone shop for a discount since I bought two cases",
        "ask the girl at the coffee place if I can still get the loyalty stamps without my card",
        "ask some guys on the beach if I can join their volleyball game",
        "ask the lady from across the road if she'd like to join our street clean-up",
        "ask Mrs Okafor upstairs if she wants to join our building whatsapp",
        "my manager said not right now on the promotion and to bring it back up in January, so "
        "ask her again",
        "email the hyresvärd about the broken dishwasher",
    ],
)
def test_fair_asks_and_their_neighbours_pass(text: str) -> None:
    assert not refuses(text, None)


@pytest.mark.parametrize(
    "text",
    [
        "ask a stranger how much he has saved for retirement",
        "ask the man on the bench how much money he has saved",
    ],
)
def test_a_strangers_savings_asked_are_refused(text: str) -> None:
    assert refuses(text, None)


def test_a_later_named_by_the_manager_is_no_repeat_for_the_model_either() -> None:
    from core.asks import known_fair, understand

    ask = understand(
        "supervisor said not right now on the raise back in spring and to bring it back up"
        " after Q3, so ask him again today"
    )
    assert known_fair.overruled(Problem.REPEAT, ask)
