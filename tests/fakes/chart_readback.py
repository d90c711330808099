"""What a drawn progress chart shows, read back from the positions of its marks.

Tests compare this with series recomputed straight from the database, so a chart that
puts a bar in the wrong week or paints a rest day as practice fails, even when the
numbers handed to the drawing code were right. It reads only geometry, colours and the
panel names (`gid`s) the drawing code sets.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from datetime import date, timedelta

import numpy as np
from matplotlib.axes import Axes
from matplotlib.colors import to_hex
from matplotlib.figure import Figure
from matplotlib.lines import Line2D
from matplotlib.patches import Rectangle

from adapters.charts.style import DAY_COLOURS
from core.progress import DayKind

_KIND_OF_COLOUR = {colour.lower(): kind for kind, colour in DAY_COLOURS.items()}


@dataclass(frozen=True)
class DrawnSeries:
    layout: str
    """"full", "small" or "first_steps"."""
    days: dict[date, DayKind] = field(default_factory=dict)
    weeks: dict[str, dict[date, int]] = field(default_factory=dict)
    """Outcome ("yes", "no", ...) to the Monday of each drawn bar and its height."""
    moods: tuple[tuple[date, float], ...] = ()
    mirror: dict[str, tuple[float, ...]] = field(default_factory=dict)
    """"expected" and "real" to percentages, one per group, left to right."""
    mirror_groups: tuple[str, ...] = ()


def read_back(figure: Figure, layout: str) -> DrawnSeries:
    panels = {ax.get_gid(): ax for ax in figure.axes if ax.get_gid()}
    days: dict[date, DayKind] = {}
    if "calendar" in panels:
        days = _calendar(panels["calendar"])
    elif "strip" in panels:
        days = _strip(panels["strip"])
    mirror, groups = _mirror(panels["mirror"]) if "mirror" in panels else ({}, ())
    return DrawnSeries(
        layout=layout,
        days=days,
        weeks=_weeks(panels["weeks"]) if "weeks" in panels else {},
        moods=_moods(panels["moods"]) if "moods" in panels else (),
        mirror=mirror,
        mirror_groups=groups,
    )


def _day(number: float) -> date:
    return date.fromordinal(int(number))


def _bars(ax: Axes) -> list[tuple[str, float, float, float]]:
    """Each bar's series (`gid`), left edge, width and height, drawn as a patch or in a
    collection of bars (one collection per series)."""
    found = [
        (str(p.get_gid()), p.get_x(), p.get_width(), p.get_height())
        for p in ax.patches
        if isinstance(p, Rectangle)
    ]
    for collection in ax.collections:
        if collection.get_gid() in (None, "days"):
            continue
        for path in collection.get_paths():
            corners = np.asarray(path.vertices, dtype=float)
            low, high = corners.min(axis=0), corners.max(axis=0)
            gid = str(collection.get_gid())
            found.append((gid, float(low[0]), float(high[0] - low[0]), float(high[1] - low[1])))
    return found


def _day_cells(ax: Axes) -> list[tuple[float, float, DayKind]]:
    """Each day cell's centre in data units, and the kind its colour stands for."""
    found = []
    for collection in ax.collections:
        if collection.get_gid() != "days":
            continue
        colours = collection.get_facecolor()
        for path, colour in zip(collection.get_paths(), colours, strict=True):
            corners = np.asarray(path.vertices, dtype=float)
            low, high = corners.min(axis=0), corners.max(axis=0)
            centre = (low + high) / 2
            found.append((float(centre[0]), float(centre[1]), _kind(colour)))
    return found


def _kind(colour: object) -> DayKind:
    return _KIND_OF_COLOUR[to_hex(colour)]  # type: ignore[arg-type]


def _calendar(ax: Axes) -> dict[date, DayKind]:
    """A cell's column is its week (centred mid-week), its row its weekday."""
    return {
        _day(round(x - 3.5)) + timedelta(days=math.floor(y)): kind for x, y, kind in _day_cells(ax)
    }


def _strip(ax: Axes) -> dict[date, DayKind]:
    return {_day(math.floor(x)): kind for x, _y, kind in _day_cells(ax)}


def _weeks(ax: Axes) -> dict[str, dict[date, int]]:
    found: dict[str, dict[date, int]] = {}
    for key, left, width, height in _bars(ax):
        monday = _day(round(left + width / 2 - 3.5))
        found.setdefault(key, {})[monday] = round(height)
    return found


def _moods(ax: Axes) -> tuple[tuple[date, float], ...]:
    found: list[tuple[date, float]] = []
    for line in ax.get_lines():
        if isinstance(line, Line2D) and line.get_gid() == "mood":
            xs = np.asarray(line.get_xdata(), dtype=float)
            ys = np.asarray(line.get_ydata(), dtype=float)
            found.extend((_day(math.floor(x)), float(y)) for x, y in zip(xs, ys, strict=True))
    return tuple(found)


def _mirror(ax: Axes) -> tuple[dict[str, tuple[float, ...]], tuple[str, ...]]:
    found: dict[str, list[tuple[float, float]]] = {}
    for key, left, _width, height in _bars(ax):
        if key in ("expected", "real"):
            found.setdefault(key, []).append((left, height))
    values = {key: tuple(h for _x, h in sorted(bars)) for key, bars in found.items()}
    groups = tuple(label.get_text() for label in ax.get_xticklabels())
    return values, groups
