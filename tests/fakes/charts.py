"""Charts that also say what they drew: the product's drawing, read back in tests only."""

from __future__ import annotations

from adapters.charts.progress import DPI, Layout, MatplotlibCharts, figure_for, png_of
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
