"""The pure rules of shared challenges: level by day, joining, the card, the board's order,
and reading the settings people give."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, time, timedelta

import pytest

from core.deck import Card
from core.groups import rules
from core.groups.model import Appearance, Member
from core.groups.options import Choice, parse_args, parse_text, start_date
from core.model import Attempt, AttemptStatus, Outcome

START = date(2026, 3, 3)
T0 = datetime(2026, 3, 2, 7, 0, tzinfo=UTC)


def card(card_id: str, level: int, safe: bool = True) -> Card:
    return Card(card_id, card_id, "Ask.", level, "everyday", "Why.", group_safe=safe)


def attempt(user_id: int, day: int, outcome: Outcome, n: int = 0) -> Attempt:
    return Attempt(
        id=user_id * 1000 + day * 10 + n,
        user_id=user_id,
        card_id="c",
        level=1,
        domain="everyday",
        local_date=START + timedelta(days=day - 1),
        created_at=T0,
        status=AttemptStatus.RECORDED,
        outcome=outcome,
        predicted_yes=30,
        challenge_id=1,
    )


@pytest.mark.parametrize(
    ("days", "levels"),
    [
        (30, {1: 1, 7: 1, 8: 2, 14: 2, 15: 3, 22: 3, 23: 4, 30: 4}),
        (14, {1: 1, 7: 1, 8: 2, 10: 2, 11: 3, 14: 3}),
        (7, {1: 1, 3: 1, 4: 2, 7: 2}),
        (100, {1: 1, 7: 1, 8: 2, 100: 4}),
    ],
)
def test_the_level_rises_gently_after_a_first_easy_week(days: int, levels: dict[int, int]):
    assert {day: rules.level_for_day(day, days) for day in levels} == levels
    every = [rules.level_for_day(day, days) for day in range(1, days + 1)]
    assert every == sorted(every) and every[0] == 1 and every[-1] == rules.top_level(days)


@pytest.mark.parametrize(
    ("days", "today", "open_"),
    [
        (30, START - timedelta(days=5), True),
        (30, START + timedelta(days=22), True),  # day 23
        (30, START + timedelta(days=23), False),  # day 24: the last week
        (7, START, True),
        (7, START + timedelta(days=1), False),
    ],
)
def test_joining_is_open_until_the_last_week(days: int, today: date, open_: bool):
    assert rules.join_open(START, days, today) is open_


def test_the_groups_card_is_safe_unused_and_at_the_level_or_just_below():
    deck = [card("a1", 1), card("a2", 2), card("b2", 2), card("c4", 4), card("unsafe", 3, False)]
    assert rules.pick_card(deck, 2, [], "s").level == 2  # type: ignore[union-attr]
    assert rules.pick_card(deck, 2, ["a2", "b2"], "s").id == "a1"  # type: ignore[union-attr]
    assert rules.pick_card(deck, 3, [], "seed").level == 2  # type: ignore[union-attr]
    used_up = rules.pick_card(deck, 1, ["a1", "a2", "b2", "c4"], "s")
    assert used_up is not None and used_up.id != "unsafe"
    assert rules.pick_card(deck, 2, [], "same") == rules.pick_card(deck, 2, [], "same")
    assert rules.pick_card([card("x", 1, False)], 1, [], "s") is None


def test_streaks_count_days_in_a_row_and_today_is_still_open():
    days = [START, START + timedelta(1), START + timedelta(2), START + timedelta(4)]
    assert rules.current_streak(days, START + timedelta(4)) == 1
    assert rules.current_streak(days[:3], START + timedelta(3)) == 3
    assert rules.current_streak(days[:3], START + timedelta(4)) == 0
    assert rules.longest_streak(days) == 3 and rules.longest_streak([]) == 0


def test_the_board_ranks_effort_never_answers():
    members = [
        Member(1, 1, "Yes-sayer", T0, appearance=Appearance.NAME),
        Member(1, 2, "No-collector", T0 + timedelta(1), appearance=Appearance.NAME),
        Member(1, 3, "Pending", T0, active=False),
    ]
    attempts = [
        attempt(1, 1, Outcome.YES),
        attempt(2, 1, Outcome.NO),
        attempt(2, 2, Outcome.NO),
        attempt(1, 2, Outcome.DIDNT_TRY),
        attempt(3, 1, Outcome.NO),
    ]
    today = START + timedelta(1)
    lines = rules.standings(members, attempts, START, START + timedelta(29), today)
    assert [(s.name, s.attempts, s.streak) for s in lines] == [
        ("No-collector", 2, 2),
        ("Yes-sayer", 1, 1),
    ]
    totals = rules.figures(members, attempts, START, START + timedelta(29), today, for_group=False)
    assert (totals.members, totals.attempts, totals.attempts_today, totals.nos) == (2, 3, 1, 2)
    assert totals.mirror is None  # three answers: too few to mirror


def test_the_groups_totals_count_only_the_answers_of_members_who_share_them():
    """A total over everyone, minus what the sharers show, would give a non-sharer away."""
    ann = Member(1, 1, "Ann", T0, share_outcomes=True)
    ben = Member(1, 2, "Ben", T0)
    attempts = [attempt(1, 1, Outcome.YES), attempt(2, 1, Outcome.NO), attempt(1, 2, Outcome.NO)]
    end = START + timedelta(29)
    shown = rules.figures([ann, ben], attempts, START, end, START + timedelta(1))
    assert (shown.members, shown.attempts, shown.nos, shown.sharers) == (2, 3, 1, 1)
    nobody = rules.figures([replace(ann, share_outcomes=False), ben], attempts, START, end, end)
    assert (nobody.attempts, nobody.nos, nobody.sharers) == (3, 0, 0)


@pytest.mark.parametrize(
    ("typed", "choice"),
    [
        ("45 days", Choice(days=45)),
        ("7:30", Choice(time=time(7, 30))),
        ("14", Choice(time=time(14, 0))),
        ("tomorrow", Choice(start="tomorrow")),
        ("2026-03-09", Choice(start="2026-03-09")),
        ("New York", Choice(zone="America/New_York")),
    ],
)
def test_one_typed_setting_is_read_like_onboarding_reads_it(typed: str, choice: Choice):
    assert parse_text(typed) == (choice, None)


@pytest.mark.parametrize("typed", ["whenever", "3 days", "2026-02-30", ""])
def test_a_typed_setting_that_means_nothing_is_explained(typed: str):
    found, problem = parse_text(typed)
    assert found == Choice() and problem


def test_slash_options_and_bare_words_both_work():
    args = "days 14 start monday time 8:15 timezone new york"
    assert parse_args(args) == (
        Choice(days=14, start="monday", time=time(8, 15), zone="America/New_York"),
        [],
    )
    assert parse_args("21 Berlin") == (Choice(days=21, zone="Europe/Berlin"), [])
    assert parse_args("days 200")[1] == ["A challenge lasts 7 to 100 days."]


def test_start_words_become_dates_in_the_groups_today():
    tuesday = date(2026, 3, 3)
    assert start_date("today", tuesday) == tuesday
    assert start_date("tomorrow", tuesday) == date(2026, 3, 4)
    assert start_date("monday", tuesday) == date(2026, 3, 9)
    assert start_date("monday", date(2026, 3, 9)) == date(2026, 3, 16)
    assert start_date("soon", tuesday) is None


def test_the_board_names_only_members_who_chose_a_name_and_counts_the_rest():
    from core.engine import engine  # noqa: F401 (loads the engine first, as the bot does)
    from core.groups.board import board_text

    members = [
        Member(1, 1, "Ann Real", T0, appearance=Appearance.NAME),
        Member(1, 2, "Ben Real", T0, appearance=Appearance.ALIAS, alias="Sparrow"),
        Member(1, 3, "Cy Real", T0),  # new members: counted, not named
        Member(1, 4, "Dee Real", T0, appearance=Appearance.ALIAS),  # no alias yet: not named
    ]
    attempts = [attempt(uid, 1, Outcome.NO) for uid in (1, 2, 3, 4)]
    lines = rules.standings(members, attempts, START, START + timedelta(29), START)
    assert sorted(str(s.name) for s in lines) == ["Ann Real", "None", "None", "Sparrow"]
    text = board_text(lines, "head")
    assert "Ann Real" in text and "Sparrow" in text
    assert "Ben Real" not in text and "Cy Real" not in text and "Dee Real" not in text
    assert "2 members chose to be counted without appearing here." in text
    assert "3." not in text, "the unnamed are left out before ranking: no gap gives them away"
    streaks = rules.longest_streaks(lines)
    assert [s.name for s in streaks] == ["Ann Real", "Sparrow"]
