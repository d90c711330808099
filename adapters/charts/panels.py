"""The panels of the progress chart, each drawn onto one matplotlib Axes.

Positions carry the data, in days on the x axis (`date.toordinal()`): a calendar cell
sits in its ISO week's column and its weekday's row; a weekly bar is centred on its
week; a mood point sits at noon of its day. `tests/fakes/chart_readback.py` reads the
drawing back from those positions, so tests check what was drawn, not what was meant.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from datetime import date, timedelta

from matplotlib.axes import Axes
from matplotlib.collections import PolyCollection
from matplotlib.patches import Patch
from matplotlib.ticker import MaxNLocator

from adapters.charts.style import (
    CELL_EDGE,
    DAY_COLOURS,
    EXPECTED_COLOUR,
    EXPECTED_HATCH,
    GRID,
    INK,
    MOOD_COLOUR,
    OUTCOME_COLOURS,
    REAL_COLOUR,
    Look,
    bare,
    day_labels,
    legend_below,
    monday_of,
    note,
    outcome_labels,
    quiet,
    title,
    week_ticks,
    weekday_names,
)
from core.calibration import Mirror
from core.i18n import _, ngettext
from core.progress import Day, DayKind, MoodPoint, WeekOutcomes

CELL = 0.86
"""Share of a calendar row or week column a cell fills; the rest is the gap between cells."""
BAR_DAYS = 5.0
"""A weekly bar's width, in days."""
_BAR_FILL = {"expected": ("#FFFFFF", EXPECTED_HATCH), "real": (REAL_COLOUR, None)}
"""Face colour and hatching of the mirror's bars; both are edged in the yes colour."""


def _cells(ax: Axes, cells: list[tuple[float, float, float, float, Day]], today: date) -> None:
    """Day cells as one collection of rectangles: far quicker to build and draw than patches."""
    boxes = [((x, y), (x + w, y), (x + w, y + h), (x, y + h)) for x, y, w, h, _day in cells]
    collection = PolyCollection(
        boxes,
        facecolors=[DAY_COLOURS[day.kind] for *_xywh, day in cells],
        edgecolors=[INK if day.day == today else CELL_EDGE for *_xywh, day in cells],
        linewidths=[2.0 if day.day == today else 0.6 for *_xywh, day in cells],
        gid="days",
    )
    ax.add_collection(collection, autolim=False)


def _bars(
    ax: Axes,
    centres: Sequence[float],
    heights: Sequence[float],
    width: float,
    bottoms: Sequence[float],
    face: str,
    edge: str | None = None,
    hatch: str | None = None,
    gid: str = "",
) -> None:
    """One series of bars as one collection: a patch per bar cost more to build than to draw."""
    half = width / 2
    boxes = [
        ((c - half, b), (c + half, b), (c + half, b + h), (c - half, b + h))
        for c, h, b in zip(centres, heights, bottoms, strict=True)
    ]
    bars = PolyCollection(
        boxes,
        facecolors=face,
        edgecolors=edge if edge is not None else face,
        linewidths=1.0 if edge is not None else 0.0,
        hatch=hatch,
        gid=gid,
    )
    bars.sticky_edges.y.append(0)
    ax.add_collection(bars, autolim=False)


def _day_legend(ax: Axes, days: tuple[Day, ...], look: Look, ncols: int) -> None:
    present = [kind for kind in DayKind if any(d.kind is kind for d in days)]
    labels = day_labels()
    handles = [
        Patch(facecolor=DAY_COLOURS[k], edgecolor=CELL_EDGE, label=labels[k]) for k in present
    ]
    legend_below(ax, handles, look, ncols)


def draw_calendar(ax: Axes, days: tuple[Day, ...], today: date, look: Look) -> None:
    """Weeks as columns (oldest left), weekdays as rows (Monday on top)."""
    practised = sum(1 for d in days if d.kind is DayKind.PRACTICE)
    aside = ngettext("{n} day practised", "{n} days practised", practised).format(n=practised)
    title(ax, _("Practice days"), look, aside)
    gap = (1 - CELL) / 2
    _cells(
        ax,
        [
            (monday_of(d.day).toordinal() + 7 * gap, d.day.weekday() + gap, 7 * CELL, CELL, d)
            for d in days
        ],
        today,
    )
    mondays = sorted({monday_of(d.day) for d in days})
    ax.set_xlim(mondays[0].toordinal(), (mondays[-1] + timedelta(days=7)).toordinal())
    ax.set_ylim(7, 0)
    ax.set_yticks([n + 0.5 for n in range(7)])
    ax.set_yticklabels(weekday_names(), fontsize=look.ticks, color=INK)
    week_ticks(ax, mondays, look)
    bare(ax)
    _day_legend(ax, days, look, ncols=3)


def draw_strip(ax: Axes, days: tuple[Day, ...], today: date, look: Look) -> None:
    """One week as a row of cells, for the first-steps picture."""
    gap = (1 - CELL) / 2
    _cells(ax, [(d.day.toordinal() + gap, gap, CELL, CELL, d) for d in days], today)
    first = days[0].day.toordinal()
    ax.set_xlim(first, first + len(days))
    ax.set_ylim(1, 0)
    ax.set_xticks([first + n + 0.5 for n in range(len(days))])
    ax.set_xticklabels([weekday_names()[d.day.weekday()] for d in days], fontsize=look.ticks)
    ax.set_yticks([])
    bare(ax)
    _day_legend(ax, days, look, ncols=3)


