"""The progress pictures, drawn with matplotlib's Agg renderer.

Each chart gets its own `Figure`, never pyplot's global figure manager or rcParams, so
renders in several threads at once cannot disturb each other; the canvas keeps its
renderer and rendered text per thread (`adapters.charts.canvas`). Drawing takes about
a tenth of a second of CPU under the interpreter lock, so the bot draws in a worker
process (`adapters.charts.pool.ChartPool`); `MatplotlibCharts` here draws in a worker
thread, for tests and tools, with a semaphore bounding how many renders run at once.

Three pictures, all portrait: the full progress chart for /stats, a compact one for
the weekly summary (`small`: practice days and weekly outcomes only), and, for a user
with fewer than a handful of recorded attempts, a simple, encouraging first-steps
picture instead of empty axes.
"""

from __future__ import annotations

import asyncio
import io
import math
from dataclasses import dataclass
from datetime import timedelta

from matplotlib.axes import Axes
from matplotlib.figure import Figure

from adapters.charts.canvas import KeptCanvas
from adapters.charts.ladder import draw_ladder
from adapters.charts.panels import draw_calendar, draw_mirror, draw_moods, draw_strip, draw_weeks
from adapters.charts.style import DAY_COLOURS, INK, MUTED, Look, monday_of, title
from core.advisor.picture import LadderPicture
from core.i18n import _, ngettext
from core.progress import FIRST_STEPS_BELOW, DayKind, Progress

DPI = 150
BACKGROUND = "#FFFFFF"
PRACTICE_GREEN = DAY_COLOURS[DayKind.PRACTICE]
PNG_OPTIONS = {"compress_level": 3}
"""Quicker than the default 6 for a file a few per cent larger."""


@dataclass(frozen=True, slots=True)
class Slot:
    """One panel's place in a column, in inches: room above it, its own height, room below."""

    above: float
    height: float
    below: float


@dataclass(frozen=True, slots=True)
class Layout:
    width: float
    top: float
    """Room for the headline, in inches."""
    slots: tuple[Slot, ...]
    left: float = 0.95
    right: float = 0.25
    bottom: float = 0.1

    @property
    def inches(self) -> tuple[float, float]:
        height = self.top + sum(s.above + s.height + s.below for s in self.slots) + self.bottom
        return self.width, math.ceil(height * DPI) / DPI  # whole pixels


FULL = Layout(
    6.0,
    0.7,
    (
        Slot(0.42, 1.55, 0.95),
        Slot(0.42, 1.45, 0.62),
        Slot(0.42, 1.05, 0.42),
        Slot(0.42, 1.15, 0.62),
    ),
)
SMALL = Layout(4.8, 0.55, (Slot(0.36, 1.45, 0.8), Slot(0.36, 1.3, 0.52)), left=0.8, right=0.2)
FIRST_STEPS = Layout(5.4, 2.3, (Slot(0.45, 0.67, 0.85),), left=0.35, right=0.35, bottom=1.85)
SMALL_FIRST_STEPS = Layout(4.8, 2.1, (Slot(0.4, 0.6, 0.75),), left=0.3, right=0.3, bottom=1.55)
FULL_LOOK = Look(text=12, title=14, ticks=10.5, tick_room=0.3, asides=True)
SMALL_LOOK = Look(text=10, title=11.5, ticks=8.5, tick_room=0.26, asides=False)


def figure_for(progress: Progress, small: bool = False) -> tuple[Figure, str]:
    """The drawing for `progress`, and which layout it has ("full", "small", "first_steps")."""
    if progress.first_steps:
        return _first_steps(progress, small), "first_steps"
    if small:
        return _small(progress), "small"
    return _full(progress), "full"


def png_of(figure: Figure) -> bytes:
    KeptCanvas(figure)  # attaches itself: the figure draws with Agg, no pyplot
    buffer = io.BytesIO()
    figure.savefig(buffer, format="png", dpi=DPI, facecolor=BACKGROUND, pil_kwargs=PNG_OPTIONS)
    return buffer.getvalue()


def render(progress: Progress, small: bool = False) -> bytes:
    """The PNG; blocking, so call it off the event loop."""
    figure, _layout = figure_for(progress, small)
    return png_of(figure)


