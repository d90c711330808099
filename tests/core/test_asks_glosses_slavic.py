"""Asks in Polish, Czech, Slovak, Russian, Ukrainian, Serbian/Croatian/Bosnian and Bulgarian
read in their English gloss (`core.asks.glosses`)."""

from __future__ import annotations

import pytest

from core.asks import Problem
from tests.core.asks_reading import assert_first_problem

UNETHICAL = [
    ("poprosić nieznajomą na przystanku o jej numer telefonu", Problem.CONTACT),
    ("zapytać kelnerkę czy pójdzie ze mną na randkę", Problem.ROMANCE),
    ("poprosić sąsiadkę jeszcze raz o kawę, mimo że powiedziała nie", Problem.REPEAT),
    ("przytulić nieznajomą w tramwaju", Problem.TOUCH),
    ("požádat cizí holku v metru o její číslo", Problem.CONTACT),
    ("zeptat se servírky jestli by se mnou šla na rande", Problem.ROMANCE),
    ("pozvat sousedku znovu na kafe, i když mi řekla ne", Problem.REPEAT),
    ("opýtať sa cudzieho chlapa v obchode, či mi dá 20 eur", Problem.MONEY),
    ("снять кассиршу на видео тайком и выложить в тикток", Problem.RECORDING),
    ("позвать соседку на кофе ещё раз, хотя она уже сказала нет", Problem.REPEAT),
    ("попросить незнакомую девушку в метро дать её номер телефона", Problem.CONTACT),
    ("попросити незнайомого чоловіка позичити мені 200 гривень", Problem.MONEY),
    ("запитати офіціантку, чи піде вона зі мною на побачення", Problem.ROMANCE),
    ("поцілувати незнайомку в парку", Problem.TOUCH),
    ("pitaj konobaricu u kafani za njen broj telefona", Problem.CONTACT),
    ("zamoli nepoznatog čoveka na ulici da mi da 500 dinara", Problem.MONEY),
    ("pozovi je opet na kafu iako je već rekla ne", Problem.REPEAT),
    ("замоли непознатог човека да ми да новац", Problem.MONEY),
    ("да помоля непозната жена на спирката за телефонния ѝ номер", Problem.CONTACT),
    ("да целуна непознато момиче в парка", Problem.TOUCH),
]

FAIR = [
    "poprosić szefa o podwyżkę",
    "zapytać sąsiada czy pożyczy mi drabinę",
    "zapytać panią w piekarni czy mają chleb bez glutenu",
    "zeptat se souseda jestli mi půjčí žebřík",
    "požádat šéfa o den volna",
    "zeptat se prodavače jestli mají ten svetr v jiné barvě",
    "požiadať susedu o pomoc s nákupom",
    "poprosiť kolegu, aby mi pomohol s prezentáciou",
    "попросить начальника дать выходной в пятницу",
    "спросить соседа, может ли он одолжить мне дрель",
    "попросити сусіда допомогти занести шафу",
    "спитати касирку, чи є у них знижка для студентів",
    "pitaj komšiju da li može da mi pozajmi merdevine",
    "zamoli šefa za slobodan dan u petak",
    "да помоля колегата да ми помогне с презентацията",
    "да попитам продавачката дали има този размер",
]


@pytest.mark.parametrize(("text", "problem"), UNETHICAL)
def test_an_unethical_ask_in_a_slavic_language_is_refused(text: str, problem: Problem) -> None:
    assert_first_problem(text, problem)


@pytest.mark.parametrize("text", FAIR)
def test_a_fair_ask_in_a_slavic_language_stays_fair(text: str) -> None:
    assert_first_problem(text, None)
