"""The plan's picture: a PNG whose height grows with the rungs, drawn in the pool's workers too."""

from __future__ import annotations

import struct

from adapters.charts.ladder import draw_ladder
from adapters.charts.pool import ChartPool
from core.advisor.picture import LadderPicture, PictureRung, Standing


def _ladder(count: int) -> LadderPicture:
    standings = [Standing.DONE, Standing.HERE] + [Standing.AHEAD] * (count - 2)
    return LadderPicture(
        tuple(
            PictureRung(i + 1, f"Rung {i + 1}", 1 + i // 3, i, i == count - 1, standings[i])
            for i in range(count)
        )
    )


def _size(png: bytes) -> tuple[int, int]:
    assert png[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = struct.unpack(">II", png[16:24])
    return width, height


def test_a_longer_ladder_is_a_taller_picture_of_the_same_width() -> None:
    short, tall = _size(draw_ladder(_ladder(8))), _size(draw_ladder(_ladder(12)))
    assert short[0] == tall[0] and tall[1] > short[1]


async def test_the_worker_pool_draws_the_same_picture() -> None:
    pool = ChartPool(workers=1, niceness=0)
    try:
        drawn = await pool.ladder_chart(_ladder(10))
    finally:
        await pool.close()
    assert _size(drawn) == _size(draw_ladder(_ladder(10)))
