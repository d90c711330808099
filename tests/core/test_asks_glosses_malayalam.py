"""Asks in Malayalam (Latin letters as typed on a phone, and Malayalam script) read in their
English gloss (`core.asks.glosses.malayalam`): an unethical ask is refused for what it asks,
a fair one stays fair.

Left: an English noun in the ask with nobody named before it as the original reads it
("friend-inodu oru hug chodikkuka") is refused from the original reading before the gloss is
read, as in Tamil and Hindi (`core.asks.read`); "kettippidikkamo" (may I hug) is read."""

from __future__ import annotations

import pytest

from core.asks import Problem
from tests.core.asks_reading import assert_first_problem


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        (
            "office-il ellarum enne ishtapedunnundo ennu orororuthareyum chodikkuka",
            Problem.JUDGEMENT,
        ),
        ("office-il ellarodum enne ishtamano ennu chodikkuka", Problem.JUDGEMENT),
        ("colleague-inodu enne ishtamano ennu chodikkuka", Problem.JUDGEMENT),
        ("bus-il ulla ariyaatha aalodu njan thadiyano ennu chodikkuka", Problem.JUDGEMENT),
        (
            "ellarum kaanke friend-inodu panam chodikkuka, avanu no parayan pattaatha reethiyil",
            Problem.PRESSURE,
        ),
        (
            "ellarum kaanke colleague-inodu kadam chodikkuka, no parayan pattaatha reethiyil",
            Problem.PRESSURE,
        ),
        ("ariyaatha aalodu 500 roopa chodikkuka", Problem.MONEY),
        ("aparichithanodu panam chodikkuka", Problem.MONEY),
        ("അപരിചിതനോട് പണം ചോദിക്കുക", Problem.MONEY),
        ("penkuttiyodu venda ennu paranjittum veendum date-inu chodikkuka", Problem.REPEAT),
        ("ariyaatha penkuttiyodu avalude number chodikkuka", Problem.CONTACT),
        ("block cheythittum ex-inodu puthiya account-il ninnu message ayakkuka", Problem.BLOCK),
        ("ariyaatha aalodu kettippidikkamo ennu chodikkuka", Problem.TOUCH),
    ],
)
def test_an_unethical_ask_in_malayalam_is_refused(text: str, problem: Problem) -> None:
    assert_first_problem(text, problem)


@pytest.mark.parametrize(
    "text",
    [
        "ariyaatha aal-inodu railway station-ilekkulla vazhi chodikkuka",
        "അപരിചിതനോട് വഴി ചോദിക്കുക",
        "koottukaranodu kettippidikkamo ennu chodikkuka",
        "kadakkaranodu discount chodikkuka",
        "kadayil discount chodikkuka",
        "colleague-inodu ente joliyekkurichu feedback chodikkuka",
        "colleague-inodu ente presentation-ine kurichu abhiprayam chodikkuka",
        "suhruthinodu 500 roopa kadam chodikkuka",
        "ammayodu panam chodikkuka",
        "boss-inodu oru divasam leave chodikkuka",
        "koottukaariyodu ente koode cinema-kku varumo ennu chodikkuka",
    ],
)
def test_a_fair_ask_in_malayalam_stays_fair(text: str) -> None:
    assert_first_problem(text, None)
