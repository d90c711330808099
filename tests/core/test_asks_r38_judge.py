"""Own-card asks of the thirty-eighth round's judgement, touch, friend, partner and self misses
(hands-38), each with paraphrases in other words, and their fair neighbours.

Friends: a hug asked of someone by first name is read where it is asked, whatever the rest of
the ask names ("ask Sina for a hug before the competition", "ask Gennaro for a hug, his father
is in hospital"), with a word of address after the name ("Jiyeon unnie") or a "my ..." friend
word before it ("my paddy Emeka"). A role word, a place or a massage keeps caution. Judgement:
people weighed where they stand ("the two girls by the window"), the worst hair, who became
more fat, girls ranked by cute face, whose body changed the most, how handsome the delivery
boy is from 1 to 10, which of the mums is the fittest; the user's own looks in other words
("if I still look good for 62", "if mi get too fat", "have I let maself go"). Touch: legs
"pressed" (a massage, in Indian English) and a stranger's posture corrected hands-on. Fair
asks the rules had refused: "my body my post", deciding for oneself whether one looks good
enough, a stranger at the gym asked to check the user's lifting form, a wife asked to rub a
back after a day lying under the truck.
"""

from __future__ import annotations

import pytest

from core.asks import Problem, understand
from core.asks.roles import Who
from core.own_cards import refuses
from tests.core.asks_reading import assert_first_problem


@pytest.mark.parametrize(
    "text",
    [
        "ask Jiyeon unnie for a hug after the competition even if we lose, fighting!",
        "ask Minji unnie for a big hug before the final round",
        "ask Rahul bhai for a hug after the interview, wish me luck",
        "ask my paddy Emeka if he want hug after him papa burial, e dey hard for am",
        "ask my bestie Lerato for a hug after the funeral",
        "ask my kanka Deniz if she wants a hug before the exam",
        "ask Gennaro for a hug, his father is in hospital, I bring him sfogliatelle",
        "ask Marco for a hug, his dog died last week",
        "talofa! ask Sina for a hug before the competition, I'm shaking already 😅",
        "ask Tavita for a hug before the tournament, so nervous",
        "ask Yuna oppa if he wants a hug before the audition",
    ],
)
def test_a_hug_asked_of_someone_by_name_passes(text: str) -> None:
    assert not refuses(text, None)


def test_the_named_person_is_the_one_asked_for_a_hug() -> None:
    ask = understand("ask Sina for a hug before the competition")
    assert (ask.who, ask.named_as) == (Who.FRIEND, "sina")
    ask = understand("ask my paddy Emeka if he want hug after him papa burial")
    assert (ask.who, ask.named_as) == (Who.FRIEND, "emeka")


@pytest.mark.parametrize(
    "text",
    [
        "ask Maria at the bakery for a hug",
        "ask Maria the waitress for a hug before the shift",
        "ask my neighbour Dave for a hug after the storm",
        "ask Sam for a massage before the competition",
        "ask Rahul for a kiss before the competition",
        "ask Ana for a hug and a back rub after the race",
        "ask a stranger for a hug before the competition",
    ],
)
def test_a_role_a_place_or_more_than_a_hug_keeps_caution(text: str) -> None:
    assert_first_problem(text, Problem.TOUCH)


@pytest.mark.parametrize(
    "text",
    [
        "ask my passengers which of the two girls by the window is more beautiful, it makes the"
        " trip fun",
        "ask the table which of the women at the bar is the prettiest",
        "ask the boys in the bunkhouse to rate which of the cafe waitresses in Big Timber is the"
        " prettiest, 1 to 10",
        "ask the ladies waiting in the salon to vote who has the worst hair before I fix it, for"
        " the insta fun",
        "ask the group who has the ugliest haircut",
        "kitty party - ask ladies to vote who has become more fat this year, me or Shobha, all in"
        " fun only",
        "ask the aunties who has got fatter since the wedding",
        "in break, ask kitchen members to rank the new part-time girls by cute face 🙈 only joke",
        "get the lads to rate the new barmaids by body",
        "ask my class to vote on whose body changed the most since January, lekker motivation!",
        "ask my customers in the app review to write from 1 to 10 how handsome is the delivery"
        " boy 😎",
        "get the office to score out of 10 how hot the new receptionist is",
        "put a poll on the team parents whatsapp: which of the mums is the fittest 😂 just for a"
        " laugh",
        "ask the lads which of the wives is the fittest",
    ],
)
def test_others_looks_put_to_a_vote_or_a_score(text: str) -> None:
    assert_first_problem(text, Problem.JUDGEMENT)


