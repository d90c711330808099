"""A new user's chart starts with the week they began, until twelve weeks have passed."""

from __future__ import annotations

from datetime import timedelta

from core.model import Outcome
from core.progress import WEEKS, build_progress, window_start
from tests.core.test_progress import MONDAY, TODAY, attempt, d


def test_two_weeks_in_the_window_starts_at_the_week_they_began() -> None:
    progress = build_progress([attempt(d(-8))], (), (), TODAY, joined=d(-9))
    assert len(progress.weeks) == 2
    assert progress.days[0].day == window_start(d(-9), 1)
    assert progress.days[-1].day == MONDAY + timedelta(days=6)
    assert len(progress.days) == 14


def test_a_first_record_before_joining_counts_as_the_start() -> None:
    progress = build_progress([attempt(d(-20))], [d(-15)], (), TODAY, joined=d(-3))
    assert progress.days[0].day == window_start(d(-20), 1)


def test_after_twelve_weeks_the_window_is_the_last_twelve() -> None:
    progress = build_progress([attempt(d(-200), Outcome.YES)], (), (), TODAY, joined=d(-200))
    assert len(progress.weeks) == WEEKS
    assert progress.days[0].day == window_start(TODAY)


def test_a_user_who_joined_today_sees_this_week() -> None:
    progress = build_progress([], (), (), TODAY, joined=TODAY)
    assert len(progress.weeks) == 1 and progress.days[0].day == MONDAY
