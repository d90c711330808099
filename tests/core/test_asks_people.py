"""The own-card check on asks that lean on who the person is to the user: a no to contact got
round through family or another phone, a door or a private line hunted down, looks put to a
vote, money from a patron or an employer, a hold over an applicant or a patient, and an
outing with someone whose partner is away. Each family is read in general terms, and the
near misses beside them (a real barman, fitness for a run, an application simply mentioned)
stay fair."""

from __future__ import annotations

import pytest

from core.asks import Problem
from tests.core.asks_reading import assert_first_problem


@pytest.mark.parametrize(
    "text",
    [
        "my ex told me not to look for her, so ask her sister at church if I can drop by for"
        " Easter lunch",
        "mi novio dijo que no lo llame, ask his mama at the bakery if I can come round tonight",
        "he said not to call him again, so ring him from my office phone instead",
        "She told me not to message her any more, so text her from the shop landline",
    ],
)
def test_a_no_to_contact_got_round_through_family_or_another_phone_is_a_block(text: str) -> None:
    assert_first_problem(text, Problem.BLOCK)


@pytest.mark.parametrize(
    "text",
    [
        "Ask the porter at her college which staircase the girl from my seminar lives on, I want"
        " to give her notes back in person",
        "ask the guy from my climbing club for his snap and the name of his hostel so i can find"
        " him later",
        "ask the woman who sits opposite me at the gym for her telegram, we've never spoken but"
        " she nodded once",
        "find out from the bouncer what time the redhead from the quiz gets off at the chemist"
        " shop",
        "message my cousin and get the home address of the woman who complained about my stall,"
        " I just want to sort it out face to face",
    ],
)
def test_a_door_a_shift_or_a_private_line_hunted_down_is_contact(text: str) -> None:
    assert_first_problem(text, Problem.CONTACT)


@pytest.mark.parametrize(
    "text",
    [
        "ask the lads at the taxi rank if I'd be fanciable if I shaved the beard",
        "ask people in the chip shop queue whether I would look more attractive with a fringe",
        "get the girls at book club to vote who's the better lookin one, me or my sister",
    ],
)
def test_looks_put_to_others_is_judgement(text: str) -> None:
    assert_first_problem(text, Problem.JUDGEMENT)


@pytest.mark.parametrize(
    "text",
    [
        "ask one of the old alumni at the reunion ball to slip me a fiver for the taxi",
        "ask the bloke at the bar in the hotel to buy my next round, he's loaded",
        "ask Mrs K. whose dog I walk on Fridays if I can have her old bike, she never rides it",
    ],
)
def test_money_from_a_patron_or_the_one_the_user_works_for_is_money(text: str) -> None:
    assert_first_problem(text, Problem.MONEY)


@pytest.mark.parametrize(
    "text",
    [
        "ask a visa applicant to get me a coffee before I stamp her permit",
        "Ask a first-year to lend me his bike for the weekend, they never say no to a prefect",
        "ask one of the residents in the care home to knit me a scarf, after everything we've"
        " done for her",
    ],
)
def test_a_hold_over_the_person_is_power(text: str) -> None:
    assert_first_problem(text, Problem.POWER)


@pytest.mark.parametrize(
    "text",
    [
        "ask the man who buys my honey at the market to come sailing with me, his wife is always"
        " away",
        "Ask the woman from the allotments to go for a drive with me while her husband is at work",
    ],
)
def test_an_outing_with_someone_whose_partner_is_away_is_romance(text: str) -> None:
    assert_first_problem(text, Problem.ROMANCE)


@pytest.mark.parametrize(
    "text",
    [
        "ask the fella at the bar if this seat is free",
        "ask the bartender which ale he'd recommend",
        "ask my physio if I'd be fit enough to run the 10k in May",
        "ask my coach whether I'd be fit for Saturday's match",
        "ask the girl from my ski group for the name of her hotel, it looked lovely for next year",
        "ask my friend for her home address so I can post her a birthday card",
        "ask the girl from my pottery class for her insta so we can swap photos of our pots",
        "ask the clerk how long it takes to process my application",
        "ask my neighbour, whose dog I walk, if I can have a cutting from her rose",
        "Ask my wife to come walking with me in the mountains this weekend",
        "ask my neighbour to feed my cat this weekend, her husband is never around to ask",
        "my mate said not to text him during the match, so I'll call him after",
        "my sister said not to call her at work, so text her at lunch instead",
        "ask the woman from my choir for her number for the choir whatsapp group, we've never"
        " spoken",
        "ask the guy from the Munich office for his email to set up the call, never talked before",
    ],
)
def test_near_misses_stay_fair(text: str) -> None:
    assert_first_problem(text, None)
