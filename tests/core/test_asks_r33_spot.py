"""Own-card asks that put a stranger on the spot or pursue someone who cannot easily refuse: a
friend sent to set the user up with someone only seen, a date asked in another tongue of staff
or a passer-by, a drink or a moonlit walk offered to someone serving the user, the intern the
user trains asked for drinks, strangers made to explain why they came, vote or eat as they do,
a stranger on a call interrupted, a song for the whole queue, a game joined whatever its
players say, a business's workroom or shop floor taken, wares sold to the user's friends.
Their fair neighbours must still pass: an introduction among people who know each other, a
latte ordered from the barista, a waiter asked about the menu, a shop asked to stock the user's
wares, the user's own plan after a no.
"""

from __future__ import annotations

import pytest

from core.asks import (
    Problem,
    back_rooms,
    dates_in_other_tongues,
    group_sales,
    mid_call,
    set_ups,
    their_places,
)
from core.asks.text import has, normal, words
from core.own_cards import refuses
from tests.core.asks_reading import assert_first_problem

_FLOOR = words(*back_rooms.INTO_BACK_ROOMS)


@pytest.mark.parametrize(
    "text",
    [
        (
            "Ask my friend Rohan to set me up with the girl I see at the Dadar station bookstall "
            "every morning. I've never spoken to her, but he's smooth."
        ),
        (
            "get my flatmate to set me up with the cute guy from the bakery, I've never even "
            "talked to him"
        ),
        "ask my coworker to hook me up with the woman from the 8th floor, I don't know her at all",
        (
            "ask my cousin to introduce me to the girl who jogs past our house, I've only ever "
            "seen her from my window"
        ),
        (
            "Ask my friend Marta to introduce me to the handsome organist. I have only seen "
            "him from the pews."
        ),
        "minta temen kenalin aku ke cewek yang sering di kantin. aku cuma liat dari jauh",
    ],
)
def test_a_set_up_with_someone_only_seen(text: str) -> None:
    assert set_ups.sets_me_up_with_the_unmet(normal(text))
    assert_first_problem(text, Problem.ROMANCE)


@pytest.mark.parametrize(
    "text",
    [
        "dar em cima da atendente da padaria quando eu for lá, ela tem que ser simpática",
        "chamuyar a una mina en el subte antes de que se baje",
        "preguntarle a la cajera del súper if she wants to go for cañas after her shift",
        "kenalan sama mbak kasir Indomaret terus ajak nonton malam minggu",
        "ask di waitress at di jerk centre out, she always smile at mi",
    ],
)
def test_a_date_in_another_tongue(text: str) -> None:
    assert has(dates_in_other_tongues.DATED_IN_OTHER_TONGUES, normal(text))
    assert_first_problem(text, Problem.ROMANCE)


@pytest.mark.parametrize(
    "text",
    [
        "invite the cashier at the Pemex on Calle 5 for a michelada after her shift",
        "ask the passenger who sits across from me on the 28 to go for a bica with me",
        (
            "ask the woman who does my physio at the clinic if she fancies a drink when my "
            "sessions end"
        ),
        "ask the girl who does my nails at the salon if she fancies a pint when we're done",
        "ask the guest staying at my aunt's guesthouse to walk with me under the stars tonight",
    ],
)
def test_a_drink_or_a_walk_offered_to_someone_serving(text: str) -> None:
    assert_first_problem(text, Problem.ROMANCE)


@pytest.mark.parametrize(
    "text",
    [
        (
            "challenge: ask the new undergrad intern I'm training to grab drinks Friday, "
            "just the two of us"
        ),
        "ask the trainee I'm mentoring out for dinner, just me and her",
        "ask the new hire I'm onboarding to come for a drink with me after work",
    ],
)
def test_a_date_asked_of_someone_the_user_trains(text: str) -> None:
    assert_first_problem(text, Problem.POWER)


