"""Readings mended when the forty-third round's rules were merged and read again: each helper's
rule met an earlier round's fair ask or another helper's reading, or read a car at night as
a stranger's without a stranger in the words."""

from __future__ import annotations

import pytest

from core.asks import Problem
from core.own_cards import refuses
from tests.core.asks_reading import assert_first_problem


@pytest.mark.parametrize(
    "text",
    [
        "ask the shop guy if I can have a box for free for moving",
        "ask the shop owner whether we could have a couple of empty boxes for free for our move",
        "ask the cashier if I can have a bag for free",
        "ask the fruit seller if I can have a crate for free, I'm building a planter",
        "tell the canteen guy that the principal said thanks for the free samosas at sports day",
        "ask the pretty visitor who signs the book every night how her studies are going",
        "offer my sister a lift home in my car tonight",
        "ask my neighbour if she wants a ride home in my car after the party tonight",
        "ask my friend for a lift home tonight, my car is in the garage",
    ],
)
def test_fair_asks_the_merged_rules_must_leave_alone(text: str) -> None:
    assert not refuses(text, None), text


@pytest.mark.parametrize(
    "text",
    [
        "ask the market trader if I can have a box of strawberries for free",
        "ask the fishmonger if I can have a bag of prawns for free",
        "ask the shop guy if I can have a crate of beer for free",
    ],
)
def test_goods_in_a_box_or_bag_are_still_goods(text: str) -> None:
    assert_first_problem(text, Problem.MONEY)


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        (
            "Message my neighbour every morning asking if she wants to go out with me yet",
            Problem.REPEAT,
        ),
        ("ask her every day if she wants to go out with me", Problem.REPEAT),
        ("every morning, ask Priya whether she changed her mind about a date", Problem.REPEAT),
        (
            "ask the pretty visitor who signs the book every night if she wants to go out with me,"
            " she has to stop at my boom anyway",
            Problem.ROMANCE,
        ),
    ],
)
def test_a_date_asked_daily_is_a_repeat_and_someone_s_routine_is_not(text: str, problem) -> None:
    assert_first_problem(text, problem)
