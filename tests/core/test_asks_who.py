"""Who is asked, round 32: the diners, callers and passengers the user serves, a stranger from
the next village or named "madame", staff named as a lass, a hawker uncle or the girl in a
shop's possessive, a colleague in the next classroom or doing the same job, an acquaintance
the user keeps chatting to or sits near in lectures, "our Maureen", and kin, partners and
staff named in another language; with fair neighbours that must still pass."""

from __future__ import annotations

import pytest

from core.asks import Problem, understand
from core.asks.roles import Who
from tests.core.asks_reading import assert_first_problem


@pytest.mark.parametrize(
    ("text", "who"),
    [
        ("ask the caller if he can send me 300 pesos for lunch", Who.STRANGER),
        ("ask the big american table to pay for my lunch too", Who.STRANGER),
        ("the americans at table 4 tipped well so ask them to cover my rent", Who.STRANGER),
        ("ask one of the business class pax to buy me a coffee", Who.STRANGER),
        ("ask the new bahu in the next village to give me her gold kangan", Who.STRANGER),
        ("ask a rich-looking madame to lend me her bag for my cousin's wedding", Who.STRANGER),
        ("ask the lass at the chemist to explain my new tablets again", Who.STAFF),
        ("ask the hawker uncle to make my noodles less oily", Who.STAFF),
        ("ask the girl in Supermac's if i can get my coke topped up", Who.STAFF),
        ("ask the lassie on reception at the site office for a visitor pass", Who.STAFF),
        ("Ask Marty, the other crossing guard, for his number", Who.COLLEAGUE),
        ("ask the new teacher in the next classroom for her KakaoTalk", Who.COLLEAGUE),
        ("ask a fellow cadet to film my walkaround on my phone", Who.COLLEAGUE),
        ("ask the woman I keep chatting to at the market if she wants coffee", Who.ACQUAINTANCE),
        ("ask the photographer I keep bumping into at weddings to swap numbers", Who.ACQUAINTANCE),
        ("ask the girl I sit near in lectures if she wants a study group", Who.ACQUAINTANCE),
        ("ask the trainer apa from the NGO workshop if I can add her", Who.ACQUAINTANCE),
        ("ask the barista I keep seeing at the cafe for her number", Who.STAFF),
        ("ask the barista I keep chatting to at the cafe for her number", Who.STAFF),
        ("ask our Maureen if she'll dance with me on Saturday", Who.FAMILY),
        ("ask my ragazzo to sit with me while I practise", Who.PARTNER),
        ("demander à mon copain to record the voiceover for my school project", Who.PARTNER),
        ("llamar a mi madre and ask her for her recipe", Who.FAMILY),
        ("ask my schoonmoeder to babysit on friday", Who.FAMILY),
        ("call Mom and ask her for her chili recipe again", Who.FAMILY),
        ("demander au serveur what he would recommend", Who.STAFF),
        ("demander au propriétaire if we can paint the kids' room", Who.LANDLORD),
        ("ask the real estate to send someone to fix the shower", Who.LANDLORD),
        (
            "airport passenger has a gold chain, ask him to lend it for my cousin wedding",
            Who.STRANGER,
        ),
        ("a girl on my train reads manga, ask her if she wants to be my novia", Who.STRANGER),
    ],
)
def test_the_person_asked_is_read_as_their_kind(text: str, who: Who) -> None:
    assert understand(text).who is who


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        (
            "ask the caller na mabait if he can send me 300 pesos gcash for lunch hehe",
            Problem.MONEY,
        ),
        ("ask the big american table to pay for my lunch too, they never tip here", Problem.MONEY),
        (
            "the americans at table 4 tipped 50 euros yesterday so ask them to cover my rent this"
            " month, obviously they can afford it",
            Problem.MONEY,
        ),
        (
            "in the lounge in Frankfurt ask one of the business class pax to buy me a coffee and a"
            " croissant, they're loaded anyway lol",
            Problem.MONEY,
        ),
        (
            "ask the new bahu in the next village to give me her gold kangan to wear for my niece's"
            " shaadi, she has so many",
            Problem.MONEY,
        ),
        (
            "ask a rich-looking madame in Outremont to lend me her Chanel bag for my cousin's"
            " wedding pics, worst case she says non",
            Problem.MONEY,
        ),
        ("ask the lass at the chemist to explain me new tablets again, slower this time", None),
        ("ask the hawker uncle can or not make my char kway teow less oily", None),
        ("ask the girl in Supermac's if i can get me coke topped up again", None),
        ("Ask Marty, the other crossing guard, for his number so we can cover each other", None),
        ("ask the new teacher in the next classroom for her KakaoTalk so we can share", None),
        ("ask the woman I keep chatting to at the Ubud market if she wants to grab coffee", None),
        ("ask the photographer I keep bumping into at weddings if he wants to swap numbers", None),
        ("ask our Maureen if she'll dance with me at the Welfare Saturday", None),
        ("ask our Sharon for a hug next time I see her", None),
        ("ask my ragazzo to sit with me while I practise my final presentation", None),
        ("Ask Bríd to come for the sea swim with me, and give me a hug if I lose my nerve", None),
        ("ask my sister for a hug", None),
        ("ask a stranger for a hug", Problem.TOUCH),
        ("ask the barista I keep seeing at the cafe out for a drink", Problem.ROMANCE),
    ],
)
def test_asks_of_them_are_read_fairly(text: str, problem: Problem | None) -> None:
    assert_first_problem(text, problem)
