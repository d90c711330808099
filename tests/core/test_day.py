"""`decide_day`: one answer to "how does this user's day stand?" for every caller."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from core.day import DayStatus, decide_day
from core.model import Attempt, AttemptStatus
from core.outcomes import Outcome

DAY = date(2026, 3, 4)
AT = datetime(2026, 3, 4, 9, 0, tzinfo=UTC)


def attempt(
    number: int, outcome: Outcome | None = None, day: date = DAY, skipped: bool = False
) -> Attempt:
    status = AttemptStatus.OPEN if outcome is None else AttemptStatus.RECORDED
    return Attempt(
        id=number,
        user_id=1,
        card_id=f"card-{number}",
        level=1,
        domain="everyday",
        local_date=day,
        created_at=AT,
        status=AttemptStatus.SKIPPED if skipped else status,
        outcome=outcome,
    )


@pytest.mark.parametrize(
    ("attempts", "rest", "status"),
    [
        ([], False, DayStatus.NOT_STARTED),
        ([attempt(1)], False, DayStatus.OPEN),
        ([attempt(1, skipped=True)], False, DayStatus.NOT_STARTED),
        ([attempt(1, Outcome.NO)], False, DayStatus.PRACTISED),
        ([attempt(1, Outcome.WAITING)], False, DayStatus.PRACTISED),
        ([attempt(1, Outcome.DIDNT_TRY)], False, DayStatus.NOT_TRIED),
        ([attempt(1, Outcome.DIDNT_TRY), attempt(2)], False, DayStatus.NOT_TRIED),
        ([attempt(1, Outcome.DIDNT_TRY), attempt(2, Outcome.YES)], False, DayStatus.PRACTISED),
        ([], True, DayStatus.REST),
        ([attempt(1)], True, DayStatus.REST),
        ([attempt(1, Outcome.DIDNT_TRY)], True, DayStatus.REST),
        ([attempt(1, Outcome.PARTLY)], True, DayStatus.PRACTISED),
        ([attempt(1, Outcome.NO, day=DAY - timedelta(days=1))], False, DayStatus.NOT_STARTED),
    ],
)
def test_the_day_is_decided_by_its_own_attempts_and_rest(attempts, rest, status) -> None:
    assert decide_day(DAY, attempts, [DAY] if rest else []).status is status


def test_only_open_and_unstarted_days_want_a_card_or_a_reminder() -> None:
    wanting = {
        s
        for s in DayStatus
        if decide_day(DAY, _for(s), [DAY] if s is DayStatus.REST else []).wants_reminder
    }
    assert wanting == {DayStatus.OPEN, DayStatus.NOT_STARTED}


def test_an_open_card_is_shown_after_an_answer_but_waits_on_a_rest_day() -> None:
    extra = [attempt(1, Outcome.NO), attempt(2)]
    assert decide_day(DAY, extra, []).shows_open_card
    assert decide_day(DAY, extra, []).open_card == extra[1]
    assert not decide_day(DAY, [attempt(1)], [DAY]).shows_open_card


def test_a_didnt_try_day_does_not_count_for_the_streak_but_a_rest_keeps_it() -> None:
    yesterday = attempt(1, Outcome.NO, day=DAY - timedelta(days=1))
    not_tried = attempt(2, Outcome.DIDNT_TRY)
    today = decide_day(DAY, [yesterday, not_tried], [], with_streak=True)
    assert today.streak is not None and today.streak.current == 1 and today.streak_alive
    assert not today.streak.practised_today

    tomorrow = DAY + timedelta(days=1)
    after = decide_day(tomorrow, [yesterday, not_tried], [], with_streak=True)
    assert after.streak is not None and after.streak.current == 0 and not after.streak_alive

    rested = decide_day(tomorrow, [yesterday, not_tried], [DAY], with_streak=True)
    assert rested.streak_alive


def test_without_the_history_no_streak_is_claimed() -> None:
    assert decide_day(DAY, [attempt(1, Outcome.NO)], []).streak is None
    assert not decide_day(DAY, [attempt(1, Outcome.NO)], []).streak_alive


def _for(status: DayStatus) -> list[Attempt]:
    return {
        DayStatus.PRACTISED: [attempt(1, Outcome.NO)],
        DayStatus.REST: [],
        DayStatus.NOT_TRIED: [attempt(1, Outcome.DIDNT_TRY)],
        DayStatus.OPEN: [attempt(1)],
        DayStatus.NOT_STARTED: [],
    }[status]
