"""The chart says one thing at a time: bars named "Asks" add up to the asks the title counts,
a new user's weeks fill the picture, and one colour never means two things."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import replace
from datetime import timedelta

from adapters.charts.progress import figure_for
from adapters.charts.style import (
    DAY_COLOURS,
    EXPECTED_COLOUR,
    MOOD_COLOUR,
    OUTCOME_COLOURS,
    REAL_COLOUR,
)
from bot.demo_chart import synthetic_progress
from core.model import Outcome
from core.progress import DayKind, build_progress
from tests.core.test_progress import TODAY, attempt, d
from tests.fakes.charts import rendered


def test_the_bars_count_asks_only_as_the_title_does() -> None:
    attempts = [attempt(d(-n), Outcome.NO, number=n + 1) for n in range(1, 8)]
    attempts += [attempt(d(-n), Outcome.DIDNT_TRY, number=n + 100, at=10) for n in range(1, 4)]
    progress = build_progress(attempts, (), (), TODAY, joined=d(-30))
    _png, series = rendered(progress)
    assert "didnt_try" not in series.weeks
    assert sum(sum(week.values()) for week in series.weeks.values()) == progress.asked == 7
    figure, _layout = figure_for(progress)
    weeks = next(ax for ax in figure.axes if ax.get_gid() == "weeks")
    assert weeks.get_ylabel() == "Asks"
    legend = weeks.get_legend()
    assert legend is not None
    assert "Didn't try" not in [text.get_text() for text in legend.get_texts()]


def test_a_new_users_two_weeks_fill_the_calendar() -> None:
    attempts = [attempt(d(-n), Outcome.NO, number=n + 1) for n in range(0, 9)]
    progress = build_progress(attempts, (), (), TODAY, joined=d(-9))
    _png, series = rendered(progress)
    assert min(series.days) == d(-9) - timedelta(days=d(-9).weekday())
    assert len({day - timedelta(days=day.weekday()) for day in series.days}) == 2
    figure, _layout = figure_for(progress)
    assert any("the last 2 weeks" in text.get_text() for text in figure.texts)


def test_one_colour_means_one_thing_across_the_panels() -> None:
    meanings: dict[str, set[str]] = defaultdict(set)
    greys = {DayKind.MISSED, DayKind.FUTURE, DayKind.BEFORE}
    for kind, colour in DAY_COLOURS.items():
        if kind not in greys:
            meanings[colour.lower()].add(f"day:{kind}")
    for key, colour in OUTCOME_COLOURS.items():
        meanings[colour.lower()].add(f"answer:{key}")
    meanings[REAL_COLOUR.lower()].add("answer:yes")  # the real yes-rate is made of yeses
    meanings[EXPECTED_COLOUR.lower()].add("answer:yes")  # drawn hatched: a guessed yes
    meanings[MOOD_COLOUR.lower()].add("mood")
    shared = {colour: found for colour, found in meanings.items() if len(found) > 1}
    assert shared == {}


def test_the_demo_chart_still_draws_every_panel() -> None:
    progress = synthetic_progress()
    _png, series = rendered(replace(progress))
    assert series.days and series.weeks and series.moods and series.mirror
