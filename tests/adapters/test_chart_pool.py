"""Charts drawn in a worker process: the same picture as in-process, cached by its data,
with text the kept renderer draws exactly as matplotlib does."""

from __future__ import annotations

import io
import os
import signal
from dataclasses import replace

import pytest
from matplotlib.backends.backend_agg import FigureCanvasAgg

from adapters.charts.pool import ChartPool, PictureCache, fingerprint, workers_for
from adapters.charts.progress import BACKGROUND, DPI, figure_for, png_of, render
from bot.demo_chart import synthetic_progress
from core.progress import Progress


@pytest.fixture(scope="module")
def progress() -> Progress:
    return synthetic_progress()


def test_one_core_is_left_for_the_event_loop() -> None:
    assert [workers_for(n) for n in (None, 1, 2, 4)] == [1, 1, 1, 3]


async def test_a_chart_is_drawn_in_another_process_and_cached_by_its_data(
    progress: Progress,
) -> None:
    pool = ChartPool(workers=1, niceness=0)
    try:
        assert await pool.run(os.getpid) != os.getpid()
        picture = await pool.progress_chart(progress)
        assert picture == render(progress)  # the same bytes as drawn here
        assert await pool.progress_chart(progress) == picture and pool.cache.hits == 1
        recorded_one_more = replace(progress, recorded=progress.recorded + 1)
        await pool.progress_chart(recorded_one_more)
        await pool.progress_chart(progress, small=True)
        assert pool.cache.hits == 1 and len(pool.cache) == 3
    finally:
        await pool.close()
    assert await pool.progress_chart(progress) == picture  # after close: the cache still answers


async def test_a_worker_that_died_is_replaced_and_the_chart_still_drawn(
    progress: Progress,
) -> None:
    pool = ChartPool(workers=1, niceness=0)
    try:
        os.kill(await pool.run(os.getpid), signal.SIGKILL)
        assert (await pool.progress_chart(progress, small=True)).startswith(b"\x89PNG")
    finally:
        await pool.close()


def test_the_fingerprint_follows_the_data_and_the_layout(progress: Progress) -> None:
    assert fingerprint(progress, False) == fingerprint(replace(progress), False)
    assert fingerprint(progress, False) != fingerprint(progress, True)
    assert fingerprint(progress, False) != fingerprint(
        replace(progress, recorded=progress.recorded + 1), False
    )


def test_the_cache_drops_the_least_recently_used_pictures_beyond_its_size() -> None:
    cache = PictureCache(limit=10)
    cache.put(b"a", b"1234")
    cache.put(b"b", b"1234")
    assert cache.get(b"a") == b"1234"  # now "b" is the oldest
    cache.put(b"c", b"1234")
    assert cache.get(b"b") is None and cache.get(b"a") is not None and cache.size == 8
    cache.put(b"huge", b"x" * 11)
    assert cache.get(b"huge") is None


@pytest.mark.parametrize("small", [False, True], ids=["full", "small"])
def test_the_kept_renderer_draws_every_pixel_as_matplotlib_does(
    progress: Progress, small: bool
) -> None:
    for _twice in range(2):  # the second time from the kept glyphs and layouts
        kept = png_of(figure_for(progress, small)[0])
    figure, _layout = figure_for(progress, small)
    FigureCanvasAgg(figure)
    plain = io.BytesIO()
    figure.savefig(
        plain, format="png", dpi=DPI, facecolor=BACKGROUND, pil_kwargs={"compress_level": 3}
    )
    assert kept == plain.getvalue()
