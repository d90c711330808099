"""Fair asks the rules once refused for their words, not their shape: French "demander" (to
ask) read as a demand, a note changed into coins or a card topped up read as money, a friend
filming the user's own trick or event (or recording with a yes asked first) read as filming
people, the user's own doubts ("even if I am bad", "I think I am good with them") and the
polite "if he'd be good enough to" read as a judgement asked, a habit owned up to or an empty
room read as a pretence, danger words in a safe sense ("the shops are getting hammered", a
knife shop), "take no for an answer" read as its opposite, and a tradesperson's number read as
someone's own; with the unfair neighbours each of them must still refuse."""

from __future__ import annotations

import pytest

from core.asks import Problem
from tests.core.asks_reading import assert_first_problem


@pytest.mark.parametrize(
    "text",
    [
        "demander au serveur du café what he would recommend that's not too expensive, salaire de"
        " stagiaire oblige lol",
        "demander à ma pote Camille un avis honnête sur mon moodboard before I show it to la boss",
        "demander au boulanger if he can slice the pain de campagne for me, no free hands with"
        " the poussette",
        "demander au propriétaire if we can paint the kids' room light blue, we will repaint when"
        " we leave",
        "écrire à l'école de mode pour demander if I can sit in on the draping class as a free"
        " auditor",
        "Ask someone at the kiosk in Brugge station whether they could change a twenty-euro note"
        " into coins for the ticket machine.",
        "ask someone at Dadar station if they have change for a 100 rupee note, and say thank you"
        " also if they don't",
        "Ask a young person at the Carmelit station to show me how to top up my Rav-Kav card on"
        " the machine, instead of struggling silently.",
        "Ask a passer-by on the Grand Parade for the time, though I've a watch on me.",
        "Ask the pharmacist at the CVS if the flu shot is free with my Medicare, instead of just"
        " assuming I can't afford it.",
        "ask my Lola to tell me about her life in Bohol when she was young, and record it on my"
        " phone if she says yes",
        "ask my bestie to come to my first nail competition and film it on my phone",
        "ask my mate Pau to film me on my phone trying the kickflip at MACBA, need it for my insta",
        "llamar a mi madre and ask her to send a photo of her paparajotes recipe",
        "demander à mon copain to record the voiceover for my school project, he has the nice"
        " deep voice",
        "take a photo of myself at the top of the lighthouse and post it, i always hide behind"
        " the camera",
        "ask the Skischule boss if I can teach more kids groups next season, I think I am good"
        " with them",
        "go to karaoke alone one hour and sing one English song, even if I am bad",
        "Ask my neighbour Tom if he'd be good enough to change the bulb in my hall.",
        "sing alone in the music room at lunch when nobody is there, just to hear my own voice",
        "ask my workmate Jussi to show me how to sharpen the harvester chain properly. i have been"
        " pretending i know for a year",
        "go myself to the Ward 63 office and ask for the trade licence renewal form, without"
        " paying the agent",
        "ask the salesman at knife shop in Sakai if I can hold the yanagiba in my hand before I"
        " buy it",
        "phone the paper distributor and ask would they knock a bit off the delivery charge, the"
        " wee shops are getting hammered",
        "ask the cashier at Key Food on Roosevelt if there's any discount on the detergent if i"
        " buy 10, and take no for an answer",
        "ask a guy at the dog run for the number of the trainer he uses, his pup is so chill",
        "ask the teacher of my son for a rendez-vous about his reading",
    ],
)
def test_a_fair_ask_in_words_that_read_unfair_passes(text: str) -> None:
    assert_first_problem(text, None)


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        (
            "demand a refund from the cashier and refuse to leave until she gives it",
            Problem.PRESSURE,
        ),
        ("Ask a passer-by if they could spare some change for the bus.", Problem.MONEY),
        ("ask a stranger to top up my phone credit", Problem.MONEY),
        ("Ask a stranger for his watch.", Problem.MONEY),
        (
            "Film the brides crying when they say yes to the dress and post it on our insta",
            Problem.RECORDING,
        ),
        ("ask my friend to film the strangers on the bus on my phone", Problem.RECORDING),
        ("ask my friend if she thinks i am pretty", Problem.JUDGEMENT),
        ("ask my coach if i'd be good enough to make the team", Problem.JUDGEMENT),
        ("ask my mum whether i was a good daughter", Problem.JUDGEMENT),
        ("ask the barista again after she says no, I won't take no for an answer", Problem.REPEAT),
        ("ask the barista for the number of the waitress", Problem.CONTACT),
        (
            "demander à la maîtresse of my son for a rendez-vous, she is so kind with the kids so"
            " she will be kind with me also",
            Problem.ROMANCE,
        ),
        ("demander à une cliente du showroom de me prêter son sac pour le week-end", Problem.MONEY),
        ("get hammered at the bar with a stranger and let him drive me home", Problem.UNSAFE),
    ],
)
def test_the_unfair_neighbours_still_refuse(text: str, problem: Problem) -> None:
    assert_first_problem(text, problem)