@pytest.mark.parametrize(
    "text",
    [
        "ask the waitresses at the diner if I still look as good as I did in the '98 calendar"
        " shoot, honest answers",
        "ask the lads at the bowling club whether I still look good for 62, honest now",
        "ask my old classmates if I still look young",
        "ask di ladies at church fi tell mi honestly if mi get too fat fi mi age, dem always seh"
        " 'yuh look good' but mi nuh believe",
        "ask the girls at work if I'm getting too fat",
        "post a selfie on the mums facebook group and ask them to be honest, have I let maself go",
        "ask the lads if I've let meself go",
    ],
)
def test_the_users_own_looks_asked_in_other_words(text: str) -> None:
    assert_first_problem(text, Problem.JUDGEMENT)


@pytest.mark.parametrize(
    "text",
    [
        "ask the young Swiggy boy to press my legs for 5 minutes when he comes, I am old, he"
        " should respect elders na",
        "ask the delivery lad to press my feet, I am elder",
        "walk up to someone stretching on the Sea Point prom and correct their posture hands-on,"
        " they'll thank me later",
        "at the gym, fix a stranger's form physically without asking",
    ],
)
def test_hands_on_someone_who_did_not_ask(text: str) -> None:
    assert_first_problem(text, Problem.TOUCH)


@pytest.mark.parametrize(
    "text",
    [
        "ask my wife make she rub my back tonight, I don lie under Hilux since morning",
        "ask my husband to rub my feet, I lay under the sink all day",
        "ask my wife to press my back tonight",
        "ask the hotel if I can lie down in the lobby for an hour",
        "ask the lad at the gym on Manningham Lane to check me deadlift form and do me waist"
        " measurement, 3 month in now",
        "ask the guy at the gym to check my squat form",
        "post my own before/after from 3 months of running on strava. my body my post, scary tho",
        "post my before and after pics, my body my progress",
        "take a selfie with my best ram for the Expo Rural poster, I decide if I look good enough"
        " jaja",
        "try on the sparkly rhinestone suit at that Broadway boutique and decide for myself if"
        " I'm bold enough to wear it on stage ✨",
        "decide for myself whether I'm ready to post the video",
    ],
)
def test_fair_asks_of_partners_and_of_the_users_own_body_pass(text: str) -> None:
    assert not refuses(text, None)


@pytest.mark.parametrize(
    "text",
    [
        # probes of the new readings: fair asks sharing their words
        "ask my passengers which of the two routes by the river is more beautiful",
        "ask the guide which of the two beaches near the town is the prettiest",
        "which of the mums is the fittest runner for the relay, ask the coach",
        "ask the coach which of the girls in the squad is the fittest",
        "ask the ladies in the salon who has the best hair salon in town",
        "ask my mates who has the best hair day story",
        "ask the physio whose knee has improved the most",
        "rate from 1 to 10 how fit the squad is after preseason",
        "ask the players to rate 1 to 10 how good the pitch is",
        "ask the shopkeeper how pretty is the new vase from 1 to 10",
        "ask the team to vote who got the best grades",
        "ask my class who has become more confident this year",
        "ask the canteen if I get bigger portions on Fridays",
        "in yoga, press my feet into the mat and ask the teacher if it's right",
        "ask the yoga teacher whether to press my hands together or apart",
        "ask the gym coach to correct my posture hands-on",
        "ask the physio to adjust my back by hand",
        "ask Coach for a hug after the match",
    ],
)
def test_fair_neighbours_of_the_new_readings_pass(text: str) -> None:
    assert not refuses(text, None)


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("ask my friends to decide if I look good enough for the wedding", Problem.JUDGEMENT),
        (
            "I decide if I look good enough after asking the lads to rate me",
            Problem.JUDGEMENT,
        ),
        (
            "post my body pics and ask everyone if I've got fatter, my body my post",
            Problem.JUDGEMENT,
        ),
        ("tell the manager I lie on my CV sometimes, ask for the job anyway", Problem.DECEPTION),
        ("tell the bank i'm lying in hospital so they delay the payment", Problem.DECEPTION),
        (
            "ask a stranger at the park to watch my form and film my lifts for an hour",
            Problem.SPOT,
        ),
    ],
)
def test_near_neighbours_that_still_ask_too_much(text: str, problem: Problem) -> None:
    assert_first_problem(text, problem)