def draw_weeks(ax: Axes, weeks: tuple[WeekOutcomes, ...], look: Look) -> None:
    """Stacked bars of the asks made, one per ISO week, with the week's asks written on top."""
    asked = sum(w.asked for w in weeks)
    nos = sum(w.no for w in weeks)
    aside = ngettext("{n} ask", "{n} asks", asked).format(n=asked) + " · "
    aside += ngettext("{n} no collected", "{n} no's collected", nos).format(n=nos)
    title(ax, _("How it went each week"), look, aside)
    centres = [w.monday.toordinal() + 3.5 for w in weeks]
    bottoms = [0] * len(weeks)
    for key in OUTCOME_COLOURS:
        heights = [getattr(w, key) for w in weeks]
        drawn = [(c, h, b) for c, h, b in zip(centres, heights, bottoms, strict=True) if h]
        if drawn:
            xs, hs, bs = zip(*drawn, strict=True)
            _bars(ax, xs, hs, BAR_DAYS, bs, face=OUTCOME_COLOURS[key], gid=key)
        bottoms = [b + h for b, h in zip(bottoms, heights, strict=True)]
    for centre, total in zip(centres, bottoms, strict=True):
        if total:
            ax.annotate(
                str(total),
                (centre, total),
                xytext=(0, 3),
                textcoords="offset points",
                ha="center",
                fontsize=look.ticks,
                color=INK,
            )
    ax.set_xlim(centres[0] - 3.5, centres[-1] + 3.5)
    ax.set_ylim(0, max(max(bottoms) * 1.2, 3))
    ax.yaxis.set_major_locator(MaxNLocator(integer=True, nbins=4))
    ax.set_ylabel(_("Asks"), fontsize=look.text, color=INK)
    ax.grid(axis="y", color=GRID)
    ax.set_axisbelow(True)
    week_ticks(ax, [w.monday for w in weeks], look)
    ax.tick_params(labelsize=look.ticks)
    quiet(ax)
    labels = outcome_labels()
    handles = [Patch(facecolor=OUTCOME_COLOURS[k], label=labels[k]) for k in OUTCOME_COLOURS]
    legend_below(ax, handles, look, ncols=5)


def draw_moods(ax: Axes, moods: tuple[MoodPoint, ...], first: date, end: date, look: Look) -> None:
    """Each mood given after an ask, on a 1 to 5 scale, joined in order."""
    title(ax, _("Mood after asking"), look)
    ax.set_xlim(first.toordinal(), end.toordinal())
    ax.set_ylim(0.5, 5.5)
    ax.set_yticks([1, 2, 3, 4, 5])
    ax.set_yticklabels([_("1 low"), "2", "3", "4", _("5 great")], fontsize=look.ticks)
    ax.grid(axis="y", color=GRID)
    ax.set_axisbelow(True)
    week_ticks(ax, [first + timedelta(weeks=n) for n in range((end - first).days // 7)], look)
    quiet(ax)
    if not moods:
        note(ax, _("Your mood after each ask will show here."), look)
        return
    ax.plot(
        [m.day.toordinal() + 0.5 for m in moods],
        [m.mood for m in moods],
        color=MOOD_COLOUR,
        marker="o",
        markersize=5,
        linewidth=1.6,
        gid="mood",
    )


def draw_mirror(ax: Axes, seen: Mirror | None, look: Look) -> None:
    """Expected and real chance of a yes, overall and per level, in percent."""
    title(ax, _("Expected yes vs. real yes"), look)
    quiet(ax)
    if seen is None:
        ax.set_xticks([])
        ax.set_yticks([])
        note(
            ax,
            _("Guess the chance of a yes before you ask.\nAfter 5 answers, this compares them."),
            look,
        )
        return
    groups = [(_("All"), seen.overall)] + [
        (_("Level {n}").format(n=level), row) for level, row in seen.by_level.items()
    ]
    xs = list(range(len(groups)))
    handles = []
    for offset, key, label in ((-0.2, "expected", _("Expected yes")), (0.2, "real", _("Real yes"))):
        face, hatch = _BAR_FILL[key]
        values = [100 * (row.predicted if key == "expected" else row.actual) for _n, row in groups]
        lefts = [x + offset for x in xs]
        _bars(ax, lefts, values, 0.38, [0] * len(values), face, EXPECTED_COLOUR, hatch, key)
        for centre, value in zip(lefts, values, strict=True):
            ax.annotate(
                f"{math.floor(value + 0.5)}%",  # rounded as the text rounds
                (centre, value),
                xytext=(0, 2),
                textcoords="offset points",
                ha="center",
                va="bottom",
                fontsize=look.ticks - 1,
                color=INK,
            )
        handles.append(Patch(facecolor=face, edgecolor=EXPECTED_COLOUR, hatch=hatch, label=label))
    ax.set_xticks(xs)
    ax.set_xticklabels([name for name, _row in groups], fontsize=look.ticks)
    ax.set_xlim(-0.6, len(groups) - 0.4)
    ax.set_ylim(0, 112)
    ax.set_yticks([0, 25, 50, 75, 100])
    ax.set_yticklabels(["0%", "25%", "50%", "75%", "100%"], fontsize=look.ticks)
    ax.grid(axis="y", color=GRID)
    ax.set_axisbelow(True)
    legend_below(ax, handles, look, ncols=2)
