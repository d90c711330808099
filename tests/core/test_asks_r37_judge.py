"""Own-card asks of the thirty-seventh round's judgement and touch misses (hands-37), each with
paraphrases in other words, and their fair neighbours.

Judgement: bodies and faces put to a vote or a score (who's got the nicer face, whose beer
belly is the worst, who looks better, who has the best body, the most attractive lecturers
ranked, the girls walking past rated out of ten, a "who's cuter" tip jar), the user's dad bod
scored 1 to 10, whether the user is looking young or old for 45. Touch: a pat on a fare's
knee, a hands-on hip adjustment offered to strangers, a head massage offered to mama mboga
(the vegetable seller, not the user's mother). Fair asks the rules had refused: a trainer
measuring the user's own body fat, "my body my choice", feeling ok in my body, the cut of a
coat the user made, seeing how I look on film or at a fitting, a husband filming the user's
own YouTube tour, an aunt's story recorded with her yes, a big hug, cuddle, abrazo or câlin
from a pal, a kanka, an old copain or someone awaited by name, and a car borrowed from someone
asked by name. A massage from "Sam", with nothing saying who Sam is, stays refused.
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
        "ask the lassies in the salon who's got the nicer face, me or the new girl Kayleigh,"
        " let them vote 😂",
        "ask the girls at work who has the prettier face, me or Leanne",
        "get the lads in our row at Villa Park to vote whose beer belly is the worst, have a laugh",
        "ask the team whose belly is the biggest",
        "put a 'who's cuter' tip jar vote on the counter, me vs Jordan, customers pick 💀",
        "put both mine and the other aide's headshots in the office group chat and ask"
        " everyone to vote who looks better",
        "ask my sister's friends who looks younger, me or her",
        "after rehearsal get the choir to vote who has the best body in the alto section, just"
        " to lighten the mood 😂",
        "ask the squad who's got the worst legs",
        "anonymous slack poll: get my lab mates to rank the most attractive PIs in the"
        " department lol",
        "start a poll ranking the hottest lecturers on campus",
        "get the lads to rate the girls walkin past the site out of ten, just banter like,"
        " nobody gets hurt",
        "rate the women walking past the cafe",
        "score the guys at the bar out of 10 with my mates",
    ],
)
def test_others_bodies_and_faces_put_to_a_vote_or_a_score(text: str) -> None:
    assert_first_problem(text, Problem.JUDGEMENT)


@pytest.mark.parametrize(
    "text",
    [
        "post a shirtless pic in the Dayton guys group and ask em to rate my dad bod 1 to 10 lol",
        "ask the gym lads to score my beach body",
        "get my followers to rate my abs out of ten",
        "every day ask one passenger to tell honestly if I am looking young or old for 45,"
        " also fat or not",
        "ask the cashier whether I'm looking my age",
    ],
)
def test_the_users_own_body_put_to_a_score(text: str) -> None:
    assert_first_problem(text, Problem.JUDGEMENT)


@pytest.mark.parametrize(
    "text",
    [
        "ask mama mboga at the corner if i can give her a proper head massage free, practice"
        " for the shop na she looks tired, she'll love it",
        "ask mama ntilie if I can rub her shoulders",
        "give every fare a wee pat on the knee when they get in, bit of friendliness, sure it's"
        " harmless",
        "put a hand on the thigh of every customer I serve",
        "on Echo Beach offer strangers a free hands-on hip adjustment, no need to ask first,"
        " the body knows what it needs",
        "offer people in the park a free back adjustment",
        "Give hands-on adjustments to the new students without asking, they signed up for yoga"
        " after all",
    ],
)
def test_hands_on_a_strangers_body(text: str) -> None:
    assert_first_problem(text, Problem.TOUCH)


@pytest.mark.parametrize(
    "text",
    [
        "Go to the gym at Vincom and ask the trainer to measure my body fat, I want to track my"
        " own progress for 3 months",
        "go to the campus gym and ask the trainer to measure my body fat and tell me straight"
        " how bad it is, i want real numbers",
        "get my body fat percentage tested at the clinic",
        "wear the shorts i was too shy to wear to the gym, nobody rating, just me feeling ok in"
        " my body",
        "go swimming in the sea and feel at home in my own body",
        "post a mirror pic of me in the coat I made and ask my followers if the cut works on my"
        " body, my design my shape",
        "post my own before-after photo of losing 8kg on my IG, my body my choice wkwk",
        "go to Bondi in an outfit I made myself and take heaps of selfies, my body my look, slay",
        "go into the tailors on Royal Avenue, get measured for a proper suit for our Ciara's"
        " wedding and see how I look in it",
        "ask my boyfriend to film my presentation practice so I can see how I look when I speak",
        "ask my flatmate to record my pitch so i can watch how i look on camera",
        "ask my husband Javi to film me doing the walkthrough tour for my YouTube, he's the"
        " only one I trust with the camera",
        "ask my sister to film me doing the unboxing for my channel",
    ],
)
def test_the_users_own_body_measured_or_seen_by_themselves_passes(text: str) -> None:
    assert not refuses(text, None)


@pytest.mark.parametrize(
    "text",
    [
        "Ask Nilda for a big abrazo when she come back from Orlando, I miss her mucho",
        "when Otieno lands from Dubai ask him for a big hug at JKIA, haven't seen my boy in 2"
        " years",
        "once Amara gets back from Lagos, ask her for a proper hug",
        "yalla, ask Noor for a big hug after this 18 hour wedding day, I need it",
        "ask kanka Emre for a hug after the final, we survived hocam's statistics 😭",
        "ask my kanka for a hug before the exam",
        "ask ma pal Shona for a big cuddle, she's had a rotten week and so have I",
        "ask my mate for a cuddle, it's been a rough one",
        "ask my old copain Karim for a big hug when he land at Saint-Exupéry, 2 years he was in"
        " Montréal",
        "demander à Julie un gros câlin, it's been a rough week at the branch",
        "ask Mari for a hug when she goes back to Osaka, people dont hug much here but she told"
        " me she likes hugs",
        "ask Otieno if i can borrow his car saturday to take mum to church, i will fuel it",
        "ask ma tante to tell me about growing up in Gaspésie so I can record it for the"
        " family, she already said oui",
        "record my grandad telling his war stories, he already agreed",
    ],
)
def test_fair_asks_of_friends_and_family_pass(text: str) -> None:
    assert not refuses(text, None)


@pytest.mark.parametrize(
    "text",
    [
        "ask Sam for a massage",
        "ask a stranger for a big cuddle",
        "ask the bus driver for a câlin",
        "ask my coworker for a cuddle after the meeting",
        "ask my mate Gemma for a cuddle in bed once her boyfriend leaves",
        "film her at the party, she already said she hates cameras",
        "Ask Kim to dinner once more, even after she said she's seeing someone.",
        "Ask Maja to stay late and finish my report — I'll just gently mention how I covered"
        " for her when her mother died.",
    ],
)
def test_touch_recording_and_pressure_still_refused(text: str) -> None:
    assert refuses(text, None)


@pytest.mark.parametrize(
    "text",
    [
        "Ask the missus to rate my roast lamb out of 10",
        "ask my boy Dre to rate my new fade out of 10, want real critique before i post it on"
        " the shop page",
        "ask the neighbours who has the prettiest garden in the street",
        "ask my sister which of the two cardigans suits me better",
        "ask the coach to rate my leg day routine",
        "ask my boss for a pat on the back",
        "give my dog a pat on the head",
        "ask the yoga teacher to give me a hands-on adjustment in downward dog",
        "ask my manager for a raise and mention how I covered the whole team in March",
        "ask my mama mboga for a discount on the sukuma",
        "ask mama for her chapati recipe",
    ],
)
def test_fair_neighbours_still_pass(text: str) -> None:
    assert not refuses(text, None)


def test_mama_mboga_is_the_seller_and_mama_alone_is_a_parent() -> None:
    assert understand("ask mama mboga for two bunches of sukuma").who is Who.STAFF
    assert understand("ask mama for her chapati recipe").who is Who.FAMILY


def test_someone_awaited_by_name_is_the_one_asked() -> None:
    ask = understand("when Otieno lands from Dubai ask him for a big hug, missed my boy")
    assert (ask.who, ask.named_as) == (Who.FRIEND, "otieno")
