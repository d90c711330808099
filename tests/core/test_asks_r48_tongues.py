"""Own-card asks of the forty-eighth round written in Russian, Polish and Spanish, read through
their glossaries (`core.asks.glosses`), with the fair neighbours that pass.

Missed: 50 somoni asked of a stranger at a bazaar (the Tajik, Kazakh and Ukrainian money had no
gloss, nor "попросить у"); a waitress asked "o numer telefonu" as the bill is paid (a number
asked of someone is theirs, where "do taksówki" or "stolika" names another); a stranger in a
plaza or tourists in a park asked to dance with the user right there; a stranger asked to
move so the user takes the seat, a passenger to give up theirs for a young and healthy user;
the building's management company claimed to a neighbour so he lets the user into the flat
(in English too: `core.asks.borrowed_titles`), a veteran's status claimed for a discount; a
widow asked at the wake for her husband's tools. Refused as Russian "passenger", "move
seats", "so that he lets me in", "I am from", "the management company", "I am a veteran",
Spanish "to dance", "with me", "right there", "the widow", "at the wake", Polish "for her
phone number", "just like that", "when paying".

Fair again: the way to a hill asked of someone in the street ("preguntarle a" was glossed
"ask a" before "alguien", and "cómo llegar" not at all: a stranger was asked for more than a
moment), and a hug asked of "mi mejor amiga" (`core.asks.other_tongues` knew "mi amiga" only).
Fair too: the fare passed to the marshrutka driver, a discount for veterans asked about, a
number for a taxi or a table, a friend asked for somoni, and a dance with the user's own.
"""

from __future__ import annotations

import pytest

from core.asks import Problem
from tests.core.asks_reading import assert_first_problem


