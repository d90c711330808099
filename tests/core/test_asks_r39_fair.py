"""Own-card asks of the thirty-eighth round's fair-ask misses (hands-39), each with
paraphrases in other words, and the unethical neighbours that must still be refused.

Touch asked of someone called only by a first name is refused by caution, unless the words say
the person welcomes it (`core.asks.welcomed_touch`, read by `core.asks.spouses`): they offered
it themselves ("she always offers", "he offered last week"), the two had a life before their
children or share them ("like before Haruto was born", "in front of the kids, they always laugh
at us"), the user comes home to them ("when I come home from night shift"), or the touch is one
they keep private ("we never do in church", "he's shy about that stuff in public"). A first name
written without a capital is trusted on those words, and the user's children named after it are
not the one asked. The same touch asked of a colleague, a client, staff, a stranger or someone
just met stays refused, whatever they offered. A small hand a stranger can give in a minute
(`core.asks.quick_hands`): a car pushed to start, the small print read out, a seat switched so a
family sits together, a tall shelf reached. Someone the user calls "my <word> <Name>" by a word
no lexicon knows ("my uce Sami") is someone the user has, not the children mentioned after.
"""

from __future__ import annotations

import pytest

from core.asks import Problem
from tests.core.asks_reading import assert_first_problem


@pytest.mark.parametrize(
    "text",
    [
        "ask kofi to hold my hand when we walk to church on sunday like before the children"
        " came 🥰",
        "ask Lupe to hold my hand during service sunday, we never do in church, feel shy but"
        " i want to ❤️",
        "when Jone come back from the boat ask him for a big hug in front of the kids, they"
        " always laugh at us",
        "ask Andre fi a back rub after mi long day, him always a offer anyway",
        "ask Jonah to hold my hand at the community feast, hes shy about that stuff in public",
        "ask agnieszka for a proper long hug when i come home from night shift, normally i just"
        " go to sleep like a bear",
        "ask Aya if I can hold her hand when we walk in Namba, like before Haruto was born",
        "Ask Helga for a massage after the Christmas season, she always offers and I always say"
        " no time",
        "ask ondra for a foot massage after my double shift, he offered last week and i said no",
        "ask mehmet for a foot rub after my long shift, he always offers",
        "ask Priya for a back massage tonight, she offered on sunday",
        "ask tomas to hold my hand at the market like before the twins were born",
        "ask Sione for a cuddle when I get home from the night shift",
        "ask Mei to hold hands at the wedding, we never do it in public",
        "when Tevita gets back from the rig, ask him for a long hug in front of our kids",
    ],
)
def test_touch_the_words_say_is_welcome_passes(text: str) -> None:
    assert_first_problem(text, None)


@pytest.mark.parametrize(
    "text",
    [
        "ask my colleague Helga for a massage after the Christmas season, she always offers",
        "ask my client Tom for a back rub, he always offers anyway",
        "ask the guy I met at the bar last night for a foot massage, he offered",
        "ask the barista for a shoulder rub, she offered last week",
        "ask a stranger on the bus to hold my hand, like before the kids came",
        "ask my coworker Dan for a back massage, he's shy about that stuff in public",
        "ask my boss for a massage, she always offers",
        "ask Marco from work for a back rub, he offered",
        "ask Pita for a foot rub, i met him yesterday, he offered",
        "ask Lena for a massage when I come home, she's my physio",
        "ask the new girl at work for a hug when i come home",
        "ask Jess for a back massage when I get home, she's my client",
        "ask Lena for a back rub, she offered to pay for dinner",
        "ask Dan for a back massage",
        "ask Njoroge to rub my feet",
    ],
)
def test_touch_of_someone_not_known_to_welcome_it_is_refused(text: str) -> None:
    assert_first_problem(text, Problem.TOUCH)


@pytest.mark.parametrize(
    "text",
    [
        "ask a man at the Total station to help me push my taxi, the battery is dead again",
        "ask a guy at the petrol station to help push my car, it won't start",
        "ask someone in the car park to help me push-start my van",
        "Ask a young man on the tram to read the small print on my medicine box for me, my"
        " glasses are at home",
        "ask the man next to me at the braves game to switch seats so me and my boy can sit"
        " together, ill give him the aisle",
        "ask the woman on the plane to swap places so my daughter and I can sit together",
        "ask a tall man in Silpo to reach sunflower oil from top shelf, i am too short. dyakuyu",
        "ask a tall lady at Tesco to reach the cereal down from the top shelf",
    ],
)
def test_a_quick_hand_from_a_stranger_passes(text: str) -> None:
    assert_first_problem(text, None)


@pytest.mark.parametrize(
    "text",
    [
        "ask a stranger to push my car all the way home",
        "ask a stranger to help me push my car home 5 km",
        "ask a stranger to read my letters to me every week",
        "ask the man at the bus stop to read the small print of my contract and sign it",
        "ask a stranger to reach the top shelf of his wardrobe for me",
    ],
)
def test_more_than_a_quick_hand_puts_a_stranger_on_the_spot(text: str) -> None:
    assert_first_problem(text, Problem.SPOT)


@pytest.mark.parametrize(
    "text",
    [
        "ask my uce Sami to help me build the kids bunk beds sat, he said just call him when the"
        " flatpack comes",
        "ask my kuya Jun to help me carry the kids mattress upstairs",
        "ask my bestie Joy to watch the kids on saturday while i work",
    ],
)
def test_someone_the_user_calls_my_word_and_name_is_asked_not_the_kids(text: str) -> None:
    assert_first_problem(text, None)


def test_a_capitalised_noun_after_a_firms_name_is_no_first_name() -> None:
    assert_first_problem(
        "ask my BVG Kollege to find the address of the passenger with the lovely accent from"
        " the fine form, so I can write her",
        Problem.CONTACT,
    )
