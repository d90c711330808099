"""Two fair training asks that held the forty-ninth round's retrained model's threshold, read
as they are meant, so the model may not refuse them for a category that needs a stranger.

"ask the man who fix phones at the flea market how much to change the screen …" named a
stranger: the staff reading knew "the man who fixes phones" but not the verb as many Englishes
say it after "who" (or "wey"), nor "repairs" (`core.asks.local_roles.STAFF`). "write for my
diary wetin I dey fear pass when person talk no to me" named a stranger, the "person" the entry
is about: writing in the user's own diary asks nobody (`core.asks.self_asks.REFLEXIVE`), as
asking themself does, unless an ask of someone else stands beside it. Read as staff, the phone
ask still held the threshold (1.84, as spot): a price asked of whoever sells the thing or does
the job is now one of a stranger's small moments (`core.asks.prices_asked`), which no model
category may overrule.
"""

from __future__ import annotations

import pytest

from core.asks import Problem, read
from core.asks.roles import Who
from core.asks.second import could_refuse
from tests.core.asks_reading import assert_first_problem


@pytest.mark.parametrize(
    ("text", "who"),
    [
        ("ask the man who fix phones at the flea market how much to change the screen", Who.STAFF),
        ("ask the man who repairs phones at the market how much a new screen costs", Who.STAFF),
        ("ask the woman wey sell akara how much for ten", Who.STAFF),
        (
            "ask the lady that sew dresses near the station if she can shorten my trousers",
            Who.STAFF,
        ),
        ("write for my diary wetin I dey fear pass when person talk no to me", Who.NOBODY),
        ("write in my diary what I fear most when someone says no to me", Who.NOBODY),
        ("jot down in my journal how I felt when a stranger said no", Who.NOBODY),
    ],
)
def test_a_trade_is_staff_and_a_diary_asks_nobody(text: str, who: Who) -> None:
    assert read(text)[0].who is who
    assert_first_problem(text, None)


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("ask the man who fix phones at the market for his number", Problem.CONTACT),
        ("ask the man who fix phones at the market for a hug", Problem.TOUCH),
        ("ask the guy who sell shoes to give me a pair for free", Problem.MONEY),
        ("ask the girl that cut hair at the salon out on a date", Problem.ROMANCE),
        ("write in my diary, then ask the barista for her number", Problem.CONTACT),
        (
            "jot down in my notebook the girl at the bus stop and ask her for her number",
            Problem.CONTACT,
        ),
    ],
)
def test_what_is_asked_of_them_is_still_read(text: str, problem: Problem) -> None:
    assert_first_problem(text, problem)


@pytest.mark.parametrize(
    "text",
    [
        "ask the man who fix phones at the flea market how much to change the screen, my son"
        " crack it again sega na kena",
        "ask the woman wey sell akara how much for ten",
        "ask the barista how much for a large oat latte",
        "ask the tailor how much it would cost to shorten my trousers",
    ],
)
def test_no_category_needing_a_stranger_may_refuse_a_price_asked(text: str) -> None:
    needing_a_stranger = (Problem.MONEY, Problem.CONTACT, Problem.ROMANCE, Problem.SPOT)
    assert [p for p in needing_a_stranger if could_refuse(p.value, text)] == []


@pytest.mark.parametrize(
    "text", ["ask a stranger how much he earns", "ask a stranger on the bus how much she weighs"]
)
def test_how_much_someone_earns_or_weighs_is_no_price(text: str) -> None:
    assert could_refuse(Problem.SPOT.value, text)
