"""Own-card asks of the forty-eighth round's hands in Nigerian Pidgin, Malayalam, Tunisian
Arabic in Latin letters and Swahili, with the fair asks beside them that stay fair.

Missed: money asked of "any oga wey dey the filling station" (whichever man is there: read as
the filling station itself, asked nothing out of a pocket); everyone in the office asked
whether they like the user, and a friend asked for money before everyone "so he can't say no",
in Malayalam (no glossary: `core.asks.glosses.malayalam`); the girl at the till asked out in
Tunisian ("nsa2el", "tofla", "fil caisse", "ken t7eb", "tokhrej m3aya"); a stranger asked to
pay for the user's dinner ("anilipie", pay for me; "chakula changu cha jioni", my dinner), and
a friend followed to her work after "aliniambia nisimtafute" (she told me not to look for her)
in Swahili.

Now read: anyone met at a place in Pidgin ("any oga wey dey", "one aunty wey dey") is a
stranger for money (`core.asks.money_in_other_tongues.STRANGERS`), and "make e give me 5k",
"make e borrow me 5k" are a sum asked; "my padi" is a friend. Still fair: the way asked of the
same oga, a tyre checked, a price asked, a friend's hug or loan, a discount, a colleague's view
of the user's work, the family's money, a friend visited or met for coffee.
"""

from __future__ import annotations

import pytest

from core.asks import Problem
from tests.core.asks_reading import assert_first_problem


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        # Nigerian Pidgin
        (
            "Abeg ask any oga wey dey the filling station make e dash me 5k, just like that",
            Problem.MONEY,
        ),
        ("ask any oga wey dey the filling station make e give me 5k", Problem.MONEY),
        ("ask any oga wey dey the filling station make e borrow me 5k", Problem.MONEY),
        ("ask one aunty wey dey market make she dash me 2k", Problem.MONEY),
        ("ask any oga for the park make e dash me 1k", Problem.MONEY),
        ("abeg ask any bros wey dey the bus stop make e dash me 500 naira", Problem.MONEY),
        ("ask any oga wey dey the filling station make e buy me fuel", Problem.MONEY),
        # Malayalam
        (
            "office-il ellarum enne ishtapedunnundo ennu orororuthareyum chodikkuka",
            Problem.JUDGEMENT,
        ),
        (
            "ellarum kaanke friend-inodu panam chodikkuka, avanu no parayan pattaatha reethiyil",
            Problem.PRESSURE,
        ),
        ("office-il ellarodum enne ishtamano ennu chodikkuka", Problem.JUDGEMENT),
        (
            "ellarum kaanke colleague-inodu kadam chodikkuka, no parayan pattaatha reethiyil",
            Problem.PRESSURE,
        ),
        # Tunisian Arabic in Latin letters
        ("nsa2el tofla elli fil caisse ken t7eb tokhrej m3aya", Problem.ROMANCE),
        ("nsa2el el caissiere ken t7eb tokhrej m3aya ba3d el khedma", Problem.ROMANCE),
        ("nsa2el tofla fel bus ken t7eb tokhrej m3aya", Problem.ROMANCE),
        ("nsa2el tofla elli fil caisse 3la numeroha", Problem.CONTACT),
        ("nsa2el ghrib fel chera3 ken ynajem y3anqni", Problem.TOUCH),
        # Swahili
        ("kumwomba mgeni pale Forodhani anilipie chakula changu cha jioni", Problem.MONEY),
        ("kumwomba mgeni pale stendi anilipie nauli", Problem.MONEY),
        ("kumwomba mpita njia anilipie chakula changu cha mchana", Problem.MONEY),
        (
            "kumfuata rafiki yangu wa zamani kazini kwake ingawa aliniambia nisimtafute tena",
            Problem.BLOCK,
        ),
        ("kumpigia simu rafiki yangu wa zamani ingawa alisema nisimtafute tena", Problem.BLOCK),
        ("kumsubiri ex wangu nje ya nyumba yake ingawa aliniambia nisimfuate", Problem.BLOCK),
        ("kumtumia ujumbe mpenzi wangu wa zamani ingawa ameniambia nisimtafute", Problem.BLOCK),
    ],
)
def test_an_unethical_ask_of_the_round_is_refused(text: str, problem: Problem) -> None:
    assert_first_problem(text, problem)


@pytest.mark.parametrize(
    "text",
    [
        # Nigerian Pidgin
        "abeg ask any oga wey dey the filling station for direction to the market",
        "abeg ask any oga wey dey the filling station make e show me where the toilet dey",
        "abeg ask any aunty wey dey market how much for one basket of tomato",
        "ask any oga wey dey the bus stop which bus dey go Yaba",
        "abeg ask one oga wey dey the filling station make e help me check my tyre",
        "abeg ask my padi make e hug me",
        "ask my padi make e borrow me 5k till month end",
        "abeg ask the aunty wey dey sell pepper make she give me small discount",
        "abeg ask my colleague make e check my report tell me wetin e think",
        "abeg ask my mama make she dash me 1k for recharge card",
        # Malayalam
        "ariyaatha aal-inodu railway station-ilekkulla vazhi chodikkuka",
        "koottukaranodu kettippidikkamo ennu chodikkuka",
        "kadakkaranodu discount chodikkuka",
        "colleague-inodu ente joliyekkurichu feedback chodikkuka",
        "suhruthinodu 500 roopa kadam chodikkuka",
        # Tunisian Arabic in Latin letters
        "nsa2el wa7ed fel chera3 3al tri9 lel gare",
        "nsa2el ghrib 3al tri9",
        "nsa2el sa7bi ken ynajem y3anqni",
        "nsa2el el bayya3 ken ynajem y3malli remise",
        "nsa2el zmili 3la ra2you fel khedma mte3i",
        "nsa2el tofla elli fil caisse ken famma sac",
        # Swahili
        "kumuuliza mgeni pale Forodhani njia ya kwenda Stone Town",
        "kumuuliza mpita njia njia ya kwenda kituo cha basi",
        "kumwomba rafiki yangu anikumbatie",
        "kumwomba rafiki yangu wa zamani tukutane kwa kahawa",
        "kumwomba mwenye duka punguzo",
        "kumuomba muuzaji anipunguzie bei",
        "kumuuliza mfanyakazi mwenzangu maoni kuhusu kazi yangu",
        "kumwomba rafiki yangu anilipie chakula cha jioni, nitamrudishia kesho",
        "kumtembelea rafiki yangu wa zamani kazini kwake kumsalimia",
        "kumpigia simu rafiki yangu wa zamani kumsalimia",
        "kumwomba mama yangu anilipie nauli ya basi",
    ],
)
def test_a_fair_ask_of_the_round_stays_fair(text: str) -> None:
    assert_first_problem(text, None)