@pytest.mark.parametrize(
    "text",
    [
        "preguntarle a alguien en la calle cómo llegar al cerro San Bernardo",
        "preguntarle a alguien en la calle cómo llegar a la estación",
        "preguntarle a un desconocido cómo llego al centro",
        "preguntarle al taxista cómo llegar al cerro",
        "preguntarle a un desconocido en la plaza dónde queda el museo",
        "preguntarle a unos turistas de dónde son",
        "pedirle un abrazo a mi mejor amiga después del examen 🥹",
        "pedirle un abrazo a mi mejor amigo después del partido",
        "pedirle un abrazo a mis mejores amigas en la graduación",
        "pedirle a mi amiga que baile cumbia conmigo en la fiesta",
        "invitar a bailar a mi novia en la plaza",
        "darle el pésame a la viuda en el velorio",
        "Zapytać kelnerkę o numer telefonu do taksówki",
        "Poprosić recepcjonistkę o numer telefonu na taxi",
        "Zapytać kelnera o numer stolika",
        "Zapytać kelnerkę o hasło do wifi przy płaceniu",
        "Poprosić kelnerkę o rachunek, tak po prostu",
        "Zapytać sprzedawcę o numer telefonu do serwisu",
        "Спросить у продавца на базаре, сколько стоят яблоки в сомони",
        "Попросить у продавца на базаре попробовать изюм",
        "Спросить у прохожего на базаре, как пройти к автовокзалу",
        "Попросить у друга 50 сомони до зарплаты",
        "Попросить у мамы 100 тенге на мороженое",
        "Спросить у незнакомца в кафе, свободно ли место рядом с ним",
        "Попросить пассажира в поезде поменяться местами, чтобы я сел у окна",
        "Спросить у пассажира, не занято ли место рядом",
        "Спросить у пассажира в маршрутке, какая следующая остановка",
        "Попросить пассажира в маршрутке передать деньги водителю",
        "Попросить пассажира в маршрутке передать за проезд",
        "Уступить место пожилой женщине в маршрутке",
        "Сказать соседу, что я из управляющей компании, и спросить, когда дадут горячую воду",
        "Спросить у соседа, когда придёт управляющая компания",
        "Спросить у соседа, какой номер телефона у управляющей компании",
        "Попросить соседа пустить меня в квартиру, чтобы полить цветы, пока он в отпуске",
        "Сказать продавцу, что я ветеран, и спросить про скидку",
        "Спросить у продавца, есть ли скидка для ветеранов",
        "Спросить у кассира, есть ли скидки для пенсионеров",
        "tell the neighbour that I am from the management company and ask when the water comes"
        " back",
    ],
)
def test_fair_asks_in_russian_polish_and_spanish_pass(text: str) -> None:
    assert_first_problem(text, None)


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("Попросить у незнакомца на базаре Мехргон 50 сомони просто так", Problem.MONEY),
        ("Попросить у прохожего на рынке 100 сомони просто так", Problem.MONEY),
        ("Попросить у незнакомой женщины на базаре 20 тенге на проезд просто так", Problem.MONEY),
        ("Попросить у незнакомца 200 гривен просто так", Problem.MONEY),
        ("Zapytać kelnerkę o numer telefonu, tak po prostu, przy płaceniu", Problem.CONTACT),
        ("Zapytać kelnerkę o numer telefonu", Problem.CONTACT),
        ("Poprosić kelnerkę o numer, tak po prostu", Problem.CONTACT),
        ("Zapytać kasjerkę o numer telefonu przy płaceniu", Problem.CONTACT),
        ("Poprosić baristkę o numerek, tak po prostu", Problem.CONTACT),
        ("Zapytać nieznajomą w tramwaju o numer telefonu", Problem.CONTACT),
        (
            "pedirle a un desconocido en la plaza 9 de Julio que baile cumbia conmigo ahí mismo",
            Problem.SPOT,
        ),
        ("pedirle a unos turistas que bailen marimba conmigo en medio del parque", Problem.SPOT),
        ("pedirle a un desconocido en la plaza que baile conmigo", Problem.SPOT),
        ("pedirle a una desconocida en el parque que baile salsa conmigo ahí mismo", Problem.SPOT),
        ("pedirle a unos turistas en la plaza que bailen conmigo", Problem.SPOT),
        (
            "pedirle a un extraño en la calle que baile tango conmigo en medio de la calle",
            Problem.SPOT,
        ),
        ("Попросить незнакомца в кафе пересесть, чтобы я сел на его место", Problem.SPOT),
        ("Попросить незнакомца в метро пересесть, чтобы я сел на его место", Problem.SPOT),
        (
            "Попросить девушку в кафе пересесть за другой столик, чтобы я сел на её место",
            Problem.SPOT,
        ),
        (
            "Попросить пассажира в маршрутке уступить мне место просто так, хотя я молодой и"
            " здоровый",
            Problem.SPOT,
        ),
        ("Попросить пассажира в автобусе уступить мне место, хотя я здоров", Problem.SPOT),
        ("Попросить женщину в электричке уступить мне своё место просто так", Problem.SPOT),
        (
            "Сказать соседу, что я из управляющей компании, чтобы он пустил меня в квартиру",
            Problem.DECEPTION,
        ),
        ("Сказать соседке, что я из ЖЭКа, чтобы она пустила меня в квартиру", Problem.DECEPTION),
        (
            "Сказать соседу, что я из управляющей компании, чтобы он впустил меня в подъезд",
            Problem.DECEPTION,
        ),
        (
            "tell the neighbour that I am from the management company, so that he lets me into"
            " the flat",
            Problem.DECEPTION,
        ),
        ("Сказать продавцу, что я ветеран, чтобы получить скидку", Problem.DECEPTION),
        (
            "Сказать кассиру, что я ветеран, чтобы получить скидку, хотя я не ветеран",
            Problem.DECEPTION,
        ),
        ("Сказать продавщице, что я пенсионер, чтобы получить скидку", Problem.DECEPTION),
        (
            "pedirle a la viuda en el velorio que me regale las herramientas de su esposo",
            Problem.PRESSURE,
        ),
        ("pedirle a la viuda en el funeral que me dé las cosas de su marido", Problem.PRESSURE),
        ("pedirle a la viuda en el velorio que me venda el carro de su esposo", Problem.PRESSURE),
        ("pedirle un abrazo a un desconocido en la calle", Problem.TOUCH),
    ],
)
def test_unfair_asks_in_russian_polish_and_spanish_are_refused(text: str, problem: Problem) -> None:
    assert_first_problem(text, problem)