@pytest.mark.parametrize(
    "text",
    [
        "Ask the tourists at the next table to explain, out loud, why they came to Lima.",
        "ask a backpacker in the hostel bar to explain one by one why they came to Vietnam",
        "ask the old man feeding pigeons on the bench why he votes the way he does",
        "ask the couple at the next table why they eat rice with chopsticks and not a spoon",
        "ask the family at the next table to explain their prayer before the meal",
        "ask a stranger on the metro to explain to me why she chose to live in this city",
    ],
)
def test_strangers_made_to_account_for_themselves(text: str) -> None:
    assert_first_problem(text, Problem.SPOT)


@pytest.mark.parametrize(
    "text",
    [
        "ask the woman talking on her phone on the bus where she got her shoes",
        "ask a tourist on the phone by the fountain to hang up and take my picture",
        "ask the guy chatting on his mobile at the bus stop which bus goes to the airport",
        "ask the passenger on his phone next to me to hang up and tell me about his trip",
    ],
)
def test_a_stranger_on_a_call(text: str) -> None:
    assert mid_call.interrupts_a_call(normal(text))
    assert_first_problem(text, Problem.SPOT)


@pytest.mark.parametrize(
    "text",
    [
        "dare: ask a stranger inna di Devon House ice cream line fi sing a song fi di whole line",
        "ask a stranger in the queue at the post office to sing a song for the whole line",
        "ask someone in the line at the bank to do a dance for the whole queue",
    ],
)
def test_a_song_for_the_whole_queue(text: str) -> None:
    assert_first_problem(text, Problem.SPOT)


@pytest.mark.parametrize(
    "text",
    [
        (
            "Ask the old men playing cards in the park to deal me in, and if they hesitate, "
            "sit down anyway"
        ),
        (
            "ask the group playing dominoes in the square to let me play, if they say no "
            "just sit anyway"
        ),
        "ask the lads at the chess tables if I can join, and if they refuse, join anyway",
    ],
)
def test_a_game_joined_whatever_they_say(text: str) -> None:
    assert has(their_places.JOINED_ANYWAY, normal(text))
    assert_first_problem(text, Problem.SPOT)


@pytest.mark.parametrize(
    "text",
    [
        (
            "Go to the big boutique in Gulshan and ask the owner if I can sit in their workroom "
            "for one afternoon and watch their tailors"
        ),
        "ask the owner of the salon on Oxford Road to let me sell my candles inside her shop today",
        "ask the potter if I can hang around in his workshop all morning and watch him throw",
    ],
)
def test_a_business_floor_taken(text: str) -> None:
    assert has(_FLOOR, normal(text))
    assert_first_problem(text, Problem.SPOT)


@pytest.mark.parametrize(
    "text",
    [
        (
            "Sell my sister's Herbalife shakes to my friends from Sunday football, they'll "
            "want to help"
        ),
        "sell my wax and the new hoodies to my mates at the pub quiz, they'll buy to be nice",
        "sell my cousin's glass pendants to my friends at the bar, they'll buy because it's me",
        "flog my brother's protein bars to my lads at five-a-side",
    ],
)
def test_wares_sold_to_the_users_friends(text: str) -> None:
    assert has(group_sales.SELLS_TO_A_GROUP, normal(text))
    assert_first_problem(text, Problem.SPOT)


@pytest.mark.parametrize(
    "text",
    [
        "ask my friend to introduce me to her colleague who works in publishing",
        "ask my friend to set me up with her cousin, we chatted for ages at her birthday",
        "ask my friend to introduce me to the guy she's been dating, I've never met him",
        "pedir a la cajera del súper el ticket de la compra",
        "minta mbak barista bikinin latte tanpa gula",
        "ask di cashier fi check out mi groceries quick",
        "ask the waiter to explain the dishes on the menu",
        "ask my grandmother why she came to England in the sixties",
        "ask the tour guide to explain why the castle was built here",
        "ask my mum to hang up and call me back when she's home",
        "if the shop won't give a discount, I'll buy it anyway",
        "ask the boutique owner if she'd stock my fabrics on commission",
        "ask my friends if anyone wants my old bike before I sell it online",
        "invite my friend for a michelada after work",
        "ask my flatmate to go for a bica with me on Saturday",
        "ask my best mate to walk with me under the stars, I need to talk",
    ],
)
def test_fair_neighbours_still_pass(text: str) -> None:
    assert not refuses(text, None)
