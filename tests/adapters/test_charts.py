"""The progress chart as a PNG: valid, portrait, the right size, true to its data, off the loop."""

from __future__ import annotations

import asyncio
import io
import threading
from dataclasses import replace

import pytest
from PIL import Image

import adapters.charts.progress as charts
from adapters.charts.progress import (
    FIRST_STEPS,
    FULL,
    SMALL,
    SMALL_FIRST_STEPS,
    Layout,
    MatplotlibCharts,
)
from adapters.charts.style import DAY_COLOURS, OUTCOME_COLOURS
from bot.bench.chart import TARGET_MS, measure
from bot.cli import main
from bot.demo_chart import synthetic_progress
from core.progress import Progress
from tests.fakes.chart_readback import DrawnSeries
from tests.fakes.charts import ReadBackCharts, pixel_size, rendered

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


@pytest.fixture(scope="module")
def progress() -> Progress:
    return synthetic_progress()


def decoded(png: bytes) -> Image.Image:
    assert png.startswith(PNG_SIGNATURE)
    image = Image.open(io.BytesIO(png))
    image.load()  # decodes every pixel; a truncated file fails here
    assert image.format == "PNG"
    return image


def expected(progress: Progress, small: bool) -> tuple[Layout, str]:
    if progress.first_steps:
        return (SMALL_FIRST_STEPS if small else FIRST_STEPS), "first_steps"
    return (SMALL, "small") if small else (FULL, "full")


@pytest.mark.parametrize("first_steps", [False, True], ids=["practised", "first week"])
@pytest.mark.parametrize("small", [False, True], ids=["full", "small"])
async def test_each_chart_is_a_valid_portrait_png_of_its_layouts_size(
    progress: Progress, first_steps: bool, small: bool
) -> None:
    shown = replace(progress, recorded=2) if first_steps else progress
    drawer = ReadBackCharts()
    png = await drawer.progress_chart(shown, small=small)
    layout, kind = expected(shown, small)
    image = decoded(png)
    assert image.size == pixel_size(layout)
    width, height = image.size
    assert height > width
    assert drawer.last_series is not None and drawer.last_series.layout == kind


def test_the_small_chart_is_smaller_than_the_full_one() -> None:
    (full_w, full_h), (small_w, small_h) = pixel_size(FULL), pixel_size(SMALL)
    assert small_w < full_w and small_h < full_h


def full_series(progress: Progress) -> DrawnSeries:
    _png, series = rendered(progress)
    return series


def test_the_full_chart_draws_every_series_it_was_given(progress: Progress) -> None:
    series = full_series(progress)
    assert series.days == {day.day: day.kind for day in progress.days}
    for key in OUTCOME_COLOURS:
        counts = {w.monday: getattr(w, key) for w in progress.weeks if getattr(w, key)}
        assert series.weeks.get(key, {}) == counts
    assert series.moods == tuple((m.day, float(m.mood)) for m in progress.moods)
    assert progress.mirror is not None
    rows = [progress.mirror.overall, *progress.mirror.by_level.values()]
    assert series.mirror["expected"] == pytest.approx([100 * r.predicted for r in rows])
    assert series.mirror["real"] == pytest.approx([100 * r.actual for r in rows])
    assert series.mirror_groups == ("All", *(f"Level {n}" for n in progress.mirror.by_level))


def test_the_small_chart_keeps_the_calendar_and_the_weeks_only(progress: Progress) -> None:
    _png, series = rendered(progress, small=True)
    assert series.days == {day.day: day.kind for day in progress.days}
    assert sum(sum(counts.values()) for counts in series.weeks.values()) == sum(
        w.asked for w in progress.weeks
    )
    assert series.moods == () and series.mirror == {}


def test_the_first_week_picture_shows_this_week_and_no_empty_axes(progress: Progress) -> None:
    _png, series = rendered(replace(progress, recorded=1))
    this_week = progress.days[-7:]
    assert series.days == {day.day: day.kind for day in this_week}
    assert series.weeks == {} and series.moods == () and series.mirror == {}


def test_every_kind_of_day_and_outcome_has_its_own_colour() -> None:
    assert len(set(DAY_COLOURS.values())) == len(DAY_COLOURS)
    assert len(set(OUTCOME_COLOURS.values())) == len(OUTCOME_COLOURS)


async def test_drawing_happens_in_a_worker_thread_not_on_the_event_loop(
    progress: Progress, monkeypatch: pytest.MonkeyPatch
) -> None:
    threads: list[int] = []
    real_render = charts.render

    def watched(shown: Progress, small: bool = False) -> bytes:
        threads.append(threading.get_ident())
        return real_render(shown, small)

    monkeypatch.setattr(charts, "render", watched)
    pictures = await asyncio.gather(
        *(MatplotlibCharts().progress_chart(progress, small=True) for _ in range(2))
    )
    assert all(p.startswith(PNG_SIGNATURE) for p in pictures)
    assert len(threads) == 2 and threading.get_ident() not in threads


def test_demo_chart_writes_the_example_picture_where_it_is_told(tmp_path, capsys) -> None:
    out = tmp_path / "docs" / "chart.png"
    assert main(["demo-chart", "--out", str(out)]) == 0
    assert decoded(out.read_bytes()).size == pixel_size(FULL)
    assert str(out) in capsys.readouterr().out


def test_render_time_for_a_year_of_data_is_reported(report) -> None:
    result = measure(renders=3, niceness=0)
    assert len(result.renders_ms) == 3 and result.ticks > 0
    report(
        f"progress chart, a year of data ({result.attempts} attempts), through the chart "
        f"process pool: median {result.median_ms:.0f} ms, max {result.max_ms:.0f} ms over 3 "
        f"renders, worker CPU median {result.median_cpu_ms:.0f} ms (target under {TARGET_MS} "
        f"ms); event loop's longest gap meanwhile {result.longest_gap_ms:.0f} ms (idle "
        f"{result.idle_gap_ms:.0f} ms, the loop's own CPU {result.longest_busy_ms:.1f} ms), "
        f"against {result.on_loop_gap_ms:.0f} ms for a render on the loop"
    )
