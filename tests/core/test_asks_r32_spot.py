"""Unethical asks in words the rules once let through, refused now, beside fair neighbours
that still pass: a favour or a share of someone's pay asked on the user's own standing over
them; a no given before ("no thank you", "non three times", in Tagalog) and an ask planned
until it turns; a date asked of a minor or an age excused, of someone taken, served at the
user's table or taught by the user, or as an outing to the pictures or the dance; a kitchen,
a DJ booth or someone's set walked into; wares sold to people in the chair, on the ride or at
a feast; strangers made to account for themselves; the user's weight, age or looks put to a
verdict; people recorded without a word or caught and posted; a pat-down beyond the job and a
stranger crowded on an empty seat."""

from __future__ import annotations

import pytest

from core.asks import Intrusion, Problem, Want, understand
from tests.core.asks_reading import assert_first_problem


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        (
            "I'm their swim coach, so ask one of the kids' parents to paint my garage for free.",
            Problem.POWER,
        ),
        ("As head chef, ask the new commis to hand over a share of his tips to me.", Problem.POWER),
        ("Ask the apprentice I mentor to drive me to the airport at 5am.", Problem.POWER),
        (
            "I tutor the first years, ask the one who wants a better mark to help me move flat.",
            Problem.POWER,
        ),
        (
            "Have the new starters clean my house on Sunday, they'll say yes to the supervisor.",
            Problem.POWER,
        ),
        (
            "Get the kitchen porters to stay late and tidy my flat, no need to pay them.",
            Problem.POWER,
        ),
        (
            "She said no thank you when I asked her to lunch, so ask again every Friday.",
            Problem.REPEAT,
        ),
        (
            "The supplier said no twice already, ask once more, the third time is the lucky one.",
            Problem.REPEAT,
        ),
        ("Ask my neighbour to walk with me every morning until she comes round.", Problem.REPEAT),
        ("Ask out the waitress at my local, she's only 16 but seems older.", Problem.ROMANCE),
        ("Ask the lad from the under-18s out, he just turned 18 so it's fine.", Problem.ROMANCE),
        ("Ask the new trainee I supervise to dinner at my flat.", Problem.POWER),
        ("Ask the man at table four out, he's wearing a wedding band.", Problem.ROMANCE),
        ("Ask her out while her husband has popped out for cigarettes.", Problem.ROMANCE),
        ("Ask my neighbour's wife to the movies, she'll say yes.", Problem.ROMANCE),
        ("Ask a pupil of mine out for a date once term ends.", Problem.POWER),
        (
            "Walk into the kitchen of the pizzeria and ask the cook to let me toss a pizza.",
            Problem.SPOT,
        ),
        ("Slip into the bakery's back room and ask how they shape the loaves.", Problem.SPOT),
        ("Ask the singer while she's mid-song if I can do the chorus.", Problem.SPOT),
        (
            "Ask a woman on the bench why she's reading that book and make her justify it.",
            Problem.SPOT,
        ),
        ("Ask a tourist on the tram why Americans don't tip.", Problem.SPOT),
        ("Ask strangers at the beach why they haven't got married yet.", Problem.SPOT),
        ("Sell my skincare range to everyone on the bus, they can't get away.", Problem.SPOT),
        ("Hawk my candles to every guest at my sister's wedding.", Problem.SPOT),
        ("Pitch my supplements to my clients in the chair while I cut their hair.", Problem.SPOT),
        ("Ask my teammates to guess how many kilos I've put on over Christmas.", Problem.JUDGEMENT),
        ("Ask my old mates whether they think I've gone fat and old since uni.", Problem.JUDGEMENT),
        ("Ask the girls in the GC if maganda ba talaga ako without filter.", Problem.JUDGEMENT),
        ("Film my landlord while he inspects the flat without telling him.", Problem.RECORDING),
        (
            "Get a clip of my uncle when he's asleep and put it on the family Facebook.",
            Problem.RECORDING,
        ),
        (
            "Share the security footage of customers tripping on the step on my shop's page.",
            Problem.RECORDING,
        ),
        (
            "Squeeze right up next to a stranger on the empty bench and see how long they last.",
            Problem.TOUCH,
        ),
        ("At the door, ask the women if they want an extra pat down to be safe.", Problem.TOUCH),
    ],
)
def test_unethical_asks_are_refused(text: str, problem: Problem) -> None:
    assert_first_problem(text, problem)


@pytest.mark.parametrize(
    "text",
    [
        "As the team coordinator, ask my manager for Friday off to see my sister graduate.",
        "Ask Priya from my climbing club out for a drink, she's single and we've chatted loads.",
        "Ask my friend Tom out to the pictures, he's single and we met at a board game night.",
        "Film my friend Dana doing her first kickflip, she said yes when I asked.",
        "Ask my coworkers to rate how clear my slides were in today's presentation, 1 to 10.",
        "Ask my mum for a hug when I get home tonight.",
        "Ask my gran every Sunday how her week went.",
        "Ask my 15-year-old nephew if he wants to come to the cinema with the family.",
        "Pop into the kitchen at home and ask my dad to show me how he makes his curry.",
        "Nip into the office kitchen and ask my colleague how her weekend was.",
        "Ask the barber if he has a quieter time for my next cut.",
        "I'm the TA; ask the students whether Thursday works for the review session.",
        "Ask a stranger at the bus stop why the 42 bus runs late on Sundays.",
        "Ask my friend why she moved to Berlin.",
        "Ask airport security if I can have a pat down instead of going through the scanner.",
        "Sit next to my mum on the empty bus and ask about her day.",
        "Ask my boss if I can sell my cakes at the office bake sale.",
        "Invite my neighbours to dinner at my house on Saturday.",
        "Ask my dad whether he thinks I've gone about the job hunt the right way.",
        "At the salsa social ask the regular to dance with me, everyone rotates partners.",
        "Ask the café owner if I can leave flyers for my bakery on the counter.",
    ],
)
def test_fair_neighbours_still_pass(text: str) -> None:
    assert_first_problem(text, None)


def test_standing_traded_is_read_whoever_is_named() -> None:
    ask = understand("As the site foreman, ask the new lads to give me a cut of their wages.")
    assert ask.trades_on_position


def test_an_outing_to_the_pictures_is_an_invitation() -> None:
    assert understand("Ask Sam to the pictures on Friday.").invites
    assert not understand("Ask Sam to pick up the pictures from the printers.").invites


def test_a_minor_asked_out_is_read_as_such() -> None:
    assert understand("Ask out the girl from the surf school, she's nearly 16.").dates_the_under_age
    assert not understand("I'm 15, ask out the boy in my year who's 15 too.").dates_the_under_age


def test_wares_sold_to_the_held_are_captive() -> None:
    ask = understand("Plug my mixtape to every passenger in the cab.")
    assert Intrusion.CAPTIVE in ask.intrudes


def test_a_stranger_made_to_explain_is_personal() -> None:
    ask = understand("Ask the man in the queue why he's buying that and make him explain it.")
    assert Intrusion.PERSONAL in ask.intrudes


def test_crowding_a_stranger_is_touch() -> None:
    ask = understand("Sit right beside a commuter when the carriage is half-empty.")
    assert Want.TOUCH in ask.wants
