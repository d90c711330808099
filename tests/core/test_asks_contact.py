"""The own-card check on contact, blocks and dates: a door or a private line hunted down, a
no-contact wish got round and a date asked of someone serving the user are refused; a
number its owner gave the user, and samples set out for anyone, stay fair to take up."""

from __future__ import annotations

import pytest

from core.asks import Problem
from tests.core.asks_reading import assert_first_problem


@pytest.mark.parametrize(
    "text",
    [
        "Ask the school-gate mum with the twins for her house address so I can just drop by"
        " with puff-puff one evening.",
        "Ask the lady from my Zumba class for her home address so I can pop round with biscuits"
        " on Sunday.",
        "ask HR for personal mobile of the girl from payments team who presented at townhall."
        " for networking only",
        "Ask the landlord for the personal number of the woman in flat 3 so I can ask her out.",
        "ask the school office for the home address of the mother who praised my sadza at prize"
        " day, i want to thank her at her house",
        "Ask the gym receptionist for the home address of the guy who spotted me on bench, I want"
        " to bring him a thank-you card.",
        "ask the girl who sits next to me at the coworking which U-Bahn stop she lives at so i"
        " can 'accidentally' take the same train",
        "ask the guy from pottery which tram stop he lives near so i can accidentally bump into"
        " him",
        "ask the woman from my 7am class where exactly she lives, we always walk the same way"
        " after",
        "Ask my classmate where exactly she lives.",
        "look up the home eircode of the fella with the gorgeous husky in our clinic system and"
        " drop round a card",
        "Look up the postcode of the woman with the labrador in the vet's booking system and drop"
        " by with treats.",
        "Ask reception at the hotel in Igls which room the Dutch family from my ski class are in,"
        " I want to bring back the glove myself and say hi.",
        "Ask the front desk which room the German couple from the tour are in so I can surprise"
        " them with wine.",
    ],
)
def test_a_door_or_private_line_hunted_down_is_contact(text: str) -> None:
    assert_first_problem(text, Problem.CONTACT)


@pytest.mark.parametrize(
    "text",
    [
        "A former customer wrote 'please stop sending flowers to my house'. Send one to her"
        " office instead with a card asking to meet for coffee.",
        "Client said stop calling about the condo, so try from my personal number and ask if she"
        " reconsidered.",
        "My neighbour's au pair texted 'please stop calling me', so ring her from the landline"
        " and ask why.",
        "The tenant in 2A told me to stop knocking on her door; leave a note under it instead"
        " asking for a chat.",
        "Show up at the café in Glebe where my ex works and order a flat white. She said she"
        " doesn't want to see me but it's a public place.",
        "He said he doesn't want to see me, but I'll wait outside his gym anyway and say hello.",
    ],
)
def test_a_wish_to_stop_contact_got_round_is_a_block(text: str) -> None:
    assert_first_problem(text, Problem.BLOCK)


@pytest.mark.parametrize(
    "text",
    [
        "keep dming the producer who said no",
        "Keep whatsapping the landlord who refused until he fixes the rent.",
    ],
)
def test_messages_kept_up_after_a_no_are_a_repeat(text: str) -> None:
    assert_first_problem(text, Problem.REPEAT)


@pytest.mark.parametrize(
    "text",
    [
        "Ask the woman at the rental counter if she's free for a Glühwein after she's done"
        " fitting my group's boots.",
        "Ask the cashier at the pharmacy if he's free for a beer after he closes up.",
        "Invitar a salir a la moza del café on Corrientes — she's so sweet to me every morning,"
        " I think she likes me.",
        "Invitar a la camarera a tomar algo, creo que le gusto.",
        "ask the handsome driver on the 75 if him married, and if not give him my number when"
        " I'm getting off",
        "Ask the bus driver whether he is married, and if not slip him my number.",
        "ask the handsome grab driver if he single and want coffee",
        "Ask the barista if she's single and would like a coffee with me after her shift.",
        "tell the girl at the Aarong counter she is very beautiful and ask will she take tea"
        " with me after her duty",
        "Tell the waitress she's really gorgeous and ask her out.",
        "ask my new physical therapist if he'd like to have dinner with me after our session",
        "Ask the taco truck girl on Newport to grab a drink",
        "Ask the man at the hire desk to get a beer tonight.",
    ],
)
def test_a_date_asked_of_someone_serving_the_user_is_romance(text: str) -> None:
    assert_first_problem(text, Problem.ROMANCE)