class MatplotlibCharts:
    def __init__(self, max_parallel: int = 2) -> None:
        self._slots = asyncio.Semaphore(max_parallel)

    async def progress_chart(self, progress: Progress, small: bool = False) -> bytes:
        async with self._slots:
            return await asyncio.to_thread(self.draw, progress, small)

    def draw(self, progress: Progress, small: bool) -> bytes:
        """One chart, in the worker thread."""
        return render(progress, small)

    async def ladder_chart(self, ladder: LadderPicture) -> bytes:
        async with self._slots:
            return await asyncio.to_thread(draw_ladder, ladder)


def _column(layout: Layout, names: tuple[str, ...]) -> tuple[Figure, list[Axes]]:
    """A figure of `layout`'s size with one axes per slot, named by `gid`, top to bottom."""
    width, height = layout.inches
    figure = Figure(figsize=(width, height), dpi=DPI, facecolor=BACKGROUND)
    axes, y = [], height - layout.top
    for slot, name in zip(layout.slots, names, strict=True):
        y -= slot.above + slot.height
        box = (layout.left / width, y / height, 1 - (layout.left + layout.right) / width)
        ax = figure.add_axes((*box, slot.height / height))
        ax.set_gid(name)
        axes.append(ax)
        y -= slot.below
    return figure, axes


def _headline(figure: Figure, text: str, inches_from_top: float, size: float) -> None:
    figure.text(
        0.5,
        1 - inches_from_top / figure.get_figheight(),
        text,
        ha="center",
        va="center",
        fontsize=size,
        fontweight="bold",
        color=INK,
    )


def _weeks_title(progress: Progress) -> str:
    if len(progress.weeks) == 1:
        return _("Your practice this week")
    return _("Your practice, the last {n} weeks").format(n=len(progress.weeks))


def _full(progress: Progress) -> Figure:
    figure, (calendar, weeks, moods, mirror) = _column(
        FULL, ("calendar", "weeks", "moods", "mirror")
    )
    _headline(figure, _weeks_title(progress), 0.33, FULL_LOOK.title + 3)
    draw_calendar(calendar, progress.days, progress.today, FULL_LOOK)
    draw_weeks(weeks, progress.weeks, FULL_LOOK)
    end = progress.days[-1].day + timedelta(days=1)
    draw_moods(moods, progress.moods, progress.days[0].day, end, FULL_LOOK)
    draw_mirror(mirror, progress.mirror, FULL_LOOK)
    return figure


def _small(progress: Progress) -> Figure:
    figure, (calendar, weeks) = _column(SMALL, ("calendar", "weeks"))
    _headline(figure, _weeks_title(progress), 0.27, SMALL_LOOK.title + 2)
    draw_calendar(calendar, progress.days, progress.today, SMALL_LOOK)
    draw_weeks(weeks, progress.weeks, SMALL_LOOK)
    return figure


def _first_steps(progress: Progress, small: bool) -> Figure:
    """A few big words and this week's days: encouraging, never a page of empty axes."""
    layout, look = (SMALL_FIRST_STEPS, SMALL_LOOK) if small else (FIRST_STEPS, FULL_LOOK)
    figure, (strip,) = _column(layout, ("strip",))
    count = progress.recorded
    headline = (
        ngettext("{n} attempt recorded", "{n} attempts recorded", count).format(n=count)
        if count
        else _("Your first ask is ahead")
    )
    height = figure.get_figheight()
    _headline(figure, _("Your first steps"), 0.4, look.title + 5)
    lines = (
        (1.05, headline, look.title + 6, "bold", PRACTICE_GREEN),
        (1.65, _("Every ask counts, whatever the answer."), look.text + 1, "normal", INK),
    )
    for inches, text, size, weight, colour in lines:
        figure.text(
            0.5,
            1 - inches / height,
            text,
            ha="center",
            va="center",
            fontsize=size,
            fontweight=weight,
            color=colour,
        )
    this_week = monday_of(progress.today)
    days = tuple(d for d in progress.days if monday_of(d.day) == this_week)
    title(strip, _("This week"), look)
    draw_strip(strip, days, progress.today, look)
    left = max(FIRST_STEPS_BELOW - count, 1)
    figure.text(
        0.5,
        (layout.bottom * 0.5) / height,
        ngettext(
            "{n} more and this becomes your full chart:\npractice days, how each week went,\n"
            "your mood, and your guesses against real answers.",
            "{n} more and this becomes your full chart:\npractice days, how each week went,\n"
            "your mood, and your guesses against real answers.",
            left,
        ).format(n=left),
        ha="center",
        va="center",
        fontsize=look.text,
        color=MUTED,
        linespacing=1.5,
    )
    return figure
