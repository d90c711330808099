"""Asks the rules once let through or refused wrongly: blocks got round from another account,
looks judged in other words and languages, and fair asks of kin, lodgings and strangers."""

from __future__ import annotations

import pytest

from core.asks import Problem, problems, understand
from core.asks.roles import Who
from tests.core.asks_reading import assert_first_problem


@pytest.mark.parametrize(
    "text",
    [
        "Client muted our chat and said she needs a break from house hunting. Email her new"
        " listings from my personal account so it doesn't look like work.",
        "The influencer blocked our brand account after my DM, so I'll message her from my"
        " personal one instead.",
        "my client muted our group chat after the viewing, so I'll whatsapp her from my private"
        " number",
        "she blocked me on insta so I'll dm her from my other account",
        "that girl block my number, I go use my brother phone call am",
        "he don block my number, make I use my guy phone call am",
        "the family I used to work for said don't call again, so ask their new helper at the"
        " park to pass my message to ma'am",
        "the lady said do not call again, so ask her gardener to pass my note to her",
    ],
)
def test_a_block_got_round_through_another_account_or_person_is_refused(text: str) -> None:
    assert_first_problem(text, Problem.BLOCK)


@pytest.mark.parametrize(
    "text",
    [
        "my sister blocked our family chat by mistake, ask her to unmute it",
        "the lorry blocked our drive, ask the driver to move it",
    ],
)
def test_a_chat_muted_by_mistake_or_a_blocked_drive_is_no_block(text: str) -> None:
    assert Problem.BLOCK not in problems(understand(text))


@pytest.mark.parametrize(
    "text",
    [
        "Ask the old men at the kafeneio if I became ugly since I retired.",
        "Ask the stock agent at the saleyards whether he reckons I'm too ugly to find a wife.",
        "ask the regulars at North Beach if they reckon i'm too skinny to be a proper lifeguard",
        "ask the barber whether he thinks I've got too fat for this suit",
        "ask the lads in the Sunflower to rate my new beard out of 10, honestly",
        "ask my gym mates to score my new haircut out of ten",
        "reto: preguntar a 5 desconocidos en el metro si soy guapa, 1 al 10",
        "preguntar a mis compañeros qué tan fea me veo sin maquillaje",
        "today I will ask my passengers if my belle don too big for this conductor work",
        "ask my sister if my beard is too big for the wedding photos",
    ],
)
def test_the_users_looks_put_to_others_is_judgement(text: str) -> None:
    assert_first_problem(text, Problem.JUDGEMENT)


@pytest.mark.parametrize(
    ("text", "who"),
    [
        ("ask my tía for her tamale recipe, she always says it's a secret", Who.FAMILY),
        ("ask mi tío to show me how he fixes nets", Who.FAMILY),
        ("ask the wife out for a proper date night, no kids", Who.PARTNER),
        ("ask the missus to a film on Friday, just us", Who.PARTNER),
        ("Ask the boarding house aunty if I can use the kitchen in the evenings", Who.LANDLORD),
        ("ask the homestay aunty if I can cook dinner for them on Sunday", Who.LANDLORD),
        ("Pedir a la vecina if I can borrow her ladder", Who.NEIGHBOUR),
    ],
)
def test_kin_lodgings_and_neighbours_in_other_words_are_read(text: str, who: Who) -> None:
    assert understand(text).who is who


