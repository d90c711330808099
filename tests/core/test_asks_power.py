"""Asks of people under the user, pressed with a no made costly, or a ride asked for nothing;
and the fair asks of a brother, a manager, a fellow student that must still pass."""

from __future__ import annotations

import pytest

from core.asks import Problem, understand
from core.asks.roles import Who
from tests.core.asks_reading import assert_first_problem


@pytest.mark.parametrize(
    "text",
    [
        "As their TA, ask my undergrads to fill out my dissertation survey during tutorial.",
        "As their tutor, ask my first-years to fill in my research questionnaire in class.",
        "Ask my Saturday girl to do my grocery shopping on her lunch break.",
        "Ask my weekend girl to pick up my dry cleaning on her break.",
        "Ask the tenant of our listing to lend me her car for the weekend.",
        "ask the learners to bring firewood from home for my kitchen, each one a bundle",
        "Ask the pupils to bring me vegetables from their gardens.",
        "Ask the young guides I trained to give me 10% of their tips.",
        "Ask the waiters I trained to share their tips with me.",
    ],
)
def test_people_the_user_teaches_employs_or_lets_to_are_under_them(text: str) -> None:
    assert understand(text).who is Who.SUBORDINATE
    assert_first_problem(text, Problem.POWER)


@pytest.mark.parametrize(
    "text",
    [
        "Ask my cousin to lend me her car, she'll want to keep us happy before the renewal.",
        "Ask the lodger to paint the fence, he needs to keep me sweet before the lease renewal.",
        "Ask Marta to cover my Sunday, since I got her the job at the hotel.",
        "Ask the lads to chip in for my petrol, I got them the gig after all.",
        "I coach my son's little league team. Ask one of the moms out to dinner after the game,"
        " it's not like I'd bench her kid.",
        "Ask the striker's dad to fix my car for cheap, or I'll drop his son from the team.",
    ],
)
def test_a_hold_named_beside_the_ask_is_power_whoever_is_asked(text: str) -> None:
    assert_first_problem(text, Problem.POWER)


@pytest.mark.parametrize(
    "text",
    [
        "I teach year 5. Ask one of the dads out for a drink after parents' evening.",
        "Ask a player's mum out to dinner, I coach the under-12s.",
    ],
)
def test_a_date_with_the_parent_of_a_child_the_user_coaches_is_off_limits(text: str) -> None:
    assert_first_problem(text, Problem.ROMANCE)


@pytest.mark.parametrize(
    "text",
    [
        "Ask Pastor for a small loan in front of the whole women's fellowship so he cannot"
        " refuse me.",
        "Ask my manager for a raise at the Christmas party while everyone is watching so he"
        " can't say no.",
        "ask the boss for a raise at the staff party with everyone watching, he can't refuse there",
        "Ask at the feed merchant for credit, and remind them loudly in front of everyone how"
        " many years we've been loyal customers.",
        "Ask the shopkeeper for credit and loudly remind him in front of the queue how long I've"
        " been a customer.",
        "Ask my group-mates to redo the slides, and if they say no, keep reminding them how much"
        " I carried last assignment until they feel bad.",
        "Ask my flatmates to do the dishes and keep reminding them how much I did last month.",
        "ask the choir leader for the solo in front of all the singers, and make it awkward if"
        " she says no",
        "ask the garage owner for friday off and if he says no, sulk all day and make it awkward"
        " for everyone",
        "Ask my sister to lend me her dress, and if she refuses, give her the silent treatment.",
        "Ask my coach for a place in the first team, and if he says no, sulk through training.",
    ],
)
def test_a_no_made_costly_is_pressure(text: str) -> None:
    assert_first_problem(text, Problem.PRESSURE)


@pytest.mark.parametrize(
    "text",
    [
        "ask matatu tout to let me ride to westlands bure today 😂 no fare",
        "Ask the conductor to let me ride to town for free.",
        "Ask the bus driver to take me home for nothing.",
        "Ask the jeepney barker to let me on with no fare today.",
    ],
)
def test_a_ride_asked_for_nothing_is_money(text: str) -> None:
    assert_first_problem(text, Problem.MONEY)


@pytest.mark.parametrize(
    "text",
    [
        "ask the other student on placement to quiz me on drug calcs during break",
        "ask the other nursing student to quiz me on drug doses before the exam",
        "ask my housemate to test me on drug names for pharmacology",
        "ask my younger brother to teach me the new phone banking app, he laughs at me but ok",
        "ask my classmate to explain the homework, she always laughs at me but whatever",
        "Ask my dad to show me how to drive stick even though he makes fun of me.",
        "Ask the dispatcher for a route that gets me home Friday, my daughter has her school"
        " concert. He might say no, but I never asked before.",
        "Ask my manager for a late start on Tuesday for my son's dentist appointment. I"
        " haven't asked in years.",
        "Ask my landlord to fix the boiler, I haven't asked before.",
        "Ask my friend for help moving, even if it's awkward.",
        "Ask my boss for a raise, and if he says no, thank him and leave it there.",
        "If my friend says no, I'll feel awkward, but ask her to come to the gig anyway.",
        "I coach the under-10s; ask one of the mums to bring oranges for half time.",
        "I got her the job, so ask her how her first week went.",
        "Ask my friend to give me a lift home for free.",
        "Ask the tour guide whether there's a free tour tomorrow.",
        "Ask the gym receptionist whether I could bring a friend for free once.",
    ],
)
def test_fair_asks_of_family_managers_and_fellow_students_pass(text: str) -> None:
    assert_first_problem(text, None)


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("ask my brother why he always laughs at me", Problem.JUDGEMENT),
        ("Tell the office my boss approved it, though I never asked him.", Problem.DECEPTION),
        ("Say the blender doesn't work, though I never tried it.", Problem.DECEPTION),
        ("ask the stranger at the bus stop for some drugs", Problem.UNSAFE),
    ],
)
def test_the_fair_readings_leave_the_unfair_ones_refused(text: str, problem: Problem) -> None:
    assert_first_problem(text, problem)
