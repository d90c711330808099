"""Charts for tests: the product's drawing read back, and a sketch that draws nothing.

Drawing a real chart costs a quarter of a second of CPU; an engine test that lives through
weeks of weekly summaries would spend most of its time in matplotlib learning nothing about
the engine. `SketchCharts` answers with a tiny valid PNG and keeps what it was asked to
draw; the drawing itself is tested in tests/adapters/test_charts.py and, read back from
real pictures, in tests/engine/test_stats.py (which asks for `ReadBackCharts`).
"""

from __future__ import annotations

import struct
import zlib

from adapters.charts.progress import DPI, Layout, MatplotlibCharts, figure_for, png_of
from core.advisor.picture import LadderPicture
from core.progress import Progress
from tests.fakes.chart_readback import DrawnSeries, read_back


def rendered(progress: Progress, small: bool = False) -> tuple[bytes, DrawnSeries]:
    """The PNG the bot would send, and what its drawing shows."""
    figure, layout = figure_for(progress, small)
    png = png_of(figure)
    return png, read_back(figure, layout)


def pixel_size(layout: Layout) -> tuple[int, int]:
    """Width and height in pixels of a chart drawn with `layout`."""
    width, height = layout.inches
    return round(width * DPI), round(height * DPI)


class ReadBackCharts(MatplotlibCharts):
    """The real charts port, keeping what the latest chart showed."""

    def __init__(self, max_parallel: int = 2) -> None:
        super().__init__(max_parallel)
        self.last_series: DrawnSeries | None = None

    def draw(self, progress: Progress, small: bool) -> bytes:
        png, self.last_series = rendered(progress, small)
        return png


def _chunk(kind: bytes, data: bytes) -> bytes:
    body = kind + data
    return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))


TINY_PNG = (
    b"\x89PNG\r\n\x1a\n"
    + _chunk(b"IHDR", struct.pack(">IIBBBBB", 1, 1, 8, 0, 0, 0, 0))
    + _chunk(b"IDAT", zlib.compress(b"\x00\xff"))
    + _chunk(b"IEND", b"")
)
"""A valid one-pixel greyscale PNG: what platforms and their fakes accept as a picture."""


class SketchCharts:
    """The `Charts` port without drawing: a tiny PNG, and what each call asked for."""

    def __init__(self) -> None:
        self.progress: list[tuple[Progress, bool]] = []
        self.ladders: list[LadderPicture] = []

    async def progress_chart(self, progress: Progress, small: bool = False) -> bytes:
        self.progress.append((progress, small))
        return TINY_PNG

    async def ladder_chart(self, ladder: LadderPicture) -> bytes:
        self.ladders.append(ladder)
        return TINY_PNG