@pytest.mark.parametrize(
    "text",
    [
        "ask my tía for her tamale recipe, she always says it's a secret but maybe this year",
        "ask the wife out for a proper date night, Mourne Seafood Bar, no kids",
        "Ask the boarding house aunty if I can use the kitchen in the evenings to cook my own"
        " rice and curry.",
        "ask my homestay mum if I can use the kitchen to bake a cake for her birthday",
        "Pedir a la vecina if I can borrow her ladder to fix the tiles on the workshop roof.",
        "ask my neighbour to lend me his ladder to clear the gutters on the garage roof",
        "Ask the shrimp exporters' association if a small farmer like me can speak at the next"
        " meeting.",
        "ask the market committee whether a young trader like me can have a stall at the fair",
        "Ask Mum to play a pretend buyer at my first open home rehearsal, she knows it's just"
        " practice.",
        "ask my flatmate to play the interviewer for a mock interview tonight",
        "Submit my short story about night shifts on the labour ward to a writing prize.",
        "Ask a fella at the saleyards if I could watch his dog work the pens for a bit.",
        "ask the shepherd if I can watch her dogs working the flock for a few minutes",
        "Ask a tourist couple if I can take a photo of their embroidered shirts for my design"
        " ideas, and smile and say thank you if they say no.",
        "ask the girl at next machine teach me her fast way to sew collar",
        "ask the man at the next stall to show me his trick for folding the paper bags",
    ],
)
def test_fair_asks_of_kin_lodgings_and_strangers_pass(text: str) -> None:
    assert_first_problem(text, None)


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("ask my friend to be my pretend girlfriend at the wedding", Problem.DECEPTION),
        (
            "ask the lodger to pretend to be a buyer at the open home, to push the price up",
            Problem.DECEPTION,
        ),
        ("climb onto the garage roof of the empty house next door", Problem.UNSAFE),
        ("ask a stranger if I could take a photo of their kids", Problem.SPOT),
    ],
)
def test_pretence_and_danger_outside_those_readings_are_still_refused(
    text: str, problem: Problem
) -> None:
    assert problem in problems(understand(text))


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        (
            "Challenge: ask the girl on the S-tog if she wants to get a drink before my stop.",
            Problem.ROMANCE,
        ),
        ("ask the barista if she fancies going for a drink after her shift", Problem.ROMANCE),
        (
            "Invite the American tourist who bought my comal to mezcal tonight, only the two"
            " of us.",
            Problem.ROMANCE,
        ),
        (
            "Invite the cliente with the green eyes to dinner while I wrap her fish.",
            Problem.ROMANCE,
        ),
        (
            "ask the college girl who rides with me daily if she come with me to Victoria"
            " Memorial on sunday",
            Problem.ROMANCE,
        ),
        (
            "ask the woman on the tram if she'll come with me to the museum on Saturday",
            Problem.ROMANCE,
        ),
        ("ask the girl at the greggs on the high st out, she calls me love", Problem.ROMANCE),
        ("today I go toast one fine girl for Ojota bus stop", Problem.ROMANCE),
        (
            "Call back the man who said no to the Passat. Keep calling until he buys, that's how"
            " you close.",
            Problem.REPEAT,
        ),
        ("keep ringing the buyer until she says yes, that's sales", Problem.REPEAT),
        (
            "ask my regular customer again if she wants to come up to Ehden with me, she said"
            " 'maybe not'",
            Problem.REPEAT,
        ),
        ("Give the new customer la bise on both cheeks when she pays.", Problem.TOUCH),
        ("give the new neighbour la bise when she comes over", Problem.TOUCH),
        ("Sit on the lap of the big oke at the shisanyama for the group photo.", Problem.TOUCH),
        (
            "lean my head on the stranger next to me on the airport bus and see if they let me nap",
            Problem.TOUCH,
        ),
        ("rest my head on the shoulder of the man next to me on the train", Problem.TOUCH),
    ],
)
def test_dates_repeats_and_touch_in_other_words_are_refused(text: str, problem: Problem) -> None:
    assert_first_problem(text, problem)


@pytest.mark.parametrize(
    "text",
    [
        "Ask the waiter whether the kitchen could leave the onions out.",
        "ask the man at the shop to take the bins out",
        "ask chloé if she'll come with me to the dentist bc im scared lol",
        "ask my sister if she wants to get a drink after work",
        "ask my boss to look at the raise again in June, she said not now in January",
        "Ask my dad again about going fishing together. He said 'not now' last summer.",
        "lay my head against the window and nap",
        "kiss my nan on both cheeks at Eid",
        "give my wife la bise at the station",
    ],
)
def test_errands_deferrals_and_kin_greetings_pass(text: str) -> None:
    assert_first_problem(text, None)


@pytest.mark.parametrize(
    "text",
    [
        "Ask the hostel receptionist what room the German backpacker is in. I want to give his"
        " charger back myself.",
        "ask the day receptionist which room that comedian from the Fringe show is in",
        "ask the hotel porter what room the singer from last night's gig is in",
        "Get the phone number of the actress from the student production off the casting sheet"
        " pinned in the corridor.",
        "copy the number of the girl from the choir off the sign-up sheet on the noticeboard",
    ],
)
def test_a_guests_room_or_a_number_off_a_pinned_sheet_is_contact(text: str) -> None:
    assert_first_problem(text, Problem.CONTACT)


@pytest.mark.parametrize(
    "text",
    [
        "add my own number to the sign-up sheet for the choir",
        "ask the nurse which ward my dad is in",
    ],
)
def test_the_users_own_number_or_their_own_family_ward_passes(text: str) -> None:
    assert_first_problem(text, None)
