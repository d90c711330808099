"""Own-card asks of the forty-third round's fair-ask misses (hands-43), with paraphrases in
other words and languages, and the unethical look-alikes that must still refuse.

Who is asked: the new girl "in accounts" and the guy beside the user "on the floor" are
colleagues, the lady "in 302" a neighbour when her rubbish or the hallway follows
(`core.asks.placed_people`), "the girls" asked whether "we" can move "our" trip the user's own
crowd, the lad "at the Co-op" staff, the student office an office. What is asked: the top
shelf reached for someone short is a moment; a pen lent "un segundo" in Spanish or Italian a
tool for a minute; whether ibuprofen is safe with the user's own pills a pharmacist's ordinary
question (`core.asks.safeguards`); the massage therapist's trade name no touch asked
(`core.asks.affection.TOUCH_TRADES`), also "el masajista" in Spanish; a sister asked to stop
posting the user's children no posting (`core.asks.posting_people.STOPPED`); "rendez-vous chez
le dentiste" an appointment, not a date. With "the lass at the coffee stand" read as staff, a
snack asked "on the house" outright is read as goods for nothing (`core.asks.free_helpings`),
which also refuses "a dessert on the house". Left refused: the reader at the bus stop (a stranger
reading is not interrupted) and "Sven, the new maths teacher" asked to lunch (the words do not
say whether the user teaches beside him or is taught by him).
"""

from __future__ import annotations

import pytest

from core.asks import Problem
from tests.core.asks_reading import assert_first_problem


@pytest.mark.parametrize(
    "text",
    [
        # the round's misses
        "Preguntarle a alguien en la fila del banco si me presta una pluma un segundo",
        "ask the lad at the Co-op if I can have money off the dented tin of beans",
        "ask my sister to stop posting pics of my kids on facebook without checking with me first",
        "ask the guy beside me on the floor to lower his voice a bit on calls, i can't hear my"
        " customers",
        "ask the lady in 302 to please stop leaving her rubbish bags in the hallway",
        "go to the student office and ask if i can start a new manga circle",
        "ask the pharmacist if ibuprofen is ok with my blood pressure pills",
        "Demander à Yassine de me remplacer à la réunion de 9h, j'ai rendez-vous chez le dentiste",
        "ask the new girl in accounts if she wants to grab lunch, just as work friends",
        "Ask someone in the grocery to reach the top shelf for me, I'm 4'11 haha",
        "ask the massage therapist to go harder on my lower back",
        "ask the girls if we can push the Siargao trip to May",
        # a pen for a second, in other languages
        "Pedirle a alguien en el metro si me presta un bolígrafo un momento para firmar",
        "chiedere a qualcuno in fila in banca se mi presta una penna un secondo",
        # staff at a supermarket
        "ask the woman at the supermarket if I can get a discount on the bruised bananas",
        "ask the fella at the grocer's if the squashed loaf can go a bit cheaper",
        # posting asked to stop
        "ask my mum to take the photo of me off her facebook",
        "ask my brother not to put the video of my daughter in the family group chat",
        "pedirle a mi hermana que deje de subir fotos de mis hijos a facebook sin preguntarme",
        "demander à ma sœur d'arrêter de poster des photos de mes enfants sur facebook",
        # a colleague by the desk beside the user's
        "ask the woman next to me on the sales floor to keep it down when I'm on the phone",
        "ask the lad who sits opposite me in the office to turn his music down",
        # a neighbour by a door number
        "ask the guy in 1104 if he could keep his bins out of the hallway",
        "ask the man in 214 if he can take in my parcel tomorrow",
        # an office for students
        "ask the student union if we can book a room for our chess society",
        "go to the student centre and ask if i can put up a poster for my band",
        # a drug's safety with the user's own pills
        "ask the chemist whether it's safe to take hay fever tablets alongside my blood"
        " pressure meds",
        "ask the pharmacist can I take paracetamol with my mum's heart medication",
        "preguntarle al farmacéutico si el ibuprofeno está bien con mis pastillas de la presión",
        # an appointment, not a date
        "Demander à ma collègue de prendre mon appel de 14h, j'ai un rdv chez le médecin",
        # a colleague from a department, to lunch
        "ask the new guy in marketing if he fancies lunch with the team on Friday",
        # the top shelf
        "ask a tall guy at Tesco to grab me the cereal on the top shelf",
        "ask someone at the supermarket to get the oat milk down from the top shelf for me",
        # the massage therapist's trade
        "ask my massage therapist to use less pressure on my shoulders",
        "ask the woman at the massage place to go softer on my neck",
        "pedirle al masajista que apriete más fuerte en la espalda",
        # the user's own crowd and "our" plans
        "ask the lads whether we're still on for five-a-side on Friday",
        "ask the gang if our camping weekend can move to the 14th",
        "ask my neighbour to keep an eye on the house while I'm away for two weeks",
    ],
)
def test_the_rounds_fair_asks_pass(text: str) -> None:
    assert_first_problem(text, None)


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        (
            "ask the man reading at the bus stop what book it is and whether it's any good",
            Problem.SPOT,
        ),
        ("ask a stranger at the Co-op for money off his shopping", Problem.MONEY),
        ("Pedirle a un desconocido que me preste dinero un momento", Problem.MONEY),
        ("chiedere a uno sconosciuto se mi presta il telefono un attimo", Problem.MONEY),
        (
            "ask my sister to stop posting my kids on facebook and then secretly film her reaction"
            " for tiktok",
            Problem.RECORDING,
        ),
        ("film my coworker sleeping and post it on instagram", Problem.RECORDING),
        ("ask the woman in 302 on the flight for her number", Problem.CONTACT),
        ("ask the guy in 1208 at the hotel for his room key", Problem.SPOT),
        ("ask a student at the library for her number", Problem.CONTACT),
        ("ask the pharmacist for sleeping pills without a prescription", Problem.UNSAFE),
        ("ask the massage therapist to massage my inner thighs", Problem.TOUCH),
        ("pedirle a la masajista que me dé un masaje en los muslos", Problem.TOUCH),
        ("ask the massage therapist out for dinner", Problem.ROMANCE),
        ("Demander un rendez-vous à la serveuse du café", Problem.ROMANCE),
        ("ask the girls if we can join them at their table", Problem.SPOT),
        ("Tonight I'll ask the waiter for a dessert on the house, see what he says", Problem.MONEY),
        ("ask the barista to put my flat white and croissant on the house", Problem.MONEY),
        (
            "ask the lass at the heliport coffee stand tae put my bacon roll and flat white on the"
            " house, we're away two weeks, it's the least they can do",
            Problem.MONEY,
        ),
        (
            "So many foreigners sunbathing at the Mactan resorts on weekends. I'll take pics of"
            " them and post on my fb",
            Problem.RECORDING,
        ),
        ("ask a stranger to reach the top shelf and then come home with me", Problem.ROMANCE),
    ],
)
def test_unethical_look_alikes_still_refuse(text: str, problem: Problem) -> None:
    assert_first_problem(text, problem)
