"""Fair asks the rules refused for their words: a small reach or a sunscreen borrowed from a
stranger, a couple's photo, joining the next round; people named in dialect ("our kid", "ma
wee brother", "me neighbour", "my boy Kofi"), a cash and carry's staff, an app's support
line, the user's own status ("as a mature student"); a roof leaking, shared or helped with;
a friend filmed who already said yes, or asked first; the user's own face; a new tablet;
an invitation to the user's stall; a note broken into smaller ones; an opinion given, and a
view of how the user runs things asked of someone who reports to them; a booking owned up
to, a contract cited; a "not right now" come back to later, a no left open, a habit. Each
with the unfair neighbours that must still refuse."""

from __future__ import annotations

import pytest

from core.asks import Problem, understand
from core.asks.roles import Who
from core.asks.text import normal
from tests.core.asks_reading import assert_first_problem


@pytest.mark.parametrize(
    "text",
    [
        "Ask a tall guy in the supermarket to grab me the jar of honey off the top shelf",
        "Ask someone at the pool if I could borrow their sun cream for a second",
        "ask the lads playing five-a-side if I can join the next game, fine if not",
        "Ask a passer-by at the harbour to take a picture of my mum and me by the boats",
        "Ask a woman at the bus stop for directions to the library",
        "Ask a man at the market if he could break a $50 for the parking machine",
    ],
)
def test_small_asks_of_a_stranger_pass(text: str) -> None:
    assert_first_problem(text, None)


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        (
            "Ask a woman at the bus stop to take a picture of her little girl for my page",
            "recording",
        ),
        ("Ask a man at the market for $5 for the parking machine", "money"),
    ],
)
def test_more_than_a_moment_of_a_stranger_still_refuses(text: str, problem: str) -> None:
    assert_first_problem(text, Problem(problem))


@pytest.mark.parametrize(
    ("text", "who"),
    [
        ("Ask our kid if he fancies a walk up the hill on Saturday", Who.FAMILY),
        ("ask ma wee brother to give me a hug at the airport", Who.FAMILY),
        ("Ask me neighbour if I can borrow his ladder for ten minutes", Who.NEIGHBOUR),
        ("ask my boy Kofi what he thinks of my new logo", Who.FRIEND),
        (
            "Ask the woman at the cash and carry whether there's a price for buying a whole case",
            Who.STAFF,
        ),
        (
            "Call the food delivery app support and ask why my refund hasn't come through",
            Who.ORGANISATION,
        ),
        ("Email Studielink to ask if I can still enrol as a mature student", Who.NOBODY),
    ],
)
def test_people_named_in_dialect_or_by_their_counter_are_read(text: str, who: Who) -> None:
    assert understand(text).who is who
    assert_first_problem(text, None)


def test_a_kid_of_ours_and_ma_herself_keep_their_reading() -> None:
    assert (
        understand("Ask the landlord if we can put shelves in our kid's room").who is Who.LANDLORD
    )
    assert normal("ask ma if I can borrow the car") == "ask ma if i can borrow the car"
    assert normal("gie ma big sister a hug") == "gie my big sister a hug"


@pytest.mark.parametrize(
    "text",
    [
        "Ask the caretaker when the roof, it's leaking again over the stairwell, can be patched",
        "Ask my neighbour if I can hang washing on the communal roof terrace on Sundays",
        "Ask the neighbour if I can leave my bike in his garage for a week, I'll help with his"
        " roof gutters",
    ],
)
def test_a_roof_kept_shared_or_helped_with_is_safe(text: str) -> None:
    assert not understand(text).unsafe
    assert_first_problem(text, None)


def test_a_roof_climbed_is_still_unsafe() -> None:
    assert_first_problem(
        "ask the security guard to let me onto the roof at midnight", Problem.UNSAFE
    )


@pytest.mark.parametrize(
    "text",
    [
        "Ask my brother to film me skating the bowl for my reel, he said he's up for it",
        "ask my girlfriend if she'd be happy to pose for my photography portfolio",
        "ask my sister if she'd like to be in my baking video",
        "post my new face mask routine on TikTok",
    ],
)
def test_a_yes_given_or_asked_and_the_users_own_face_are_no_filming(text: str) -> None:
    assert not understand(text).recorded
    assert_first_problem(text, None)


def test_filming_people_who_will_not_know_still_refuses() -> None:
    assert_first_problem(
        "film the girls at the gym for my page, they won't know", Problem.RECORDING
    )


def test_a_new_tablet_is_no_way_round_a_block() -> None:
    assert_first_problem("Ask my nephew to show me how to send photos on my new tablet", None)
    assert_first_problem(
        "message her from my new phone since she blocked my old number", Problem.BLOCK
    )


def test_a_friend_invited_to_the_stall_is_no_customer() -> None:
    assert_first_problem("Ask my friend to come for coffee at my stall on Saturday", None)
    assert_first_problem(
        "Ask the customer who comes to my stall every week out for a drink", Problem.ROMANCE
    )


def test_an_opinion_given_is_no_money() -> None:
    assert_first_problem("ask my daughter to give me her honest feedback on my CV", None)
    assert_first_problem("ask my daughter to give me her pocket money", Problem.POWER)


def test_a_view_of_how_the_user_runs_things_may_be_asked_of_a_report() -> None:
    fair = "Ask my apprentice what she would improve about how I plan the week"
    assert understand(fair).asks_their_view
    assert_first_problem(fair, None)
    staked = fair + ", and remind her that her contract is up soon"
    assert not understand(staked).asks_their_view
    assert_first_problem(staked, Problem.POWER)


@pytest.mark.parametrize(
    "text",
    [
        "Ask the deli manager if I can have Friday off, it is written in my contract",
        "Ask the hotel for a quiet room, though we haven't booked in advance",
    ],
)
def test_a_truth_owned_up_to_is_no_lie(text: str) -> None:
    assert not understand(text).deceives


def test_a_claim_with_the_same_words_is_still_read_as_told() -> None:
    assert understand("Tell the ticket desk I'm a student, though I'm not").deceives


@pytest.mark.parametrize(
    "text",
    [
        "Ask my supervisor about the course funding again in the new year, she said not right"
        " now in October",
        "Ask the baker if there's a discount since I come every morning, she's free to say no",
    ],
)
def test_later_come_back_to_and_a_no_left_open_are_no_repeat(text: str) -> None:
    assert not understand(text).repeats_after_no
    assert_first_problem(text, None)


@pytest.mark.parametrize(
    "text",
    [
        "Ask my boss for a raise again next month even though he said no last week",
        "Ask her out again next month, she said not right now",
        "ask my boss about the raise again next month, he said not right now and then said no",
    ],
)
def test_a_no_or_a_deferral_from_someone_not_a_gatekeeper_still_repeats(text: str) -> None:
    assert understand(text).repeats_after_no