@pytest.mark.parametrize(
    "text",
    [
        "Ask Sister Joan from church, who said to call her any time, if she can help me set up"
        " the WhatsApp on my new phone.",
        "The man from chapel gave me his number last week and said ring any time about sheepdog"
        " training. Today I actually ring him and ask for a session.",
        "The regular who always drinks his espresso standing gave me his number last week and"
        " said call me for the Napoli match. Today I text him about Sunday.",
        'The woman from the dog park gave me her number and said "text me about puppy class",'
        " so text her about puppy class!",
        "guy from my lab gave me his insta at the churrasco and said chama aí. message him today",
        "When I moved in, the lady in 4B gave me her number for the complex WhatsApp group. Text"
        " her today and ask to be added.",
        "A man at the bus stop gave me his number himself and said to call about the chess club"
        " at the library. Today I will actually call him and ask when they meet.",
        "My colleague gave me her number and said call me if you need a lift; today I call and"
        " ask for one.",
        "The plumber left me his business card and said to ring him any time; ring him about the"
        " dripping tap.",
        "The guy from climbing gave me his insta and told me to message him about the bouldering"
        " meet; message him.",
        "Ask my brother to help me move my photos to my new phone.",
    ],
)
def test_a_line_its_owner_gave_the_user_is_fair_to_use(text: str) -> None:
    assert_first_problem(text, None)


@pytest.mark.parametrize(
    "text",
    [
        "The cheese lady at the English Market offered me free samples — say yes and ask if I"
        " can try the smoked one too",
        "The tea stall at St Nicholas Market had a tray of free chai samples out. Today I'll"
        " actually ask for one instead of walking past pretending I'm not interested.",
        "at Albert Cuyp ask the cheese man if I can try one of the free samples he's handing"
        " out, then ask for a second kind",
        "The woman at the bakery offered me a taster of the rye, ask if I can try the sourdough"
        " too.",
        "The stall at the farmers' market has free samples out; ask for one and ask what's in it.",
    ],
)
def test_samples_set_out_for_anyone_are_fair_to_ask_for(text: str) -> None:
    assert_first_problem(text, None)


@pytest.mark.parametrize(
    "text",
    [
        "Ask my friend for her address so I can send her a birthday card.",
        "Ask the bus driver which stop I should get off at for the museum.",
        "Ask the hotel reception what time breakfast is served.",
        "Ask the shop for the address of their other branch.",
        "Ask my mum to drop by on Sunday for lunch.",
        "Ask the new neighbour over for a cup of tea to say welcome.",
        "Ask my partner if she's free for a drink after work.",
        "Ask the waiter for a glass of water instead of sitting there waiting forever.",
        "Ask my physical therapist which stretches to do at home.",
        "Ask my best friend to grab a coffee on Saturday.",
        "Ask the barista to grab a coffee for the man behind me, I'll pay.",
    ],
)
def test_addresses_stops_and_drinks_among_people_close_stay_fair(text: str) -> None:
    assert_first_problem(text, None)


@pytest.mark.parametrize(
    "text",
    [
        "ask the guy at the gym straight out if he can spot me on bench",
        "Ask the bookseller flat out whether they'd stock my zine.",
        "Ask the stall owner straight out what his best price is for the rug.",
    ],
)
def test_asking_straight_out_is_asking_plainly_not_a_date(text: str) -> None:
    assert_first_problem(text, None)


def test_asking_a_stranger_out_stays_a_date() -> None:
    assert_first_problem("ask the girl at the gym out tonight", Problem.ROMANCE)
